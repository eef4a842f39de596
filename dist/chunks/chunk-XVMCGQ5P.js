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

export {
  daysBetween,
  addDays,
  todayUtc,
  isIsoDate,
  addMonths
};
