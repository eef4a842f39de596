/** Reports for formatter tests: a real one from the engine, or a hand-made one of any size and content. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/check.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { ControlReport, MissingEvidenceReport, Report } from '../../src/report/report.js';

/** The engine's report for a repository made of `files`. */
export async function reportOf(files: Record<string, string>, asOf = '2026-11-27'): Promise<Report> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-report-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return (await check({ root, overrides: { asOf } })).report;
}

export function missingEntry(overrides: Partial<MissingEvidenceReport> = {}): MissingEvidenceReport {
  return {
    kind: 'row',
    iso: 'A.5.7',
    isoTitle: 'Threat intelligence',
    controls: ['OPS-10'],
    criteria: ['CC3.2'],
    requirement: 'threat-intel-in-risk-assessment',
    description: 'Risk assessment records showing how threat intelligence changed a risk rating.',
    reason: 'absent',
    blocking: true,
    owners: [],
    file: 'controls/operations.yaml',
    line: 12,
    column: 5,
    evidence: [],
    laterEvidence: [],
    ...overrides,
  };
}

export function control(overrides: Partial<ControlReport> = {}): ControlReport {
  return { id: 'OPS-10', title: 'Threat intelligence is reviewed', status: 'implemented', owner: null, justification: null, implements: ['A.5.7'], covers: [], criteria: ['CC3.2'], file: 'controls/operations.yaml', line: 12, column: 5, ...overrides };
}

export function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', code: 'unknown-iso-control', message: 'A.99.1 is not an ISO/IEC 27001:2022 control', file: 'controls/x.yaml', line: 3, column: 17, ...overrides };
}

/** A small, consistent report; override any part. */
export function handmadeReport(overrides: Partial<Report> = {}): Report {
  const base: Report = {
    tool: { name: 'crosswalk', version: '1.0.0' },
    asOf: '2026-11-27',
    audit: { type: 'type1' },
    scope: ['security'],
    mapping: { name: 'ISO/IEC 27001:2022 to SOC 2 TSC 2017', source: 'default' },
    summary: {
      readiness: 50,
      designCoverage: 100,
      criteria: 2,
      ready: 1,
      incomplete: 1,
      gap: 0,
      missingEvidence: 1,
      blockingMissingEvidence: 1,
      dueEvidence: 0,
      expiringEvidence: 0,
      errors: 0,
      warnings: 0,
      complete: true,
      passed: false,
      failedConditions: [{ condition: 'missing-evidence', reason: '1 evidence requirement of implemented controls not met' }],
      checkedConditions: ['errors', 'missing-evidence'],
    },
    categories: [{ category: 'security', title: 'Security (Common Criteria)', criteria: 2, ready: 1, incomplete: 1, gap: 0, readiness: 50, designCoverage: 100 }],
    criteria: [
      {
        id: 'CC3.2',
        category: 'security',
        subject: 'Identifying and analyzing risk',
        state: 'incomplete',
        controls: ['A.5.7'],
        supplementalControls: [],
        blockedBy: [{ kind: 'row', iso: 'A.5.7', isoTitle: 'Threat intelligence', controls: ['OPS-10'], inProgress: false, requirements: [{ id: 'threat-intel-in-risk-assessment', reason: 'absent' }] }],
      },
      { id: 'CC6.1', category: 'security', subject: 'Logical access security', state: 'ready', controls: ['A.5.15'], supplementalControls: [], blockedBy: [] },
    ],
    missingEvidence: [missingEntry()],
    dueEvidence: [],
    timeline: [],
    controls: [control()],
    unverifiedEvidence: [],
    expiringEvidence: [],
    evidence: [],
    collectedEvidence: [],
    deviations: [],
    diagnostics: [],
  };
  return { ...base, ...overrides };
}

/** The engine's report for a fixture directory of the repository, as it is. */
export async function reportOfFixture(fixture: string): Promise<Report> {
  return (await check({ root: path.resolve(fixture) })).report;
}
