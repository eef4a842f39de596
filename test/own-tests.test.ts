/**
 * SPEC v3 §1.2 and §2 (issue 18): a requirement gates only the criteria of its `tsc`, and SOC 2's
 * own requirements of a criterion (`criteria:`) are judged against every organization, whatever
 * ISO controls it lists, without ever making a criterion ready on their own. Real repositories
 * on disk, scored against fixtures/own-tests/mapping.yaml.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { loadDefaultMapping, loadSeedMapping } from '../src/load/mapping.js';
import { planAnnotations } from '../src/action/annotations.js';
import { buildRegister, formatRegisterMarkdown } from '../src/report/audit/evidence-register.js';
import { formatEvidenceIssue } from '../src/report/github/format-evidence-issue.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import { formatSarif } from '../src/report/github/format-sarif.js';
import { formatText } from '../src/report/terminal/format-text.js';
import type { Report } from '../src/report/report.js';
import { controlFile, makeRepo } from './support/repo.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const mappingFile = path.join(project, 'fixtures/own-tests/mapping.yaml');
const mappingText = readFileSync(mappingFile, 'utf8');
const asOf = '2026-11-27';

async function scoreRepo(controls: string, files: Record<string, string> = {}, overrides: Record<string, unknown> = {}): Promise<Report> {
  const root = await makeRepo({ 'mapping.yaml': mappingText, 'controls/c.yaml': controlFile(controls), ...files });
  return (await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml'), ...overrides } })).report;
}

/** An evidence item that satisfies `requirements`, with a real file behind it. */
function item(id: string, requirements: readonly string[]): string {
  return `      - id: ${id}
        satisfies: [${requirements.join(', ')}]
        type: record
        path: evidence/${id}.md
        collected: 2026-11-01
`;
}
const files = (...ids: string[]) => Object.fromEntries(ids.map((id) => [`evidence/${id}.md`, `${id}, 2026-11-01`]));

function control(id: string, implementsIds: readonly string[], status: string, evidence: string): string {
  return `  - id: ${id}
    title: ${id} control
    implements: [${implementsIds.map((iso) => JSON.stringify(iso)).join(', ')}]
    status: ${status}
${evidence ? `    evidence:\n${evidence}` : ''}`;
}

const stateOf = (report: Report, id: string) => report.criteria.find((criterion) => criterion.id === id)?.state;
const criterionOf = (report: Report, id: string) => report.criteria.find((criterion) => criterion.id === id)!;

describe('a requirement gates only the criteria of its tsc', () => {
  it('missing board minutes block CC1.2, not CC1.1; the entry names the criteria it gates', async () => {
    const report = await scoreRepo(
      control('GOV-01', ['5.1'], 'implemented', item('policy', ['ethics-policy-approval']) + item('acks', ['code-of-conduct-acknowledgements'])),
      files('policy', 'acks'),
    );
    expect(stateOf(report, 'CC1.1')).toBe('ready');
    expect(stateOf(report, 'CC1.2')).toBe('incomplete');
    expect(report.missingEvidence.map(({ kind, iso, requirement, criteria }) => ({ kind, iso, requirement, criteria }))).toEqual([
      { kind: 'row', iso: '5.1', requirement: 'board-minutes', criteria: ['CC1.2'] },
    ]);
    expect(criterionOf(report, 'CC1.2').blockedBy).toEqual([
      { kind: 'row', iso: '5.1', isoTitle: expect.any(String), controls: ['GOV-01'], inProgress: false, requirements: [{ id: 'board-minutes', reason: 'absent' }] },
    ]);
  });

  it('a missing access review keeps CC6.3 from being ready, and no other criterion of its row', async () => {
    const report = await scoreRepo(control('AC-01', ['A.5.15'], 'implemented', item('approvals', ['access-approvals'])), files('approvals'));
    expect(['CC6.1', 'CC6.2', 'CC6.3'].map((id) => stateOf(report, id))).toEqual(['ready', 'ready', 'incomplete']);
    expect(criterionOf(report, 'CC6.3').blockedBy.flatMap((blocker) => blocker.requirements.map((requirement) => requirement.id))).toEqual(['access-review-records']);
  });
});

