// Charts of the event statistics, from the numbers the page's tables show (json_script).
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var data = JSON.parse(document.getElementById("events-stats-data").textContent);
  ["kinds", "events"].forEach(function (key) {
    var el = document.getElementById("chart-" + key);
    var rows = data[key] || [];
    if (!el || !rows.length) return;
    echarts.init(el, null, { renderer: "canvas" }).setOption({
      tooltip: {},
      legend: { top: 0, data: [data.labels.registered, data.labels.attended] },
      grid: { left: 40, right: 10, top: 36, bottom: 90 },
      xAxis: { type: "category", data: rows.map(function (r) { return r[0]; }), axisLabel: { rotate: 20 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: data.labels.registered, type: "bar", data: rows.map(function (r) { return r[1]; }) },
        { name: data.labels.attended, type: "bar", data: rows.map(function (r) { return r[2]; }) }
      ]
    });
  });
})();
