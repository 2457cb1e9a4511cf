// Writes the site's ECharts bundle: entry.js bundled and minified by esbuild into one
// script that defines the global `echarts`. Run with `make echarts` (or `npm run build`
// here after `npm ci`); the output is committed, so neither CI nor `make run` needs npm.
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../../kouryu/website/static/website/vendor/echarts");
const pkg = (name) => JSON.parse(readFileSync(join(here, "node_modules", name, "package.json")));
const echarts = pkg("echarts");
const zrender = pkg("zrender");

const banner = `/*! Apache ECharts ${echarts.version} (zrender ${zrender.version}), custom build for Kouryu:
 * bar, line, lines, scatter; geo, grid, legend, tooltip; canvas renderer.
 * Licensed under the Apache License 2.0; see LICENSE and NOTICE beside this file.
 * Built by scripts/echarts (make echarts). */`;

await build({
  entryPoints: [join(here, "entry.js")],
  outfile: join(out, "echarts.custom.min.js"),
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "echarts",
  target: ["es2017"],
  // ECharts guards its development warnings with __DEV__; the production build drops them.
  define: { __DEV__: "false" },
  legalComments: "none",
  banner: { js: banner },
  logLevel: "info",
});

copyFileSync(join(here, "node_modules/echarts/LICENSE"), join(out, "LICENSE"));
copyFileSync(join(here, "node_modules/echarts/NOTICE"), join(out, "NOTICE"));
writeFileSync(join(out, "VERSION"), `echarts ${echarts.version}\nzrender ${zrender.version}\n`);