describe("SOC 2's own requirements (criteria:)", () => {
  it('are asked of the controls reaching the criterion when nobody lists them, blocking when one is implemented', async () => {
    const report = await scoreRepo(control('GOV-01', ['5.1'], 'implemented', item('policy', ['ethics-policy-approval']) + item('minutes', ['board-minutes'])), files('policy', 'minutes'));
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(stateOf(report, 'CC1.2')).toBe('ready');
    const [entry, ...others] = report.missingEvidence;
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ kind: 'criterion', iso: null, isoTitle: null, controls: ['GOV-01'], criteria: ['CC1.1'], requirement: 'code-of-conduct-acknowledgements', reason: 'absent', blocking: true, file: 'controls/c.yaml', line: 4, column: 5 });
    expect(criterionOf(report, 'CC1.1').blockedBy).toEqual([{ kind: 'criterion', iso: null, isoTitle: null, controls: ['GOV-01'], inProgress: false, requirements: [{ id: 'code-of-conduct-acknowledgements', reason: 'absent' }] }]);
    expect(report.summary.passed).toBe(false);
    // Read where an ISO id would be: "SOC 2 CC1.1", never "null".
    const text = formatText(report, { color: false });
    expect(text).toContain('SOC 2 CC1.1: its own test');
    expect(text).toContain("SOC 2's own test, asked of GOV-01: code-of-conduct-acknowledgements (absent)");
    const markdown = formatMarkdown(report, {});
    expect(markdown).toContain('SOC 2 CC1.1 (its own test)');
    expect(`${text}${markdown}`).not.toMatch(/\bnull\b/);
  });

  it('are in the evidence register, the evidence issue and SARIF as SOC 2 CC1.1', async () => {
    const root = await makeRepo({
      'mapping.yaml': mappingText,
      'controls/c.yaml': controlFile(control('GOV-01', ['5.1'], 'implemented', item('policy', ['ethics-policy-approval']) + item('minutes', ['board-minutes']))),
      ...files('policy', 'minutes'),
    });
    const run = await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml') } });
    const register = buildRegister({ catalogs: (await import('../src/load/catalogs.js')).loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings });
    const own = register.entries.filter((entry) => entry.kind === 'criterion');
    expect(own.map(({ requirement, criteria, iso, controls, standing }) => ({ requirement, criteria, iso, controls, standing }))).toEqual([
      { requirement: 'code-of-conduct-acknowledgements', criteria: ['CC1.1'], iso: null, controls: ['GOV-01'], standing: { state: 'missing', reason: 'absent' } },
    ]);
    expect(formatRegisterMarkdown(register)).toContain("| CC1\\.1 | — (SOC 2's own test) | `code-of-conduct-acknowledgements`: ");
    expect(formatEvidenceIssue(run.report, {}).body).toContain('Personnel acknowledgements of the code of conduct, at hire and yearly (SOC 2 CC1.1)');
    const annotation = planAnnotations(run.report).shown.find((candidate) => candidate.title?.includes('code-of-conduct-acknowledgements'));
    expect(annotation).toMatchObject({ level: 'error', file: 'controls/c.yaml', line: 4, column: 5, title: 'GOV-01 · SOC 2 CC1.1: missing evidence code-of-conduct-acknowledgements (none listed)' });
    expect(annotation?.message).toContain('SOC 2 CC1.1 tests this of every organization, whatever ISO controls it implements; asked of GOV-01 (GOV-01 control)');
    const sarif = JSON.parse(formatSarif(run.report, {})) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.map((result) => result.message.text)).toContain(
      'GOV-01: evidence requirement code-of-conduct-acknowledgements (SOC 2 CC1.1) is not met: absent. Personnel acknowledgements of the code of conduct, at hire and yearly',
    );
  });

  it('fall due in Type 2 like any requirement, named by their criterion', async () => {
    const report = await scoreRepo(control('GOV-01', ['5.1'], 'implemented', item('policy', ['ethics-policy-approval']) + item('minutes', ['board-minutes'])), files('policy', 'minutes'), {
      auditType: 'type2',
      period: '2026-01-01..2026-12-31',
    });
    const due = report.dueEvidence.filter((entry) => entry.kind === 'criterion');
    expect(due.map(({ iso, criteria, requirement, controls, due: by }) => ({ iso, criteria, requirement, controls, by }))).toEqual([
      { iso: null, criteria: ['CC1.1'], requirement: 'code-of-conduct-acknowledgements', controls: ['GOV-01'], by: '2026-12-31' },
    ]);
    expect(report.timeline.find((entry) => entry.requirement === 'code-of-conduct-acknowledgements')).toMatchObject({ kind: 'criterion', criteria: ['CC1.1'] });
    expect(formatText(report, { color: false })).toContain('SOC 2 CC1.1 code-of-conduct-acknowledgements · GOV-01');
  });

  it('only warn when every owner is in progress', async () => {
    const report = await scoreRepo(control('GOV-01', ['5.1'], 'in-progress', ''));
    const entry = report.missingEvidence.find((candidate) => candidate.requirement === 'code-of-conduct-acknowledgements');
    expect(entry).toMatchObject({ controls: ['GOV-01'], blocking: false });
    expect(report.summary.passed).toBe(true);
  });

  it('are owned by the controls that list them, whatever those implement; alone they never make a criterion ready', async () => {
    // HR-01 implements an ISO control the mapping has no row for; its acknowledgements still count.
    const report = await scoreRepo(control('HR-01', ['A.6.3'], 'implemented', item('acks', ['code-of-conduct-acknowledgements'])), files('acks'));
    expect(report.diagnostics.filter((diagnostic) => diagnostic.severity !== 'notice')).toEqual([]);
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(criterionOf(report, 'CC1.1').blockedBy).toEqual([{ kind: 'no-live-row', iso: null, isoTitle: null, controls: [], inProgress: false, requirements: [] }]);
    expect(report.missingEvidence).toEqual([]);
    expect(report.summary.ready).toBe(0);
    expect(formatText(report, { color: false })).toContain('no ISO control or covering control in operation reaches it');
  });

  it('judge an organization that lists no ISO control at all (only SOC 2–specific controls)', async () => {
    const covers = `  - id: SOC-01
    title: Ethics programme
    covers: [CC1.1]
    status: implemented
    evidence:
${item('ethics-log', [])}`;
    const report = await scoreRepo(covers, files('ethics-log'));
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(report.missingEvidence.map(({ kind, controls, requirement, blocking }) => ({ kind, controls, requirement, blocking }))).toEqual([
      { kind: 'criterion', controls: ['SOC-01'], requirement: 'code-of-conduct-acknowledgements', blocking: true },
    ]);
    const met = await scoreRepo(`${covers}${item('acks', ['code-of-conduct-acknowledgements'])}`, files('ethics-log', 'acks'));
    expect(stateOf(met, 'CC1.1')).toBe('ready');
  });

  it('keep an organization that meets every row from 100% until it meets them too', async () => {
    const security = (await import('../src/load/catalogs.js')).loadCatalogs().criteria.filter((criterion) => criterion.category === 'security').map((criterion) => criterion.id);
    const everywhere = `apiVersion: crosswalk/v1
kind: Mapping
name: One row for every security criterion, and SOC 2's own test of CC1.1
rows:
  - iso: A.5.1
    tsc: [${security.join(', ')}]
    coverage: full
criteria:
  - tsc: CC1.1
    evidence:
      - id: code-of-conduct-acknowledgements
        description: Personnel acknowledgements of the code of conduct
        frequency: annual
`;
    const scoreWith = async (evidence: string, extra: Record<string, string>) => {
      const root = await makeRepo({ 'mapping.yaml': everywhere, 'controls/c.yaml': controlFile(control('POL-01', ['A.5.1'], 'implemented', evidence)), ...extra });
      return (await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml'), scope: [] } })).report;
    };
    const rowsOnly = await scoreWith(item('record', []), files('record'));
    expect(rowsOnly.summary).toMatchObject({ criteria: 33, ready: 32, readiness: 97 });
    expect(rowsOnly.criteria.filter((criterion) => criterion.state !== 'ready').map((criterion) => criterion.id)).toEqual(['CC1.1']);
    const both = await scoreWith(item('record', []) + item('acks', ['code-of-conduct-acknowledgements']), files('record', 'acks'));
    expect(both.summary).toMatchObject({ criteria: 33, ready: 33, readiness: 100 });
  });

  it('a criterion is a gap while nothing reaches it and no own requirement has a control', async () => {
    const report = await scoreRepo(control('AC-01', ['A.5.15'], 'implemented', item('approvals', ['access-approvals']) + item('review', ['access-review-records'])), files('approvals', 'review'));
    expect(stateOf(report, 'CC1.1')).toBe('gap');
    expect(report.missingEvidence).toEqual([]);
  });
});

