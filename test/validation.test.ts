/**
 * Bad input, one class per fixture under fixtures/invalid/: each case runs the real pipeline
 * on the real files and pins the exact diagnostics (severity, code, file, line, column and the
 * key words of the message). Every line/column below was counted by hand from the fixture.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { check, type CheckRun } from '../src/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { UsageError } from '../src/errors.js';

const invalid = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const asOf = '2026-11-27';

function caseRoot(name: string): string {
  return path.join(invalid, name);
}

async function checkCase(name: string, overrides: { mapping?: string } = {}): Promise<CheckRun> {
  return check({ root: caseRoot(name), overrides: { asOf, ...overrides } });
}

interface ExpectedDiagnostic {
  readonly severity: Diagnostic['severity'];
  readonly code: Diagnostic['code'];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Words the message must contain. */
  readonly says: readonly string[];
  /** Words it must not contain. */
  readonly never?: readonly string[];
}

/** Exactly these diagnostics, in the report's order (file, line, column). */
function expectDiagnostics(run: CheckRun, expected: readonly ExpectedDiagnostic[]): void {
  const where = (diagnostic: Pick<Diagnostic, 'severity' | 'code' | 'file' | 'line' | 'column'>) => ({
    severity: diagnostic.severity,
    code: diagnostic.code,
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
  });
  expect(run.diagnostics.map(where)).toEqual(expected.map(where));
  expected.forEach((want, index) => {
    const message = run.diagnostics[index]!.message;
    for (const word of want.says) expect(message).toContain(word);
    for (const word of want.never ?? []) expect(message).not.toContain(word);
    // One line: annotations and terminals show it as is.
    expect(message).not.toContain('\n');
  });
  // The JSON report carries the same findings.
  expect(run.report.diagnostics).toEqual(run.diagnostics);
  expect(run.report.summary.errors).toBe(expected.filter((want) => want.severity === 'error').length);
  expect(run.report.summary.warnings).toBe(expected.filter((want) => want.severity === 'warning').length);
}

function controlIds(run: CheckRun): string[] {
  return run.report.controls.map((control) => control.id);
}

