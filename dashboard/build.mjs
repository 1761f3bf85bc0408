// Build-time conversion of Natural Earth country shapes (npm's world-atlas) into the one
// file the dashboard's map reads: SVG path data in plain longitude/latitude degrees
// (x = lon, y = -lat), so the browser draws them with a viewBox and no projection code.
//
//   node dashboard/build.mjs OUT.json [CODES.json]
//
// CODES.json maps ISO 3166 numeric codes to alpha-3 (events carry alpha-3 countries);
// scripts/dashboard.sh writes it from pycountry.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const [out, codesFile] = process.argv.slice(2);
if (!out) {
  console.error("usage: node dashboard/build.mjs OUT.json [CODES.json]");
  process.exit(2);
}
const SCALE = "50m";   // 1:50m keeps the Durand line recognisable at country zoom, ~0.5 MB
const atlas = require(`world-atlas/countries-${SCALE}.json`);
const version = require("world-atlas/package.json").version;
const codes = codesFile ? JSON.parse(readFileSync(codesFile, "utf8")) : {};

// Coordinates are whole units of 1/UNIT degree, written relative to the previous point:
// small integers keep the file small. The map scales them back with a transform.
const UNIT = 100;   // 1/100 degree is about 1 km

function ringPath(ring) {
  const pts = [];
  let px = null, py = null;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * UNIT), y = Math.round(-lat * UNIT);
    if (px === null) pts.push(`M${x} ${y}`);
    else if (x !== px || y !== py) pts.push(`${x - px} ${y - py}`);   // drop repeated points
    px = x; py = y;
  }
  return pts.length < 3 ? "" : pts[0] + "l" + pts.slice(1).join(" ") + "z";
}

function pathOf(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map(ringPath).join("");
}

const countries = feature(atlas, atlas.objects.countries).features
  .map((f) => ({ id: f.id ?? null, iso3: codes[f.id] ?? null, name: f.properties.name, d: pathOf(f.geometry) }))
  .filter((c) => c.d);
const result = {
  source: `Natural Earth 1:${SCALE} countries, from npm world-atlas ${version}`,
  unit: UNIT,
  countries,
};
writeFileSync(out, JSON.stringify(result));
console.log(`${out}: ${countries.length} countries (${Math.round(JSON.stringify(result).length / 1024)} KB)`);
