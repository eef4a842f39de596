/**
 * Publishing the badges, the JSON report and the readiness history to `badge-branch`, at the
 * edge: which runs publish, the token, the API, and what becomes of failures: a notice, never the
 * gate's verdict.
 */
import * as core from '@actions/core';
import { formatJson } from '../report/format-json.js';
import { render } from '../report/formats.js';
import { oneLine } from '../report/github/markdown-text.js';
import type { Report } from '../report/report.js';
import type { Trend } from '../report/github/trend.js';
import { publishFolder, publishToBranch, PublishStepError, refusedBranch, type KeptFile, type PublishedFile, type PublishedReader } from './badge-branch.js';
import type { WrittenBadges } from './badges.js';
import { whyNotDefaultBranchRun } from './default-branch-run.js';
import { defaultBranchOf } from './event.js';
import { githubGitDataApi, parseRepository } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import { historyFile, maxHistoryBytes, pointOf, updateHistory, type HistoryUpdate } from './readiness-history.js';
import type { Runner } from './runner.js';

/** The JSON report's name on the branch, beside the badges. */
const publishedReportName = 'report.json';
/** The readiness page's name on the branch: GitHub Pages serves `crosswalk/` as it is. */
const publishedPageName = 'index.html';

export interface Publication {
  /** Why it did not publish when it should have, for the job summary. Plain text. */
  readonly problem?: string | undefined;
  /** Readiness over time, from the history as this run left it. */
  readonly trend?: Trend | undefined;
}

/**
 * Commits the badges, the report and the history to `badge-branch` on a run for the default
 * branch (a push, a scheduled or a manual run), when something changed.
 */
export async function publishBadges(report: Report, badges: WrittenBadges | undefined, inputs: ActionInputs, runner: Runner, payload: unknown): Promise<Publication> {
  const branch = inputs.badgeBranch;
  if (branch === '') return {};
  // Said on every run, pull requests included, so the mistake shows before the first merge.
  const refused = refusedBranch(branch, defaultBranchOf(payload));
  if (refused !== undefined) {
    core.warning(refused, { title: 'crosswalk: badges not published' });
    return { problem: refused };
  }
  const skip = whyNotDefaultBranchRun(runner, payload);
  if (skip !== undefined) {
    core.info(`crosswalk: badge-branch is set, but ${skip}, so nothing is published`);
    return {};
  }
  if (badges === undefined) {
    core.info('crosswalk: the badge style is invalid (see the error annotation), so nothing is published');
    return {};
  }
  const publication = await publish(report, badges, inputs, runner, branch);
  if (publication.problem !== undefined) core.notice(publication.problem, { title: 'crosswalk: badges not published' });
  return publication;
}

async function publish(report: Report, badges: WrittenBadges, inputs: ActionInputs, runner: Runner, branch: string): Promise<Publication> {
  const target = `branch ${branch}`;
  const repository = parseRepository(runner.repository);
  if (repository === undefined) return { problem: `crosswalk did not publish the badges to ${target}: GITHUB_REPOSITORY is not set to owner/name.` };
  if (inputs.githubToken === '') return { problem: `crosswalk did not publish the badges to ${target}: the github-token input is empty.` };
  // The page links no commit: an unchanged repository publishes the same bytes, so nothing is committed.
  // The page's formatter loads only here: most runs (pull requests) publish nothing.
  const page = await render('html', report, { color: false });
  const files: PublishedFile[] = [...badges.files, { name: publishedReportName, content: formatJson(report) }, { name: publishedPageName, content: page }];
  let history: HistoryUpdate | { readonly readable: false; readonly size: number } | undefined;
  // The history is read from the branch as it is now, and written in the same commit as the badges.
  const withHistory = async (published: PublishedReader): Promise<(PublishedFile | KeptFile)[]> => {
    const previous = await published(historyFile, maxHistoryBytes);
    // Larger than any history crosswalk writes: kept as it is, and never fetched.
    if (previous.kind === 'too-large') {
      history = { readable: false, size: previous.size };
      return [...files, { name: historyFile, keep: true }];
    }
    history = updateHistory(previous.kind === 'text' ? previous.text : undefined, pointOf(report, runner.sha));
    return [...files, { name: historyFile, content: history.content }];
  };
  try {
    const api = await githubGitDataApi(inputs.githubToken, repository, runner.apiPolicy);
    const result = await publishToBranch(api, branch, withHistory, commitMessage(report, runner));
    const what = { 'created-branch': `created ${target} with commit`, committed: `committed to ${target}:`, unchanged: `${target} is up to date at` }[result.outcome];
    core.info(`crosswalk: badges ${what} ${result.commit.slice(0, 7)} (${publishFolder}/)`);
  } catch (error) {
    return { problem: publishFailure(error, target) };
  }
  if (history === undefined || !history.readable) {
    const why = history !== undefined && 'size' in history ? `it is ${Number.isNaN(history.size) ? 'of a size the tree does not give' : `${history.size.toLocaleString('en-US')} bytes`}, more than a readiness history crosswalk writes` : 'it is not a readiness history crosswalk wrote';
    const problem = `crosswalk kept ${publishFolder}/${historyFile} on ${target} as it is and added no point to it: ${why}. Move it away to start a new one.`;
    core.notice(problem, { title: 'crosswalk: readiness history not updated' });
    return {};
  }
  return { trend: { points: history.points, current: report.asOf, source: `${publishFolder}/${historyFile} on ${branch}` } };
}

function commitMessage(report: Report, runner: Runner): string {
  const source = runner.sha === undefined ? '' : `\n\nFrom ${runner.sha} by crosswalk ${report.tool.version}.`;
  return `SOC 2 readiness ${report.summary.readiness.toFixed(1)}% as of ${report.asOf}${source}`;
}

function publishFailure(error: unknown, target: string): string {
  const status = error instanceof PublishStepError ? error.status : typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  // Only a write the token was refused says anything about its permissions: a read that fails says what it read.
  const writes = !(error instanceof PublishStepError) || error.writes;
  const hint = writes && (status === 403 || status === 404) ? ' The job needs `permissions: contents: write` to publish.' : '';
  return oneLine(`crosswalk could not publish the badges to ${target}: ${message}.${hint} The badges are still in the badge and badge-json outputs.`);
}
