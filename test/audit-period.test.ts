/**
 * SPEC §2, Type 2: hand-computed cases for each window rule, through the whole engine (real YAML
 * and real evidence files on disk), as-of dates in the past or at the period's end.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { UsageError } from '../src/errors.js';
import { buildRegister, formatRegisterMarkdown } from '../src/report/audit/evidence-register.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import { formatSarif } from '../src/report/github/format-sarif.js';
import { formatText } from '../src/report/terminal/format-text.js';
import type { Report } from '../src/report/report.js';
import { controlFile, makeRepo } from './support/repo.js';

const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Audit period test mapping
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-review
        description: Quarterly access review
        frequency: quarterly
  - iso: A.8.8
    tsc: [CC7.1]
    coverage: partial
    evidence:
      - id: vuln-scan
        description: Monthly vulnerability scan
        frequency: monthly
  - iso: A.8.32
    tsc: [CC8.1]
    coverage: partial
    evidence:
      - id: change-tickets
        description: Sampled change tickets with approvals
        frequency: per-event
  - iso: A.5.1
    tsc: [CC1.2]
    coverage: partial
    evidence:
      - id: policy-review
        description: Annual policy review
        frequency: annual
`;

interface Item {
  readonly id: string;
  readonly satisfies: string;
  readonly collected: string;
  readonly period?: readonly [string, string];
  readonly population?: number;
  readonly samples?: number;
  /** Empty: the item's file is written empty (not present). */
  readonly empty?: boolean;
}

function control(id: string, iso: string, items: readonly Item[], owner = '@acme/grc'): string {
  const evidence = items
    .map((item) =>
      [
        `      - id: ${item.id}`,
        `        satisfies: [${item.satisfies}]`,
        `        path: evidence/${id}/${item.id}.csv`,
        `        collected: ${item.collected}`,
        ...(item.period ? [`        period: {start: ${item.period[0]}, end: ${item.period[1]}}`] : []),
        ...(item.population !== undefined ? [`        population: ${item.population}`] : []),
        ...(item.samples !== undefined ? [`        samples: ${item.samples}`] : []),
      ].join('\n'),
    )
    .join('\n');
  return `  - id: ${id}\n    title: ${id} control\n    implements: [${iso}]\n    status: implemented\n    owner: "${owner}"\n${items.length > 0 ? `    evidence:\n${evidence}\n` : ''}`;
}

function filesOf(id: string, items: readonly Item[]): Record<string, string> {
  return Object.fromEntries(items.map((item) => [`evidence/${id}/${item.id}.csv`, item.empty ? '' : 'record,approved_by\n1,dana\n']));
}

interface Audit {
  readonly asOf: string;
  readonly period: string;
}

async function judge(controls: readonly { id: string; iso: string; items: readonly Item[] }[], audit: Audit): Promise<Report> {
  const files = Object.assign({}, ...controls.map((entry) => filesOf(entry.id, entry.items))) as Record<string, string>;
  const root = await makeRepo({ 'mapping.yaml': mapping, 'controls/c.yaml': controlFile(controls.map((entry) => control(entry.id, entry.iso, entry.items)).join('')), ...files });
  const run = await check({ root, overrides: { mapping: path.join(root, 'mapping.yaml'), asOf: audit.asOf, auditType: 'type2', period: audit.period } });
  return run.report;
}

const missingOf = (report: Report, requirement: string) => report.missingEvidence.filter((entry) => entry.requirement === requirement);
const stripOf = (report: Report, requirement: string) => report.timeline.find((entry) => entry.requirement === requirement)?.windows.map((window) => `${window.start}..${window.end} ${window.state}`);

const calendarYear = { asOf: '2026-11-27', period: '2026-01-01..2026-12-31' };

