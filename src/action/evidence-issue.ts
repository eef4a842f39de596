/**
 * The "SOC 2 evidence due" issue (SPEC §5), at the edge: which runs keep it, finding it again,
 * creating, updating, closing and reopening it, and what becomes of failures: a notice, never the
 * gate's verdict. What it says is `formatEvidenceIssue`'s; the API is behind `IssuesApi`.
 */
import * as core from '@actions/core';
import { evidenceIssueMarker, formatEvidenceIssue, formatMentionComment, type EvidenceIssue } from '../report/github/format-evidence-issue.js';
import { oneLine } from '../report/github/markdown-text.js';
import type { Report } from '../report/report.js';
import { ApiError } from './api-requests.js';
import { whyNotDefaultBranchRun } from './default-branch-run.js';
import { githubIssuesApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { blobLinkBase, runUrl, type Runner } from './runner.js';

export interface IssueSummary {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
  /** The login of who opened it. */
  readonly author: string | undefined;
  /** The issues API lists pull requests too. */
  readonly pullRequest: boolean;
}

/** What the evidence issue needs from the GitHub API. */
export interface IssuesApi {
  /** The login of the token's own identity: `github-actions[bot]` for the workflow's token. */
  viewerLogin(): Promise<string>;
  /** Issues and pull requests `creator` opened, open and closed, oldest first, page by page. */
  listIssuesBy(creator: string): AsyncIterable<readonly IssueSummary[]>;
  /** Every issue and pull request, open and closed, most recently updated first, page by page. */
  listRecentlyUpdated(): AsyncIterable<readonly IssueSummary[]>;
  createIssue(title: string, body: string): Promise<number>;
  updateIssue(issueNumber: number, change: { readonly body: string; readonly state?: 'open' | 'closed' }): Promise<void>;
  comment(issueNumber: number, body: string): Promise<void>;
}

/** Pages of 100 issues looked through for crosswalk's own: the search is bounded like every API call. */
const maxIssuePages = 10;
/** Pages of recently updated issues looked through when the creator filter finds nothing. */
const recentIssuePages = 3;

export type IssueOutcome = 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'nothing-due' | 'kept-open' | 'not-found-in-bound';

export interface IssueSync {
  readonly outcome: IssueOutcome;
  readonly issueNumber?: number;
}

/**
 * Brings the issue in line with what `format` says given its current body: created when
 * something is due and there is none, updated in place, closed when nothing is due, reopened when
 * something is again. Owners it pings on an update get a comment, as GitHub notifies mentions
 * made in an edit to no one; whom it has pinged already is kept in the body (format-evidence-issue.ts).
 * `mayClose` false (the check had file errors, so some controls were not read) keeps an open
 * issue open rather than close it on incomplete knowledge.
 */
async function syncEvidenceIssue(api: IssuesApi, format: (previousBody: string | undefined) => EvidenceIssue, mayClose: boolean): Promise<IssueSync> {
  const login = await api.viewerLogin();
  const found = await findIssue(api, login);
  if (found === 'not-found-in-bound') return { outcome: found };
  const issue = format(found?.body);
  if (found === undefined) {
    if (!issue.due) return { outcome: 'nothing-due' };
    return { outcome: 'created', issueNumber: await api.createIssue(issue.title, issue.body) };
  }
  const issueNumber = found.number;
  if (!issue.due) {
    if (found.state === 'closed') return { outcome: 'unchanged', issueNumber };
    if (!mayClose) return { outcome: 'kept-open', issueNumber };
    await api.updateIssue(issueNumber, { body: issue.body, state: 'closed' });
    return { outcome: 'closed', issueNumber };
  }
  if (found.state === 'open' && found.body === issue.body) return { outcome: 'unchanged', issueNumber };
  await api.updateIssue(issueNumber, { body: issue.body, ...(found.state === 'closed' ? { state: 'open' as const } : {}) });
  if (issue.mentions.length > 0) await api.comment(issueNumber, formatMentionComment(issue.mentions));
  return { outcome: found.state === 'closed' ? 'reopened' : 'updated', issueNumber };
}

/**
 * crosswalk's issue: one that starts with the marker AND was opened by the token's own identity.
 * Anyone can open an issue with the marker in it; only this identity can author one.
 */
async function findIssue(api: IssuesApi, login: string): Promise<IssueSummary | 'not-found-in-bound' | undefined> {
  const isOurs = (issue: IssueSummary) => !issue.pullRequest && issue.author === login && issue.body.startsWith(evidenceIssueMarker);
  let pages = 0;
  for await (const page of api.listIssuesBy(login)) {
    // A page past the bound says only that there are more than crosswalk looks through.
    pages += 1;
    if (pages > maxIssuePages) return 'not-found-in-bound';
    const ours = page.find(isOurs);
    if (ours !== undefined) return ours;
  }
  // Some servers' creator filter does not match bot logins: before opening a second issue, look
  // through the recently updated ones too (ours is updated on every run that has something due).
  pages = 0;
  for await (const page of api.listRecentlyUpdated()) {
    pages += 1;
    if (pages > recentIssuePages) break;
    const ours = page.find(isOurs);
    if (ours !== undefined) return ours;
  }
  return undefined;
}

/**
 * Keeps the issue on runs for the default branch when `evidence-issue` is true. Whatever goes
 * wrong becomes a notice and is returned for the job summary: the issue never decides the gate.
 */
export async function updateEvidenceIssue(report: Report, inputs: ActionInputs, runner: Runner, payload: unknown, mentionTeams: readonly string[] = []): Promise<string | undefined> {
  if (!inputs.evidenceIssue) return undefined;
  const skip = whyNotDefaultBranchRun(runner, payload);
  if (skip !== undefined) {
    core.info(`crosswalk: evidence-issue is true, but ${skip}, so the issue is left as it is`);
    return undefined;
  }
  const problem = await keepIssue(report, inputs, runner, mentionTeams);
  if (problem !== undefined) core.notice(problem, { title: 'crosswalk: evidence issue not updated' });
  return problem;
}

async function keepIssue(report: Report, inputs: ActionInputs, runner: Runner, mentionTeams: readonly string[]): Promise<string | undefined> {
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return 'crosswalk did not update the evidence issue: GITHUB_REPOSITORY is not set to owner/name.';
  if (inputs.githubToken === '') return 'crosswalk did not update the evidence issue: the github-token input is empty.';
  const format = (previousBody: string | undefined) => formatEvidenceIssue(report, { linkBase: blobLinkBase(runner), sha: runner.sha, runUrl: runUrl(runner), mentionTeams, previousBody });
  try {
    const api = await githubIssuesApi(inputs.githubToken, repository, runner.apiPolicy);
    const { outcome, issueNumber } = await syncEvidenceIssue(api, format, report.summary.errors === 0);
    if (outcome === 'not-found-in-bound') {
      return `crosswalk did not update the evidence issue: it looked through the first ${maxIssuePages * 100} issues the token's identity opened without finding its own, and opens no second one.`;
    }
    core.info(`crosswalk: evidence issue ${issueNumber === undefined ? '' : `#${issueNumber} `}${outcomeWords[outcome]}`);
    return undefined;
  } catch (error) {
    return issueFailure(error);
  }
}

const outcomeWords: Record<Exclude<IssueOutcome, 'not-found-in-bound'>, string> = {
  created: 'created',
  updated: 'updated',
  reopened: 'reopened: evidence is due again',
  closed: 'closed: nothing is due',
  unchanged: 'unchanged',
  'nothing-due': 'not opened: nothing is due',
  'kept-open': 'kept open: nothing is listed as due, but file errors kept some controls from being read',
};

function issueFailure(error: unknown): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  // A rate limit is a 403 too, but not a question of permissions.
  if (status === 403 && !(error instanceof ApiError && error.kind === 'rate-limited')) {
    return 'crosswalk did not update the evidence issue: the token may not write issues (HTTP 403; give the job `permissions: issues: write`). The job summary has the full report.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`crosswalk could not update the evidence issue: ${message}. The job summary has the full report.`);
}
