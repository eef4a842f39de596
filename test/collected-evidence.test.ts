/**
 * Collected evidence (SPEC §1.4, §2, §3): an evidence item whose path matches ChangePopulation
 * documents is judged as its documents, on real repositories on disk: windows filled only where
 * each repository and branch's documents cover every day, recomputed exceptions, deviations with
 * management's response, and the errors for documents that cannot count.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { readChangePopulations } from '../src/load/change-population.js';
import { diskSource } from '../src/load/repository-source.js';
import { compareChanges, exceptionsOf, summaryOf, type Change, type ChangePopulation, type ChecksState } from '../src/change-population.js';
import type { DateSpan } from '../src/model.js';
import { controlFile, makeRepo } from './support/repo.js';

const sha = (name: string) => createHash('sha1').update(name).digest('hex');

/** A pull request approved by someone else on its head, checks passing, unless told otherwise. */
function pullRequest(number: number, at: string, options: { approvals?: 'none' | 'earlier-commit'; checks?: ChecksState; author?: string } = {}): Change {
  const head = sha(`head-${number}`);
  const approvals = options.approvals === 'none' ? [] : [{ by: 'reviewer', at, commit: options.approvals === 'earlier-commit' ? sha(`early-${number}`) : head }];
  const change = { id: `#${number}` as const, kind: 'pull-request' as const, title: `Change ${number}`, author: options.author ?? 'dev', mergedBy: 'lead', at, commit: sha(`merge-${number}`), head, approvals, checks: options.checks ?? 'success', exceptions: [] };
  return { ...change, exceptions: exceptionsOf(change) };
}

function directCommit(name: string, at: string, author = 'dave'): Change {
  const commit = sha(name);
  return { id: commit.slice(0, 7), kind: 'direct-commit', title: name, author, at, commit, exceptions: ['no-pull-request'] };
}

/** A document as `crosswalk collect github-changes` writes it: exceptions and summary derived from the changes. */
function population(repository: string, period: DateSpan, changes: readonly Change[], branch = 'main'): ChangePopulation {
  const sorted = [...changes].sort(compareChanges);
  return {
    apiVersion: 'crosswalk/v1',
    kind: 'ChangePopulation',
    repository,
    branch,
    period,
    collected: `${period.end}T23:59:59Z`,
    source: { api: 'https://api.github.com', tool: 'crosswalk 1.0.0', queries: [] },
    rules: { requiredApprovals: 1, requiredChecks: ['test'], raw: [] },
    changes: sorted,
    summary: summaryOf(sorted),
  };
}

/** Ten clean pull requests a month. */
function cleanMonth(repository: string, month: string, from = 1): ChangePopulation {
  const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const changes = Array.from({ length: 10 }, (_, index) => pullRequest(from + index, `${month}-${String(index + 2).padStart(2, '0')}T10:00:00Z`));
  return population(repository, { start: `${month}-01`, end }, changes);
}

const json = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

function changeControl(extra = '', path = 'evidence/changes/*.json'): string {
  return controlFile(`  - id: CM-01
    title: Changes reach main through reviewed pull requests
    implements: [A.8.32]
    status: implemented
    owner: eng@acme.example
    evidence:
      - id: ev-changes
        satisfies: [changes-tested-before-deployment, change-tickets-approved]
        type: change-population
        path: ${path}
        collected: 2026-10-01
${extra}`);
}

const type2 = { asOf: '2026-11-27', auditType: 'type2', period: '2026-07-01..2026-12-31' };

async function run(files: Record<string, string>, overrides: Record<string, string> = type2) {
  const root = await makeRepo(files);
  return check({ root, overrides, fingerprints: true });
}

function missing(result: Awaited<ReturnType<typeof run>>, requirement: string) {
  return result.report.missingEvidence.find((entry) => entry.requirement === requirement);
}

