// Workbench helpers: live column totals, adding rows, code names beside code pickers, live scoring, and reasons of earlier years taken.
// Every page works without this file; it only saves round trips.
(function () {
  "use strict";
  var number = function (text) {
    var cleaned = (text || "").replace(/[,，\s\u3000]/g, "").replace(/[０-９]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); });
    var value = Number(cleaned);
    return cleaned === "" || isNaN(value) ? 0 : value;
  };
  // Sums in whole fen so that 0.1 + 0.2 shows 0.30.
  var format = function (fen) {
    var sign = fen < 0 ? "-" : "";
    fen = Math.abs(fen);
    var yuan = Math.floor(fen / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    var rest = (fen % 100).toString().padStart(2, "0");
    return sign + yuan + "." + rest;
  };
  var totals = function (table) {
    table.querySelectorAll("[data-total]").forEach(function (cell) {
      var column = cell.getAttribute("data-total");
      var fen = 0;
      table.querySelectorAll("tbody td[data-col='" + column + "'] input").forEach(function (input) {
        var row = input.closest("tr");
        var deleted = row.querySelector("input[type=checkbox][name$='.delete']");
        if (!deleted || !deleted.checked) fen += Math.round(number(input.value) * 100);
      });
      cell.textContent = format(fen);
    });
  };
  var codeNames = {};
  document.querySelectorAll("datalist option").forEach(function (option) {
    codeNames[option.value] = option.textContent.slice(option.value.length + 1);
  });
  var showCodeName = function (input) {
    var label = input.parentElement.querySelector("[data-code-name]");
    if (!label) return;
    var code = input.value.trim().split(" ")[0];
    if (code !== input.value) input.value = code;
    label.textContent = code === "" ? "" : (codeNames[code] || "目录中没有此科目");
  };
  document.addEventListener("input", function (event) {
    var target = event.target;
    var table = target.closest && target.closest("table.grid");
    if (table) totals(table);
    if (target.hasAttribute && target.hasAttribute("data-code")) showCodeName(target);
  });
  document.addEventListener("change", function (event) {
    var table = event.target.closest && event.target.closest("table.grid");
    if (table) totals(table);
  });
  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    var table = document.querySelector("table.grid[data-list='" + button.getAttribute("data-add-row") + "']");
    var count = table.closest(".scroll").previousElementSibling;
    button.hidden = false;
    button.addEventListener("click", function () {
      var blank = table.querySelector("tbody tr[data-blank]:last-of-type") || table.querySelector("tbody tr:last-of-type");
      var index = Number(count.value);
      var copy = blank.cloneNode(true);
      copy.querySelectorAll("[name],[id],[aria-label]").forEach(function (element) {
        ["name", "id"].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replace(/\[\d+\]/, "[" + index + "]"));
        });
        if (element.hasAttribute("aria-label")) element.setAttribute("aria-label", element.getAttribute("aria-label").replace(/第\d+行/, "第" + (index + 1) + "行"));
        if (element.type === "checkbox") element.checked = false; else if ("value" in element && element.tagName !== "OPTION") element.value = "";
      });
      copy.querySelectorAll("[data-code-name], .finding-note").forEach(function (element) { element.textContent = ""; });
      copy.firstElementChild.textContent = String(index + 1);
      table.querySelector("tbody").appendChild(copy);
      count.value = String(index + 1);
      var first = copy.querySelector("input, select");
      if (first) first.focus();
    });
  });

  // Live scoring: the server scores what is typed (one scorer for the page, the API and the CLI) and
  // sends back the score cells, which replace those on the page.
  var scoring = document.querySelector("form[data-live-score]");
  if (scoring) {
    var pending = null;
    var rescore = function () {
      var body = new FormData(scoring);
      fetch(scoring.getAttribute("data-live-score"), { method: "POST", body: body, headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (scores) {
          if (!scores) return;
          Object.keys(scores).forEach(function (id) {
            var cell = document.getElementById(id);
            if (cell) cell.textContent = scores[id];
          });
        });
    };
    scoring.addEventListener("input", function () {
      clearTimeout(pending);
      pending = setTimeout(rescore, 250);
    });
  }
  // A reason of an earlier year, offered beside a reason, is put into it only when the preparer takes it.
  document.querySelectorAll("button[data-use-reason]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-use-reason"));
      if (!field) return;
      field.value = button.getAttribute("data-text");
      field.focus();
    });
  });
  var message = document.getElementById("message");
  if (message) message.focus();
})();
