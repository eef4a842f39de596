/** The PR comment at the edge: the token, the API, and what becomes of failures. */
import * as core from '@actions/core';
import type { ReadinessDelta } from '../report/delta.js';
import { oneLine } from '../report/github/markdown-text.js';
import type { Report } from '../report/report.js';
import { started } from '../started.js';
import { ApiError } from './api-requests.js';
import { commentBody, findComment, writeComment, type CommentsApi, type IssueComment, type PullRequest } from './comment.js';
import { githubCommentsApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { blobLinkBase, runUrl, type Runner } from './runner.js';

/** What this run does about the pull request's comment, decided before the repository is checked. */
export type CommentPlan =
  /** No comment asked for (`comment: false`), or no pull request. */
  | { readonly kind: 'none' }
  /** Asked for, but it cannot be made: why, for a notice. */
  | { readonly kind: 'skipped'; readonly problem: string }
  /** Under way: crosswalk's comment is looked up while the repository is checked. */
  | CommentLookup;

export interface CommentLookup {
  readonly kind: 'looking';
  readonly pull: PullRequest;
  readonly found: Promise<{ readonly api: CommentsApi; readonly existing: IssueComment | undefined }>;
  /** For a run that ends without commenting: the lookup stops, and the process does not wait on the API. */
  abandon(): void;
}

/**
 * Starts looking up crosswalk's comment when the run will comment. The API's round trips (the
 * comment list, and who the token is once a candidate turns up: two or more on every run after a
 * pull request's first) then run while the repository is checked instead of after it; only the
 * write is left for the end. Their session counts only its requests and waits (apiSession), so the
 * check in between takes none of its minute.
 */
export function planComment(inputs: ActionInputs, runner: Runner, pull: PullRequest | undefined): CommentPlan {
  if (!inputs.comment || pull === undefined) return { kind: 'none' };
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return { kind: 'skipped', problem: `crosswalk did not comment on pull request #${pull.number}: GITHUB_REPOSITORY is not set to owner/name.` };
  if (inputs.githubToken === '') return { kind: 'skipped', problem: `crosswalk did not comment on pull request #${pull.number}: the github-token input is empty.` };
  const abandoned = new AbortController();
  const lookUp = async () => {
    const api = await githubCommentsApi(inputs.githubToken, repository, runner.apiPolicy, abandoned.signal);
    return { api, existing: await findComment(api, pull.number) };
  };
  return { kind: 'looking', pull, found: started(lookUp()), abandon: () => abandoned.abort() };
}

/**
 * Creates or updates the pull request's comment. Whatever goes wrong (a fork's read-only token,
 * an API error, an API that does not answer) becomes a notice and is returned for the summary:
 * the comment never decides the gate.
 */
export async function commentOnPullRequest(report: Report, delta: ReadinessDelta | undefined, runner: Runner, plan: CommentPlan, notes: readonly string[] = []): Promise<string | undefined> {
  if (plan.kind === 'none') return undefined;
  const problem = plan.kind === 'skipped' ? plan.problem : await writePullRequestComment(report, { delta, notes }, runner, plan);
  if (problem !== undefined) core.notice(problem, { title: 'crosswalk: pull request comment skipped' });
  return problem;
}

async function writePullRequestComment(report: Report, { delta, notes }: { delta: ReadinessDelta | undefined; notes: readonly string[] }, runner: Runner, lookup: CommentLookup): Promise<string | undefined> {
  const { pull } = lookup;
  const body = commentBody(report, { linkBase: blobLinkBase(runner), sha: pull.headSha ?? runner.sha, runUrl: runUrl(runner), delta, notes });
  try {
    const { api, existing } = await lookup.found;
    const outcome = await writeComment(api, pull.number, body, existing);
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
