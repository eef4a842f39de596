/**
 * The GitHub Action: a thin adapter from the runner (inputs, event, files) to the pipeline the
 * CLI runs too, and back out as outputs, annotations, a job summary, a PR comment and the gate.
 */
import { stat } from 'node:fs/promises';
import * as core from '@actions/core';
import { check } from '../check.js';
import { isEntryPoint } from '../entry-point.js';
import { UsageError } from '../errors.js';
import { oneLine } from '../report/markdown-text.js';
import type { Report } from '../report/report.js';
import { planAnnotations } from './annotations.js';
import { readInputs } from './inputs.js';
import { annotate, logReport } from './log.js';
import { actionOutputs, writeReportFiles } from './outputs.js';
import { commentOnPullRequest } from './pull-request-comment.js';
import { blobLinkBase, runnerFrom, type Runner } from './runner.js';
import { jobSummary } from './summary.js';

export async function run(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Promise<void> {
  try {
    await checkAndReport(runnerFrom(env, cwd));
  } catch (error) {
    failToRun(error);
  }
}

async function checkAndReport(runner: Runner): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name), await existingDirectory(runner.workspace));
  const { report } = await check(inputs.check);
  const gateFails = !report.summary.passed;

  const files = await writeReportFiles(report, runner.temp, { informationUri: actionHome(runner) });
  for (const [name, value] of Object.entries(actionOutputs(report, files))) core.setOutput(name, value);

  // One error slot stays free for the gate's own failure, one notice slot for the comment's.
  const annotations = planAnnotations(report, { error: gateFails ? 1 : 0, notice: 1 });
  for (const annotation of annotations.shown) annotate(annotation);
  logReport(report, annotations, files);

  const commentProblem = await commentOnPullRequest(report, inputs, runner);
  await writeJobSummary(runner, jobSummary(report, { linkBase: blobLinkBase(runner), annotations, commentProblem }));

  if (gateFails) core.setFailed(gateReason(report));
}

async function existingDirectory(workspace: string): Promise<string> {
  const info = await stat(workspace).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`the workspace ${workspace} is not a directory (GITHUB_WORKSPACE)`);
  return workspace;
}

/** One line naming every fail_on condition that holds. */
export function gateReason(report: Report): string {
  const reasons = report.summary.failedConditions.map((failure) => `${failure.reason} (fail-on: ${failure.condition})`);
  return `crosswalk: the SOC 2 readiness gate failed: ${reasons.join('; ')}`;
}

/** A summary that cannot be written is the runner's problem, not the repository's: a warning, never the verdict. */
async function writeJobSummary(runner: Runner, markdown: string): Promise<void> {
  if (runner.stepSummary === undefined) {
    core.info('crosswalk: GITHUB_STEP_SUMMARY is not set, so no job summary was written');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    core.warning(oneLine(`crosswalk could not write the job summary: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Where the SARIF's tool links to: this action's repository, when the runner says which it is. */
function actionHome(runner: Runner): string | undefined {
  return runner.actionRepository === undefined ? undefined : `${runner.serverUrl}/${runner.actionRepository}`;
}

/** Could not run: one annotated line with the reason, never a stack trace (unless the step runs with debug logging). */
function failToRun(error: unknown): void {
  if (error instanceof UsageError) {
    core.setFailed(`crosswalk: ${error.message}`);
    return;
  }
  core.setFailed(`crosswalk: internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
}

if (isEntryPoint(import.meta.url)) await run();
