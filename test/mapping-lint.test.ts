/**
 * `crosswalk mapping lint`: each kind of mistake in fixtures/broken-mappings/ (one file per kind)
 * is found at its exact line and column, the shipped mapping has no errors, and lint's errors are
 * exactly the mappings crosswalk refuses to score with.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import defaultMappingText from '../mappings/iso27001-2022-to-soc2.yaml';
import seedMappingText from '../mappings/iso27001-2022-to-soc2-seed.yaml';
import { loadCatalogs } from '../src/load/catalogs.js';
import { defaultMappingFile, loadMapping, seedMappingFile } from '../src/load/mapping.js';
import { runCli, type CliIo } from '../src/cli.js';
import { formatLintText } from '../src/commands/mapping-lint.js';
import { lintMapping, mappingLintCodes, titlesShareAWord, type LintFinding } from '../src/validate/mapping-lint.js';
import { makeRepo } from './support/repo.js';
import { documentation } from './support/docs.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const fixtures = 'fixtures/broken-mappings';
const catalogs = loadCatalogs();

function lintFixture(name: string): LintFinding[] {
  const file = `${fixtures}/${name}`;
  return lintMapping(file, readFileSync(path.join(project, file), 'utf8'), catalogs);
}

/** Findings about what a mapping leaves out (criteria no row reaches, catalog ids in no row): asserted on their own. */
const coverageCodes = new Set(['unreached-criterion', 'unlisted-iso-control']);

/** What a test asserts about a finding; coverage findings are asserted on their own. */
function shapes(findings: readonly LintFinding[]) {
  return findings.filter((finding) => !coverageCodes.has(finding.code)).map(({ severity, code, line, column }) => ({ severity, code, line, column }));
}

