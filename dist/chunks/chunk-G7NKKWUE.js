import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  missingEntryKey,
  subjectLabel
} from "./chunk-5GRUUBCQ.js";
import {
  plural
} from "./chunk-ZWLGM2CQ.js";

// src/report/missing-text.ts
var reasonLabel = {
  absent: "absent",
  "file-not-found": "file not found",
  stale: "stale",
  "period-gap": "period gap",
  "insufficient-samples": "insufficient samples",
  exceptions: "exceptions"
};
var reasonWords = {
  absent: "no evidence item lists it",
  "file-not-found": "the evidence path matches no non-empty file",
  stale: "the evidence is older than allowed",
  "period-gap": "a window of the period has no evidence",
  "insufficient-samples": "not enough samples",
  exceptions: "collected changes have exceptions no deviation answers"
};
function missingDetail(entry) {
  switch (entry.reason) {
    case "exceptions":
      return entry.exceptions ? `${plural(entry.exceptions.count, "change")} with an exception no deviation answers: ${entry.exceptions.changes.join(", ")}${entry.exceptions.count > entry.exceptions.changes.length ? ", \u2026" : ""}` : reasonWords.exceptions;
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
function forecastWords(forecast) {
  const risk = forecast.atRisk.length === 0 ? "none at risk" : `${forecast.atRisk.length} at risk`;
  return `${forecast.ready} ready at ${forecast.asOf} with the evidence as it stands (${risk})`;
}
function incompleteWords(errors) {
  return `Incomplete picture: ${plural(errors, "error")} left controls unread, so these figures count only what could be read.`;
}
var windowMark = { collected: "\u2714", "under-sampled": "\u25D0", missing: "\u2716", current: "\u25F7", "not-started": "\u25CB" };
var windowLegend = "\u2714 collected \xB7 \u25D0 too few samples \xB7 \u2716 missing \xB7 \u25F7 current window \xB7 \u25CB not started";
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
  const owner = subjectLabel(entry);
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
  return entry.windows.some((window) => window.state === "missing" || window.state === "under-sampled");
}
function onceEach(entries) {
  const asks = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = missingEntryKey(entry);
    const seen = asks.get(key);
    if (seen === void 0) asks.set(key, entry);
    else if (seen.criteria !== void 0 && entry.criteria !== void 0) asks.set(key, { ...seen, criteria: [.../* @__PURE__ */ new Set([...seen.criteria, ...entry.criteria])] });
  }
  return [...asks.values()];
}
function passWords(summary) {
  if (summary.checkedConditions.length === 0) return "fail_on is empty: the gate tests nothing";
  const tested = `the gate tested ${summary.checkedConditions.join(", ")} and none holds`;
  return summary.checkedConditions.includes("readiness") ? tested : `${tested}; readiness (${summary.readiness.toFixed(1)}%) is not part of it (fail_on: readiness with min_readiness sets a floor)`;
}

export {
  reasonLabel,
  reasonWords,
  missingDetail,
  auditLine,
  forecastWords,
  incompleteWords,
  windowMark,
  windowLegend,
  windowName,
  requirementName,
  stripsToShow,
  hasMissingWindow,
  onceEach,
  passWords
};
