// A file input with Chinese controls: the browser's own button reads "Choose file" in an English browser, so the
// input is hidden behind a labelled button and the chosen file's name is shown beside it. Without this file the
// input works as the browser draws it.
(function () {
  "use strict";
  document.querySelectorAll("[data-file-picker]").forEach(function (picker) {
    var input = document.getElementById(picker.getAttribute("data-file-picker"));
    var name = picker.querySelector("[data-file-name]");
    if (!input || !name) return;
    input.classList.add("visually-hidden");
    picker.hidden = false;
    input.addEventListener("change", function () {
      name.textContent = input.files && input.files.length > 0
        ? Array.prototype.map.call(input.files, function (f) { return f.name; }).join("、")
        : "未选择文件";
    });
  });
})();