describe('satisfies: ids', () => {
  it('suggest the whole id for one written short', async () => {
    const report = await scoreRepo(control('AC-01', ['A.5.15'], 'implemented', item('review', ['access-review'])), files('review'));
    const unknown = report.diagnostics.find((diagnostic) => diagnostic.code === 'unknown-requirement');
    expect(unknown).toMatchObject({ severity: 'error', file: 'controls/c.yaml', line: 10, column: 21 });
    expect(unknown?.message).toBe('"access-review" is not an evidence requirement of the mapping in use; did you mean "access-review-records"?');
  });

  it('warn, not err, on an id of the other shipped mapping (a repository written for the default, checked with the seed)', async () => {
    const defaultOnly = [...loadDefaultMapping().requirements.keys()].find((id) => !loadSeedMapping().requirements.has(id));
    expect(defaultOnly).toBeDefined();
    const root = await makeRepo({ 'controls/c.yaml': controlFile(control('AC-01', ['A.5.15'], 'implemented', item('review', [defaultOnly!]))), ...files('review') });
    const report = (await check({ root, overrides: { asOf, mapping: 'seed' } })).report;
    const found = report.diagnostics.filter((diagnostic) => diagnostic.code === 'requirement-of-other-mapping' || diagnostic.code === 'unknown-requirement');
    expect(found).toEqual([
      {
        severity: 'warning',
        code: 'requirement-of-other-mapping',
        message: `"${defaultOnly}" is an evidence requirement of the default mapping, not of the mapping in use (seed); it is not counted here`,
        file: 'controls/c.yaml',
        line: 10,
        column: 21,
      },
    ]);
  });
});

