/**
 * The built CLI (dist/cli.js, committed; `npm run build` refreshes it) run as a child process:
 * exit codes (SPEC §4: 0 passed, 1 a fail_on condition holds, 2 could not run), what goes to
 * standard output and standard error, and the report formats.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { scaffoldFiles } from '../src/init/scaffold.js';
import { documentation } from './support/docs.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { makeRepo } from './support/repo.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(project, 'dist/cli.js');
const asOf = ['--as-of', '2026-11-27'];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a CI job: no colour forced either way, no debug output. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CROSSWALK_DEBUG', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

function crosswalk(args: readonly string[], extraEnv: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: project, env: cleanEnv(extraEnv), encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  // Whatever happens, users never see a stack trace.
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stdout).not.toMatch(/^\s+at /m);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2: nothing on standard output, one line on standard error saying why. */
function expectCouldNotRun(run: Run, ...says: string[]): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^crosswalk: [^\n]+\n$/);
  for (const words of says) expect(run.stderr).toContain(words);
}

/** The start of every ANSI colour escape. */
const ansi = '\u001b[';

describe('the built CLI', () => {
  it('is built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('prints its version', () => {
    const run = crosswalk(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${packageJson.version}\n`);
    expect(run.stderr).toBe('');
  });
});

describe('exit codes', () => {
  it('a reader that closes the pipe early (| head) gets no stack trace', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" check fixtures/example-org --format json | head -c 10 > /dev/null`], { cwd: project, env: cleanEnv({}), encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(result.stderr).toMatch(/^crosswalk: readiness/m);
  });

  it('exits 0 on a repository that passes the default policy', () => {
    const run = crosswalk(['check', 'fixtures/passing', ...asOf]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('PASSED');
    expect(run.stderr).toBe('');
  });

  it('exits 1 on the example organization, which misses evidence by design', () => {
    const run = crosswalk(['check', 'fixtures/example-org']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAILED');
    expect(run.stdout).toContain('missing-evidence');
  });

  it('exits 1 on a repository with schema errors, naming file:line:column', () => {
    const run = crosswalk(['check', 'fixtures/invalid/unknown-key', ...asOf]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('controls/access.yaml:10:5');
    expect(run.stdout).toContain('did you mean "evidence"');
    expect(run.stdout).toContain('FAILED');
  });

  it('exits 1, not 2, when a control file is not even YAML', () => {
    const run = crosswalk(['check', 'fixtures/invalid/yaml-bomb', ...asOf]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('controls/bomb.yaml');
  });

  it('exits 2 on an unknown flag', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--bogus']), '--bogus');
  });

  it('exits 2 on an unknown command', () => {
    expectCouldNotRun(crosswalk(['frobnicate']), 'frobnicate');
  });

  it('exits 2 on a bad --format', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--format', 'xml']), '--format', '"xml"');
  });

  it('exits 2 on a bad --scope value, with "did you mean"', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--scope', 'availabilty']), '"availabilty"', 'did you mean "availability"');
  });

  it('exits 2 on a bad --as-of', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--as-of', '2026-02-30']), '2026-02-30');
  });

  it('exits 2 on a directory that does not exist', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/does-not-exist']), 'does-not-exist', 'not a directory');
  });

  it('exits 2 when --config names a missing file', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--config', 'fixtures/passing/missing.yml']), 'missing.yml');
  });

  it('exits 2 on an invalid .crosswalk.yml, at file:line:column', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/invalid/bad-config']), '.crosswalk.yml:3:9', 'did you mean "availability"');
  });

  it('exits 2 on a mapping with a partial row that lists no evidence, at file:line:column', () => {
    const mapping = 'fixtures/invalid/bad-mapping/mappings/partial-without-evidence.yaml';
    expectCouldNotRun(crosswalk(['check', 'fixtures/invalid/bad-mapping', '--mapping', mapping, ...asOf]), 'partial-without-evidence.yaml:12:15', 'A.5.7');
  });

  it('exits 2 on a mapping with a requirement id used twice, at file:line:column', () => {
    const mapping = 'fixtures/invalid/bad-mapping/mappings/duplicate-requirement.yaml';
    expectCouldNotRun(crosswalk(['check', 'fixtures/invalid/bad-mapping', '--mapping', mapping, ...asOf]), 'duplicate-requirement.yaml:22:13', 'change-review-records');
  });

  it('exits 2 when --mapping names a missing file', () => {
    expectCouldNotRun(crosswalk(['check', 'fixtures/passing', '--mapping', 'fixtures/passing/no-such-mapping.yaml']), 'no-such-mapping.yaml');
  });
});

