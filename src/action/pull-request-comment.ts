/** The PR comment at the edge: the token, the API, and what becomes of failures. */
import * as core from '@actions/core';
import type { ReadinessDelta } from '../report/delta.js';
import { oneLine } from '../report/github/markdown-text.js';
import type { Report } from '../report/report.js';
import { ApiError } from './api-requests.js';
import { commentBody, upsertComment, type PullRequest } from './comment.js';
import { githubCommentsApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { blobLinkBase, runUrl, type Runner } from './runner.js';

/**
 * Creates or updates the pull request's comment. Whatever goes wrong (a fork's read-only token,
 * an API error, an API that does not answer) becomes a notice and is returned for the summary:
 * the comment never decides the gate.
 */
export async function commentOnPullRequest(
  report: Report,
  delta: ReadinessDelta | undefined,
  inputs: ActionInputs,
  runner: Runner,
  pull: PullRequest | undefined,
  notes: readonly string[] = [],
): Promise<string | undefined> {
  if (!inputs.comment || pull === undefined) return undefined;
  const problem = await upsertPullRequestComment(report, { delta, notes }, inputs, runner, pull);
  if (problem !== undefined) core.notice(problem, { title: 'crosswalk: pull request comment skipped' });
  return problem;
}

async function upsertPullRequestComment(report: Report, { delta, notes }: { delta: ReadinessDelta | undefined; notes: readonly string[] }, inputs: ActionInputs, runner: Runner, pull: PullRequest): Promise<string | undefined> {
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return `crosswalk did not comment on pull request #${pull.number}: GITHUB_REPOSITORY is not set to owner/name.`;
  if (inputs.githubToken === '') return `crosswalk did not comment on pull request #${pull.number}: the github-token input is empty.`;
  const body = commentBody(report, { linkBase: blobLinkBase(runner), sha: pull.headSha ?? runner.sha, runUrl: runUrl(runner), delta, notes });
  try {
    const outcome = await upsertComment(await githubCommentsApi(inputs.githubToken, repository, runner.apiPolicy), pull.number, body);
    core.info(`crosswalk: pull request #${pull.number} comment ${outcome}`);
    return undefined;
  } catch (error) {
    return commentFailure(error, pull);
  }
}

function commentFailure(error: unknown, pull: PullRequest): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  // A rate limit is a 403 too, but not a question of permissions.
  if (status === 403 && !(error instanceof ApiError && error.kind === 'rate-limited')) {
    const why = pull.fromFork ? 'pull requests from forks get a read-only token' : 'give the job `permissions: pull-requests: write`';
    return `crosswalk did not comment on pull request #${pull.number}: the token may not write to it (HTTP 403; ${why}). The job summary has the full report.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`crosswalk could not comment on pull request #${pull.number}: ${message}. The job summary has the full report.`);
}
