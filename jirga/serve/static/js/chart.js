// Small SVG charts of our own: bars per period, stacked, cooperation up and conflict down,
// with an optional line on its own scale. Each period is a clickable band.
import { s } from "./dom.js";

const W = 960;
const M = { top: 12, bottom: 34, left: 46, right: 46 };

function niceStep(max, ticks = 4) {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

const total = (point, series) => series.reduce((n, k) => n + (Number(point[k.key]) || 0), 0);

/**
 * points: [{period, ...}]; up/down: [{key, label, color}] stacked above/below the axis;
 * line: {key, label, color} drawn on a symmetric scale of its own (right axis);
 * label(point) -> x label; onSelect(point, index) when a band is clicked.
 */
export function barChart({ points, up, down = [], line = null, label, onSelect, height = 260 }) {
  const plotW = W - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const maxUp = Math.max(0, ...points.map((p) => total(p, up)));
  const maxDown = Math.max(0, ...points.map((p) => total(p, down)));
  const step = niceStep(Math.max(maxUp, maxDown, 1));
  const top = Math.ceil(maxUp / step) * step || (down.length ? 0 : step);
  const bottom = Math.ceil(maxDown / step) * step;
  const span = top + bottom || 1;
  const y = (v) => M.top + plotH * (top - v) / span;
  const band = plotW / Math.max(points.length, 1);
  const barW = Math.max(1, Math.min(band * 0.8, 40));
  const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${height}`, role: "img" });

  for (let v = -bottom; v <= top; v += step) {
    svg.append(s("line", { class: v === 0 ? "axis" : "grid", x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      s("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, String(Math.abs(v))));
  }
  const every = Math.ceil(points.length / 12);
  points.forEach((p, i) => {
    const x = M.left + band * i + (band - barW) / 2;
    let acc = 0;
    for (const k of up) {
      const v = Number(p[k.key]) || 0;
      if (v) svg.append(s("rect", { x, y: y(acc + v), width: barW, height: y(acc) - y(acc + v), fill: k.color }));
      acc += v;
    }
    acc = 0;
    for (const k of down) {
      const v = Number(p[k.key]) || 0;
      if (v) svg.append(s("rect", { x, y: y(-acc), width: barW, height: y(-acc - v) - y(-acc), fill: k.color }));
      acc += v;
    }
    if (i % every === 0) {
      svg.append(s("text", { x: M.left + band * (i + 0.5), y: height - M.bottom + 16, "text-anchor": "middle" }, label(p)));
    }
  });
  if (line) drawLine(svg, points, line, band, plotH);
  if (onSelect) addBands(svg, points, { up, down, line, label, onSelect, band, plotH });
  return svg;
}

function drawLine(svg, points, line, band, plotH) {
  const values = points.map((p) => p[line.key]).map((v) => (v === null || v === undefined ? null : Number(v)));
  // the documented index runs from -1 (only conflict) to +1 (only cooperation)
  const m = Math.max(1, ...values.filter((v) => v !== null && !Number.isNaN(v)).map(Math.abs));
  const ly = (v) => M.top + plotH * (m - v) / (2 * m);
  let d = "", gap = true;   // a period without events has no index: the line breaks there
  values.forEach((v, i) => {
    if (v === null || Number.isNaN(v)) {
      gap = true;
      return;
    }
    d += `${gap ? "M" : "L"}${(M.left + band * (i + 0.5)).toFixed(1)} ${ly(v).toFixed(1)}`;
    gap = false;
  });
  const right = W - M.right;
  svg.append(
    s("path", { d, fill: "none", stroke: line.color, "stroke-width": 2 }),
    s("text", { x: right + 6, y: ly(m) + 4 }, `+${fmt(m)}`),
    s("text", { x: right + 6, y: ly(0) + 4 }, "0"),
    s("text", { x: right + 6, y: ly(-m) + 4 }, `−${fmt(m)}`),
  );
  values.forEach((v, i) => {
    if (v !== null && !Number.isNaN(v)) svg.append(s("circle", { cx: M.left + band * (i + 0.5), cy: ly(v), r: 2.5, fill: line.color }));
  });
}

function fmt(v) {
  return Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2);
}

function addBands(svg, points, { up, down, line, label, onSelect, band, plotH }) {
  const all = [...up, ...down, ...(line ? [line] : [])];
  points.forEach((p, i) => {
    const tip = [label(p), ...all.map((k) => `${k.label}: ${p[k.key] ?? "–"}`)].join("\n");
    const hit = s("rect", { class: "hit", x: M.left + band * i, y: M.top, width: band, height: plotH,
      "data-period": p.period }, s("title", null, tip));
    hit.addEventListener("click", () => {
      svg.querySelectorAll(".hit.selected").forEach((el) => el.classList.remove("selected"));
      hit.classList.add("selected");
      onSelect(p, i);
    });
    svg.append(hit);
  });
}

export function legend(series) {
  const box = document.createElement("div");
  box.className = "chart-legend";
  for (const k of series) {
    const item = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.style.background = k.color;
    item.append(swatch, k.label);
    box.append(item);
  }
  return box;
}
