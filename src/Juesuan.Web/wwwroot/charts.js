// Draws each chart of a page from the option the server wrote beside it (SVG, no animation). Without
// scripts the figures are still on the page, as the table under each chart.
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var charts = [];
  // Axis labels in 万 where amounts are large; tooltips to the fen, in 元.
  var axisLabel = function (value) {
    return Math.abs(value) >= 10000 ? (value / 10000).toLocaleString("zh-CN") + "万" : value.toLocaleString("zh-CN");
  };
  var money = function (value) {
    return value === null || value === undefined ? "—" : Number(value).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " 元";
  };
  var dress = function (option) {
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      // Fewer, evenly spaced ticks rather than labels hidden where they overlap (0, 50万, 150万 skips 100万).
      if (axis.type === "value") { axis.splitNumber = 4; axis.axisLabel = { formatter: axisLabel }; }
    });
    if (option.tooltip) option.tooltip.valueFormatter = money;
    return option;
  };
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var source = document.getElementById(element.getAttribute("data-chart"));
    var chart = echarts.init(element, null, { renderer: "svg" });
    chart.setOption(dress(JSON.parse(source.textContent)));
    element.setAttribute("data-drawn", "true");
    charts.push(chart);
  });
  window.addEventListener("resize", function () { charts.forEach(function (chart) { chart.resize(); }); });
})();