function criterionState(run: CheckRun, id: string): string | undefined {
  return run.report.criteria.find((criterion) => criterion.id === id)?.state;
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('unknown keys', () => {
  it('reports a typo at the key, with "did you mean", on a control and on an evidence item', async () => {
    const run = await checkCase('unknown-key');
    expectDiagnostics(run, [
      { severity: 'error', code: 'unknown-key', file: 'controls/access.yaml', line: 10, column: 5, says: ['"evidnce"', 'did you mean "evidence"'] },
      // The typo also leaves the item without its required date.
      { severity: 'error', code: 'missing-field', file: 'controls/access.yaml', line: 22, column: 9, says: ['"collected"'] },
      { severity: 'error', code: 'unknown-key', file: 'controls/access.yaml', line: 25, column: 9, says: ['"colected"', 'did you mean "collected"'] },
    ]);
    // An unknown key does not make the control unusable: it is scored (reaches its criterion).
    expect(controlIds(run)).toEqual(['AC-01', 'AC-02']);
    expect(criterionState(run, 'CC6.1')).not.toBe('gap');
  });
});

describe('ISO ids', () => {
  it('names the 2022 replacement of a 2013 control and of a 2013 objective', async () => {
    const run = await checkCase('iso-2013-id');
    expectDiagnostics(run, [
      { severity: 'error', code: 'iso-2013-id', file: 'controls/access.yaml', line: 7, column: 25, says: ['A.9.1.1', '27001:2013', 'A.5.15'] },
      { severity: 'error', code: 'iso-2013-id', file: 'controls/access.yaml', line: 15, column: 9, says: ['A.12.4', 'objective', 'A.8.15', 'A.8.17'] },
    ]);
    // The valid ids of the same lists are kept and scored.
    expect(run.report.controls.find((control) => control.id === 'AC-01')?.implements).toEqual(['A.5.1']);
    expect(run.report.controls.find((control) => control.id === 'OPS-01')?.implements).toEqual(['A.8.16']);
    // A.5.1 is a partial row (CC2.2, CC5.3): scored, and incomplete without its evidence.
    expect(criterionState(run, 'CC5.3')).toBe('incomplete');
  });

  it('rejects an id that is not in the 2022 catalog, suggesting the likely one', async () => {
    const run = await checkCase('unknown-iso-id');
    expectDiagnostics(run, [
      { severity: 'error', code: 'unknown-iso-control', file: 'controls/access.yaml', line: 6, column: 26, says: ['A.5.99 is not an ISO/IEC 27001:2022'] },
      { severity: 'error', code: 'unknown-iso-control', file: 'controls/access.yaml', line: 12, column: 18, says: ['A.5.51 is not an ISO/IEC 27001:2022', 'did you mean "A.5.15"'] },
    ]);
    expect(run.report.controls.find((control) => control.id === 'AC-01')?.implements).toEqual(['A.5.18']);
  });

  it('keeps unquoted numeric ids as written: 10.10 is judged as "10.10", 8.1 is clause 8.1', async () => {
    const run = await checkCase('numeric-ids');
    expectDiagnostics(run, [
      { severity: 'error', code: 'unknown-iso-control', file: 'controls/isms.yaml', line: 6, column: 23, says: ['10.10 is not an ISO/IEC 27001:2022'] },
    ]);
    const implementsOf = (id: string) => run.report.controls.find((control) => control.id === id)?.implements;
    expect(implementsOf('ISMS-01')).toEqual(['8.1']);
    expect(implementsOf('ISMS-02')).toEqual(['9.2', '9.2.1']);
    // Clause 8.1 is a partial row of the default mapping (CC5.3): it counts (here as incomplete, no evidence).
    expect(criterionState(run, 'CC5.3')).toBe('incomplete');
  });
});

describe('SOC 2 criteria', () => {
  it('rejects an unknown criterion in covers', async () => {
    const run = await checkCase('unknown-tsc');
    expectDiagnostics(run, [
      { severity: 'error', code: 'unknown-tsc-criterion', file: 'controls/vendors.yaml', line: 6, column: 14, says: ['CC9.9', 'not a SOC 2 Trust Services Criterion', 'did you mean "CC9.1"'] },
    ]);
    expect(controlIds(run)).toEqual(['VND-01']);
  });
});

describe('duplicate ids', () => {
  it('names both places of a control id declared twice, in one file and across files', async () => {
    const run = await checkCase('duplicate-control-id');
    expectDiagnostics(run, [
      { severity: 'error', code: 'duplicate-control-id', file: 'controls/access.yaml', line: 16, column: 9, says: ['"AC-02"', 'controls/access.yaml:10:'] },
      { severity: 'error', code: 'duplicate-control-id', file: 'controls/people.yaml', line: 10, column: 9, says: ['"AC-01"', 'controls/access.yaml:4:'] },
    ]);
    // The first declaration of each id is scored.
    expect(controlIds(run)).toEqual(['AC-01', 'AC-02', 'HR-01']);
    expect(run.report.controls.find((control) => control.id === 'AC-02')?.implements).toEqual(['A.8.5']);
    expect(run.report.controls.find((control) => control.id === 'AC-01')?.file).toBe('controls/access.yaml');
  });

  it('reports an evidence id used twice in one control at the second one', async () => {
    const run = await checkCase('duplicate-evidence-id');
    expectDiagnostics(run, [
      { severity: 'error', code: 'duplicate-evidence-id', file: 'controls/access.yaml', line: 14, column: 13, says: ['"ev-access-review"', 'AC-01'] },
    ]);
    expect(controlIds(run)).toEqual(['AC-01']);
  });
});

describe('control rules', () => {
  it('requires a justification for not-applicable', async () => {
    const run = await checkCase('not-applicable-without-justification');
    expectDiagnostics(run, [
      { severity: 'error', code: 'missing-justification', file: 'controls/physical.yaml', line: 13, column: 13, says: ['PHY-02', 'not-applicable', 'justification'] },
    ]);
    expect(controlIds(run)).toContain('PHY-01');
  });

  it('requires implements or covers', async () => {
    const run = await checkCase('no-implements-or-covers');
    expectDiagnostics(run, [
      { severity: 'error', code: 'no-implements-or-covers', file: 'controls/governance.yaml', line: 10, column: 9, says: ['GOV-02', 'implements', 'covers'] },
    ]);
    // GOV-01 (A.5.1, a partial row: CC2.2, CC5.3) is still scored: incomplete without its evidence.
    expect(criterionState(run, 'CC5.3')).toBe('incomplete');
  });

  it('rejects a status outside the four states and leaves that control out', async () => {
    const run = await checkCase('bad-status');
    expectDiagnostics(run, [
      { severity: 'error', code: 'invalid-value', file: 'controls/governance.yaml', line: 13, column: 13, says: ['found "done"', 'implemented', 'in-progress', 'planned', 'not-applicable'] },
    ]);
    expect(controlIds(run)).toEqual(['GOV-01']);
  });

  it('checks every field of every control whatever else is wrong with it, showing short values as written', async () => {
    const run = await checkCase('errors-at-once');
    expectDiagnostics(run, [
      // A misspelt collected (so a missing one) does not hide the unknown requirement beside it.
      { severity: 'error', code: 'missing-field', file: 'controls/access.yaml', line: 10, column: 9, says: ['"collected"'] },
      { severity: 'error', code: 'unknown-requirement', file: 'controls/access.yaml', line: 11, column: 21, says: ['"acess-review-records"', 'did you mean "access-review-records"'] },
      { severity: 'error', code: 'unknown-key', file: 'controls/access.yaml', line: 13, column: 9, says: ['"colected"', 'did you mean "collected"'] },
      // A status outside the four states does not hide the duplicate id, nor any of the control's evidence.
      { severity: 'error', code: 'duplicate-control-id', file: 'controls/access.yaml', line: 15, column: 9, says: ['"AC-01"', 'controls/access.yaml:4:5'] },
      { severity: 'error', code: 'invalid-value', file: 'controls/access.yaml', line: 18, column: 13, says: ['found "done"'] },
      { severity: 'error', code: 'invalid-value', file: 'controls/access.yaml', line: 24, column: 20, says: ['found "2026-9-30"'], never: ['characters'] },
      { severity: 'error', code: 'duplicate-evidence-id', file: 'controls/access.yaml', line: 25, column: 13, says: ['"ev-review"', 'AC-01'] },
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/access.yaml', line: 26, column: 15, says: ['"/etc/passwd"'] },
    ]);
    // The first AC-01 is scored without its broken item; the second declaration is not.
    expect(controlIds(run)).toEqual(['AC-01']);
    expect(run.controls[0]!.evidence).toEqual([]);
  });

  it('warns about an owner left as a placeholder on a control in operation, and not about a real owner that starts with the same letters', async () => {
    const run = await checkCase('placeholder-owner');
    expectDiagnostics(run, [
      { severity: 'warning', code: 'placeholder-owner', file: 'controls/governance.yaml', line: 8, column: 12, says: ['"TODO"', 'placeholder'] },
      { severity: 'warning', code: 'placeholder-owner', file: 'controls/governance.yaml', line: 13, column: 12, says: ['"TBD: the new CISO"'] },
    ]);
    // GOV-04 is planned: a placeholder owner is fine until it operates (init scaffolds `owner: TODO`).
    expect(controlIds(run)).toEqual(['GOV-01', 'GOV-02', 'GOV-03', 'GOV-04']);
  });
});

describe('evidence rules', () => {
  it('requires a path or a url', async () => {
    const run = await checkCase('evidence-without-path-or-url');
    expectDiagnostics(run, [
      { severity: 'error', code: 'evidence-without-location', file: 'controls/people.yaml', line: 10, column: 9, says: ['ev-training-completions', 'path', 'url'] },
    ]);
  });

  it('rejects an item with both a path and a url, at the url', async () => {
    const run = await checkCase('evidence-path-and-url');
    expectDiagnostics(run, [
      { severity: 'error', code: 'invalid-value', file: 'controls/people.yaml', line: 13, column: 14, says: ['ev-training-completions', 'both path and url'] },
    ]);
  });

  it('rejects a url without a scheme or with a space, and accepts a web address', async () => {
    const run = await checkCase('bad-url');
    expectDiagnostics(run, [
      { severity: 'error', code: 'invalid-value', file: 'controls/people.yaml', line: 12, column: 14, says: ['url', 'a valid uri'] },
      { severity: 'error', code: 'invalid-value', file: 'controls/people.yaml', line: 16, column: 14, says: ['url', 'a valid uri'] },
    ]);
  });

  it('rejects a period that ends before it starts, or after the item was collected, at the end date', async () => {
    const run = await checkCase('bad-evidence-period');
    expectDiagnostics(run, [
      { severity: 'error', code: 'invalid-period', file: 'controls/access.yaml', line: 14, column: 43, says: ['ev-review-q2', 'starts 2026-06-30', 'after it ends (2026-04-01)'] },
      { severity: 'error', code: 'invalid-period', file: 'controls/access.yaml', line: 21, column: 16, says: ['ev-review-q3', 'ends 2026-09-30', 'after the item was collected (2026-09-15)'] },
    ]);
  });

  it('rejects evidence collected after today, naming the item and its date', async () => {
    const run = await checkCase('collected-in-future');
    expectDiagnostics(run, [
      { severity: 'error', code: 'collected-in-future', file: 'controls/operations.yaml', line: 17, column: 20, says: ['ev-scan-report-2026-12', '2099-12-01', 'after today'] },
    ]);
  });

  it('rejects dates that are not real YYYY-MM-DD calendar dates', async () => {
    const run = await checkCase('bad-date');
    expectDiagnostics(run, [
      { severity: 'error', code: 'invalid-value', file: 'controls/people.yaml', line: 13, column: 20, says: ['found "2026-02-30"', 'YYYY-MM-DD'] },
      { severity: 'error', code: 'invalid-value', file: 'controls/people.yaml', line: 17, column: 20, says: ['found "10/02/2026"', 'YYYY-MM-DD'] },
    ]);
    expect(controlIds(run)).toEqual(['HR-01']);
  });

  it('rejects an unknown requirement id with "did you mean"', async () => {
    const run = await checkCase('unknown-requirement');
    expectDiagnostics(run, [
      { severity: 'error', code: 'unknown-requirement', file: 'controls/engineering.yaml', line: 11, column: 21, says: ['"code-review-record"', 'did you mean "code-review-records"'] },
    ]);
    // The misspelt requirement does not count: A.8.28 still misses its code review records.
    expect(run.report.missingEvidence.find((entry) => entry.requirement === 'code-review-records')?.reason).toBe('absent');
  });

  it('warns when an item satisfies a requirement of an ISO control its control does not implement', async () => {
    const run = await checkCase('requirement-not-implemented');
    expectDiagnostics(run, [
      { severity: 'warning', code: 'requirement-not-implemented', file: 'controls/engineering.yaml', line: 11, column: 21, says: ['"code-review-records"', 'A.8.28', 'ENG-01'] },
    ]);
    // A warning alone does not fail the default policy (errors, missing-evidence).
    expect(run.report.summary.passed).toBe(true);
  });
});

describe('evidence paths that leave the repository', () => {
  const temporary: string[] = [];
  afterEach(async () => {
    await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** A copy of the fixture in a fresh temporary folder, with a folder beside it that is outside the repository. */
  async function copyWithOutside(): Promise<{ root: string; outside: string }> {
    const base = await mkdtemp(path.join(tmpdir(), 'crosswalk-outside-'));
    temporary.push(base);
    const root = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    await cp(caseRoot('path-outside-repo'), root, { recursive: true });
    await mkdir(outside);
    await writeFile(path.join(base, 'outside.txt'), 'not evidence\n');
    for (let index = 1; index <= 25; index++) await writeFile(path.join(outside, `ticket-${index}.csv`), 'ticket,approved\n');
    await writeFile(path.join(outside, 'workflow.md'), 'not evidence\n');
    return { root, outside };
  }

  it('rejects absolute and ".." paths at the path, and never reads them', async () => {
    const run = await checkCase('path-outside-repo');
    expectDiagnostics(run, [
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 14, column: 15, says: ['/etc/passwd', 'absolute'] },
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 18, column: 15, says: ['../outside.txt', '..'] },
      // The fixture has no evidence/shared-drive/: a path that matches no file is a warning (SPEC §1.1).
      { severity: 'warning', code: 'evidence-path-not-found', file: 'controls/changes.yaml', line: 23, column: 15, says: ['"evidence/shared-drive/*.csv" matches no file'] },
    ]);
  });

  it('rejects a glob that reaches a symlinked folder outside, at the path, and does not count its files', async () => {
    const { root, outside } = await copyWithOutside();
    await symlink(outside, path.join(root, 'evidence/shared-drive'));
    const run = await check({ root, overrides: { asOf } });
    expectDiagnostics(run, [
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 14, column: 15, says: ['/etc/passwd'] },
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 18, column: 15, says: ['../outside.txt'] },
      { severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 23, column: 15, says: ['evidence/shared-drive', 'symlink', 'outside the repository'] },
    ]);
    // The 25 ticket files behind the link are not evidence.
    expect(run.report.missingEvidence.find((entry) => entry.requirement === 'change-tickets-approved')?.reason).toBe('file-not-found');
  });

  it('rejects a path that is a symlink to a file outside, and does not count it', async () => {
    const { root, outside } = await copyWithOutside();
    const linked = path.join(root, 'evidence/change-approval-workflow.md');
    await rm(linked);
    await symlink(path.join(outside, 'workflow.md'), linked);
    const run = await check({ root, overrides: { asOf } });
    expect(run.diagnostics.filter((diagnostic) => diagnostic.line > 23)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'evidence-path-outside-repo', file: 'controls/changes.yaml', line: 29, column: 15, message: expect.stringContaining('symlink') }),
    ]);
    expect(run.report.missingEvidence.find((entry) => entry.requirement === 'change-approval-workflow')?.reason).toBe('file-not-found');
  });
});

