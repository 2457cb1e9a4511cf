// The registration form: with the ALTCHA widget working, the sum is not needed; if the
// widget fails (an old browser, no Web Crypto), the sum shows again. Choosing a number of
// people reloads the form with that many.
(function () {
  "use strict";
  var question = document.querySelector("[data-botcheck-question]");
  var widget = document.querySelector("altcha-widget");
  if (question && widget && window.customElements && window.customElements.get("altcha-widget")) {
    question.hidden = true;
    widget.addEventListener("statechange", function (event) {
      var state = event.detail && event.detail.state;
      question.hidden = state !== "error" && state !== "expired";
    });
  }
  var count = document.getElementById("people-count");
  if (count) {
    count.addEventListener("change", function () { count.form.submit(); });
  }
})();
