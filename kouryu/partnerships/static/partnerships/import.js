// The registry import's progress bar: asks the server how far the check (or the import)
// has come, and shows the result page once it is done.
(function () {
  var section = document.querySelector("[data-import-status]");
  if (!section) return;
  var bar = section.querySelector("progress");
  var count = section.querySelector("[data-import-count]");
  function poll() {
    fetch(section.dataset.importStatus, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.error || !state.running) { window.location.reload(); return; }
        if (state.total) {
          bar.max = state.total;
          bar.value = state.done;
          count.textContent = state.done + " / " + state.total;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
})();
