/**
 * Plain words for what a report says about time and missing evidence, shared by every format
 * (each escapes the result for its own surface).
 */
import { plural } from '../text.js';
import type { MissingReason, WindowState } from '../score/evidence.js';
import { missingEntryKey, subjectLabel, type AuditReport, type MissingEvidenceReport, type Report, type SubjectKind } from './report.js';

/** Each reason as a table cell names it. */
export const reasonLabel: Record<MissingReason, string> = {
  absent: 'absent',
  'file-not-found': 'file not found',
  stale: 'stale',
  'period-gap': 'period gap',
  'insufficient-samples': 'insufficient samples',
  exceptions: 'exceptions',
};

/** What each reason means, in a few words. */
export const reasonWords: Record<MissingReason, string> = {
  absent: 'no evidence item lists it',
  'file-not-found': 'the evidence path matches no non-empty file',
  stale: 'the evidence is older than allowed',
  'period-gap': 'a window of the period has no evidence',
  'insufficient-samples': 'not enough samples',
  exceptions: 'collected changes have exceptions no deviation answers',
};

/** The reason of one entry with its particulars: the window, the samples, the later-dated items. */
export function missingDetail(entry: Pick<MissingEvidenceReport, 'reason' | 'window' | 'samples' | 'laterEvidence' | 'exceptions'>): string {
  switch (entry.reason) {
    case 'exceptions':
      return entry.exceptions ? `${plural(entry.exceptions.count, 'change')} with an exception no deviation answers: ${entry.exceptions.changes.join(', ')}${entry.exceptions.count > entry.exceptions.changes.length ? ', …' : ''}` : reasonWords.exceptions;
    case 'period-gap':
      return entry.window ? `nothing collected for ${entry.window.start}..${entry.window.end}` : reasonWords['period-gap'];
    case 'insufficient-samples':
      return entry.samples ? `${entry.samples.counted} of ${plural(entry.samples.required, 'sample')} required so far` : reasonWords['insufficient-samples'];
    case 'absent':
      if (entry.laterEvidence.length > 0) {
        const items = entry.laterEvidence.map((item) => `${item.evidence} (collected ${item.collected})`).join(', ');
        return `only ${items} lists it, dated after the as-of date, so not counted`;
      }
      return reasonWords.absent;
    default:
      return reasonWords[entry.reason];
  }
}

/** One line on what the report attests: "Type 1 at …", or a Type 2 period and how far it has run. */
export function auditLine(audit: AuditReport, asOf: string): string {
  if (audit.type === 'type1') return `Type 1: readiness at ${asOf}`;
  const { start, end } = audit.period;
  if (!audit.started) return `Type 2 period ${start}..${end} starts later: judged as Type 1 at ${asOf} until then`;
  const share = Math.floor((100 * audit.elapsedDays) / audit.lengthDays);
  if (audit.judgedAt === end) return `Type 2 period ${start}..${end}: over (${audit.lengthDays} days), judged at its end`;
  return `Type 2 period ${start}..${end}: day ${audit.elapsedDays} of ${audit.lengthDays} (${share}%)`;
}

/** The forecast in a few words: how many criteria stay ready, and how many are at risk. */
export function forecastWords(forecast: NonNullable<Report['forecast']>): string {
  const risk = forecast.atRisk.length === 0 ? 'none at risk' : `${forecast.atRisk.length} at risk`;
  return `${forecast.ready} ready at ${forecast.asOf} with the evidence as it stands (${risk})`;
}

/** SPEC §2: a repository with errors gives an incomplete picture; every report says so next to readiness. */
export function incompleteWords(errors: number): string {
  return `Incomplete picture: ${plural(errors, 'error')} left controls unread, so these figures count only what could be read.`;
}

/** One mark per window: collected, too few samples, missing, current, not started. */
export const windowMark: Record<WindowState, string> = { collected: '✔', 'under-sampled': '◐', missing: '✖', current: '◷', 'not-started': '○' };

