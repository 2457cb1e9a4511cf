// The request form shows the fields of the chosen category, and sends once.
(function () {
  "use strict";
  var form = document.getElementById("case-form");
  var data = document.getElementById("case-category-fields");
  if (!form || !data) return;
  var byCategory = JSON.parse(data.textContent);
  var optional = ["visit_start", "visit_end", "cities", "delegates", "interpreter", "car",
    "research_question", "research_deadline"];
  var select = form.querySelector("[name=category]");
  function update() {
    var shown = byCategory[select.value] || [];
    optional.forEach(function (name) {
      var row = form.querySelector('[data-field="' + name + '"]');
      if (row) row.hidden = shown.indexOf(name) === -1;
    });
  }
  select.addEventListener("change", update);
  update();
  form.addEventListener("submit", function () {
    var button = form.querySelector("[data-once]");
    if (button) button.disabled = true;
  });
})();
