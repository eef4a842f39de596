/**
 * A ChangePopulation document written by `crosswalk collect github-changes` (fixtures/collected-evidence),
 * scored end to end through the built CLI and the bundled action: the exceptions no deviation
 * answers make the requirements unmet, the answered ones are reported as deviations, and every
 * format shows the collected evidence apart from declared evidence.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report.js';
import { repoRoot, runAction, workspaceFrom } from './support/run-action.js';

const cli = path.join(repoRoot, 'dist/cli.js');
const fixture = 'fixtures/collected-evidence';
const unanswered = ['acme/api#103', 'acme/api#104', 'acme/api@1a2aa00', 'acme/api#111'];

function crosswalk(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

function expectCollectedJudgement(report: Report): void {
  expect(report.summary.errors).toBe(0);
  for (const requirement of ['change-tickets-approved', 'changes-tested-before-deployment']) {
    expect(report.missingEvidence.find((entry) => entry.requirement === requirement)).toMatchObject({ iso: 'A.8.32', reason: 'exceptions', exceptions: { count: 4, changes: unanswered }, blocking: true, controls: ['CM-01'] });
  }
  expect(report.deviations.map((deviation) => [deviation.change, deviation.class, deviation.approvedBy, deviation.requirement])).toEqual([
    ['acme/api#102', 'automated-dependency', 'carol', 'change-tickets-approved'],
    ['acme/api@bd9c0e5', 'emergency', 'cto@acme.example', 'change-tickets-approved'],
    ['acme/api#102', 'automated-dependency', 'carol', 'changes-tested-before-deployment'],
    ['acme/api@bd9c0e5', 'emergency', 'cto@acme.example', 'changes-tested-before-deployment'],
  ]);
  expect(report.criteria.find((criterion) => criterion.id === 'CC8.1')).toMatchObject({ state: 'incomplete', exceptionsNoted: true });
  const item = report.evidence.find((entry) => entry.evidence === 'ev-changes-2026-q3')!;
  expect(item.verification).toBe('collected');
  expect(item.documents).toEqual([{ path: 'evidence/changes/acme-api-2026-q3.json', repository: 'acme/api', branch: 'main', period: { start: '2026-07-01', end: '2026-09-30' }, summary: { population: 9, exceptions: 6 } }]);
  expect(report.collectedEvidence).toMatchObject([{ control: 'CM-01', evidence: 'ev-changes-2026-q3', file: 'controls/change-management.yaml', line: 10 }]);
}

describe('collected evidence end to end', () => {
  it('crosswalk check --format json scores the collected document', async () => {
    const run = await crosswalk(['check', fixture, '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expectCollectedJudgement(JSON.parse(run.stdout) as Report);
  });

  it('the text and Markdown reports show the collected evidence and the deviations apart from declared evidence', async () => {
    const text = await crosswalk(['check', fixture]);
    expect(text.stdout).toContain('changes-tested-before-deployment — 4 changes with an exception no deviation answers: acme/api#103, acme/api#104, acme/api@1a2aa00, acme/api#111');
    expect(text.stdout).toContain('Collected evidence  1 item verified by crosswalk');
    expect(text.stdout).toContain('✔ CM-01/ev-changes-2026-q3  acme/api main 2026-07-01..2026-09-30: 9 changes, 6 with exceptions');
    expect(text.stdout).toContain('Deviations  2 exceptions answered with management\'s response');
    const markdown = await crosswalk(['check', fixture, '--format', 'markdown']);
    expect(markdown.stdout).toContain('### Collected evidence (1)');
    expect(markdown.stdout).toMatch(/\| CM\\-01 \| `ev-changes-2026-q3` \| acme\/api `main` \| 2026-07-01\.\.2026-09-30 \| 9 \| 6 \|/);
    expect(markdown.stdout).toContain('### Deviations (2)');
    const html = await crosswalk(['check', fixture, '--format', 'html']);
    expect(html.stdout).toContain('<section id="collected"');
    expect(html.stdout).toContain('<section id="deviations"');
  });

  it('the action scores it the same, and its job summary shows it', async () => {
    const run = await runAction({ workspace: await workspaceFrom(fixture), eventName: 'push' });
    expect(run.exitCode, run.stderr).toBe(1);
    expectCollectedJudgement(JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report);
    expect(run.summary).toContain('Collected evidence (1)');
    expect(run.summary).toContain('Deviations (2)');
    const annotation = run.commands.find((command) => command.command === 'error' && command.message.includes('acme/api#103'));
    expect(annotation?.properties.file).toBe('controls/change-management.yaml');
  });
});
