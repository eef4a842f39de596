/**
 * Repositories for the local change-population server: a realistic quarter with one of every case
 * SPEC §1.4 tests, and a generated history of many pull requests for pagination and the bench.
 */
import { createHash } from 'node:crypto';
import type { ChangesRepository, FakePullRequest } from './fake-github-changes.js';

/** A stable 40-hex sha for a name. */
export const shaOf = (name: string) => createHash('sha1').update(name).digest('hex');

export const quarter = { start: '2026-07-01', end: '2026-09-30' } as const;

interface PullSeed extends Omit<FakePullRequest, 'head' | 'commits' | 'associatedCommits' | 'mergeCommit' | 'updatedAt' | 'reviews'> {
  /** Names of its own commits, the last one its head; committed an hour before the merge. */
  readonly commitNames: readonly string[];
  /** How the merge reached the base: a merge commit, one squashed commit, or rebased copies of its commits. */
  readonly merge: 'merge' | 'squash' | 'rebase';
  readonly updatedAt?: string;
  readonly reviews?: readonly { by: string; state: FakePullRequest['reviews'][number]['state']; at: string | null; on: string }[];
}

/** Adds a pull request, and, when merged, the commits it put on its base. Returns it. */
export function addPullRequest(repository: ChangesRepository, seed: PullSeed): FakePullRequest {
  const commits = seed.commitNames.map(shaOf);
  const head = commits.at(-1)!;
  const merged = seed.mergedAt !== null;
  const mergeTime = seed.mergedAt ?? seed.updatedAt!;
  const before = (hours: number) => new Date(Date.parse(mergeTime) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const rebased = seed.commitNames.map((name) => shaOf(`${name}-rebased`));
  const mergeCommit = !merged ? null : seed.merge === 'merge' ? shaOf(`merge-${seed.number}`) : seed.merge === 'squash' ? shaOf(`squash-${seed.number}`) : rebased.at(-1)!;
  const pull: FakePullRequest = {
    number: seed.number,
    title: seed.title,
    author: seed.author,
    base: seed.base,
    head,
    mergedAt: seed.mergedAt,
    mergedBy: seed.mergedBy,
    updatedAt: seed.updatedAt ?? mergeTime,
    mergeCommit,
    reviews: (seed.reviews ?? []).map((review) => ({ by: review.by, state: review.state, at: review.at, commit: shaOf(review.on) })),
    commits,
    associatedCommits: [],
  };
  repository.pulls.push(pull);
  if (merged) {
    const onBase = (sha: string, message: string, at: string) => repository.commits.push({ sha, message, login: seed.author, authorName: seed.author, committedAt: at, branches: [seed.base] });
    if (seed.merge === 'merge') {
      commits.forEach((sha, index) => onBase(sha, `${seed.title} (part ${index + 1})`, before(commits.length - index)));
      onBase(mergeCommit!, `Merge pull request #${seed.number} from acme/topic-${seed.number}\n\n${seed.title}`, mergeTime);
    } else if (seed.merge === 'squash') {
      onBase(mergeCommit!, `${seed.title} (#${seed.number})`, mergeTime);
    } else {
      rebased.forEach((sha, index) => onBase(sha, `${seed.title} (part ${index + 1})`, mergeTime));
      pull.associatedCommits.push(...rebased);
    }
  }
  return pull;
}

/** A commit pushed straight to `branch`. */
export function addDirectCommit(repository: ChangesRepository, name: string, message: string, at: string, author: { login: string | null; name: string }, branch = 'main'): string {
  const sha = shaOf(name);
  repository.commits.push({ sha, message, login: author.login, authorName: author.name, committedAt: at, branches: [branch] });
  return sha;
}

/**
 * The quarter 2026-07-01..2026-09-30 of acme/api's main: a clean pull request, a bot's approval, an
 * approval on an earlier commit with a failing check, a review after the merge with a pending
 * status, an approval withdrawn by a later request for changes, a pull request merged in the last
 * minutes of the period, a rebase merge; pull requests just outside the period, on another base and
 * closed unmerged; direct pushes (one a merge commit); and older history.
 */
export function seedRealisticQuarter(repository: ChangesRepository): void {
  for (let number = 1; number <= 40; number += 1) {
    const month = String(1 + (number % 5)).padStart(2, '0');
    addPullRequest(repository, { number, title: `Old change ${number}`, author: 'alice', mergedBy: 'bob', base: 'main', mergedAt: `2026-${month}-10T12:00:00Z`, commitNames: [`old-${number}`], merge: 'squash', reviews: [{ by: 'bob', state: 'APPROVED', at: `2026-${month}-10T11:00:00Z`, on: `old-${number}` }] });
  }
  addPullRequest(repository, {
    number: 101, title: 'Rotate the signing key', author: 'alice', mergedBy: 'bob', base: 'main', mergedAt: '2026-07-03T10:00:00Z', commitNames: ['101-a', '101-b'], merge: 'merge',
    reviews: [{ by: 'carol', state: 'APPROVED', at: '2026-07-03T09:12:00Z', on: '101-b' }],
  });
  repository.checkRuns.set(shaOf('101-b'), [{ name: 'test', status: 'completed', conclusion: 'success' }, { name: 'lint', status: 'completed', conclusion: 'skipped' }]);
  addPullRequest(repository, {
    number: 102, title: 'Bump lodash from 4.17.20 to 4.17.21', author: 'dependabot[bot]', mergedBy: 'alice', base: 'main', mergedAt: '2026-07-15T08:30:00Z', commitNames: ['102-a'], merge: 'squash',
    reviews: [{ by: 'github-actions[bot]', state: 'APPROVED', at: '2026-07-15T08:00:00Z', on: '102-a' }],
  });
  repository.checkRuns.set(shaOf('102-a'), [{ name: 'test', status: 'completed', conclusion: 'success' }]);
  addPullRequest(repository, {
    number: 103, title: 'Add rate limiting', author: 'dave', mergedBy: 'dave', base: 'main', mergedAt: '2026-08-02T16:45:00Z', commitNames: ['103-a', '103-b'], merge: 'merge',
    reviews: [{ by: 'erin', state: 'APPROVED', at: '2026-08-02T14:00:00Z', on: '103-a' }, { by: 'dave', state: 'APPROVED', at: '2026-08-02T16:00:00Z', on: '103-b' }],
  });
  repository.checkRuns.set(shaOf('103-b'), [{ name: 'test', status: 'completed', conclusion: 'failure' }, { name: 'lint', status: 'completed', conclusion: 'success' }]);
  repository.statuses.set(shaOf('103-b'), [{ context: 'ci/legacy', state: 'success' }]);
  addPullRequest(repository, {
    number: 104, title: 'Fix a typo in the README', author: 'alice', mergedBy: 'alice', base: 'main', mergedAt: '2026-08-20T12:00:00Z', commitNames: ['104-a'], merge: 'squash',
    reviews: [{ by: 'alice', state: 'COMMENTED', at: '2026-08-20T11:00:00Z', on: '104-a' }, { by: 'bob', state: 'APPROVED', at: '2026-08-20T12:05:00Z', on: '104-a' }],
  });
  repository.statuses.set(shaOf('104-a'), [{ context: 'ci/docs', state: 'pending' }]);
  addPullRequest(repository, {
    number: 105, title: 'Refactor the session store', author: 'carol', mergedBy: 'bob', base: 'main', mergedAt: '2026-08-20T12:00:00Z', commitNames: ['105-a'], merge: 'merge',
    reviews: [
      { by: 'bob', state: 'APPROVED', at: '2026-08-20T09:00:00Z', on: '105-a' },
      { by: 'bob', state: 'CHANGES_REQUESTED', at: '2026-08-20T10:00:00Z', on: '105-a' },
      { by: 'erin', state: 'APPROVED', at: '2026-08-20T11:00:00Z', on: '105-a' },
      { by: 'bob', state: 'COMMENTED', at: '2026-08-20T11:30:00Z', on: '105-a' },
      { by: 'frank', state: 'PENDING', at: null, on: '105-a' },
    ],
  });
  addPullRequest(repository, {
    number: 110, title: 'Release 2.4', author: 'erin', mergedBy: 'erin', base: 'main', mergedAt: '2026-09-30T23:30:00Z', commitNames: ['110-a', '110-b'], merge: 'squash',
    reviews: [{ by: 'bob', state: 'APPROVED', at: '2026-09-30T09:00:00Z', on: '110-a' }, { by: 'bob', state: 'APPROVED', at: '2026-09-30T22:00:00Z', on: '110-b' }],
  });
  repository.statuses.set(shaOf('110-b'), [{ context: 'ci/build', state: 'success' }, { context: 'ci/e2e', state: 'success' }]);
  addPullRequest(repository, {
    number: 111, title: 'Split the billing module', author: 'bob', mergedBy: 'carol', base: 'main', mergedAt: '2026-09-10T15:00:00Z', commitNames: ['111-a', '111-b'], merge: 'rebase',
    reviews: [{ by: 'carol', state: 'APPROVED', at: '2026-09-10T14:00:00Z', on: '111-b' }],
  });
  repository.checkRuns.set(shaOf('111-b'), [{ name: 'test', status: 'completed', conclusion: 'success' }, { name: 'deploy-preview', status: 'in_progress', conclusion: null }]);
  // Outside the population: just before, just after, another base, closed without merging.
  addPullRequest(repository, { number: 106, title: 'Last change of June', author: 'alice', mergedBy: 'bob', base: 'main', mergedAt: '2026-06-30T23:59:00Z', updatedAt: '2026-07-01T08:00:00Z', commitNames: ['106-a'], merge: 'squash' });
  addPullRequest(repository, { number: 107, title: 'First change of October', author: 'alice', mergedBy: 'bob', base: 'main', mergedAt: '2026-10-01T00:00:30Z', commitNames: ['107-a'], merge: 'squash' });
  addPullRequest(repository, { number: 108, title: 'Backport to release', author: 'carol', mergedBy: 'bob', base: 'release-2.3', mergedAt: '2026-08-05T10:00:00Z', commitNames: ['108-a'], merge: 'squash' });
  addPullRequest(repository, { number: 109, title: 'Abandoned experiment', author: 'dave', mergedBy: null, base: 'main', mergedAt: null, updatedAt: '2026-08-09T10:00:00Z', commitNames: ['109-a'], merge: 'merge' });
  addDirectCommit(repository, 'hotfix', 'hotfix: disable the new checkout flow\n\nIt broke payments.', '2026-08-14T22:01:00Z', { login: 'dave', name: 'Dave' });
  addDirectCommit(repository, 'local-merge', "Merge branch 'vendor-update'", '2026-09-02T07:00:00Z', { login: null, name: 'Frank Ops' });
  addDirectCommit(repository, 'june-push', 'June push', '2026-06-30T23:00:00Z', { login: 'dave', name: 'Dave' });
  addDirectCommit(repository, 'october-push', 'October push', '2026-10-01T01:00:00Z', { login: 'dave', name: 'Dave' });
  repository.rules.set('main', [
    { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: 'acme/api', ruleset_id: 7 },
    { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: false, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false }, ruleset_source_type: 'Repository', ruleset_source: 'acme/api', ruleset_id: 7 },
    { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'test' }, { context: 'lint', integration_id: 15368 }], strict_required_status_checks_policy: false }, ruleset_source_type: 'Organization', ruleset_source: 'acme', ruleset_id: 3 },
  ]);
}