describe('periodic requirements: every ended window is filled', () => {
  const q1 = { id: 'review-q1', satisfies: 'access-review', collected: '2026-04-05', period: ['2026-01-01', '2026-03-31'] as const };
  const q2 = { id: 'review-q2', satisfies: 'access-review', collected: '2026-06-28' };

  it('a quarter with no review is a period-gap naming its window; the strip reads Q1 ✔ Q2 ✔ Q3 ✖ Q4 current', async () => {
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [q1, q2] }], calendarYear);
    expect(missingOf(report, 'access-review')).toMatchObject([{ reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' }, blocking: true, owners: ['@acme/grc'] }]);
    expect(stripOf(report, 'access-review')).toEqual(['2026-01-01..2026-03-31 collected', '2026-04-01..2026-06-30 collected', '2026-07-01..2026-09-30 missing', '2026-10-01..2026-12-31 current']);
    expect(report.criteria.find((criterion) => criterion.id === 'CC6.1')?.blockedBy).toEqual([
      { kind: 'row', iso: 'A.5.15', isoTitle: 'Access control', controls: ['AC-01'], inProgress: false, requirements: [{ id: 'access-review', reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' } }] },
    ]);
  });

  it('a review signed after the quarter it covers counts for that quarter through its period', async () => {
    const q3Late = { id: 'review-q3', satisfies: 'access-review', collected: '2026-10-06', period: ['2026-07-01', '2026-09-30'] as const };
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [q1, q2, q3Late] }], calendarYear);
    expect(missingOf(report, 'access-review')).toEqual([]);
    expect(report.criteria.find((criterion) => criterion.id === 'CC6.1')?.state).toBe('ready');
    // Without its period, the same item is about the day it was signed: it fills Q4, and Q3 stays empty.
    const withoutPeriod = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [q1, q2, { ...q3Late, period: undefined }] }], calendarYear);
    expect(missingOf(withoutPeriod, 'access-review')).toMatchObject([{ reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' } }]);
    expect(stripOf(withoutPeriod, 'access-review')?.at(-1)).toBe('2026-10-01..2026-12-31 collected');
  });

  it('freshness is not tested once windows have ended: the windows are the test', async () => {
    // The Q1 and Q2 reviews are far older than the quarterly maximum age (122 days) at the as-of date.
    const q3 = { id: 'review-q3', satisfies: 'access-review', collected: '2026-09-20' };
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [q1, q2, q3] }], calendarYear);
    expect(missingOf(report, 'access-review')).toEqual([]);
  });

  it('the Type 1 reasons come first: a review whose file is empty is file-not-found, not a gap', async () => {
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [{ ...q1, empty: true }] }], calendarYear);
    expect(missingOf(report, 'access-review')).toMatchObject([{ reason: 'file-not-found' }]);
  });

  it('a period that does not start on a quarter: the first calendar quarter may be filled from before s; the last never ends', async () => {
    const period = { asOf: '2026-11-27', period: '2026-02-15..2027-02-14' };
    const beforeStart = { id: 'review-jan', satisfies: 'access-review', collected: '2026-01-20' };
    const q2b = { id: 'review-may', satisfies: 'access-review', collected: '2026-05-10' };
    const q3b = { id: 'review-aug', satisfies: 'access-review', collected: '2026-08-15' };
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [beforeStart, q2b, q3b] }], period);
    expect(missingOf(report, 'access-review')).toEqual([]);
    expect(stripOf(report, 'access-review')).toEqual([
      '2026-01-01..2026-03-31 collected',
      '2026-04-01..2026-06-30 collected',
      '2026-07-01..2026-09-30 collected',
      '2026-10-01..2026-12-31 current',
      '2027-01-01..2027-03-31 not-started',
    ]);
  });

  it('a period shorter than a window is its only window', async () => {
    // 2026-10-01..2026-11-15 is shorter than a quarter; at as-of 2026-11-27 it is over (E = e).
    const period = { asOf: '2026-11-27', period: '2026-10-01..2026-11-15' };
    const missing = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [{ id: 'review-sep', satisfies: 'access-review', collected: '2026-09-28' }] }], period);
    expect(missingOf(missing, 'access-review')).toMatchObject([{ reason: 'period-gap', window: { start: '2026-10-01', end: '2026-11-15' } }]);
    const filled = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [{ id: 'review-nov', satisfies: 'access-review', collected: '2026-11-10' }] }], period);
    expect(missingOf(filled, 'access-review')).toEqual([]);
    expect(filled.audit).toEqual({ type: 'type2', period: { start: '2026-10-01', end: '2026-11-15' }, started: true, judgedAt: '2026-11-15', elapsedDays: 46, lengthDays: 46 });
  });

  it('before any window has ended, the requirement is judged as Type 1 at E: one fresh instance', async () => {
    const period = { asOf: '2026-11-27', period: '2026-10-01..2027-09-30' };
    const stale = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [{ id: 'review-jul', satisfies: 'access-review', collected: '2026-07-20' }] }], period);
    // 2026-07-20 → 2026-11-27 is 130 days, over the quarterly 122.
    expect(missingOf(stale, 'access-review')).toMatchObject([{ reason: 'stale' }]);
    const fresh = await judge([{ id: 'AC-01', iso: 'A.5.15', items: [{ id: 'review-aug', satisfies: 'access-review', collected: '2026-08-01' }] }], period);
    expect(missingOf(fresh, 'access-review')).toEqual([]);
  });

  it('monthly scans: the first month without one is the gap', async () => {
    const scans = ['2026-01-28', '2026-02-25', '2026-04-02', '2026-04-29'].map((collected, index) => ({ id: `scan-${index}`, satisfies: 'vuln-scan', collected }));
    const report = await judge([{ id: 'VM-01', iso: 'A.8.8', items: scans }], { asOf: '2026-05-15', period: '2026-01-01..2026-12-31' });
    expect(missingOf(report, 'vuln-scan')).toMatchObject([{ reason: 'period-gap', window: { start: '2026-03-01', end: '2026-03-31' } }]);
  });
});

