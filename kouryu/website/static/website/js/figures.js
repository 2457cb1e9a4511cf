// Draws the breakdown charts on the figures page. The data comes from a JSON block
// rendered by the server; the table beside each chart carries the same numbers.
//
// Loaded with defer. The ECharts bundle (data-echarts on this script's tag) is fetched once
// the page has painted, so that it never holds up the text; each chart is then drawn in a
// task of its own when its box comes near the screen.
(function () {
  "use strict";
  var data = document.getElementById("figure-charts");
  var bundle = document.currentScript && document.currentScript.dataset.echarts;
  if (!data || !bundle) { return; }

  function afterPaint(run) {
    if (document.hidden) { window.setTimeout(run, 0); return; }
    window.requestAnimationFrame(function () { window.setTimeout(run, 0); });
  }

  var waiting = null;
  function withECharts(run) {
    if (window.echarts) { run(); return; }
    if (waiting) { waiting.push(run); return; }
    waiting = [run];
    afterPaint(function () {
      var script = document.createElement("script");
      script.src = bundle;
      script.onload = function () {
        waiting.forEach(function (queued) { window.setTimeout(queued, 0); });
      };
      document.head.appendChild(script);
    });
  }

  function whenNear(el, draw) {
    var later = function () { withECharts(draw); };
    if (!("IntersectionObserver" in window)) { later(); return; }
    var watch = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { watch.disconnect(); later(); }
    }, { rootMargin: "300px 0px" });
    watch.observe(el);
  }

  function draw(el, spec) {
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: spec.labels, axisLabel: { interval: 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: spec.values, itemStyle: { color: "#b7282e" },
                 label: { show: true, position: "top" } }]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  JSON.parse(data.textContent).forEach(function (spec) {
    var el = document.getElementById(spec.id);
    if (el) { whenNear(el, function () { draw(el, spec); }); }
  });
})();