describe('a control that reaches no in-scope criterion', () => {
  it('gets a notice saying why: unmapped with its reason, only out-of-scope categories, or no row', async () => {
    const report = await scoreRepo(
      control('CTX-01', ['4.1'], 'implemented', '') + control('PRIV-01', ['A.5.34'], 'implemented', '') + control('HR-01', ['A.6.3'], 'implemented', ''),
    );
    const notices = report.diagnostics.filter((diagnostic) => diagnostic.code === 'control-reaches-no-criterion').map(({ severity, message, line }) => ({ severity, message, line }));
    expect(notices).toEqual([
      {
        severity: 'notice',
        message: "control CTX-01 reaches no SOC 2 criterion in scope (security), so its evidence counts toward nothing: 4.1 is left unmapped on purpose (Understanding the organization's context has no SOC 2 criterion of its own)",
        line: 4,
      },
      { severity: 'notice', message: 'control PRIV-01 reaches no SOC 2 criterion in scope (security), so its evidence counts toward nothing: A.5.34 reaches only P4.1, in privacy, which the scope leaves out', line: 8 },
      { severity: 'notice', message: 'control HR-01 reaches no SOC 2 criterion in scope (security), so its evidence counts toward nothing: A.6.3 is in no row of the mapping', line: 12 },
    ]);
    // With privacy in scope, PRIV-01 reaches P4.1 and nothing is said of it.
    const withPrivacy = await scoreRepo(control('PRIV-01', ['A.5.34'], 'implemented', ''), {}, { scope: ['privacy'] });
    expect(withPrivacy.diagnostics.filter((diagnostic) => diagnostic.code === 'control-reaches-no-criterion')).toEqual([]);
  });

  it('says nothing of a planned control with no evidence yet (init scaffolds dozens), but does once it lists some', async () => {
    const evidence = '      - id: dpia\n        path: evidence/dpia.md\n        collected: 2026-10-01\n';
    const report = await scoreRepo(control('PRIV-01', ['A.5.34'], 'planned', '') + control('PRIV-02', ['A.5.34'], 'planned', evidence) + control('PRIV-03', ['A.5.34'], 'in-progress', ''));
    const noticed = report.diagnostics.filter((diagnostic) => diagnostic.code === 'control-reaches-no-criterion').map((diagnostic) => diagnostic.message.split(' ')[1]);
    expect(noticed).toEqual(['PRIV-02', 'PRIV-03']);
  });
});

