/**
 * Problems in the files come before missing evidence in every human report: an error can leave
 * a control and its evidence out of the score, so it is the first thing to fix. A real run on a
 * copy of the example organization (which misses evidence by design) with one broken file added.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckRun } from '../src/check.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import { formatText } from '../src/report/terminal/format-text.js';

let root: string;
let run: CheckRun;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'crosswalk-order-'));
  await cp('fixtures/example-org', root, { recursive: true });
  await writeFile(
    path.join(root, 'controls/zz-broken.yaml'),
    'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: ZZ-01\n    title: Backups are tested\n    implements: [A.99.1]\n    status: implemented\n',
  );
  run = await check({ root, overrides: { asOf: '2026-11-27' } });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('report order', () => {
  it('has an error and missing evidence to show', () => {
    expect(run.report.summary.errors).toBe(1);
    expect(run.report.missingEvidence.length).toBeGreaterThan(3);
  });

  it('text: the numbers, then Problems, then the categories and the missing evidence', () => {
    const text = formatText(run.report, { color: false });
    const problems = text.indexOf('\nProblems  1 error');
    expect(problems).toBeGreaterThan(text.indexOf('Readiness '));
    expect(problems).toBeLessThan(text.indexOf('\nSecurity'));
    expect(problems).toBeLessThan(text.indexOf('\nMissing evidence'));
    // The example's tickets path matches no file by design: a warning, listed with the error in file order.
    expect(text.slice(problems)).toMatch(/^\nProblems {2}1 error, 1 warning\n {2}controls\/incident\.yaml:57:15 {2}warning .*\n {2}controls\/zz-broken\.yaml:6:18 {2}error {2}A\.99\.1 is not/);
  });

  it('Markdown (job summary, PR comment): Problems is the first detail section, before missing evidence', () => {
    const markdown = formatMarkdown(run.report);
    const headings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(headings[0]).toBe('### Problems (2)');
    // Then what the period's end puts at risk (Type 2 while it runs), then missing evidence.
    expect(headings.slice(1, 3)).toEqual([expect.stringMatching(/^### At risk by \d{4}-\d{2}-\d{2} \(\d+\)$/), expect.stringMatching(/^### Missing evidence \(\d+\)$/)]);
  });
});