describe('collected evidence: windows and samples come from the documents', () => {
  it('satisfies a per-event requirement when the documents cover the ended quarter and hold the samples', async () => {
    const result = await run({
      'controls/change.yaml': changeControl(),
      'evidence/changes/2026-07.json': json(cleanMonth('acme/api', '2026-07', 1)),
      'evidence/changes/2026-08.json': json(cleanMonth('acme/api', '2026-08', 11)),
      'evidence/changes/2026-09.json': json(cleanMonth('acme/api', '2026-09', 21)),
    });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'notice')).toEqual([]);
    expect(missing(result, 'changes-tested-before-deployment')).toBeUndefined();
    expect(missing(result, 'change-tickets-approved')).toBeUndefined();
    const item = result.report.evidence.find((entry) => entry.evidence === 'ev-changes')!;
    expect(item.verification).toBe('collected');
    expect(item.documents).toEqual([
      { path: 'evidence/changes/2026-07.json', repository: 'acme/api', branch: 'main', period: { start: '2026-07-01', end: '2026-07-31' }, summary: { population: 10, exceptions: 0 } },
      { path: 'evidence/changes/2026-08.json', repository: 'acme/api', branch: 'main', period: { start: '2026-08-01', end: '2026-08-31' }, summary: { population: 10, exceptions: 0 } },
      { path: 'evidence/changes/2026-09.json', repository: 'acme/api', branch: 'main', period: { start: '2026-09-01', end: '2026-09-30' }, summary: { population: 10, exceptions: 0 } },
    ]);
    expect(result.report.deviations).toEqual([]);
  });

  it('leaves the quarter unfilled when a month is missing, though July alone would fill it as declared evidence', async () => {
    const result = await run({
      'controls/change.yaml': changeControl(),
      'evidence/changes/2026-07.json': json(cleanMonth('acme/api', '2026-07', 1)),
      'evidence/changes/2026-09.json': json(cleanMonth('acme/api', '2026-09', 21)),
    });
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' } });
  });

  it('needs every repository and branch among the documents to cover the quarter', async () => {
    const files = {
      'controls/change.yaml': changeControl(),
      'evidence/changes/api-2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, Array.from({ length: 25 }, (_, index) => pullRequest(index + 1, `2026-07-${String(index + 2).padStart(2, '0')}T10:00:00Z`)))),
      'evidence/changes/web-2026-07.json': json(cleanMonth('acme/web', '2026-07')),
      'evidence/changes/web-2026-08.json': json(cleanMonth('acme/web', '2026-08', 11)),
    };
    expect(missing(await run(files), 'changes-tested-before-deployment')).toMatchObject({ reason: 'period-gap' });
    const covered = await run({ ...files, 'evidence/changes/web-2026-09.json': json(cleanMonth('acme/web', '2026-09', 21)) });
    expect(missing(covered, 'changes-tested-before-deployment')).toBeUndefined();
  });

  it('asks the documents to cover only the days of a window that lie in the audit period', async () => {
    // The period starts mid-quarter: Q3's days before 2026-08-15 are not the audit's.
    const lateStart = { ...type2, period: '2026-08-15..2027-02-14' };
    const fromMidAugust = population('acme/api', { start: '2026-08-15', end: '2026-09-30' }, Array.from({ length: 25 }, (_, index) => pullRequest(index + 1, `2026-09-${String(index + 2).padStart(2, '0')}T10:00:00Z`)));
    expect(missing(await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': json(fromMidAugust) }, lateStart), 'changes-tested-before-deployment')).toBeUndefined();
    const fromSeptember = population('acme/api', { start: '2026-09-01', end: '2026-09-30' }, fromMidAugust.changes);
    expect(missing(await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': json(fromSeptember) }, lateStart), 'changes-tested-before-deployment')).toMatchObject({ reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' } });
  });

  it('counts each document\'s population as its samples, and a quiet quarter of 0 changes needs none', async () => {
    const quiet = await run({
      'controls/change.yaml': changeControl(),
      'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [])),
    });
    expect(missing(quiet, 'changes-tested-before-deployment')).toBeUndefined();
    const few = await run({
      'controls/change.yaml': changeControl(),
      'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [pullRequest(1, '2026-07-02T10:00:00Z')])),
    });
    // The document says 1 change happened: that caps the samples required at 1.
    expect(missing(few, 'changes-tested-before-deployment')).toBeUndefined();
  });
});