describe('document shape', () => {
  it('rejects a control file whose kind is not ControlImplementation, at the kind', async () => {
    const run = await checkCase('wrong-kind');
    expectDiagnostics(run, [
      { severity: 'error', code: 'wrong-kind', file: 'controls/mapping.yaml', line: 3, column: 7, says: ['"ControlImplementation"', '"Mapping"'] },
    ]);
    expect(controlIds(run)).toEqual(['GOV-01']);
  });

  it('rejects a top level that is a list, where the list starts', async () => {
    const run = await checkCase('not-a-mapping');
    expectDiagnostics(run, [{ severity: 'error', code: 'not-a-mapping', file: 'controls/access.yaml', line: 3, column: 1, says: ['mapping', 'a list'] }]);
  });

  it('rejects an empty file and a comments-only file, and scores the rest', async () => {
    const run = await checkCase('empty-file');
    expectDiagnostics(run, [
      { severity: 'error', code: 'empty-file', file: 'controls/comments-only.yaml', line: 1, column: 1, says: ['only comments'] },
      { severity: 'error', code: 'empty-file', file: 'controls/empty.yaml', line: 1, column: 1, says: ['empty'] },
    ]);
    expect(controlIds(run)).toEqual(['GOV-01']);
  });
});

describe('YAML that cannot be read', () => {
  /** A file with a syntax error is rejected whole: nothing half-read is scored. */
  function expectSyntaxError(run: CheckRun, file: string, line: number, column: number): void {
    expect(run.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of run.diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'error', code: 'yaml-syntax', file });
      expect(diagnostic.message).toMatch(/^invalid YAML: /);
      // The position is given once, as line/column, not repeated in the message.
      expect(diagnostic.message).not.toMatch(/line \d+/);
      expect(diagnostic.message).not.toContain('\n');
    }
    expect(run.diagnostics[0]).toMatchObject({ line, column });
    expect(controlIds(run)).toEqual([]);
  }

  it('rejects a mis-indented key, at the key', async () => {
    const run = await checkCase('malformed-yaml');
    // Line 7: `      status: implemented`, two spaces deeper than its siblings.
    expectSyntaxError({ ...run, diagnostics: run.diagnostics.filter((diagnostic) => diagnostic.file === 'controls/bad-indentation.yaml') }, 'controls/bad-indentation.yaml', 7, 7);
  });

  it('rejects an unclosed flow sequence, at its opening bracket', async () => {
    const run = await checkCase('malformed-yaml');
    // Line 6: `    implements: [A.5.15, A.5.18` — the `[` is never closed.
    expectSyntaxError({ ...run, diagnostics: run.diagnostics.filter((diagnostic) => diagnostic.file === 'controls/unclosed-bracket.yaml') }, 'controls/unclosed-bracket.yaml', 6, 17);
  });

  it('rejects a duplicate key at the second occurrence', async () => {
    const run = await checkCase('duplicate-keys');
    expectDiagnostics(run, [{ severity: 'error', code: 'duplicate-key', file: 'controls/people.yaml', line: 9, column: 5, says: ['duplicate key'] }]);
  });

  it('rejects a file that is not UTF-8 at the first bad byte', async () => {
    const run = await checkCase('not-utf8');
    expectDiagnostics(run, [{ severity: 'error', code: 'not-utf8', file: 'controls/governance.yaml', line: 5, column: 26, says: ['UTF-8'] }]);
  });

  it('refuses to expand a "billion laughs" alias bomb, quickly', async () => {
    const started = performance.now();
    const run = await checkCase('yaml-bomb');
    const elapsed = performance.now() - started;
    expectDiagnostics(run, [{ severity: 'error', code: 'yaml-alias-limit', file: 'controls/bomb.yaml', line: 5, column: 10, says: ['aliases', 'billion laughs'] }]);
    expect(elapsed).toBeLessThan(1000);
    expect(controlIds(run)).toEqual([]);
  });

  it('scores the good file when another file is broken', async () => {
    const run = await checkCase('mixed');
    expect(run.diagnostics).toHaveLength(1);
    // The unclosed quote on line 8 of people.yaml, where it opens.
    expect(run.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', file: 'controls/people.yaml', line: 8, column: 12 });
    expect(controlIds(run)).toEqual(['AC-01', 'AC-02']);
    for (const criterion of ['CC6.1', 'CC6.2', 'CC6.3']) expect(criterionState(run, criterion)).not.toBe('gap');
    // HR-01 (A.6.3 → CC1.4, CC2.2) is in the broken file: not scored.
    expect(criterionState(run, 'CC1.4')).toBe('gap');
    expect(run.report.summary.passed).toBe(false);
    expect(run.report.summary.failedConditions.map((failure) => failure.condition)).toContain('errors');
    // AC-01's A.5.18 asks for the quarterly access reviews, not in the repository.
    expect(run.report.missingEvidence.map((entry) => [entry.iso, entry.requirement])).toContainEqual(['A.5.18', 'access-review-records']);
  });
});

