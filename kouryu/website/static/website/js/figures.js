// Draws the breakdown charts on the figures page. The data comes from a JSON block
// rendered by the server; the table beside each chart carries the same numbers.
(function () {
  "use strict";
  var data = document.getElementById("figure-charts");
  if (!data || typeof echarts === "undefined") { return; }
  JSON.parse(data.textContent).forEach(function (spec) {
    var el = document.getElementById(spec.id);
    if (!el) { return; }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: spec.labels, axisLabel: { interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: spec.values, itemStyle: { color: "#b7282e" },
                 label: { show: true, position: "top" } }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
