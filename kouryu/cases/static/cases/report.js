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
})();