describe('population requirements: every ended quarter overlapped, samples pro-rated', () => {
  it('R = ceil(min_samples × elapsed share), exactly: 25 × 84 / 300 = 7', async () => {
    // s = 2026-02-06, e = 2026-12-02 (300 days); as-of 2026-04-30 is day 84. Q1 has ended and is overlapped.
    const period = { asOf: '2026-04-30', period: '2026-02-06..2026-12-02' };
    const export6 = { id: 'changes', satisfies: 'change-tickets', collected: '2026-04-30', period: ['2026-02-06', '2026-04-30'] as const, samples: 6 };
    const short = await judge([{ id: 'CHG-01', iso: 'A.8.32', items: [export6] }], period);
    expect(missingOf(short, 'change-tickets')).toMatchObject([{ reason: 'insufficient-samples', samples: { counted: 6, required: 7 } }]);
    const enough = await judge([{ id: 'CHG-01', iso: 'A.8.32', items: [{ ...export6, samples: 7 }] }], period);
    expect(missingOf(enough, 'change-tickets')).toEqual([]);
  });

  it('a declared population caps what is required; a population of 0 needs no sample, but every quarter still needs an item', async () => {
    const lookingBack = { asOf: '2026-06-30', period: '2026-01-01..2026-12-31' };
    const none = [
      { id: 'q1', satisfies: 'change-tickets', collected: '2026-04-01', period: ['2026-01-01', '2026-03-31'] as const, population: 0 },
      { id: 'q2', satisfies: 'change-tickets', collected: '2026-06-30', period: ['2026-04-01', '2026-06-30'] as const, population: 0 },
    ];
    expect(missingOf(await judge([{ id: 'CHG-01', iso: 'A.8.32', items: none }], lookingBack), 'change-tickets')).toEqual([]);
    // Q2 without its item: the quarter is not overlapped, whatever the population says.
    expect(missingOf(await judge([{ id: 'CHG-01', iso: 'A.8.32', items: [none[0]!] }], lookingBack), 'change-tickets')).toMatchObject([
      { reason: 'period-gap', window: { start: '2026-04-01', end: '2026-06-30' } },
    ]);
    // 4 changes happened and 2 were sampled: R = min(ceil(25 × 181 / 365) = 13, 4) = 4.
    const sampled = none.map((item) => ({ ...item, population: 2, samples: 1 }));
    expect(missingOf(await judge([{ id: 'CHG-01', iso: 'A.8.32', items: sampled }], lookingBack), 'change-tickets')).toMatchObject([
      { reason: 'insufficient-samples', samples: { counted: 2, required: 4 } },
    ]);
  });
});

