// Charts and maps of the friendship-city registry. Data comes from JSON blocks the
// server renders (json_script); every chart has a table with the same numbers beside it.
(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var RED = "#b7282e", INK = "#1d2330", BLUE = "#1f4f99";

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function chart(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var c = echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }

  function bars(id, spec, horizontal) {
    var c = chart(id);
    if (!c || !spec) { return; }
    var cat = { type: "category", data: spec.labels, axisLabel: { interval: 0 } };
    var val = { type: "value", minInterval: 1 };
    if (horizontal) { cat.inverse = true; }
    c.setOption({
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? val : cat,
      yAxis: horizontal ? cat : val,
      series: [{ type: "bar", data: spec.values, itemStyle: { color: RED } }]
    });
  }

  function drawStatistics(stats) {
    var years = chart("chart-years");
    if (years) {
      years.setOption({
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
    }
    bars("chart-prefectures", stats.prefectures, true);
    bars("chart-provinces", stats.provinces, true);
    bars("chart-levels", stats.levels, false);
    bars("chart-countries", stats.countries, true);
  }

  function drawMap(el, geo, spec) {
    echarts.registerMap("east-asia", geo);
    var c = echarts.init(el, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { c.resize(); });
    var series = [];
    if (spec.lines) {
      series.push({
        type: "lines", coordinateSystem: "geo", zlevel: 1,
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
      type: "scatter", coordinateSystem: "geo", zlevel: 2, symbolSize: spec.lines ? 4 : 9,
      itemStyle: { color: INK },
      data: spec.points || [],
      tooltip: { formatter: function (p) { return echarts.format.encodeHTML(p.name); } }
    });
    // On a narrow screen, the whole of both countries: western China to Hokkaido.
    var narrow = el.clientWidth < 640;
    var center = spec.center || (narrow ? [112, 35] : [126, 34]);
    var zoom = spec.zoom || 1.6;
    if (narrow && !spec.center) { zoom = 1.05; }
    c.setOption({
      tooltip: { trigger: "item" },
      geo: {
        map: "east-asia", roam: true, center: center, zoom: zoom,
        itemStyle: { areaColor: "#eef0f4", borderColor: "#aab2c0" },
        emphasis: { disabled: true }, label: { show: false }
      },
      series: series
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
    fetch(mapEl.dataset.geo).then(function (r) { return r.json(); })
      .then(function (geo) { drawMap(mapEl, geo, spec); });
  }
})();