describe('collected evidence: exceptions and deviations', () => {
  const withHotfix = () =>
    json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [
      ...Array.from({ length: 24 }, (_, index) => pullRequest(index + 1, `2026-07-${String(index + 2).padStart(2, '0')}T10:00:00Z`)),
      directCommit('hotfix', '2026-08-14T22:01:00Z'),
    ]));

  it('makes the requirement unsatisfied with reason exceptions, naming the changes', async () => {
    const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': withHotfix() });
    const entry = missing(result, 'changes-tested-before-deployment')!;
    expect(entry).toMatchObject({ reason: 'exceptions', exceptions: { count: 1, changes: [`acme/api@${sha('hotfix').slice(0, 7)}`] }, blocking: true });
    expect(result.report.criteria.find((criterion) => criterion.id === 'CC8.1')!.state).toBe('incomplete');
  });

  it('reports an exception answered by a deviation approved by someone else, and notes it on the criteria', async () => {
    const deviation = `        deviations:
          - change: acme/api@${sha('hotfix').slice(0, 7)}
            class: emergency
            response: "Payments were down; the fix was reviewed the next morning in #2031."
            approved_by: cto@acme.example
`;
    const result = await run({ 'controls/change.yaml': changeControl(deviation), 'evidence/changes/2026-q3.json': withHotfix() });
    expect(missing(result, 'changes-tested-before-deployment')).toBeUndefined();
    expect(result.report.deviations).toContainEqual({ iso: 'A.8.32', requirement: 'changes-tested-before-deployment', control: 'CM-01', change: `acme/api@${sha('hotfix').slice(0, 7)}`, class: 'emergency', response: 'Payments were down; the fix was reviewed the next morning in #2031.', approvedBy: 'cto@acme.example' });
    expect(result.report.criteria.find((criterion) => criterion.id === 'CC8.1')!.exceptionsNoted).toBe(true);
    expect(result.report.criteria.find((criterion) => criterion.id === 'CC6.1')!.exceptionsNoted).toBeUndefined();
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'notice')).toEqual([]);
  });

  it('does not let the change\'s author approve the response, and warns about a deviation that answers nothing', async () => {
    const deviations = `        deviations:
          - change: "${sha('hotfix').slice(0, 7)}"
            class: emergency
            response: I fixed it myself.
            approved_by: dave
          - change: "#999"
            class: error
            response: Never happened.
            approved_by: cto@acme.example
`;
    const result = await run({ 'controls/change.yaml': changeControl(deviations), 'evidence/changes/2026-q3.json': withHotfix() });
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'exceptions' });
    expect(result.diagnostics.map(({ severity, code, file, line, column }) => ({ severity, code, file, line, column }))).toEqual([
      { severity: 'error', code: 'deviation-self-approved', file: 'controls/change.yaml', line: 16, column: 13 },
      { severity: 'warning', code: 'deviation-unknown-change', file: 'controls/change.yaml', line: 20, column: 13 },
    ]);
  });

  it('looking back, does not count a document whose period ends after the as-of date', async () => {
    const september = population('acme/api', { start: '2026-09-01', end: '2026-09-30' }, [directCommit('september-hotfix', '2026-09-20T10:00:00Z')]);
    const files = { 'controls/change.yaml': changeControl().replace('collected: 2026-10-01', 'collected: 2026-09-10'), 'evidence/changes/2026-08.json': json(cleanMonth('acme/api', '2026-08')), 'evidence/changes/2026-09.json': json(september) };
    expect(missing(await run(files, { asOf: '2026-09-15' }), 'changes-tested-before-deployment')).toBeUndefined();
    expect(missing(await run(files, { asOf: '2026-10-05' }), 'changes-tested-before-deployment')).toMatchObject({ reason: 'exceptions' });
  });

  it('warns about deviations on an item that is not collected evidence', async () => {
    const control = changeControl(`        deviations:
          - change: "#1"
            class: error
            response: A typo in the ticket.
            approved_by: cto@acme.example
`, 'evidence/changes/*.csv');
    const result = await run({ 'controls/change.yaml': control, 'evidence/changes/export.csv': 'id\n1\n' });
    expect(result.diagnostics.map(({ severity, code, line }) => ({ severity, code, line }))).toContainEqual({ severity: 'warning', code: 'deviation-without-collected-evidence', line: 16 });
    expect(result.report.evidence.find((entry) => entry.evidence === 'ev-changes')!.verification).toBe('file');
  });

  it('judges a point in time (Type 1) on a fresh document, exceptions included', async () => {
    const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': withHotfix() }, { asOf: '2026-10-05' });
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'exceptions', exceptions: { count: 1 } });
  });
});

