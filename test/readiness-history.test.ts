/**
 * The readiness history kept on the badge branch (CSV, one point per as-of date, bounded) and the
 * trend the job summary draws from it: pure functions on real text.
 */
import { describe, expect, it } from 'vitest';
import { formatHistory, maxHistoryPoints, parseHistory, pointOf, updateHistory, withPoint } from '../src/action/readiness-history.js';
import { addDays } from '../src/dates.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import { formatTrend, sparkline, type TrendPoint } from '../src/report/github/trend.js';
import { handmadeReport } from './support/reports.js';

const sha = (digit: string) => digit.repeat(40);

function point(date: string, readiness: number, overrides: Partial<TrendPoint> = {}): TrendPoint {
  return { date, readiness, designCoverage: 90.9, missingEvidence: 4, blockingMissingEvidence: 3, dueEvidence: 2, expiringEvidence: 1, commit: sha('a'), ...overrides };
}

const header = 'as_of,readiness,design_coverage,missing_evidence,blocking_missing_evidence,due_evidence,expiring_evidence,commit';

describe('the readiness history', () => {
  it('takes a run’s point from its report: the as-of date, the figures and the commit', () => {
    const report = handmadeReport();
    expect(pointOf(report, sha('b'))).toEqual({ date: '2026-11-27', readiness: 50, designCoverage: 100, missingEvidence: 1, blockingMissingEvidence: 1, dueEvidence: 0, expiringEvidence: 0, commit: sha('b') });
    expect(pointOf(report, undefined).commit).toBe('');
  });

  it('is CSV a spreadsheet opens (BOM, CRLF), one record per point, read back as written', () => {
    const points = [point('2026-11-01', 60.6), point('2026-11-02', 100, { commit: '' })];
    const text = formatHistory(points);
    expect(text).toBe(`\uFEFF${header}\r\n2026-11-01,60.6,90.9,4,3,2,1,${sha('a')}\r\n2026-11-02,100.0,90.9,4,3,2,1,\r\n`);
    expect(parseHistory(text)).toEqual(points);
    // Without the BOM, with LF line ends, as an editor may leave it.
    expect(parseHistory(text.slice(1).replace(/\r\n/g, '\n'))).toEqual(points);
    expect(parseHistory(`${header}\n`)).toEqual([]);
  });

  it('adds a point per new as-of date, in date order, even with the same figures', () => {
    const history = [point('2026-11-01', 60.6), point('2026-11-08', 63.6)];
    expect(withPoint(history, point('2026-11-15', 63.6, { commit: sha('c') })).map((each) => each.date)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
    // A run looking back lands in its place.
    expect(withPoint(history, point('2026-11-04', 61)).map((each) => each.date)).toEqual(['2026-11-01', '2026-11-04', '2026-11-08']);
  });

  it('keeps a day’s point, and its commit, when a run on that day has the same figures; replaces it when they differ', () => {
    const history = [point('2026-11-01', 60.6), point('2026-11-08', 63.6)];
    expect(withPoint(history, point('2026-11-08', 63.6, { commit: sha('c') }))).toEqual(history);
    expect(withPoint(history, point('2026-11-08', 63.6, { dueEvidence: 1, commit: sha('c') }))).toEqual([history[0], point('2026-11-08', 63.6, { dueEvidence: 1, commit: sha('c') })]);
    // So an unchanged run writes the very same text, and the branch gets no commit.
    const text = formatHistory(history);
    expect(updateHistory(text, point('2026-11-08', 63.6, { commit: sha('c') }))).toEqual({ readable: true, content: text, points: history });
  });

  it(`keeps the last ${maxHistoryPoints} points`, () => {
    let history: TrendPoint[] = [];
    for (let day = 0; day < maxHistoryPoints + 25; day += 1) history = withPoint(history, point(addDays('2025-01-01', day), day % 100));
    expect(history).toHaveLength(maxHistoryPoints);
    expect(history[0]!.date).toBe(addDays('2025-01-01', 25));
    expect(history.at(-1)!.date).toBe(addDays('2025-01-01', maxHistoryPoints + 24));
    expect(formatHistory(history).length).toBeLessThan(45_000);
  });

  it('starts a history when there is none', () => {
    expect(updateHistory(undefined, point('2026-11-01', 60.6))).toEqual({ readable: true, content: formatHistory([point('2026-11-01', 60.6)]), points: [point('2026-11-01', 60.6)] });
  });

  it('leaves a file it did not write as it is, and adds nothing to it', () => {
    const record = `2026-11-01,60.6,90.9,4,3,2,1,${sha('a')}`;
    for (const text of [
      'date,score\n2026-11-01,60\n',
      `${header},note\n${record},x\n`,
      `${header}\n2026-02-30,60.6,90.9,4,3,2,1,\n`,
      `${header}\n2026-11-01,60.64,90.9,4,3,2,1,\n`,
      `${header}\n2026-11-01,-1.0,90.9,4,3,2,1,\n`,
      `${header}\n2026-11-01,60.6,90.9,4,3,2,1,not-a-sha\n`,
      `${header}\n${record}\n\n${record}\n`,
      `${header}\n=HYPERLINK("https://evil.example"),60.6,90.9,4,3,2,1,\n`,
      '{"points": []}',
    ]) {
      expect(parseHistory(text), text).toBeUndefined();
      expect(updateHistory(text, point('2026-11-08', 63.6))).toEqual({ readable: false, content: text });
    }
  });

  it('reads records a person reordered or doubled: sorted, one per date, the later record winning', () => {
    const text = `${header}\n2026-11-08,63.6,90.9,4,3,2,1,\n2026-11-01,60.6,90.9,4,3,2,1,\n2026-11-08,66.7,90.9,4,3,2,1,\n`;
    expect(parseHistory(text)!.map((each) => [each.date, each.readiness])).toEqual([
      ['2026-11-01', 60.6],
      ['2026-11-08', 66.7],
    ]);
  });
});

describe('the trend in the job summary', () => {
  it('draws one block per value, from the lowest to the highest; a steady line flat in the middle', () => {
    expect(sparkline([0, 50, 100])).toBe('▁▅█');
    expect(sparkline([60.6, 60.6, 63.6, 72.7, 72.7])).toBe('▁▁▃██');
    expect(sparkline([42, 42, 42])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
  });

  it('shows the sparkline, the change since the previous point and the last points, newest first', () => {
    const points = [point('2026-11-01', 60.6), point('2026-11-08', 72.7, { missingEvidence: 2, blockingMissingEvidence: 1, commit: sha('b') }), point('2026-11-15', 69.7, { missingEvidence: 3, dueEvidence: 0, commit: '' })];
    const text = formatTrend({ points, current: '2026-11-15', source: 'crosswalk/history.csv on crosswalk-badges' });
    expect(text.split('\n').slice(0, 3)).toEqual([
      '📊 **Readiness over time** (3 runs, 2026-11-01 → 2026-11-15): `▁█▆` 60.6% → 69.7% (low 60.6%, high 72.7%)',
      '',
      '📉 **Since the last run** (as of 2026-11-08): readiness **-3.0** points (72.7% → 69.7%) · design coverage 90.9% → 90.9% · missing evidence 2 → 3 · blocking 1 → 3 · due 2 → 0 · expiring 1 (unchanged)',
    ]);
    expect(text).toContain('<details><summary>The last 3 points, newest first (all in crosswalk/history.csv on crosswalk-badges)</summary>');
    const rows = text.split('\n').filter((line) => /^\| 2026/.test(line));
    expect(rows).toEqual([
      '| 2026-11-15 | 69.7% | 90.9% | 3 (3) | 0 | 1 | — |',
      `| 2026-11-08 | 72.7% | 90.9% | 2 (1) | 2 | 1 | \`bbbbbbb\` |`,
      `| 2026-11-01 | 60.6% | 90.9% | 4 (3) | 2 | 1 | \`aaaaaaa\` |`,
    ]);
  });

  it('draws the last 30 points and lists the last 10; a point after this run’s date (a run looking back) is left out', () => {
    const points = Array.from({ length: 40 }, (_, day) => point(addDays('2026-10-01', day), day));
    const text = formatTrend({ points, current: addDays('2026-10-01', 35), source: 'history' });
    const line = text.split('\n')[0]!;
    expect(line).toContain(`(30 runs, ${addDays('2026-10-01', 6)} → ${addDays('2026-10-01', 35)})`);
    expect(/`([▁▂▃▄▅▆▇█]+)`/.exec(line)![1]).toHaveLength(30);
    expect(text.split('\n').filter((row) => /^\| 2026/.test(row))).toHaveLength(10);
    expect(text).toContain('📈 **Since the last run** (as of 2026-11-04): readiness **+1.0** points (34.0% → 35.0%)');
    expect(text).toContain('| 2026-11-05 | 35.0% |');
    expect(text).not.toContain('2026-11-06');
  });

  it('says so on the first point, and is nothing without one', () => {
    expect(formatTrend({ points: [point('2026-11-01', 60.6)], current: '2026-11-01', source: 'crosswalk/history.csv on badges' })).toBe(
      '📊 **Readiness over time:** 60.6% as of 2026-11-01, the first point of the history (`crosswalk/history.csv on badges`); the next runs draw the trend here.',
    );
    expect(formatTrend({ points: [], current: '2026-11-01', source: 'history' })).toBe('');
  });

  it('comes right under the headline of the Markdown report, and only when given', () => {
    const trend = { points: [point('2026-11-20', 40), point('2026-11-27', 50)], current: '2026-11-27', source: 'crosswalk/history.csv on badges' };
    const markdown = formatMarkdown(handmadeReport(), { trend });
    const at = markdown.indexOf('📊 **Readiness over time** (2 runs');
    expect(at).toBeGreaterThan(markdown.indexOf('<sub>crosswalk'));
    expect(at).toBeLessThan(markdown.indexOf('| Category |'));
    expect(formatMarkdown(handmadeReport())).not.toContain('Readiness over time');
  });
});
