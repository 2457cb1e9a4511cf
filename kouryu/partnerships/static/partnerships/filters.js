// The registry's filter form, filtered in place (htmx): the address, the form and the
// language links stay in step.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  if (!form) return;

  // The other languages' links keep the filters: same page, this address's query.
  function syncLanguageLinks() {
    document.querySelectorAll("nav.languages a[href]").forEach(function (link) {
      var url = new URL(link.getAttribute("href"), window.location.href);
      url.search = window.location.search;
      link.setAttribute("href", url.pathname + url.search);
    });
  }

  // After Back or Forward, the fields show the filters of the address shown.
  function syncFormFromAddress() {
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return;
      var value = params.get(field.name);
      if (field.type === "checkbox") {
        field.checked = value !== null && value !== "";
      } else if (field.type !== "submit") {
        field.value = value === null ? "" : value;
      }
    });
  }

  document.body.addEventListener("htmx:pushedIntoHistory", syncLanguageLinks);
  document.body.addEventListener("htmx:historyRestore", function () {
    form = document.querySelector("form.filters") || form;
    syncFormFromAddress();
    syncLanguageLinks();
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      syncFormFromAddress();
      syncLanguageLinks();
    }
  });
})();