/** The legend of the marks, in one line. */
export const windowLegend = '✔ collected · ◐ too few samples · ✖ missing · ◷ current window · ○ not started';

/** A short name for a window: Q3 2026, 2026-07, H2 2026, or its dates. */
export function windowName(window: { start: string; end: string }): string {
  const [year, month] = window.start.split('-') as [string, string];
  const months = monthsSpanned(window);
  const first = Number(month);
  const startsMonth = window.start.endsWith('-01');
  if (startsMonth && months === 3 && (first - 1) % 3 === 0) return `Q${(first - 1) / 3 + 1} ${year}`;
  if (startsMonth && months === 6 && (first - 1) % 6 === 0) return `H${(first - 1) / 6 + 1} ${year}`;
  if (startsMonth && months === 1) return `${year}-${month}`;
  return `${window.start}..${window.end}`;
}

function monthsSpanned(window: { start: string; end: string }): number {
  const [startYear, startMonth] = window.start.split('-').map(Number) as [number, number];
  const [endYear, endMonth, endDay] = window.end.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return endDay === lastDay ? (endYear - startYear) * 12 + endMonth - startMonth + 1 : 0;
}

/** How a requirement is named beside its ISO control: `A.5.15 access-review`, `A.5.1 operating evidence`, `SOC 2 CC1.1 code-of-conduct-acknowledgements`. */
export function requirementName(entry: Parameters<typeof subjectLabel>[0] & { readonly requirement: string }): string {
  const owner = subjectLabel(entry);
  return `${owner} ${entry.requirement === 'operating-evidence' ? 'operating evidence' : entry.requirement}`;
}

type Strip = { readonly kind: SubjectKind; readonly criteria: readonly string[]; readonly iso: string | null; readonly requirement: string; readonly controls: readonly string[]; readonly windows: readonly { readonly start: string; readonly state: string }[] };

/**
 * The strips worth a line, those with a missing window first: requirements with several windows,
 * and any whose one window is missing (a single annual window that is collected or current says
 * nothing the rest does not). Rows of one ISO control that read the same are shown once.
 */
export function stripsToShow<T extends Strip>(timeline: readonly T[]): T[] {
  const seen = new Set<string>();
  const shown = timeline.filter((entry) => {
    if (entry.windows.length < 2 && !hasMissingWindow(entry)) return false;
    const key = JSON.stringify([requirementName(entry), entry.windows]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...shown.filter(hasMissingWindow), ...shown.filter((entry) => !hasMissingWindow(entry))];
}

export function hasMissingWindow(entry: Pick<Strip, 'windows'>): boolean {
  return entry.windows.some((window) => window.state === 'missing' || window.state === 'under-sampled');
}

/**
 * Several mapping rows of one ISO control (repeated seed rows) can ask the same org controls for
 * the same evidence: a reader is asked once, with the criteria of every row.
 */
export function onceEach<T extends { readonly iso: string | null; readonly requirement: string; readonly controls: readonly string[]; readonly criteria?: readonly string[] }>(entries: readonly T[]): T[] {
  const asks = new Map<string, T>();
  for (const entry of entries) {
    const key = missingEntryKey(entry);
    const seen = asks.get(key);
    if (seen === undefined) asks.set(key, entry);
    else if (seen.criteria !== undefined && entry.criteria !== undefined) asks.set(key, { ...seen, criteria: [...new Set([...seen.criteria, ...entry.criteria])] });
  }
  return [...asks.values()];
}

/** A pass says only that no fail_on condition holds: name what was tested, so 0% never reads as good. */
export function passWords(summary: Pick<Report['summary'], 'checkedConditions' | 'readiness'>): string {
  if (summary.checkedConditions.length === 0) return 'fail_on is empty: the gate tests nothing';
  const tested = `the gate tested ${summary.checkedConditions.join(', ')} and none holds`;
  return summary.checkedConditions.includes('readiness') ? tested : `${tested}; readiness (${summary.readiness.toFixed(1)}%) is not part of it (fail_on: readiness with min_readiness sets a floor)`;
}