describe('time: looking back, a period that is over, one not started, and what is due', () => {
  it('looking back mid-period: later items are not counted (a notice each), and nothing is an error', async () => {
    const items = [
      { id: 'review-q1', satisfies: 'access-review', collected: '2026-03-30' },
      { id: 'review-q2', satisfies: 'access-review', collected: '2026-06-29' },
      { id: 'review-q3', satisfies: 'access-review', collected: '2026-09-29' },
    ];
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items }], { asOf: '2026-06-30', period: '2026-01-01..2026-12-31' });
    expect(report.summary.errors).toBe(0);
    expect(report.diagnostics).toMatchObject([{ severity: 'notice', code: 'collected-after-as-of' }]);
    expect(missingOf(report, 'access-review')).toEqual([]);
    expect(stripOf(report, 'access-review')).toEqual(['2026-01-01..2026-03-31 collected', '2026-04-01..2026-06-30 collected', '2026-07-01..2026-09-30 not-started', '2026-10-01..2026-12-31 not-started']);
    expect(report.audit).toMatchObject({ started: true, judgedAt: '2026-06-30', elapsedDays: 181, lengthDays: 365 });
  });

  it('a period that is over is judged at its end: every window, no freshness, nothing due', async () => {
    const items = ['2025-03-15', '2025-06-15', '2025-09-15', '2025-12-15'].map((collected, index) => ({ id: `review-${index}`, satisfies: 'access-review', collected }));
    const report = await judge([{ id: 'AC-01', iso: 'A.5.15', items }], { asOf: '2026-11-27', period: '2025-01-01..2025-12-31' });
    expect(missingOf(report, 'access-review')).toEqual([]);
    expect(report.dueEvidence).toEqual([]);
    expect(report.audit).toMatchObject({ judgedAt: '2025-12-31', elapsedDays: 365, lengthDays: 365 });
  });

  it('a period that starts after the as-of date: judged as Type 1, and the report says when it starts', async () => {
    const root = await makeRepo({ 'mapping.yaml': mapping, 'controls/c.yaml': controlFile(control('AC-01', 'A.5.15', [{ id: 'review', satisfies: 'access-review', collected: '2026-10-15' }])), ...filesOf('AC-01', [{ id: 'review', satisfies: 'access-review', collected: '2026-10-15' }]) });
    const run = await check({ root, overrides: { mapping: path.join(root, 'mapping.yaml'), asOf: '2026-11-27', auditType: 'type2', period: '2027-01-01..2027-12-31' } });
    expect(run.report.audit).toEqual({ type: 'type2', period: { start: '2027-01-01', end: '2027-12-31' }, started: false, judgedAt: '2026-11-27', elapsedDays: 0, lengthDays: 365 });
    expect(run.report.missingEvidence).toEqual([]);
    expect(run.report.timeline).toEqual([]);
  });

  it('due: the current window of each periodic requirement with nothing in it yet, by its last day, with owners; soonest first', async () => {
    const report = await judge(
      [
        { id: 'AC-01', iso: 'A.5.15', items: [{ id: 'review-q3', satisfies: 'access-review', collected: '2026-09-20' }] },
        { id: 'VM-01', iso: 'A.8.8', items: [{ id: 'scan-oct', satisfies: 'vuln-scan', collected: '2026-10-20' }] },
        { id: 'POL-01', iso: 'A.5.1', items: [{ id: 'review-2026', satisfies: 'policy-review', collected: '2026-02-01' }] },
      ],
      { asOf: '2026-11-27', period: '2026-07-01..2027-06-30' },
    );
    expect(report.dueEvidence.map((entry) => [entry.requirement, entry.due, entry.window.start, entry.owners])).toEqual([
      ['vuln-scan', '2026-11-30', '2026-11-01', ['@acme/grc']],
      ['access-review', '2026-12-31', '2026-10-01', ['@acme/grc']],
      // The annual window runs 2026-07-01..2027-06-30 and has nothing ending inside it yet.
      ['policy-review', '2027-06-30', '2026-07-01', ['@acme/grc']],
    ]);
    expect(report.summary.dueEvidence).toBe(3);
  });
});

