/**
 * Collects a branch's change population for a period (SPEC §1.4): every pull request merged into
 * it in the period, tested (independent approval before the merge, on the final commit; checks of
 * the head), and every commit that reached it in the period that no merged pull request brought.
 *
 * The requests grow with the population, not with the repository's history: pull requests are
 * listed most recently updated first and the listing stops at the first page that ends before the
 * period (a pull request merged in the period was updated then or later), and commits are listed
 * with `since` and `until`.
 */
import { compareChanges, compareText, exceptionsOf, summaryOf, type Approval, type BranchRules, type Change, type ChangePopulation, type ChecksState, type DirectCommitChange, type PullRequestChange } from '../change-population.js';
import type { DateSpan } from '../model.js';
import type { ChangesApi, CheckRun, PullRequestSummary, Review } from './github-changes-api.js';

export interface CollectionRequest {
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
  readonly period: DateSpan;
  /** `crosswalk <version>`. */
  readonly tool: string;
}

/** Lines for standard error while a long collection runs. */
export type Progress = (message: string) => void;

/** How many pull requests are tested at once: a few, as GitHub asks of clients, not a burst. */
const concurrency = 4;
const progressEvery = 100;

export async function collectChangePopulation(api: ChangesApi, request: CollectionRequest, progress: Progress, now: () => Date = () => new Date()): Promise<ChangePopulation> {
  const { branch, period } = request;
  const rules = summarizeRules(await api.branchRules(branch));
  const merged = await mergedPullRequests(api, branch, period, progress);
  progress(`${merged.length} pull request${merged.length === 1 ? '' : 's'} merged into ${branch} in ${period.start}..${period.end}; testing each (${api.requests} requests so far)`);

  const tested = await inBatches(merged, concurrency, (pull) => testPullRequest(api, pull), (done) => {
    if (done % progressEvery === 0 && done < merged.length) progress(`${done} of ${merged.length} pull requests tested (${api.requests} requests so far)`);
  });
  const brought = new Set(tested.flatMap(({ commits }) => commits));
  const direct = await directCommits(api, branch, period, brought, progress);

  const changes: Change[] = [...tested.map(({ change }) => change), ...direct].sort(compareChanges);
  progress(`${changes.length} change${changes.length === 1 ? '' : 's'} tested: ${tested.length} pull requests, ${direct.length} direct commits (${api.requests} requests)`);
  return {
    apiVersion: 'crosswalk/v1',
    kind: 'ChangePopulation',
    repository: `${request.owner}/${request.repo}`,
    branch,
    period,
    collected: now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    source: { api: api.apiUrl, tool: request.tool, queries: queriesOf(request) },
    rules,
    changes,
    summary: summaryOf(changes),
  };
}

/** The requests, written so an auditor can run them again (the per-change ones once, as templates). */
function queriesOf({ owner, repo, branch, period }: CollectionRequest): string[] {
  const base = `GET /repos/${owner}/${repo}`;
  const encodedBranch = encodeURIComponent(branch);
  return [
    `${base}/pulls?state=closed&base=${encodedBranch}&sort=updated&direction=desc (merged_at in ${period.start}..${period.end}, UTC)`,
    `${base}/pulls/{number}, /pulls/{number}/reviews, /pulls/{number}/commits (each pull request)`,
    `${base}/commits/{head}/check-runs, /commits/{head}/status (each pull request's head)`,
    `${base}/commits?sha=${encodedBranch}&since=${period.start}T00:00:00Z&until=${period.end}T23:59:59Z`,
    `${base}/commits/{sha}/pulls (each commit no pull request above brought)`,
    `${base}/rules/branches/${encodedBranch}`,
  ];
}

const dayOf = (time: string) => time.slice(0, 10);
const inPeriod = (time: string, period: DateSpan) => dayOf(time) >= period.start && dayOf(time) <= period.end;

async function mergedPullRequests(api: ChangesApi, branch: string, period: DateSpan, progress: Progress): Promise<PullRequestSummary[]> {
  const merged: PullRequestSummary[] = [];
  let pages = 0;
  for await (const page of api.closedPullRequests(branch)) {
    pages += 1;
    merged.push(...page.filter((pull) => pull.base === branch && pull.mergedAt !== null && inPeriod(pull.mergedAt, period)));
    progress(`pull requests: ${pages} page${pages === 1 ? '' : 's'} read, ${merged.length} merged in the period`);
    // Sorted by update, newest first: once a page ends before the period, no later page can reach it.
    const last = page.at(-1);
    if (last === undefined || dayOf(last.updatedAt) < period.start) break;
  }
  return merged;
}

interface TestedPullRequest {
  readonly change: PullRequestChange;
  /** The commits it brought onto the branch: its own, and the merge commit. */
  readonly commits: readonly string[];
}