describe('crosswalk requirements (dist/cli.js)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), 'requirements', ...args], { cwd: project, encoding: 'utf8' });

  it('lists what gates a criterion: rows whose requirement gates it, and its own requirements', () => {
    const run = cli('CC1.1', '--mapping', 'fixtures/own-tests/mapping.yaml', '--format', 'json');
    expect(run.status).toBe(0);
    const listed = JSON.parse(run.stdout) as { mapping: unknown; requirements: { id: string }[] };
    expect(listed.mapping).toEqual({ name: "SOC 2's own tests, and requirements that gate only some criteria", source: mappingFile });
    expect(listed.requirements).toEqual([
      { id: 'ethics-policy-approval', kind: 'row', iso: '5.1', isoTitle: 'Leadership and commitment', coverage: 'partial', criteria: ['CC1.1'], description: 'The code of conduct, approved by leadership', frequency: 'annual', frequencyKind: 'periodic', minSamples: null, maxAgeDays: 395 },
      { id: 'code-of-conduct-acknowledgements', kind: 'criterion', iso: null, isoTitle: null, coverage: null, criteria: ['CC1.1'], description: 'Personnel acknowledgements of the code of conduct, at hire and yearly', frequency: 'annual', frequencyKind: 'periodic', minSamples: null, maxAgeDays: 395 },
    ]);
  });

  it('lists an ISO control’s requirements as text and every requirement as CSV', () => {
    const text = cli('A.5.15', '--mapping', 'fixtures/own-tests/mapping.yaml');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('A.5.15 Access control (partial)\n  access-review-records\n    Records of the periodic access review\n    annual, one record per window · stale after 395 days · gates CC6.3\n');
    const csv = cli('--mapping', 'fixtures/own-tests/mapping.yaml', '--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFRequirement,Kind,ISO control,ISO title,Coverage,Criteria gated,Description,Frequency,Samples,Max age (days)');
    expect(csv.stdout.split('\r\n').filter((line) => line !== '')).toHaveLength(6);
    // The shipped seed: a population requirement shows its Type II sample size.
    const seed = JSON.parse(cli('--mapping', 'seed', '--format', 'json').stdout) as { requirements: { frequencyKind: string; minSamples: number | null }[] };
    expect(seed.requirements.length).toBeGreaterThan(0);
    expect(seed.requirements.every((entry) => (entry.frequencyKind === 'population') === (entry.minSamples !== null))).toBe(true);
  });

  it('stops with exit 2 and the likeliest id on an unknown one', () => {
    const run = cli('CC6.9');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('crosswalk: "CC6.9" is neither an ISO/IEC 27001:2022 id nor a SOC 2 criterion; did you mean "CC6.1"?\n');
    expect(run.stdout).toBe('');
  });
});