describe('bad audit settings are one-line errors naming the key (exit 2)', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['an end before the start', { auditType: 'type2', period: '2026-12-31..2026-01-01' }, /audit\.period\.end 2026-01-01 is before audit\.period\.start 2026-12-31/],
    ['a period over 12 months (Jan 31 + 12 months)', { auditType: 'type2', period: '2026-01-31..2027-01-31' }, /audit\.period .* is longer than 12 months/],
    ['a period under 1 month (Jan 31 + 1 month − 1 day is Feb 27)', { auditType: 'type2', period: '2026-01-31..2026-02-26' }, /audit\.period .* is shorter than 1 month/],
    ['type2 without a period', { auditType: 'type2' }, /audit\.type is type2 but audit\.period is not set/],
    ['--period without ..', { auditType: 'type2', period: '2026-01-01/2026-12-31' }, /period must be written START\.\.END/],
    ['an unknown audit type', { auditType: 'type3' }, /audit-type: "type3" is not one of type1, type2/],
    ['an as-of date after today', { asOf: '2999-01-01' }, /as-of 2999-01-01 is after today/],
  ];

  it.each(cases)('%s', async (_name, overrides, message) => {
    const root = await makeRepo({ 'controls/c.yaml': controlFile('') + '  []\n' });
    const error = await check({ root, overrides }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('the shortest and longest periods are accepted: Jan 31..Feb 27, and Feb 29 + 12 months − 1 day', async () => {
    const root = await makeRepo({ 'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    for (const period of ['2026-01-31..2026-02-27', '2024-02-29..2025-02-27']) {
      const run = await check({ root, overrides: { auditType: 'type2', period, asOf: '2026-11-27' } });
      expect(run.report.audit).toMatchObject({ type: 'type2', period: { start: period.slice(0, 10), end: period.slice(12) } });
    }
    await expect(check({ root, overrides: { auditType: 'type2', period: '2024-02-29..2025-02-28' } })).rejects.toThrow(/longer than 12 months/);
  });

  it('audit in .crosswalk.yml: a bad key is named at its line and column', async () => {
    const root = await makeRepo({ '.crosswalk.yml': 'audit:\n  type: type2\n  period: {start: 2026-01-01, ends: 2026-12-31}\n', 'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    await expect(check({ root })).rejects.toThrow(/^\.crosswalk\.yml:3:\d+: audit\.period is missing the required key "end"/);
  });
});

describe('time as people read it', () => {
  const items = [
    { id: 'review-q1', satisfies: 'access-review', collected: '2026-04-05', period: ['2026-01-01', '2026-03-31'] as const },
    { id: 'review-q2', satisfies: 'access-review', collected: '2026-06-28' },
  ];

  it('the text report states the audit, names the empty window in words, strips each periodic requirement and lists what is due', async () => {
    const text = formatText(await judge([{ id: 'AC-01', iso: 'A.5.15', items }], calendarYear), { color: false });
    expect(text).toContain('Type 2 period 2026-01-01..2026-12-31: day 331 of 365 (90%)');
    expect(text).toContain('access-review — nothing collected for 2026-07-01..2026-09-30');
    expect(text).toMatch(/A\.5\.15 access-review +Q1 2026 ✔ {2}Q2 2026 ✔ {2}Q3 2026 ✖ {2}Q4 2026 ◷/);
    expect(text).toContain('◷ 2026-12-31  A.5.15 access-review · AC-01 · @acme/grc');
  });

  it('the Markdown summary does the same, in a table a reviewer scans', async () => {
    const markdown = formatMarkdown(await judge([{ id: 'AC-01', iso: 'A.5.15', items }], calendarYear));
    // Read as GitHub shows it: Markdown escapes removed.
    const shown = markdown.replace(/\\(.)/g, '$1').replace(/&#58;/g, ':');
    expect(shown).toContain('Type 2 period 2026-01-01..2026-12-31: day 331 of 365 (90%)');
    expect(shown).toContain('| A.5.15 access-review | quarterly | Q1 2026 ✔ · Q2 2026 ✔ · Q3 2026 ✖ · Q4 2026 ◷ |');
    expect(shown).toMatch(/### Due \(1\)[\s\S]*\| 2026-12-31 \| `access-review` \| A.5.15 Access control \| \*\*AC-01\*\* \| `@acme\/grc` \|/);
    expect(shown).toContain('period gap: nothing collected for 2026-07-01..2026-09-30');
    // Owners never ping anyone from a summary: a handle is a code span, which GitHub never links.
    expect(markdown.replace(/`@acme\/grc`/g, '')).not.toMatch(/@acme/);
  });

  it('SARIF and the evidence register state the audit too', async () => {
    const { report, ...run } = await check({ root: path.resolve('fixtures/example-org') });
    const sarif = JSON.parse(formatSarif(report)) as { runs: { properties: Record<string, unknown> }[] };
    expect(sarif.runs[0]!.properties).toMatchObject({ asOf: '2026-11-27', audit: { type: 'type2', period: { start: '2026-01-01', end: '2026-12-31' } }, attests: 'Type 2 period 2026-01-01..2026-12-31: day 331 of 365 (90%)' });
    const register = formatRegisterMarkdown(buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings }));
    expect(register.replace(/\\(.)/g, '$1')).toContain('As of 2026-11-27 · Type 2 period 2026-01-01..2026-12-31 · scope:');
  });
});