describe('config and mapping that make a run impossible (exit 2)', () => {
  it('throws a one-line UsageError at .crosswalk.yml:line:column with "did you mean"', async () => {
    const error = await rejection(checkCase('bad-config'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/^\.crosswalk\.yml:3:9: /);
    expect(error.message).toContain('found "availabilty"; did you mean "availability"?');
    expect(error.message).toContain('did you mean "availability"');
  });

  it('throws a UsageError for a user mapping with a partial row that lists no evidence', async () => {
    const mapping = path.join(caseRoot('bad-mapping'), 'mappings/partial-without-evidence.yaml');
    const error = await rejection(checkCase('bad-mapping', { mapping }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain('mappings/partial-without-evidence.yaml:12:15: ');
    expect(error.message).toContain('A.5.7');
    expect(error.message).toContain('partial');
  });

  it('throws a UsageError for a user mapping with a requirement id used twice, naming both places', async () => {
    const mapping = path.join(caseRoot('bad-mapping'), 'mappings/duplicate-requirement.yaml');
    const error = await rejection(checkCase('bad-mapping', { mapping }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain('mappings/duplicate-requirement.yaml:22:13: ');
    expect(error.message).toContain('"change-review-records"');
    expect(error.message).toContain('mappings/duplicate-requirement.yaml:14:13');
  });

  it('accepts the same repository with the default mapping and config', async () => {
    const run = await checkCase('bad-mapping');
    expectDiagnostics(run, []);
    expect(run.report.summary.passed).toBe(true);
  });
});
