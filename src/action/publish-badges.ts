/**
 * Publishing the badges (and the JSON report) to `badge-branch`, at the edge: which runs publish,
 * the token, the API, and what becomes of failures: a notice, never the gate's verdict.
 */
import * as core from '@actions/core';
import { formatJson } from '../report/format-json.js';
import { oneLine } from '../report/markdown-text.js';
import type { Report } from '../report/report.js';
import { publishFolder, publishToBranch, refusedBranch, type PublishedFile } from './badge-branch.js';
import type { WrittenBadges } from './badges.js';
import { defaultBranchOf } from './event.js';
import { githubGitDataApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';

/** The JSON report's name on the branch, beside the badges. */
export const publishedReportName = 'report.json';

/**
 * Commits the badges and the report to `badge-branch` on a push to the default branch. Returns
 * why it did not publish when it should have, for the job summary; undefined otherwise.
 */
export async function publishBadges(report: Report, badges: WrittenBadges | undefined, inputs: ActionInputs, runner: Runner, payload: unknown): Promise<string | undefined> {
  const branch = inputs.badgeBranch;
  if (branch === '') return undefined;
  // Said on every run, pull requests included, so the mistake shows before the first merge.
  const refused = refusedBranch(branch, defaultBranchOf(payload));
  if (refused !== undefined) {
    core.warning(refused, { title: 'crosswalk: badges not published' });
    return refused;
  }
  const skip = whyNotPublish(runner, payload);
  if (skip !== undefined) {
    core.info(`crosswalk: badge-branch is set, but ${skip}, so nothing is published`);
    return undefined;
  }
  if (badges === undefined) {
    core.info('crosswalk: the badge style is invalid (see the error annotation), so nothing is published');
    return undefined;
  }
  const problem = await publish(report, badges, inputs, runner, branch);
  if (problem !== undefined) core.notice(problem, { title: 'crosswalk: badges not published' });
  return problem;
}

/** Only pushes to the default branch publish: a pull request or a feature branch must not move the badge. */
function whyNotPublish(runner: Runner, payload: unknown): string | undefined {
  if (runner.eventName !== 'push') return `this run is a ${runner.eventName ?? 'run without an event'}, and badges are published on pushes to the default branch`;
  const defaultBranch = defaultBranchOf(payload);
  if (defaultBranch === undefined) return 'the push payload does not name the default branch';
  if (runner.ref !== `refs/heads/${defaultBranch}`) return `this push is to ${runner.ref ?? 'an unknown ref'}, not to the default branch ${defaultBranch}`;
  return undefined;
}

async function publish(report: Report, badges: WrittenBadges, inputs: ActionInputs, runner: Runner, branch: string): Promise<string | undefined> {
  const target = `branch ${branch}`;
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return `crosswalk did not publish the badges to ${target}: GITHUB_REPOSITORY is not set to owner/name.`;
  if (inputs.githubToken === '') return `crosswalk did not publish the badges to ${target}: the github-token input is empty.`;
  const files: PublishedFile[] = [...badges.files, { name: publishedReportName, content: formatJson(report) }];
  try {
    const api = await githubGitDataApi(inputs.githubToken, repository, runner.apiPolicy);
    const result = await publishToBranch(api, branch, files, commitMessage(report, runner));
    const what = { 'created-branch': `created ${target} with commit`, committed: `committed to ${target}:`, unchanged: `${target} is up to date at` }[result.outcome];
    core.info(`crosswalk: badges ${what} ${result.commit.slice(0, 7)} (${publishFolder}/)`);
    return undefined;
  } catch (error) {
    return publishFailure(error, target);
  }
}

function commitMessage(report: Report, runner: Runner): string {
  const source = runner.sha === undefined ? '' : `\n\nFrom ${runner.sha} by crosswalk ${report.tool.version}.`;
  return `SOC 2 readiness ${report.summary.readiness.toFixed(1)}% as of ${report.asOf}${source}`;
}

function publishFailure(error: unknown, target: string): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const hint = status === 403 || status === 404 ? ' The job needs `permissions: contents: write` to publish.' : '';
  return oneLine(`crosswalk could not publish the badges to ${target}: ${message}.${hint} The badges are still in the badge and badge-json outputs.`);
}
