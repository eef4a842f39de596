import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/dates.ts
var msPerDay = 864e5;
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * msPerDay).toISOString().slice(0, 10);
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function isIsoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
function addMonths(date, months, days = 0) {
  const [year, month, day] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const length = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = `${String(targetYear).padStart(4, "0")}-${String(targetMonth + 1).padStart(2, "0")}-${String(Math.min(day, length)).padStart(2, "0")}`;
  return days === 0 ? clamped : addDays(clamped, days);
}

// src/change-population.ts
function exceptionsOf(change) {
  if (change.kind === "direct-commit") return ["no-pull-request"];
  const exceptions = [];
  if (change.approvals.length === 0) exceptions.push("no-independent-approval");
  else if (!change.approvals.some((approval) => approval.commit === change.head)) exceptions.push("approval-not-on-final-commit");
  if (change.checks === "failure" || change.checks === "pending") exceptions.push("checks-not-passing");
  return exceptions;
}
function summaryOf(changes) {
  return { population: changes.length, exceptions: changes.filter((change) => change.exceptions.length > 0).length };
}
function compareChanges(a, b) {
  return compareText(a.at, b.at) || compareText(a.id, b.id);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function qualifiedChange(repository, change) {
  return change.kind === "pull-request" ? `${repository}${change.id}` : `${repository}@${change.id}`;
}
function changesNamed(name, documents) {
  return documents.flatMap((document) => document.changes.filter((change) => name === change.id || name === qualifiedChange(document.repository, change)).map((change) => ({ document, change })));
}
function inconsistencies(document) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  document.changes.forEach((change, index) => {
    if (seen.has(change.id)) problems.push(`change ${change.id} is listed twice`);
    seen.add(change.id);
    const day = change.at.slice(0, 10);
    if (day < document.period.start || day > document.period.end) problems.push(`change ${change.id} is dated ${change.at}, outside the period ${document.period.start}..${document.period.end}`);
    const previous = document.changes[index - 1];
    if (previous !== void 0 && compareChanges(previous, change) > 0) problems.push(`change ${change.id} comes after ${previous.id}, out of the order of time and id`);
  });
  for (const change of document.changes) {
    const expected = exceptionsOf(change);
    if (expected.join(",") !== change.exceptions.join(",")) {
      problems.push(`change ${change.id} records exceptions [${change.exceptions.join(", ")}] but its fields give [${expected.join(", ")}]`);
    }
  }
  const recorded = document.summary;
  const derived = summaryOf(document.changes.map((change) => ({ ...change, exceptions: exceptionsOf(change) })));
  if (recorded.population !== derived.population || recorded.exceptions !== derived.exceptions) {
    problems.push(`summary says ${recorded.population} changes with ${recorded.exceptions} exceptions, the changes give ${derived.population} with ${derived.exceptions}`);
  }
  return problems;
}

export {
  daysBetween,
  addDays,
  todayUtc,
  isIsoDate,
  addMonths,
  exceptionsOf,
  summaryOf,
  compareChanges,
  compareText,
  qualifiedChange,
  changesNamed,
  inconsistencies
};