async function testPullRequest(api: ChangesApi, pull: PullRequestSummary): Promise<TestedPullRequest> {
  const [mergedBy, reviews, commits, runs, statuses] = [
    await api.mergedBy(pull.number),
    await api.reviews(pull.number),
    await api.pullRequestCommits(pull.number),
    await api.checkRuns(pull.head),
    await api.statuses(pull.head),
  ];
  const tested = {
    id: `#${pull.number}` as const,
    kind: 'pull-request' as const,
    title: pull.title,
    author: pull.author,
    mergedBy,
    at: pull.mergedAt!,
    commit: pull.mergeCommit ?? pull.head,
    head: pull.head,
    approvals: independentApprovals(reviews, pull.author, pull.mergedAt!),
    checks: checksState(runs, statuses),
  };
  return { change: { ...tested, exceptions: exceptionsOf({ ...tested, exceptions: [] }) }, commits: [...commits, ...(pull.mergeCommit === null ? [] : [pull.mergeCommit])] };
}

const decisiveStates = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * For each reviewer who is neither the author nor a bot, their latest decisive review before the
 * merge, when it approves (SPEC §1.4): a later request for changes withdraws an approval, a comment
 * does not; a review after the merge approved nothing that shipped.
 */
export function independentApprovals(reviews: readonly Review[], author: string, mergedAt: string): Approval[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (review.by === author || review.by.endsWith('[bot]') || review.submittedAt === null) continue;
    if (!decisiveStates.has(review.state) || review.submittedAt >= mergedAt) continue;
    const previous = latest.get(review.by);
    if (previous === undefined || previous.submittedAt! <= review.submittedAt) latest.set(review.by, review);
  }
  return [...latest.values()]
    .filter((review) => review.state === 'APPROVED')
    .map((review) => ({ by: review.by, at: review.submittedAt!, commit: review.commit }))
    .sort((a, b) => compareText(a.at, b.at) || compareText(a.by, b.by));
}

const failedConclusions = new Set(['failure', 'cancelled', 'timed_out', 'action_required']);

/** The head's check runs and commit statuses, as SPEC §1.4 reads them. */
export function checksState(runs: readonly CheckRun[], statuses: readonly string[]): ChecksState {
  if (runs.some((run) => run.conclusion !== null && failedConclusions.has(run.conclusion)) || statuses.some((state) => state === 'failure' || state === 'error')) return 'failure';
  if (runs.some((run) => run.status !== 'completed') || statuses.some((state) => state === 'pending')) return 'pending';
  return runs.length + statuses.length > 0 ? 'success' : 'none';
}

/**
 * Commits that reached the branch in the period and that no pull request merged into it brought.
 * A commit none of the period's pull requests lists is asked about once more (a rebase merge
 * writes new commits; a pull request merged outside the period may have brought it).
 */
async function directCommits(api: ChangesApi, branch: string, period: DateSpan, brought: ReadonlySet<string>, progress: Progress): Promise<DirectCommitChange[]> {
  const direct: DirectCommitChange[] = [];
  let pages = 0;
  for await (const page of api.branchCommits(branch, `${period.start}T00:00:00Z`, `${period.end}T23:59:59Z`)) {
    pages += 1;
    for (const commit of page) {
      if (brought.has(commit.sha) || !inPeriod(commit.committedAt, period)) continue;
      const pulls = await api.pullRequestsOfCommit(commit.sha);
      if (pulls.some((pull) => pull.mergedAt !== null && pull.base === branch)) continue;
      direct.push({ id: commit.sha.slice(0, 7), kind: 'direct-commit', title: commit.title, author: commit.author, at: commit.committedAt, commit: commit.sha, exceptions: ['no-pull-request'] });
    }
    progress(`commits: ${pages} page${pages === 1 ? '' : 's'} read, ${direct.length} direct`);
  }
  return direct;
}

/** The rules' answer summarized: the most approvals any pull-request rule asks, and every required check. */
export function summarizeRules(raw: readonly unknown[]): BranchRules {
  let requiredApprovals = 0;
  const requiredChecks = new Set<string>();
  for (const rule of raw) {
    const { type, parameters } = (rule ?? {}) as { type?: unknown; parameters?: Record<string, unknown> };
    if (type === 'pull_request' && typeof parameters?.required_approving_review_count === 'number') {
      requiredApprovals = Math.max(requiredApprovals, parameters.required_approving_review_count);
    }
    if (type === 'required_status_checks' && Array.isArray(parameters?.required_status_checks)) {
      for (const check of parameters.required_status_checks as { context?: unknown }[]) if (typeof check?.context === 'string') requiredChecks.add(check.context);
    }
  }
  return { requiredApprovals, requiredChecks: [...requiredChecks].sort(compareText), raw: [...raw] };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, done: (count: number) => void): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let finished = 0;
  // After one failure the others stop taking work: the collection has failed, and waits for nothing more.
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