/**
 * `count` pull requests merged into main in the quarter (squashed, approved on the head, one check
 * run), after `history` older ones: the shape of a busy repository for pagination and the bench.
 */
export function seedManyPullRequests(repository: ChangesRepository, count: number, history = 0): void {
  const start = Date.parse(`${quarter.start}T00:00:00Z`);
  const span = Date.parse(`${quarter.end}T23:00:00Z`) - start;
  const at = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let index = 0; index < history; index += 1) {
    const merged = at(start - (index + 1) * 3_600_000);
    addPullRequest(repository, { number: index + 1, title: `Old change ${index + 1}`, author: 'alice', mergedBy: 'bob', base: 'main', mergedAt: merged, commitNames: [`old-${index + 1}`], merge: 'squash' });
  }
  for (let index = 0; index < count; index += 1) {
    const number = history + index + 1;
    const merged = at(start + Math.floor((span * (index + 0.5)) / count));
    const approved = at(Date.parse(merged) - 60_000);
    addPullRequest(repository, {
      number, title: `Change ${number}`, author: `dev${index % 7}`, mergedBy: 'lead', base: 'main', mergedAt: merged, commitNames: [`pr-${number}-a`, `pr-${number}-b`], merge: 'squash',
      reviews: [{ by: 'lead', state: 'APPROVED', at: approved, on: `pr-${number}-b` }],
    });
    repository.checkRuns.set(shaOf(`pr-${number}-b`), [{ name: 'test', status: 'completed', conclusion: index % 50 === 0 ? 'failure' : 'success' }]);
  }
}