describe('the audit from the command line', () => {
  // fixtures/passing sets no audit: block, so the flags alone decide.
  const noAuditBlock = 'fixtures/passing';
  const audit = (...flags: string[]) => JSON.parse(crosswalk(['check', noAuditBlock, '--format', 'json', ...asOf, ...flags]).stdout) as { audit: Record<string, unknown> };

  it('--audit-type type2 with --period judges the period; without flags it is Type 1', () => {
    expect(audit().audit).toMatchObject({ type: 'type1' });
    expect(audit('--audit-type', 'type2', '--period', '2026-01-01..2026-06-30').audit).toMatchObject({ type: 'type2', period: { start: '2026-01-01', end: '2026-06-30' }, judgedAt: '2026-06-30' });
  });

  it('exits 2 with one line on a Type 2 audit without a period, or a period that ends before it starts', () => {
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--audit-type', 'type2']), 'audit.period is not set', '--period');
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--audit-type', 'type2', '--period', '2026-06-30..2026-01-01']), 'audit.period.end 2026-01-01 is before audit.period.start 2026-06-30');
  });

  it('exits 2 with one line on a --period that a Type 1 audit would ignore', () => {
    const says = ['--period "2026-07-01..2026-12-31" is the observation period of a Type 2 audit, but the audit type is type1', '--audit-type type2'];
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--audit-type', 'type1', '--period', '2026-07-01..2026-12-31']), ...says);
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--period', '2026-07-01..2026-12-31']), ...says);
  });

  it('accepts a period of one calendar month to a year, as the README and the scaffold state it, and refuses the rest', async () => {
    expect(audit('--audit-type', 'type2', '--period', '2026-01-01..2026-01-31').audit).toMatchObject({ type: 'type2', lengthDays: 31 });
    expect(audit('--audit-type', 'type2', '--period', '2026-01-01..2026-12-31').audit).toMatchObject({ type: 'type2', lengthDays: 365 });
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--audit-type', 'type2', '--period', '2026-01-01..2026-01-30']), 'shorter than 1 month', '1 to 12 months');
    expectCouldNotRun(crosswalk(['check', noAuditBlock, ...asOf, '--audit-type', 'type2', '--period', '2026-01-01..2027-01-01']), 'longer than 12 months');
    // One rule, stated the same way wherever a user reads it.
    expect(documentation.replace(/\s+/g, ' ')).toContain('The period runs 1 to 12 months');
    expect(documentation).not.toMatch(/3 to 12 months|3–12 months/);
    const config = scaffoldFiles(loadCatalogs(), loadDefaultMapping(), '00000000-0000-4000-8000-000000000000').find((file) => file.path === '.crosswalk.yml')!.content;
    expect(config).toContain('observation period (1 to 12\n# months');
  });
});

describe('--fail-on', () => {
  it('is in the help of the commands whose outcome the policy decides, and refused by the others', () => {
    const helps = (command: string[]) => crosswalk([...command, '--help']).stdout.includes('--fail-on');
    expect([['check'], ['export', 'oscal'], ['badge'], ['soa'], ['evidence-register']].map((command) => [command.join(' '), helps(command)])).toEqual([
      ['check', true],
      ['export oscal', true],
      ['badge', false],
      ['soa', false],
      ['evidence-register', false],
    ]);
    const refused = crosswalk(['badge', 'fixtures/passing', ...asOf, '--fail-on', 'errors']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Unknown option '--fail-on'");
  });
});

describe('a wide evidence tree', () => {
  it('lists 600 folders of one level under an open-file limit of 256 (they were all opened at once: EMFILE)', async () => {
    const evidence = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`evidence/d${index}/f.txt`, 'x']));
    const root = await makeRepo({ 'controls/governance.yaml': await readFile(path.join(project, 'fixtures/passing/controls/governance.yaml'), 'utf8'), ...evidence });
    const result = spawnSync('bash', ['-c', 'ulimit -n 256 && exec "$0" "$@"', process.execPath, cli, 'check', root, ...asOf], { env: cleanEnv({}), encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBeLessThanOrEqual(1);
    expect(result.stdout).toContain('SOC 2 readiness');
  });
});