describe('mapping lint finds each kind of mistake where it is', () => {
  it.each([
    ['schema-error.yaml', [
      { severity: 'error', code: 'missing-field', line: 8, column: 5 },
      { severity: 'error', code: 'unknown-key', line: 10, column: 5 },
    ]],
    ['unknown-iso-control.yaml', [{ severity: 'error', code: 'unknown-iso-control', line: 8, column: 10 }]],
    ['iso-2013-id.yaml', [{ severity: 'error', code: 'iso-2013-id', line: 8, column: 10 }]],
    ['unknown-tsc-criterion.yaml', [{ severity: 'error', code: 'unknown-tsc-criterion', line: 9, column: 18 }]],
    ['duplicate-evidence-id.yaml', [{ severity: 'error', code: 'duplicate-evidence-id', line: 19, column: 13 }]],
    ['corrected-without-seed.yaml', [{ severity: 'error', code: 'corrected-without-seed', line: 13, column: 5 }]],
    ['unknown-frequency.yaml', [{ severity: 'error', code: 'invalid-value', line: 11, column: 20 }]],
    ['missing-frequency.yaml', [{ severity: 'warning', code: 'missing-frequency', line: 9, column: 9 }]],
    ['ignored-min-samples.yaml', [{ severity: 'warning', code: 'ignored-min-samples', line: 12, column: 9 }]],
    ['ignored-frequency.yaml', [
      { severity: 'warning', code: 'ignored-frequency', line: 12, column: 5 },
      { severity: 'warning', code: 'ignored-frequency', line: 17, column: 5 },
    ]],
    ['partial-without-evidence.yaml', [{ severity: 'error', code: 'partial-without-evidence', line: 10, column: 15 }]],
    ['yaml-syntax.yaml', [{ severity: 'error', code: 'yaml-syntax', line: 6, column: 10 }]],
    ['repeated-rows.yaml', [
      { severity: 'warning', code: 'repeated-row', line: 8, column: 5 },
      { severity: 'warning', code: 'repeated-criterion', line: 15, column: 18 },
      { severity: 'warning', code: 'repeated-criterion', line: 18, column: 24 },
    ]],
    ['seed-title-mismatch.yaml', [{ severity: 'warning', code: 'seed-title-mismatch', line: 8, column: 11 }]],
    ['similar-requirement-ids.yaml', [
      { severity: 'warning', code: 'similar-requirement-ids', line: 16, column: 13 },
      { severity: 'warning', code: 'similar-requirement-ids', line: 19, column: 13 },
    ]],
    ['evidence-on-gap-row.yaml', [{ severity: 'warning', code: 'evidence-on-gap-row', line: 12, column: 5 }]],
    ['requirement-gates.yaml', [
      { severity: 'error', code: 'ungated-criterion', line: 6, column: 11 },
      { severity: 'error', code: 'requirement-criterion-outside-row', line: 12, column: 22 },
      { severity: 'error', code: 'ungated-criterion', line: 14, column: 11 },
    ]],
    ['criterion-entries.yaml', [
      { severity: 'error', code: 'duplicate-criterion-entry', line: 19, column: 10 },
      { severity: 'error', code: 'duplicate-evidence-id', line: 21, column: 13 },
      { severity: 'error', code: 'unknown-tsc-criterion', line: 24, column: 10 },
      { severity: 'warning', code: 'unmapped-but-mapped', line: 32, column: 10 },
      { severity: 'error', code: 'unknown-iso-control', line: 34, column: 10 },
    ]],
  ])('%s', (name, expected) => {
    expect(shapes(lintFixture(name))).toEqual(expected);
  });

  it('says what is wrong and how to fix it', () => {
    const message = (name: string, code: string) => lintFixture(name).find((finding) => finding.code === code)?.message;
    expect(message('iso-2013-id.yaml', 'iso-2013-id')).toBe('A.9.2.3 is an ISO/IEC 27001:2013 id ("Management of privileged access rights"); in ISO/IEC 27001:2022 it is A.8.2 (Privileged access rights)');
    expect(message('unknown-tsc-criterion.yaml', 'unknown-tsc-criterion')).toBe('CC6.9 is not a SOC 2 Trust Services Criterion; did you mean "CC6.1"?');
    expect(message('duplicate-evidence-id.yaml', 'duplicate-evidence-id')).toContain(`already used at ${fixtures}/duplicate-evidence-id.yaml:9:13`);
    expect(message('schema-error.yaml', 'unknown-key')).toContain('did you mean "coverage"?');
    expect(message('repeated-rows.yaml', 'repeated-row')).toContain(`${fixtures}/repeated-rows.yaml:5:5`);
    expect(message('seed-title-mismatch.yaml', 'seed-title-mismatch')).toContain('A.8.14 "Redundancy of information processing facilities"');
    expect(message('unknown-frequency.yaml', 'invalid-value')).toBe(
      'rows[0].evidence[0].frequency must be one of annual, semiannual, quarterly, monthly, weekly, daily, per-event; found "quarter"; did you mean "quarterly"?',
    );
    expect(message('corrected-without-seed.yaml', 'corrected-without-seed')).toContain('row A.7.1 says it corrects the seed but has no seed: key');
    expect(message('missing-frequency.yaml', 'missing-frequency')).toBe(
      `evidence requirement "backup-job-records" has no frequency, so it is judged as an annual one (a record a year); its min_samples counts only with weekly, daily or per-event; say how often the control operates (annual, semiannual, quarterly, monthly, weekly, daily or per-event)`,
    );
    expect(message('ignored-min-samples.yaml', 'ignored-min-samples')).toContain('a quarterly requirement is met by one record per window');
    const ignored = lintFixture('ignored-frequency.yaml').filter((finding) => finding.code === 'ignored-frequency').map((finding) => finding.message);
    expect(ignored[0]).toContain('row A.5.34 is a gap');
    expect(ignored[1]).toContain('row A.8.13 is partial');
    const similar = lintFixture('similar-requirement-ids.yaml').filter((finding) => finding.code === 'similar-requirement-ids').map((finding) => finding.message);
    expect(similar[0]).toContain('"approved-change-ticket" looks like "change-tickets-approved"');
    expect(similar[1]).toContain('the same description');
  });

  it('lists every criterion no full or partial row reaches, once, at the rows key, in catalog order', () => {
    // The fixture reaches CC1.1 with a full row; its P1.1 row is a gap, which reaches nothing.
    const unreached = lintFixture('evidence-on-gap-row.yaml').filter((finding) => finding.code === 'unreached-criterion');
    expect(unreached).toHaveLength(60);
    expect(unreached.every((finding) => finding.severity === 'warning' && finding.line === 4 && finding.column === 1)).toBe(true);
    const ids = unreached.map((finding) => finding.message.split(' ')[0]);
    expect(ids).not.toContain('CC1.1');
    expect(ids).toContain('P1.1');
    expect(ids).toEqual(catalogs.criteria.map((criterion) => criterion.id).filter((id) => id !== 'CC1.1'));
    expect(unreached.find((finding) => finding.message.startsWith('P1.1'))?.message).toContain('(Privacy: Notice to data subjects about privacy practices)');
  });

  it('warns once about each catalog id neither in a row nor unmapped, a clause counting as listed through one above or below it', () => {
    const unlisted = lintFixture('criterion-entries.yaml').filter((finding) => finding.code === 'unlisted-iso-control');
    const ids = unlisted.map((finding) => finding.message.split(' ')[0]);
    // 4.1 is unmapped with its reason, A.6.3 is in a row; 4.2 and A.5.1 are neither.
    expect(ids).not.toContain('4.1');
    expect(ids).not.toContain('A.6.3');
    expect(ids).toContain('4.2');
    expect(ids).toContain('A.5.1');
    expect(ids).toHaveLength(catalogs.iso.size - 2);
    expect(unlisted.every((finding) => finding.severity === 'warning' && finding.line === 4 && finding.column === 1)).toBe(true);
    expect(unlisted.find((finding) => finding.message.startsWith('4.2'))?.message).toBe(
      '4.2 (Understanding the needs and expectations of interested parties) is in no row and not in unmapped:; map it, or say under unmapped: why it reaches no SOC 2 criterion',
    );
    // A row of 6.1.2 lists 6.1 (the clause above it), not 6.1.1 beside it.
    const clauses = lintMapping('clauses.yaml', 'apiVersion: crosswalk/v1\nkind: Mapping\nname: x\nrows:\n  - iso: "6.1.2"\n    tsc: [CC3.1]\n    coverage: full\n', catalogs);
    const clauseIds = clauses.filter((finding) => finding.code === 'unlisted-iso-control').map((finding) => finding.message.split(' ')[0]);
    expect(clauseIds).not.toContain('6.1');
    expect(clauseIds).toContain('6.1.1');
  });

  it('does not flag seed rows that the renumbering deliberately filed under one id, nor explained renumberings', () => {
    const codes = lintFixture('repeated-rows.yaml').filter((finding) => finding.line >= 20).map((finding) => finding.code);
    expect(codes).toEqual([]);
    // Rows 2 and 3 of the fixture: titles that agree, and a comment above the row that names the 2022 id.
    expect(lintFixture('seed-title-mismatch.yaml').filter((finding) => finding.code === 'seed-title-mismatch')).toHaveLength(1);
  });

  it('compares titles by word stems, ignoring words every title has', () => {
    expect(titlesShareAWord('Cryptographic Controls', 'Use of cryptography')).toBe(true);
    expect(titlesShareAWord('Test Management', 'Security testing in development and acceptance')).toBe(true);
    expect(titlesShareAWord('Security Event Handling', 'Assessment and decision on information security events')).toBe(true);
    expect(titlesShareAWord('Change Management', 'Redundancy of information processing facilities')).toBe(false);
    expect(titlesShareAWord('Information Security Management', 'Information security in project management')).toBe(false);
    expect(titlesShareAWord('Access to Source Code', 'Acceptable use of information')).toBe(false);
  });

  it('lets a mapping written for 1.0 (no frequencies) load, with a warning per requirement', async () => {
    const findings = lintFixture('missing-frequency.yaml');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const mapping = await loadMapping({ kind: 'file', path: path.join(project, fixtures, 'missing-frequency.yaml') }, catalogs, project);
    expect(mapping.requirements.get('backup-job-records')?.requirement).toMatchObject({ frequency: undefined, maxAgeDays: 365, minSamples: 25 });
  });

  it("errors are exactly what makes crosswalk refuse a mapping (loadMapping)", async () => {
    for (const name of readdirSync(path.join(project, fixtures)).filter((file) => file.endsWith('.yaml'))) {
      const hasErrors = lintFixture(name).some((finding) => finding.severity === 'error');
      const loaded = await loadMapping({ kind: 'file', path: path.join(project, fixtures, name) }, catalogs, project).then(
        () => true,
        () => false,
      );
      expect({ name, loads: loaded }).toEqual({ name, loads: !hasErrors });
    }
  });
});

