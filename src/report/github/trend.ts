/**
 * Readiness over time, for the job summary: the points of the history the action keeps on the
 * badge branch, drawn as a sparkline, with the change since the previous run and the last points
 * as a table. Pure: the action reads the history and passes it in.
 */
import { code, escapeHtml, table } from './markdown-text.js';

/** One run's figures, as the history keeps them: one point per as-of date. */
export interface TrendPoint {
  /** The as-of date the run judged at. */
  readonly date: string;
  readonly readiness: number;
  readonly designCoverage: number;
  readonly missingEvidence: number;
  readonly blockingMissingEvidence: number;
  readonly dueEvidence: number;
  readonly expiringEvidence: number;
  /** The commit the run checked; '' when the runner named none. */
  readonly commit: string;
}

export interface Trend {
  /** Oldest first, one per as-of date; this run's point among them. */
  readonly points: readonly TrendPoint[];
  /** This run's as-of date. */
  readonly current: string;
  /** Where the history is kept, in words: `crosswalk/history.csv on crosswalk-badges`. */
  readonly source: string;
}

/** How many points the sparkline draws, and how many the table lists. */
const sparklinePoints = 30;
const tablePoints = 10;

const blocks = Array.from('▁▂▃▄▅▆▇█');

/**
 * One block per value, scaled from the lowest to the highest shown (so a change of a few points
 * is visible; the caller prints the range beside it). A steady series is a flat middle line.
 */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high === low) return blocks[3]!.repeat(values.length);
  return values.map((value) => blocks[Math.round(((value - low) / (high - low)) * (blocks.length - 1))]!).join('');
}

/** The trend as Markdown: '' when the history holds no point up to this run. */
export function formatTrend(trend: Trend): string {
  const upToNow = trend.points.filter((point) => point.date <= trend.current);
  const current = upToNow.at(-1);
  if (current === undefined) return '';
  const previous = upToNow.at(-2);
  if (previous === undefined) {
    return `📊 **Readiness over time:** ${percent(current.readiness)} as of ${current.date}, the first point of the history (${code(trend.source)}); the next runs draw the trend here.`;
  }
  const shown = upToNow.slice(-sparklinePoints);
  const readiness = shown.map((point) => point.readiness);
  const first = shown[0]!;
  return [
    `📊 **Readiness over time** (${shown.length} runs, ${first.date} → ${current.date}): ${code(sparkline(readiness))} ` +
      `${percent(first.readiness)} → ${percent(current.readiness)} (low ${percent(Math.min(...readiness))}, high ${percent(Math.max(...readiness))})`,
    '',
    sinceLine(previous, current),
    '',
    pointsTable(upToNow.slice(-tablePoints), trend.source),
  ].join('\n');
}

/** `📈 Since the last run (as of …): readiness +3.0 points · …`: what changed between two points. */
function sinceLine(previous: TrendPoint, current: TrendPoint): string {
  const change = Math.round((current.readiness - previous.readiness) * 10) / 10;
  const icon = change < 0 ? '📉' : change > 0 ? '📈' : '➖';
  const count = (label: string, before: number, after: number) => `${label} ${before === after ? `${after} (unchanged)` : `${before} → ${after}`}`;
  return (
    `${icon} **Since the last run** (as of ${previous.date}): readiness **${signedPoints(change)}** points (${percent(previous.readiness)} → ${percent(current.readiness)}) · ` +
    `design coverage ${percent(previous.designCoverage)} → ${percent(current.designCoverage)} · ` +
    [
      count('missing evidence', previous.missingEvidence, current.missingEvidence),
      count('blocking', previous.blockingMissingEvidence, current.blockingMissingEvidence),
      count('due', previous.dueEvidence, current.dueEvidence),
      count('expiring', previous.expiringEvidence, current.expiringEvidence),
    ].join(' · ')
  );
}

function pointsTable(points: readonly TrendPoint[], source: string): string {
  const rows = [...points].reverse().map((point) => [
    point.date,
    percent(point.readiness),
    percent(point.designCoverage),
    `${point.missingEvidence} (${point.blockingMissingEvidence})`,
    String(point.dueEvidence),
    String(point.expiringEvidence),
    point.commit === '' ? '—' : code(point.commit.slice(0, 7)),
  ]);
  const header = ['As of', 'Readiness', 'Design coverage', 'Missing (blocking)', 'Due', 'Expiring', 'Commit'];
  const align = ['left', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
  return `<details><summary>The last ${points.length} points, newest first (all in ${escapeHtml(source)})</summary>\n\n${table(header, rows, align)}\n\n</details>`;
}

const percent = (value: number) => `${value.toFixed(1)}%`;

/** `+3.0`, `-3.0`, `0.0`. */
function signedPoints(change: number): string {
  return change === 0 ? '0.0' : `${change > 0 ? '+' : ''}${change.toFixed(1)}`;
}
