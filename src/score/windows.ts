/**
 * The calendar of a SOC 2 Type II period (SPEC §2): which windows a requirement must fill, and
 * which of them have ended by a given day. Pure date arithmetic on ISO dates.
 */
import { addDays, addMonths, daysBetween } from '../dates.js';
import { frequencyDefaults, type DateSpan, type Frequency, type FrequencyKind } from '../model.js';

/** What a requirement is judged as over a period: its kind, and the months of one window. */
export interface Cadence {
  readonly kind: FrequencyKind;
  readonly windowMonths: number;
  /** Annual windows run from the period start; the others are calendar windows. */
  readonly fromPeriodStart: boolean;
}

/** Without a frequency, a requirement is periodic with annual windows (SPEC §1.2). */
export function cadenceOf(frequency: Frequency | undefined): Cadence {
  const defaults = frequencyDefaults[frequency ?? 'annual'];
  if (defaults.kind === 'population') return { kind: 'population', windowMonths: 3, fromPeriodStart: false };
  const months = defaults.windowMonths ?? 12;
  return { kind: 'periodic', windowMonths: months, fromPeriodStart: months === 12 };
}

/**
 * Every requirement of a cadence has the same windows over the period: a run asks for a handful
 * of calendars thousands of times (and again at the period's end, for the forecast), so each is
 * worked out once. The arrays and spans are frozen: callers share them.
 */
const calendars = new Map<string, readonly DateSpan[]>();

/** The windows of a cadence that overlap the period, in order. */
export function windowsOf(cadence: Cadence, period: DateSpan): readonly DateSpan[] {
  const key = `${cadence.windowMonths} ${cadence.fromPeriodStart} ${period.start} ${period.end}`;
  let windows = calendars.get(key);
  if (windows === undefined) {
    windows = Object.freeze(calendarOf(cadence, period).map((window) => Object.freeze(window)));
    calendars.set(key, windows);
  }
  return windows;
}

function calendarOf(cadence: Cadence, period: DateSpan): DateSpan[] {
  // A period shorter than one window is its own only window.
  if (period.end < addMonths(period.start, cadence.windowMonths, -1)) return [{ start: period.start, end: period.end }];
  return cadence.fromPeriodStart ? windowsFromStart(cadence.windowMonths, period) : calendarWindows(cadence.windowMonths, period);
}

/** Annual windows: s + 12k months to the day before s + 12(k+1) months, the last cut at e. */
function windowsFromStart(months: number, period: DateSpan): DateSpan[] {
  const windows: DateSpan[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(period.start, months * k);
    if (start > period.end) return windows;
    const end = addMonths(period.start, months * (k + 1), -1);
    windows.push({ start, end: end < period.end ? end : period.end });
  }
}

/** Calendar months, quarters or half-years that overlap the period; never cut at s or e. */
function calendarWindows(months: number, period: DateSpan): DateSpan[] {
  const [year, month] = period.start.split('-').map(Number) as [number, number];
  const firstMonth = Math.floor((month - 1) / months) * months + 1;
  let start = `${String(year).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}-01`;
  const windows: DateSpan[] = [];
  while (start <= period.end) {
    const next = addMonths(start, months);
    windows.push({ start, end: addDays(next, -1) });
    start = next;
  }
  return windows;
}

/** A window has ended when its last day lies in s..E. */
export function hasEnded(window: DateSpan, period: DateSpan, judgedAt: string): boolean {
  return window.end >= period.start && window.end <= judgedAt;
}

export function contains(window: DateSpan, day: string): boolean {
  return window.start <= day && day <= window.end;
}

export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days in an inclusive span. */
export function spanDays(span: DateSpan): number {
  return daysBetween(span.start, span.end) + 1;
}
