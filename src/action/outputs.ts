/** The action's outputs (SPEC §5) and the report files they point at. */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatJsonPieces } from '../report/format-json.js';
import { formatSarif } from '../report/github/format-sarif.js';
import type { ReadinessDelta } from '../report/delta.js';
import type { Report } from '../report/report.js';
import { writeTextFile } from '../write-text.js';

/** Every output of action.yml; a test keeps the two in step. */
export const outputNames = ['readiness', 'design-coverage', 'missing-evidence', 'gaps', 'report', 'sarif', 'badge', 'badge-json', 'readiness-delta', 'forecast', 'at-risk', 'complete'] as const;
export type OutputName = (typeof outputNames)[number];

export interface ReportFiles {
  /** The step's own folder under RUNNER_TEMP, which holds the rest. */
  readonly directory: string;
  readonly report: string;
  readonly sarif: string;
}

export interface OptionalOutputs {
  /** Absent when the badge style is invalid: the badge outputs are then empty. */
  readonly badges?: { readonly svg: string; readonly json: string } | undefined;
  /** Present on pull requests whose base commit was scored. */
  readonly delta?: ReadinessDelta | undefined;
}

/** Percentages as one-decimal strings; what could not be made (badges, a delta) is an empty string. */
export function actionOutputs(report: Report, files: ReportFiles, optional: OptionalOutputs = {}): Record<OutputName, string> {
  const { summary } = report;
  return {
    readiness: summary.readiness.toFixed(1),
    'design-coverage': summary.designCoverage.toFixed(1),
    'missing-evidence': String(summary.missingEvidence),
    gaps: String(summary.gap),
    report: files.report,
    sarif: files.sarif,
    badge: optional.badges?.svg ?? '',
    'badge-json': optional.badges?.json ?? '',
    'readiness-delta': optional.delta === undefined ? '' : optional.delta.change.toFixed(1),
    forecast: report.forecast === undefined ? '' : report.forecast.readiness.toFixed(1),
    'at-risk': report.forecast === undefined ? '' : report.forecast.atRisk.join(','),
    complete: String(summary.complete),
  };
}

/**
 * Writes the JSON report and the SARIF file into a fresh directory under RUNNER_TEMP (the OS temp
 * directory when run by hand), so two steps of one job never overwrite each other's files.
 */
export async function writeReportFiles(report: Report, runnerTemp: string | undefined, sarifOptions: { informationUri?: string | undefined } = {}): Promise<ReportFiles> {
  const parent = runnerTemp || os.tmpdir();
  await mkdir(parent, { recursive: true });
  const directory = await mkdtemp(path.join(parent, 'crosswalk-'));
  const files = { directory, report: path.join(directory, 'crosswalk-report.json'), sarif: path.join(directory, 'crosswalk.sarif') };
  // A piece at a time: a large repository's report is never held as one string (as the CLI writes it).
  await writeTextFile(files.report, formatJsonPieces(report));
  await writeTextFile(files.sarif, formatSarif(report, sarifOptions));
  return files;
}
