// The parts of Apache ECharts that the site's charts use, and nothing else. The bundle
// exposes them as the global `echarts`, as the full build did, so the chart scripts call
// echarts.init, echarts.registerMap and echarts.format.encodeHTML unchanged.
//
// Who uses what (grep "echarts" in kouryu/*/static and the templates that load them):
// - partnerships/registry.js: bar and line (statistics), lines and scatter on a geo map
//   (registry map, place page); tooltip, legend, grid, geo.
// - website/js/figures.js: bar; tooltip, grid.
// - events/statistics.js: bar; tooltip, legend, grid.
// - cases/report.js: stacked bar; tooltip, legend (the scrolling kind), grid.
// Every chart uses the canvas renderer. A new chart type or component must be added here
// and the bundle rebuilt (`make echarts`).
import { use } from "echarts/core";
import { BarChart, LineChart, LinesChart, ScatterChart } from "echarts/charts";
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

use([
  BarChart,
  LineChart,
  LinesChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export * from "echarts/core";
