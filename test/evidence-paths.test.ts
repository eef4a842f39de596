/**
 * SPEC §1.1: an evidence item whose path matches no non-empty file is a warning at its `path`,
 * whatever else satisfies the requirements it lists. Real repositories on disk, the real pipeline.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { render } from '../src/report/formats.js';
import { controlFile, makeRepo } from './support/repo.js';

const asOf = '2026-11-27';

/**
 * The tests' own mapping, so that what they prove does not move with the default mapping's audit:
 * A.5.18 has a full row (its operating evidence) and a partial row whose one requirement is the
 * quarterly access-review-records.
 */
const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Evidence paths test mapping
rows:
  - iso: A.5.18
    tsc: [CC6.2]
    coverage: full
    frequency: per-event
  - iso: A.5.18
    tsc: [CC6.3]
    coverage: partial
    evidence:
      - id: access-review-records
        description: The quarter's user access review
        frequency: quarterly
`;

/** Runs check on a repository of these files and the tests' mapping. */
async function checkRepo(files: Record<string, string>) {
  const root = await makeRepo({ 'mapping.yaml': mapping, ...files });
  return check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml') } });
}

/** AC-02 implements A.5.18, in the tests' mapping a full row and a row whose one requirement is access-review-records. */
function accessControl(items: string): string {
  return controlFile(`  - id: AC-02
    title: Access rights are reviewed quarterly
    implements: [A.5.18]
    status: implemented
    owner: security@acme.example
    evidence:
${items}`);
}

function item(id: string, path: string, satisfies = '[access-review-records]'): string {
  return `      - id: ${id}
        satisfies: ${satisfies}
        path: ${path}
        collected: 2026-11-01
`;
}

const notFound = (run: Awaited<ReturnType<typeof check>>) => run.diagnostics.filter((diagnostic) => diagnostic.code === 'evidence-path-not-found');

describe('evidence paths that match no file', () => {
  it('warn at the path of a typo even when another item satisfies the same requirement, and suggest the folder that exists', async () => {
    const run = await checkRepo({
      'controls/access.yaml': accessControl(item('ev-typo', 'evidence/vulns/*.csv') + item('ev-review', 'evidence/vuln/q3.csv')),
      'evidence/vuln/q3.csv': 'account,decision\nana,keep\n',
    });
    expect(notFound(run)).toEqual([
      {
        severity: 'warning',
        code: 'evidence-path-not-found',
        file: 'controls/access.yaml',
        line: 12,
        column: 15,
        message: 'evidence ev-typo: path "evidence/vulns/*.csv" matches no file, so the item is not present (whatever else satisfies what it lists); there is no folder evidence/vulns/, did you mean "evidence/vuln/"?',
      },
    ]);
    // The requirement itself is satisfied by the other item: nothing is missing, and the next step says so.
    expect(run.report.missingEvidence).toEqual([]);
    const text = await render('text', run.report, { color: false });
    expect(text).toContain('controls/access.yaml:12:15  warning  evidence ev-typo: path "evidence/vulns/*.csv" matches no file');
    expect(text).toContain('Fix the 1 evidence path that matches no file (a warning under Problems); other evidence satisfies what it lists for now.');
    expect(text).not.toContain('Collect evidence');
  });

  it('name the paths in the next steps instead of asking to collect evidence that is there', async () => {
    const run = await checkRepo({
      'controls/access.yaml': accessControl(item('ev-review', 'evidence/acess/q3.csv')),
      'evidence/access/q3.csv': 'account,decision\nana,keep\n',
    });
    expect(notFound(run).map((diagnostic) => diagnostic.message)).toEqual([
      'evidence ev-review: path "evidence/acess/q3.csv" matches no file, so the item is not present (whatever else satisfies what it lists); there is no folder evidence/acess/, did you mean "evidence/access/"?',
    ]);
    // A.5.18 has a full row too (in the tests' mapping): the item is its operating evidence as well.
    expect(run.report.missingEvidence.map((entry) => [entry.requirement, entry.reason, entry.pathsNotFound])).toEqual([
      ['operating-evidence', 'file-not-found', ['evidence/acess/q3.csv']],
      ['access-review-records', 'file-not-found', ['evidence/acess/q3.csv']],
    ]);
    const text = await render('text', run.report, { color: false });
    expect(text).toContain('Fix the evidence paths that match no file (a typo, or a file not committed; see Problems) before collecting anything: "evidence/acess/q3.csv" leave operating-evidence, access-review-records missing.');
    expect(text).not.toContain('Collect evidence');
  });

  it('warn about a path that matches only empty files, and about a file name one letter off', async () => {
    const run = await checkRepo({
      'controls/access.yaml': accessControl(item('ev-empty', 'evidence/access/q2.csv') + item('ev-name', 'evidence/access/q3.cvs') + item('ev-review', 'evidence/access/q3.csv')),
      'evidence/access/q2.csv': '',
      'evidence/access/q3.csv': 'account,decision\nana,keep\n',
    });
    expect(notFound(run).map(({ line, message }) => [line, message])).toEqual([
      [12, 'evidence ev-empty: path "evidence/access/q2.csv" matches only empty files (evidence/access/q2.csv), and an empty file is not evidence, so the item is not present (whatever else satisfies what it lists)'],
      [16, 'evidence ev-name: path "evidence/access/q3.cvs" matches no file, so the item is not present (whatever else satisfies what it lists); did you mean "evidence/access/q3.csv"?'],
    ]);
  });

  it('read a leading ./ from the repository root, as a shell completes a path', async () => {
    const run = await checkRepo({
      'controls/access.yaml': accessControl(item('ev-dot', './evidence/access/q3.csv') + item('ev-dot-glob', './evidence/access/*.csv')),
      'evidence/access/q3.csv': 'account,decision\nana,keep\n',
    });
    expect(run.diagnostics).toEqual([]);
    expect(run.report.missingEvidence).toEqual([]);
    const observed = [...run.observations.values()].map((seen) => (seen.kind === 'files' ? seen.files.map((file) => file.path) : []));
    expect(observed).toEqual([['evidence/access/q3.csv'], ['evidence/access/q3.csv']]);
  });

  it('say each thing once: a folder, a path out of the repository and a backslash keep their own finding', async () => {
    const run = await checkRepo({
      'controls/access.yaml': accessControl(item('ev-folder', 'evidence/access') + item('ev-out', '../secrets.csv') + item('ev-windows', 'evidence\\\\access\\\\q3.csv') + item('ev-review', 'evidence/access/q3.csv')),
      'evidence/access/q3.csv': 'account,decision\nana,keep\n',
    });
    expect(run.diagnostics.map(({ code, line }) => [code, line])).toEqual([
      ['evidence-path-is-folder', 12],
      ['evidence-path-outside-repo', 16],
      ['evidence-path-backslash', 20],
    ]);
  });
});
