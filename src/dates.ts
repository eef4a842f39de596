/** Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so no time zone leaks in. */
const msPerDay = 86_400_000;

/**
 * Each date's milliseconds since the epoch, parsed once: scoring compares the same few hundred
 * dates (evidence dates, windows, the as-of date) hundreds of thousands of times at 10,000 controls.
 */
const parsedDates = new Map<string, number>();

function timeOf(date: string): number {
  let time = parsedDates.get(date);
  if (time === undefined) {
    time = Date.parse(`${date}T00:00:00Z`);
    parsedDates.set(date, time);
  }
  return time;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((timeOf(to) - timeOf(from)) / msPerDay);
}

/** Sums already worked out, by date and days: evidence expires, and windows end, on the same few days. */
const sums = new Map<string, string>();

export function addDays(date: string, days: number): string {
  const key = `${date} ${days}`;
  let sum = sums.get(key);
  if (sum === undefined) {
    sum = new Date(timeOf(date) + days * msPerDay).toISOString().slice(0, 10);
    sums.set(key, sum);
  }
  return sum;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/**
 * `date` plus `months` calendar months, then plus `days`, with the day clamped to the month's
 * length (never overflowing into the next month): 2026-01-31 + 1 month = 2026-02-28 (SPEC §2).
 */
export function addMonths(date: string, months: number, days = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const length = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, length)).padStart(2, '0')}`;
  return days === 0 ? clamped : addDays(clamped, days);
}
