import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/text.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// src/report/sanitize.ts
var lineBreaks = /\r\n?|[\n\v\f\u0085\u2028\u2029\t]/g;
var controls = /[\u0000-\u001f\u007f-\u009f]/g;
var controlsButWhitespace = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
var bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var noncharacters = new RegExp(`[\\ufdd0-\\ufdef${Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 65536 + 65534, plane * 65536 + 65535)).join("")}]`, "gu");
function sanitizeText(text) {
  return withoutInvisible(text.replace(loneSurrogates, "\uFFFD").replace(lineBreaks, " "), controls);
}
function withoutInvisible(text, controlCharacters) {
  return text.replace(controlCharacters, "\uFFFD").replace(bidi, "\uFFFD").replace(noncharacters, "\uFFFD");
}
function escapeHtmlText(text) {
  return sanitizeText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtmlPageText(text) {
  return withoutInvisible(text.replace(loneSurrogates, "\uFFFD"), controlsButWhitespace).replace(/[&<>"']/g, (character) => entities[character]);
}

// src/report/missing-text.ts
var reasonLabel = {
  absent: "absent",
  "file-not-found": "file not found",
  stale: "stale",
  "period-gap": "period gap",
  "insufficient-samples": "insufficient samples"
};
var reasonWords = {
  absent: "no evidence item lists it",
  "file-not-found": "the evidence path matches no non-empty file",
  stale: "the evidence is older than allowed",
  "period-gap": "a window of the period has no evidence",
  "insufficient-samples": "not enough samples"
};
function missingDetail(entry) {
  switch (entry.reason) {
    case "period-gap":
      return entry.window ? `nothing collected for ${entry.window.start}..${entry.window.end}` : reasonWords["period-gap"];
    case "insufficient-samples":
      return entry.samples ? `${entry.samples.counted} of ${plural(entry.samples.required, "sample")} required so far` : reasonWords["insufficient-samples"];
    case "absent":
      if (entry.laterEvidence.length > 0) {
        const items = entry.laterEvidence.map((item) => `${item.evidence} (collected ${item.collected})`).join(", ");
        return `only ${items} lists it, dated after the as-of date, so not counted`;
      }
      return reasonWords.absent;
    default:
      return reasonWords[entry.reason];
  }
}
function auditLine(audit, asOf) {
  if (audit.type === "type1") return `Type 1: readiness at ${asOf}`;
  const { start, end } = audit.period;
  if (!audit.started) return `Type 2 period ${start}..${end} starts later: judged as Type 1 at ${asOf} until then`;
  const share = Math.floor(100 * audit.elapsedDays / audit.lengthDays);
  if (audit.judgedAt === end) return `Type 2 period ${start}..${end}: over (${audit.lengthDays} days), judged at its end`;
  return `Type 2 period ${start}..${end}: day ${audit.elapsedDays} of ${audit.lengthDays} (${share}%)`;
}
var windowMark = { collected: "\u2714", missing: "\u2716", current: "\u25F7", "not-started": "\u25CB" };
function windowName(window) {
  const [year, month] = window.start.split("-");
  const months = monthsSpanned(window);
  const first = Number(month);
  const startsMonth = window.start.endsWith("-01");
  if (startsMonth && months === 3 && (first - 1) % 3 === 0) return `Q${(first - 1) / 3 + 1} ${year}`;
  if (startsMonth && months === 6 && (first - 1) % 6 === 0) return `H${(first - 1) / 6 + 1} ${year}`;
  if (startsMonth && months === 1) return `${year}-${month}`;
  return `${window.start}..${window.end}`;
}
function monthsSpanned(window) {
  const [startYear, startMonth] = window.start.split("-").map(Number);
  const [endYear, endMonth, endDay] = window.end.split("-").map(Number);
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return endDay === lastDay ? (endYear - startYear) * 12 + endMonth - startMonth + 1 : 0;
}
function requirementName(entry) {
  const owner = entry.iso ?? entry.controls.join(", ");
  return `${owner} ${entry.requirement === "operating-evidence" ? "operating evidence" : entry.requirement}`;
}
function stripsToShow(timeline) {
  const seen = /* @__PURE__ */ new Set();
  const shown = timeline.filter((entry) => {
    if (entry.windows.length < 2 && !hasMissingWindow(entry)) return false;
    const key = JSON.stringify([requirementName(entry), entry.windows]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...shown.filter(hasMissingWindow), ...shown.filter((entry) => !hasMissingWindow(entry))];
}
function hasMissingWindow(entry) {
  return entry.windows.some((window) => window.state === "missing");
}

export {
  plural,
  sanitizeText,
  escapeHtmlText,
  escapeHtmlPageText,
  reasonLabel,
  missingDetail,
  auditLine,
  windowMark,
  windowName,
  requirementName,
  stripsToShow,
  hasMissingWindow
};