describe('the shipped mappings', () => {
  const findings = lintMapping(defaultMappingFile, defaultMappingText, catalogs);
  const seedFindings = lintMapping(seedMappingFile, seedMappingText, catalogs);

  it('the default mapping lints with no errors and no warnings', () => {
    expect(findings.map(({ code, line, message }) => `${line}: ${code}: ${message}`)).toEqual([]);
  });

  it('the seed mapping lints clean except for the 39 criteria the seed as written does not reach (and the catalog ids it leaves out)', () => {
    expect(seedFindings.filter((finding) => !coverageCodes.has(finding.code))).toEqual([]);
    const unreached = seedFindings.filter((finding) => finding.code === 'unreached-criterion').map((finding) => finding.message.split(' ')[0]);
    expect(unreached).toHaveLength(39);
    // What the seed reaches: its two tables name 22 criteria, none of processing integrity's
    // PI1.4–PI1.5 and no privacy criterion at all.
    const reached = catalogs.criteria.map((criterion) => criterion.id).filter((id) => !unreached.includes(id));
    expect(reached).toEqual(['CC1.2', 'CC1.3', 'CC1.4', 'CC2.1', 'CC3.2', 'CC4.1', 'CC5.3', 'CC6.1', 'CC6.2', 'CC6.3', 'CC6.6', 'CC6.7', 'CC7.1', 'CC7.2', 'CC7.3', 'A1.1', 'A1.2', 'A1.3', 'C1.1', 'PI1.1', 'PI1.2', 'PI1.3']);
  });

  it('files every seed row under a 2022 id whose title agrees, or explains why in a comment', () => {
    expect(findings.filter((finding) => finding.code === 'seed-title-mismatch')).toEqual([]);
    expect(seedFindings.filter((finding) => finding.code === 'seed-title-mismatch')).toEqual([]);
  });
});

