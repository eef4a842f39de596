/** The PR comment at the edge: the event payload, the token, the API, and what becomes of failures. */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { oneLine } from '../report/markdown-text.js';
import type { Report } from '../report/report.js';
import { commentBody, isPullRequestEvent, pullRequestOf, upsertComment, type PullRequest } from './comment.js';
import { githubCommentsApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { blobLinkBase, runUrl, type Runner } from './runner.js';

/**
 * Creates or updates the pull request's comment. Whatever goes wrong (a fork's read-only token,
 * an API error) becomes a notice and is returned for the summary: the comment never decides the gate.
 */
export async function commentOnPullRequest(report: Report, inputs: ActionInputs, runner: Runner): Promise<string | undefined> {
  if (!inputs.comment) return undefined;
  const pull = pullRequestOf(runner.eventName, await readEvent(runner));
  if (pull === undefined) return undefined;
  const problem = await upsertPullRequestComment(report, inputs, runner, pull);
  if (problem !== undefined) core.notice(problem, { title: 'crosswalk: pull request comment skipped' });
  return problem;
}

async function upsertPullRequestComment(report: Report, inputs: ActionInputs, runner: Runner, pull: PullRequest): Promise<string | undefined> {
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return `crosswalk did not comment on pull request #${pull.number}: GITHUB_REPOSITORY is not set to owner/name.`;
  if (inputs.githubToken === '') return `crosswalk did not comment on pull request #${pull.number}: the github-token input is empty.`;
  const body = commentBody(report, { linkBase: blobLinkBase(runner), sha: pull.headSha ?? runner.sha, runUrl: runUrl(runner) });
  try {
    const outcome = await upsertComment(await githubCommentsApi(inputs.githubToken, repository), pull.number, body);
    core.info(`crosswalk: pull request #${pull.number} comment ${outcome}`);
    return undefined;
  } catch (error) {
    return commentFailure(error, pull);
  }
}

function commentFailure(error: unknown, pull: PullRequest): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  if (status === 403) {
    const why = pull.fromFork ? 'pull requests from forks get a read-only token' : 'give the job `permissions: pull-requests: write`';
    return `crosswalk did not comment on pull request #${pull.number}: the token may not write to it (HTTP 403; ${why}). The job summary has the full report.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`crosswalk could not comment on pull request #${pull.number}: ${typeof status === 'number' ? `HTTP ${status}: ` : ''}${message}. The job summary has the full report.`);
}

/** The webhook payload that triggered the run; only read for pull-request events. */
async function readEvent(runner: Runner): Promise<unknown> {
  if (runner.eventPath === undefined || !isPullRequestEvent(runner.eventName)) return undefined;
  try {
    return JSON.parse(await readFile(runner.eventPath, 'utf8'));
  } catch (error) {
    core.notice(`crosswalk cannot read the event payload, so it does not comment: ${oneLine((error as Error).message)}`);
    return undefined;
  }
}