describe('report formats', () => {
  const temporary: string[] = [];
  afterEach(async () => {
    await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('--format json prints the SPEC §3 report on standard output and a summary line on standard error', () => {
    const run = crosswalk(['check', 'fixtures/example-org', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^crosswalk: [^\n]+\n$/);
    const report = JSON.parse(run.stdout);
    expect(report.tool).toEqual({ name: 'crosswalk', version: packageJson.version });
    expect(report.asOf).toBe('2026-11-27');
    expect(report.scope).toEqual(['security', 'availability', 'confidentiality']);
    expect(Object.keys(report.summary)).toEqual(
      expect.arrayContaining(['readiness', 'designCoverage', 'criteria', 'ready', 'incomplete', 'gap', 'missingEvidence', 'errors', 'warnings', 'passed']),
    );
    expect(report.summary.passed).toBe(false);
    expect(report.summary.ready + report.summary.incomplete + report.summary.gap).toBe(report.summary.criteria);
    expect(report.criteria).toHaveLength(report.summary.criteria);
    expect(report.missingEvidence).toHaveLength(report.summary.missingEvidence);
    expect(report.categories.map((category: { category: string }) => category.category)).toEqual(['security', 'availability', 'confidentiality']);
    for (const category of report.categories) expect(Object.keys(category)).toEqual(expect.arrayContaining(['category', 'criteria', 'ready', 'readiness']));
    for (const criterion of report.criteria) expect(Object.keys(criterion)).toEqual(expect.arrayContaining(['id', 'category', 'state', 'controls']));
    for (const entry of report.missingEvidence) {
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['iso', 'controls', 'criteria', 'requirement', 'reason', 'blocking', 'file', 'line', 'column']));
      expect(entry.file).toMatch(/^controls\/[^\\]+\.yaml$/);
    }
    expect(Array.isArray(report.diagnostics)).toBe(true);
  });

  it('--format json carries the diagnostics of an invalid repository with their places', () => {
    const run = crosswalk(['check', 'fixtures/invalid/duplicate-control-id', '--format', 'json', ...asOf]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary.errors).toBe(2);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'duplicate-control-id', file: 'controls/access.yaml', line: 16, column: 9 }),
      expect.objectContaining({ severity: 'error', code: 'duplicate-control-id', file: 'controls/people.yaml', line: 10, column: 9 }),
    ]);
  });

  it('--output writes the report to the file, not to standard output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'crosswalk-cli-'));
    temporary.push(dir);
    const output = path.join(dir, 'reports', 'crosswalk.json');
    const run = crosswalk(['check', 'fixtures/passing', '--format', 'json', '--output', output, ...asOf]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^crosswalk: [^\n]*passed[^\n]*\n$/);
    const report = JSON.parse(await readFile(output, 'utf8'));
    expect(report.summary.passed).toBe(true);
    expect(report.asOf).toBe('2026-11-27');
  });

  it('--format sarif prints SARIF 2.1.0', () => {
    const run = crosswalk(['check', 'fixtures/invalid/unknown-key', '--format', 'sarif', ...asOf]);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    expect(results.find((result) => result.ruleId === 'unknown-key')?.locations[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'controls/access.yaml' },
      region: { startLine: 10, startColumn: 5 },
    });
  });

  it('--format sarif gives every result a 1-based region, even for an empty file', () => {
    const run = crosswalk(['check', 'fixtures/invalid/empty-file', '--format', 'sarif', ...asOf]);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout);
    const regions = (sarif.runs[0].results as { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[]).map(
      (result) => result.locations[0]!.physicalLocation.region,
    );
    expect(regions.length).toBeGreaterThan(0);
    // SARIF 2.1.0 §3.30.5: startLine and startColumn are >= 1; code scanning rejects 0.
    for (const region of regions) {
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('--format markdown prints Markdown', () => {
    const run = crosswalk(['check', 'fixtures/passing', '--format', 'markdown', ...asOf]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^#/m);
    expect(run.stdout).not.toContain(ansi);
  });
});

describe('colour', () => {
  it('writes no ANSI escapes when standard output is not a terminal', () => {
    const run = crosswalk(['check', 'fixtures/example-org']);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain(ansi);
    expect(run.stderr).not.toContain(ansi);
  });

  it('writes no ANSI escapes with NO_COLOR set', () => {
    const run = crosswalk(['check', 'fixtures/invalid/unknown-key', ...asOf], { NO_COLOR: '1' });
    expect(run.stdout).not.toContain(ansi);
    expect(run.stderr).not.toContain(ansi);
  });

  it('does colour when FORCE_COLOR asks for it (so the checks above are not vacuous)', () => {
    const run = crosswalk(['check', 'fixtures/example-org'], { FORCE_COLOR: '1' });
    expect(run.stdout).toContain(ansi);
  });
});
