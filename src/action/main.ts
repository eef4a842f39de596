/**
 * The GitHub Action: a thin adapter from the runner (inputs, event, files) to the pipeline the
 * CLI runs too, and back out as outputs, annotations, a job summary, a PR comment, published
 * badges and the gate. Only the gate decides the step's result: the API, git and the badge style
 * can each fail on their own, with a notice or an error annotation, and the verdict stays the same.
 */
import * as core from '@actions/core';
import { existingDirectory } from '../load/directory.js';
import { check } from '../check.js';
import { isEntryPoint } from '../entry-point.js';
import { UsageError } from '../errors.js';
import { oneLine } from '../report/github/markdown-text.js';
import type { Report } from '../report/report.js';
import { planAnnotations } from './annotations.js';
import { badgeProblemAnnotation, writeBadges } from './badges.js';
import { isPullRequestEvent, pullRequestOf } from './comment.js';
import { isDefaultBranchEvent } from './default-branch-run.js';
import { defaultBranchOf, readEventPayload } from './event.js';
import { updateEvidenceIssue } from './evidence-issue.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { annotate, logReport } from './log.js';
import { actionOutputs, writeReportFiles } from './outputs.js';
import { publishBadges } from './publish-badges.js';
import { commentOnPullRequest, planComment } from './pull-request-comment.js';
import { checkPullRequest } from './pull-request-delta.js';
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
  const inputs = readInputs((name) => core.getInput(name), await existingDirectory(runner.workspace, `the workspace ${runner.workspace} (GITHUB_WORKSPACE)`));
  const payload = needsEvent(runner, inputs) ? await readEventPayload(runner) : undefined;
  const pull = pullRequestOf(runner.eventName, payload);
  // crosswalk's comment is looked up while the repository is checked; a run that fails first stops the lookup.
  const comment = planComment(inputs, runner, pull);
  try {
    // On a pull request the base's configuration judges the head, and the head is judged again
    // knowing the base's report: `fail_on: regression` can hold.
    // The JSON report, the SARIF and the published page list each evidence file with its SHA-256.
    const options = { ...inputs.check, fingerprints: true };
    const { head, compared, notes } = pull === undefined ? { head: await check(options), compared: undefined, notes: [] } : await checkPullRequest(options, runner, pull, { selfJudgeWhenBaseUnreadable: inputs.selfJudgeWhenBaseUnreadable, defaultBranch: defaultBranchOf(payload) });
    const report = (compared ?? head).report;
    const { delta } = compared ?? {};
    const gateFails = !report.summary.passed;

    const files = await writeReportFiles(report, runner.temp, { informationUri: actionHome(runner) });
    const badges = await writeBadges(report, head.settings.badge, files.directory);
    for (const [name, value] of Object.entries(actionOutputs(report, files, { badges, delta }))) core.setOutput(name, value);

    const badgeProblem = head.settings.badge.ok ? undefined : head.settings.badge.problem;
    // Error slots stay free for the gate's failure and an invalid badge style; notice slots for the
    // base comparison, the comment, publishing and the evidence issue, whichever this run may need;
    // a warning slot for a self-judged gate on a pull request.
    const reserved = { error: Number(gateFails) + Number(badgeProblem !== undefined), warning: pull === undefined ? 0 : 1, notice: pull === undefined ? 1 + Number(inputs.evidenceIssue) : 2 };
    const annotations = planAnnotations(report, reserved);
    for (const annotation of annotations.shown) annotate(annotation);
    if (badgeProblem !== undefined) annotate(badgeProblemAnnotation(badgeProblem));
    logReport(report, annotations, files);

    const commentProblem = await commentOnPullRequest(report, delta, runner, comment, notes);
    const publication = await publishBadges(report, badges, inputs, runner, payload);
    const issueProblem = await updateEvidenceIssue(report, inputs, runner, payload, head.settings.evidenceIssue.mentionTeams);
    const context = { linkBase: blobLinkBase(runner), annotations, commentProblem, badgeProblem, publishProblem: publication.problem, issueProblem, trend: publication.trend, delta, configurationNotes: notes };
    await writeJobSummary(runner, jobSummary(report, context));

    if (gateFails) core.setFailed(gateReason(report));
  } finally {
    if (comment.kind === 'looking') comment.abandon();
  }
}

/** The payload is read only when something uses it: a pull request's comment and base, or what a default-branch run keeps. */
function needsEvent(runner: Runner, inputs: ActionInputs): boolean {
  return isPullRequestEvent(runner.eventName) || (isDefaultBranchEvent(runner.eventName) && (inputs.badgeBranch !== '' || inputs.evidenceIssue));
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

/** Could not run: one annotated line with the reason and exit 2, never a stack trace (unless the step runs with debug logging). */
function failToRun(error: unknown): void {
  if (error instanceof UsageError) {
    core.setFailed(`crosswalk: ${oneLine(error.message)}`);
    // Exit 2, as the CLI: crosswalk could not run, which is not the gate's verdict (1).
    process.exitCode = 2;
    return;
  }
  core.setFailed(`crosswalk: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
}

if (isEntryPoint(import.meta.url)) await run();