describe('collected evidence: documents that cannot count', () => {
  it('recomputes exceptions and the summary: a document edited to look clean is an error at the item, which is not present', async () => {
    const document = population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [pullRequest(1, '2026-07-02T10:00:00Z', { approvals: 'none' })]);
    const edited = { ...document, changes: document.changes.map((change) => ({ ...change, exceptions: [] })), summary: { population: 1, exceptions: 0 } };
    const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': json(edited) });
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-change-population', file: 'controls/change.yaml', line: 13, column: 15 });
    expect(errors[0]!.message).toContain('change #1 records exceptions [] but its fields give [no-independent-approval]');
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'file-not-found' });
    expect(result.report.evidence.find((entry) => entry.evidence === 'ev-changes')!.verification).toBe('none');
  });

  it('refuses a document padded with a change listed twice or from outside its period, or reshuffled', async () => {
    const document = population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [pullRequest(1, '2026-07-02T10:00:00Z'), pullRequest(2, '2026-07-03T10:00:00Z')]);
    const padded = (changes: readonly Change[]) => json({ ...document, changes, summary: summaryOf(changes) });
    const cases = [
      [padded([...document.changes, document.changes[1]!]), 'change #2 is listed twice'],
      [padded([...document.changes, pullRequest(3, '2026-10-01T00:00:01Z')]), 'change #3 is dated 2026-10-01T00:00:01Z, outside the period 2026-07-01..2026-09-30'],
      [padded([...document.changes].reverse()), 'change #1 comes after #2, out of the order of time and id'],
    ] as const;
    for (const [text, says] of cases) {
      const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': text });
      expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'invalid-change-population')?.message).toContain(says);
    }
  });

  it('refuses a document that fails its schema, or is no longer JSON', async () => {
    const document = population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [directCommit('hotfix', '2026-08-14T22:01:00Z')]);
    const waived = { ...document, changes: document.changes.map((change) => ({ ...change, exceptions: ['waived'] })) };
    const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/a.json': json(waived), 'evidence/changes/b.json': '{"kind": "ChangePopulation", "changes": [' });
    const messages = result.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-change-population').map((diagnostic) => diagnostic.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^evidence\/changes\/a\.json is not a ChangePopulation document crosswalk can count: \/changes\/0/);
    expect(messages[1]).toMatch(/^evidence\/changes\/b\.json is not a ChangePopulation document crosswalk can count: it is not valid JSON/);
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'file-not-found' });
  });

  it('refuses a document too large to verify: an error at the item, never declared evidence that happens to be large', async () => {
    const document = population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [pullRequest(1, '2026-07-02T10:00:00Z')]);
    // Past the 16 MiB crosswalk reads of one document: only its first bytes are looked at.
    const huge = json({ ...document, padding: 'x'.repeat(17 * 1024 * 1024) });
    const result = await run({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-q3.json': huge });
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid-change-population', file: 'controls/change.yaml', line: 13, column: 15 });
    expect(errors[0]!.message).toMatch(/^evidence\/changes\/2026-q3\.json is not a ChangePopulation document crosswalk can count: it is 17\.\d MiB, too large to verify \(crosswalk reads ChangePopulation documents up to 16\.0 MiB; /);
    expect(missing(result, 'changes-tested-before-deployment')).toMatchObject({ reason: 'file-not-found' });
    expect(result.report.evidence.find((entry) => entry.evidence === 'ev-changes')!.verification).toBe('none');
  });

  it('refuses the documents past what a run reads of JSON evidence, in path order', async () => {
    const month = (name: string) => json(cleanMonth('acme/api', name));
    const root = await makeRepo({ 'controls/change.yaml': changeControl(), 'evidence/changes/2026-07.json': month('2026-07'), 'evidence/changes/2026-08.json': month('2026-08'), 'evidence/changes/2026-09.json': month('2026-09') });
    const { controls, observations } = await check({ root, overrides: type2 });
    const files = [...observations.values()].flatMap((seen) => (seen.kind === 'files' ? seen.files : []));
    expect(files.map((file) => file.path)).toEqual(['evidence/changes/2026-07.json', 'evidence/changes/2026-08.json', 'evidence/changes/2026-09.json']);
    // Room for the first two documents, not the third: the run's bound, made small.
    const bounds = { maxDocumentBytes: 16 * 1024 * 1024, maxBytesPerRun: files[0]!.size + files[1]!.size };
    const found = await readChangePopulations(controls, observations, diskSource(root, undefined), bounds);
    const { documents } = [...found.values()][0]!;
    expect(documents.map((document) => ('error' in document ? `${document.path}: ${document.error}` : document.path))).toEqual([
      'evidence/changes/2026-07.json',
      'evidence/changes/2026-08.json',
      expect.stringMatching(/^evidence\/changes\/2026-09\.json: the 0\.0 MiB a run reads of JSON evidence is spent on the files before it in path order, so it cannot be verified/),
    ]);
  });

  it('refuses a path matching documents and other files, and warns when the item declares what the documents say', async () => {
    const mixed = await run({ 'controls/change.yaml': changeControl('', 'evidence/changes/*'), 'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [])), 'evidence/changes/notes.csv': 'id\n1\n' });
    expect(mixed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.code)).toEqual(['change-population-mixed']);
    expect(missing(mixed, 'changes-tested-before-deployment')).toMatchObject({ reason: 'file-not-found' });

    const declared = await run({ 'controls/change.yaml': changeControl('        samples: 40\n'), 'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [])) });
    expect(declared.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'warning', code: 'collected-evidence-declares' }]);
    expect(missing(declared, 'changes-tested-before-deployment')).toBeUndefined();
  });

  it('ages collected evidence from its latest document\'s period end, not the date the item declares', async () => {
    const files = { 'controls/change.yaml': changeControl().replace('collected: 2026-10-01', 'collected: 2026-11-20'), 'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [])) };
    const result = await run(files, { asOf: '2026-12-05' });
    // Per-event evidence is fresh for 90 days: from 2026-09-30, stale on 2026-12-30.
    expect(result.report.expiringEvidence).toMatchObject([{ control: 'CM-01', evidence: 'ev-changes', expires: '2026-12-30', daysLeft: 25 }]);
    expect(result.report.evidence.find((entry) => entry.evidence === 'ev-changes')!.expires).toBe('2026-12-30');
  });

  it('marks declared files and links apart from collected evidence', async () => {
    const result = await run({
      'controls/change.yaml': `${changeControl()}      - id: ev-cab
        satisfies: [change-approval-workflow]
        path: evidence/cab.md
        collected: 2026-10-01
      - id: ev-wiki
        satisfies: [emergency-change-reviews]
        url: https://wiki.example/emergency
        collected: 2026-10-01
      - id: ev-lost
        satisfies: [emergency-change-reviews]
        path: evidence/none.md
        collected: 2026-10-01
`,
      'evidence/changes/2026-q3.json': json(population('acme/api', { start: '2026-07-01', end: '2026-09-30' }, [])),
      'evidence/cab.md': '# CAB settings\n',
    });
    expect(Object.fromEntries(result.report.evidence.map((entry) => [entry.evidence, entry.verification]))).toEqual({ 'ev-cab': 'file', 'ev-changes': 'collected', 'ev-lost': 'none', 'ev-wiki': 'url' });
  });
});
