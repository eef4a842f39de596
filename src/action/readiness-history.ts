/**
 * The readiness history crosswalk keeps beside the badges on the badge branch: one CSV record per
 * as-of date. CSV because GitHub shows it as a table, any spreadsheet charts it, and a commit's
 * diff is exactly the line of the new point. Pure: reading and writing the branch is the caller's.
 *
 * One point per as-of date: a run on a new day adds a point even when the figures are the same
 * (a flat line is a trend worth seeing); a second run on the same day replaces that day's point
 * only when its figures differ, and keeps the commit that first produced them otherwise, so an
 * unchanged run changes nothing and commits nothing.
 */
import { isIsoDate } from '../dates.js';
import { formatCsv, utf8Bom } from '../report/csv.js';
import type { Report } from '../report/report.js';
import type { TrendPoint } from '../report/github/trend.js';

/** The file's name in the published folder. */
export const historyFile = 'history.csv';

/** About a year of daily runs; the oldest points go first. */
export const maxHistoryPoints = 400;

/** Histories larger than this were not written by crosswalk (400 records are about 40 KB). */
export const maxHistoryBytes = 1_000_000;

const header = ['as_of', 'readiness', 'design_coverage', 'missing_evidence', 'blocking_missing_evidence', 'due_evidence', 'expiring_evidence', 'commit'] as const;

export function pointOf(report: Report, commit: string | undefined): TrendPoint {
  const { summary } = report;
  return {
    date: report.asOf,
    readiness: summary.readiness,
    designCoverage: summary.designCoverage,
    missingEvidence: summary.missingEvidence,
    blockingMissingEvidence: summary.blockingMissingEvidence,
    dueEvidence: summary.dueEvidence,
    expiringEvidence: summary.expiringEvidence,
    commit: commit ?? '',
  };
}

export type HistoryUpdate =
  | { readonly readable: true; readonly content: string; readonly points: readonly TrendPoint[] }
  /** The file on the branch is not a history crosswalk wrote: it is kept as it is, and nothing is added. */
  | { readonly readable: false; readonly content: string };

/** The history with this run's point, from the file's current text (undefined: there is none yet). */
export function updateHistory(previous: string | undefined, point: TrendPoint): HistoryUpdate {
  const points = previous === undefined ? [] : parseHistory(previous);
  if (points === undefined) return { readable: false, content: previous! };
  const updated = withPoint(points, point);
  return { readable: true, content: formatHistory(updated), points: updated };
}

/** Adds (or replaces) the point of its date, oldest first, keeping the last `maxHistoryPoints`. */
export function withPoint(points: readonly TrendPoint[], point: TrendPoint): TrendPoint[] {
  const sameDay = points.find((candidate) => candidate.date === point.date);
  if (sameDay !== undefined && sameFigures(sameDay, point)) return [...points];
  const others = points.filter((candidate) => candidate.date !== point.date);
  return sortedByDate([...others, point]).slice(-maxHistoryPoints);
}

function sortedByDate(points: TrendPoint[]): TrendPoint[] {
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function sameFigures(a: TrendPoint, b: TrendPoint): boolean {
  return formatRecord({ ...a, commit: '' }).join() === formatRecord({ ...b, commit: '' }).join();
}

export function formatHistory(points: readonly TrendPoint[]): string {
  return formatCsv(header, points.map(formatRecord));
}

function formatRecord(point: TrendPoint): string[] {
  return [
    point.date,
    point.readiness.toFixed(1),
    point.designCoverage.toFixed(1),
    String(point.missingEvidence),
    String(point.blockingMissingEvidence),
    String(point.dueEvidence),
    String(point.expiringEvidence),
    point.commit,
  ];
}

/**
 * The points of a history crosswalk wrote, oldest first; undefined for anything else (another
 * header, a record out of shape), which the caller then leaves untouched rather than lose.
 */
export function parseHistory(text: string): TrendPoint[] | undefined {
  if (text.length > maxHistoryBytes) return undefined;
  const lines = (text.startsWith(utf8Bom) ? text.slice(utf8Bom.length) : text).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines[0] !== header.join(',')) return undefined;
  // One per date, as withPoint keeps them (a later record replaces an earlier one unless their figures agree), then sorted once.
  const byDate = new Map<string, TrendPoint>();
  for (const line of lines.slice(1)) {
    const point = parseRecord(line);
    if (point === undefined) return undefined;
    const sameDay = byDate.get(point.date);
    if (sameDay === undefined || !sameFigures(sameDay, point)) byDate.set(point.date, point);
  }
  return sortedByDate([...byDate.values()]).slice(-maxHistoryPoints);
}

const percentField = /^(100|\d{1,2})\.\d$/;
const countField = /^\d{1,6}$/;
const commitField = /^([0-9a-f]{40}|[0-9a-f]{64})?$/;

function parseRecord(line: string): TrendPoint | undefined {
  const fields = line.split(',');
  if (fields.length !== header.length) return undefined;
  const [date, readiness, designCoverage, missing, blocking, due, expiring, commit] = fields as [string, string, string, string, string, string, string, string];
  if (!isIsoDate(date) || !percentField.test(readiness) || !percentField.test(designCoverage) || !commitField.test(commit)) return undefined;
  if (![missing, blocking, due, expiring].every((field) => countField.test(field))) return undefined;
  return {
    date,
    readiness: Number(readiness),
    designCoverage: Number(designCoverage),
    missingEvidence: Number(missing),
    blockingMissingEvidence: Number(blocking),
    dueEvidence: Number(due),
    expiringEvidence: Number(expiring),
    commit,
  };
}
