// Charts and maps of the friendship-city registry. Data comes from JSON blocks the
// server renders (json_script); every chart has a table with the same numbers beside it.
//
// Loaded with defer. The ECharts bundle (data-echarts on this script's tag) is fetched once
// the page has painted, so that it never holds up the text; each chart is then drawn in a
// task of its own when its box comes near the screen, so that the page keeps answering and
// the charts further down cost nothing until they are scrolled to.
(function () {
  "use strict";
  var RED = "#b7282e", INK = "#1d2330", BLUE = "#1f4f99";
  // Lines or points of the map drawn per frame, when there are more.
  var PER_FRAME = 30;
  var bundle = document.currentScript && document.currentScript.dataset.echarts;

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function afterPaint(run) {
    if (document.hidden) { window.setTimeout(run, 0); return; }
    window.requestAnimationFrame(function () { window.setTimeout(run, 0); });
  }

  var waiting = null;
  function withECharts(run) {
    if (window.echarts) { run(); return; }
    if (waiting) { waiting.push(run); return; }
    if (!bundle) { return; }
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

  // Calls draw(chart) with a new chart in the element of that id, when it nears the screen.
  function chart(id, draw) {
    var el = document.getElementById(id);
    if (!el) { return; }
    whenNear(el, function () {
      var c = echarts.init(el, null, { renderer: "canvas" });
      window.addEventListener("resize", function () { c.resize(); });
      draw(c);
    });
  }

  function bars(id, spec, horizontal) {
    if (!spec) { return; }
    chart(id, function (c) {
      var cat = { type: "category", data: spec.labels, axisLabel: { interval: 0 } };
      var val = { type: "value", minInterval: 1 };
      if (horizontal) { cat.inverse = true; }
      c.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: horizontal ? val : cat,
        yAxis: horizontal ? cat : val,
        series: [{ type: "bar", data: spec.values, itemStyle: { color: RED } }]
      });
    });
  }

  function drawStatistics(stats) {
    chart("chart-years", function (years) {
      years.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        // The legend below the chart, clear of the years on the axis at any width.
        legend: { data: [stats.labels.new, stats.labels.cumulative], bottom: 0 },
        grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
        xAxis: { type: "category", data: stats.years.labels },
        yAxis: [{ type: "value", minInterval: 1 }, { type: "value", minInterval: 1 }],
        series: [
          { name: stats.labels.new, type: "bar", data: stats.years.new, itemStyle: { color: RED } },
          { name: stats.labels.cumulative, type: "line", yAxisIndex: 1, data: stats.years.cumulative,
            itemStyle: { color: BLUE }, showSymbol: false }
        ]
      });
    });
    bars("chart-prefectures", stats.prefectures, true);
    bars("chart-provinces", stats.provinces, true);
    bars("chart-levels", stats.levels, false);
    bars("chart-countries", stats.countries, true);
  }

  function mapSeries(spec) {
    var series = [];
    // One canvas for the whole map (z, not zlevel): drawing it costs a layer less.
    if (spec.lines) {
      series.push({
        type: "lines", coordinateSystem: "geo", z: 3, progressive: PER_FRAME, progressiveThreshold: PER_FRAME,
        lineStyle: { color: RED, width: 1, opacity: 0.45, curveness: 0.2 },
        emphasis: { lineStyle: { width: 3, opacity: 1 } },
        data: spec.lines.map(function (l) { return { coords: l.coords, info: l }; }),
        tooltip: { formatter: function (p) {
          var i = p.data.info;
          return echarts.format.encodeHTML(i.from + " – " + i.to + (i.date ? " (" + i.date + ")" : ""));
        } }
      });
      var ends = {};
      spec.lines.forEach(function (l) {
        ends[l.from] = l.coords[0]; ends[l.to] = l.coords[1];
      });
      spec.points = Object.keys(ends).map(function (k) { return { name: k, value: ends[k] }; });
    }
    series.push({
      type: "scatter", coordinateSystem: "geo", z: 4, symbolSize: spec.lines ? 4 : 9,
      progressive: PER_FRAME, progressiveThreshold: PER_FRAME,
      itemStyle: { color: INK },
      data: spec.points || [],
      tooltip: { formatter: function (p) { return echarts.format.encodeHTML(p.name); } }
    });
    return series;
  }

  function drawMap(el, geo, spec) {
    echarts.registerMap("east-asia", geo);
    var c = echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    // On a narrow screen, the whole of both countries: western China to Hokkaido.
    var narrow = el.clientWidth < 640;
    var center = spec.center || (narrow ? [112, 35] : [126, 34]);
    var zoom = spec.zoom || 1.6;
    if (narrow && !spec.center) { zoom = 1.05; }
    // Drawn without the grow-in animation, whose every frame repaints the map; the lines and
    // points are drawn a few at a time over the next frames (see mapSeries), so that no
    // single task holds the page for long.
    c.setOption({
      animation: false,
      tooltip: { trigger: "item" },
      geo: {
        map: "east-asia", roam: true, center: center, zoom: zoom,
        itemStyle: { areaColor: "#eef0f4", borderColor: "#aab2c0" },
        emphasis: { disabled: true }, label: { show: false }
      },
      series: mapSeries(spec)
    });
    if (spec.lines) {
      c.on("click", function (p) {
        if (p.seriesType === "lines" && spec.detailBase) {
          window.location.href = spec.detailBase + p.data.info.id + "/";
        }
      });
    }
  }

  var stats = data("stats-data");
  if (stats) { drawStatistics(stats); }

  var mapEl = document.getElementById("registry-map");
  var spec = data("map-data");
  if (mapEl && spec) {
    // The boundaries are fetched at once, beside the bundle.
    var geo = fetch(mapEl.dataset.geo).then(function (r) { return r.json(); });
    whenNear(mapEl, function () {
      geo.then(function (g) { window.setTimeout(function () { drawMap(mapEl, g, spec); }, 0); });
    });
  }
})();
