// Asks before an action that cannot be taken back (提交审核, 公开): a form marked data-confirm is sent only
// when the person agrees. Without scripts the form is sent as it is.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();
