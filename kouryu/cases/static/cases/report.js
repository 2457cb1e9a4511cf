// Charts of the yearly report, from the numbers the page's tables show (json_script).
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var data = JSON.parse(document.getElementById("case-report-data").textContent);
  ["months", "categories", "regions"].forEach(function (key) {
    var el = document.getElementById("chart-" + key);
    if (!el) return;
    var rows = data[key] || [];
    echarts.init(el, null, { renderer: "canvas" }).setOption({
      tooltip: {},
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: { type: "category", data: rows.map(function (r) { return r[0]; }),
        axisLabel: { rotate: key === "months" ? 0 : 30 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: rows.map(function (r) { return r[1]; }) }]
    });
  });
  // Requests by month, one stacked series per category.
  var el = document.getElementById("chart-category_months");
  if (el) {
    var rows = data.category_months || [];
    var months = (data.months || []).map(function (r) { return r[0]; });
    echarts.init(el, null, { renderer: "canvas" }).setOption({
      tooltip: { trigger: "axis" },
      legend: { bottom: 0, type: "scroll" },
      grid: { left: 40, right: 10, top: 10, bottom: 70 },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", minInterval: 1 },
      series: rows.map(function (r) {
        return { name: r[0], type: "bar", stack: "all", data: r[1] };
      })
    });
  }
})();