describe('the text report', () => {
  it('groups findings by severity, one jumpable file:line:column per finding, and ends with a summary', () => {
    const findings = lintFixture('unknown-tsc-criterion.yaml');
    const text = formatLintText('x.yaml', [...findings.filter((finding) => finding.severity === 'error'), ...findings.slice(0, 2)], false);
    expect(text).toContain('Errors (1)\n  fixtures/broken-mappings/unknown-tsc-criterion.yaml:9:18  unknown-tsc-criterion  CC6.9 is not');
    expect(text).toContain('Warnings (2)\n  fixtures/broken-mappings/unknown-tsc-criterion.yaml:4:1  unreached-criterion  CC1.1');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ mapping lint: 1 error, 2 warnings');
  });
});

function captureIo(cwd: string): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (chunk: string) => sink.push(chunk) }) as unknown as NodeJS.WritableStream;
  return { io: { stdout: stream(out), stderr: stream(err), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

describe('crosswalk mapping lint', () => {
  it('reports a file that is not UTF-8 as an error finding (exit 1), and a folder as unreadable (exit 2)', async () => {
    const root = await makeRepo({ 'latin1.yaml': Buffer.from('apiVersion: crosswalk/v1\nname: caf\xe9\n', 'latin1'), 'folder/x': '' });
    const latin1 = captureIo(root);
    expect(await runCli(['mapping', 'lint', 'latin1.yaml', '--format', 'json'], latin1.io)).toBe(1);
    expect(JSON.parse(latin1.out()).findings).toEqual([{ severity: 'error', code: 'not-utf8', message: 'the file is not valid UTF-8; save it as UTF-8', file: 'latin1.yaml', line: 2, column: 10 }]);
    const folder = captureIo(root);
    expect(await runCli(['mapping', 'lint', 'folder'], folder.io)).toBe(2);
    expect(folder.err()).toBe('crosswalk: cannot read mapping folder: it is a directory\n');
  });

  it('lints the shipped mappings by name, and a file of that name only when written as a path', async () => {
    const userSeed = 'apiVersion: crosswalk/v1\nkind: Mapping\nname: mine\nrows:\n  - iso: A.5.99\n    tsc: [CC1.1]\n    coverage: full\n';
    const root = await makeRepo({ seed: userSeed, default: userSeed });
    const lintJson = async (...args: string[]) => {
      const { io, out } = captureIo(root);
      const status = await runCli(['mapping', 'lint', ...args, '--format', 'json'], io);
      return { status, report: JSON.parse(out()) as { file: string; summary: { errors: number; warnings: number } } };
    };
    expect(await lintJson()).toEqual({ status: 0, report: expect.objectContaining({ file: defaultMappingFile, summary: { errors: 0, warnings: 0 } }) });
    expect(await lintJson('default')).toEqual({ status: 0, report: expect.objectContaining({ file: defaultMappingFile, summary: { errors: 0, warnings: 0 } }) });
    // The seed as written: no errors, and a warning for each criterion it does not reach and each catalog id it leaves out.
    expect(await lintJson('seed')).toEqual({ status: 0, report: expect.objectContaining({ file: seedMappingFile, summary: { errors: 0, warnings: 141 } }) });
    // ./seed and ./default are the user's files (whose A.5.99 is an error), as `mapping: ./seed` is in the config.
    expect(await lintJson('./seed')).toEqual({ status: 1, report: expect.objectContaining({ file: './seed', summary: expect.objectContaining({ errors: 1 }) }) });
    expect(await lintJson('./default')).toEqual({ status: 1, report: expect.objectContaining({ file: './default', summary: expect.objectContaining({ errors: 1 }) }) });
  });

  it('writes to --output and puts the summary on standard error', async () => {
    const root = await makeRepo({});
    const { io, out, err } = captureIo(root);
    expect(await runCli(['mapping', 'lint', '--output', 'lint.json', '--format', 'json'], io)).toBe(0);
    expect(out()).toBe('');
    expect(err()).toMatch(/^crosswalk: mapping lint: 0 errors, \d+ warnings?\n$|^crosswalk: mapping lint: no problems\n$/);
    expect(JSON.parse(readFileSync(path.join(root, 'lint.json'), 'utf8')).summary.errors).toBe(0);
  });
});

describe('crosswalk mapping lint (the built CLI)', () => {
  const crosswalk = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

  it('exits 0 on the shipped mapping, 1 on errors, 2 when the file cannot be read', () => {
    const clean = crosswalk('mapping', 'lint');
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain(`crosswalk mapping lint · ${defaultMappingFile}`);

    const broken = crosswalk('mapping', 'lint', `${fixtures}/unknown-iso-control.yaml`, '--format', 'json');
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout) as { file: string; summary: { errors: number }; findings: LintFinding[] };
    expect(report.file).toBe(`${fixtures}/unknown-iso-control.yaml`);
    expect(report.summary.errors).toBe(1);
    expect(report.findings.find((finding) => finding.severity === 'error')).toMatchObject({ code: 'unknown-iso-control', line: 8, column: 10 });

    const missing = crosswalk('mapping', 'lint', 'no-such-mapping.yaml');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('crosswalk: cannot read mapping no-such-mapping.yaml: no such file\n');

    expect(crosswalk('mapping', 'check').status).toBe(2);

    // CI lints both shipped mappings with the bundle.
    const seed = crosswalk('mapping', 'lint', 'seed', '--format', 'json');
    expect(seed.status).toBe(0);
    expect(JSON.parse(seed.stdout)).toMatchObject({ file: seedMappingFile, summary: { errors: 0, warnings: 141 } });
    expect(JSON.parse(crosswalk('mapping', 'lint', 'default', '--format', 'json').stdout)).toMatchObject({ file: defaultMappingFile, summary: { errors: 0, warnings: 0 } });
  });
});

describe('the documentation', () => {
  it('documents every code only mapping lint gives', () => {
    for (const code of mappingLintCodes) expect(documentation).toContain(`| \`${code}\` |`);
  });
});
