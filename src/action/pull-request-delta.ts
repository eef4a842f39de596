/**
 * A pull request, judged by its base. The base commit's configuration (`.crosswalk.yml` and the
 * mapping it names, with the action's inputs on top) is read from git objects in the workspace,
 * never written to disk and never touching the work tree, and judges both the head and the base:
 * a pull request cannot loosen the gate that judges it. What it changes in that configuration is
 * shown and takes effect once merged. The base is scored too, from the same objects, for
 * before → after. When the base cannot be read the gate fails closed (exit 2) with what to
 * change, unless the workflow lets the pull request judge itself
 * (`self-judge-when-base-unreadable: true`).
 */
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { check, checkWithSettings, compareWithBase, type CheckOptions, type CheckRun, type ComparedRun } from '../check.js';
import { UsageError } from '../errors.js';
import { GitError } from '../git/run-git.js';
import { loadCatalogs } from '../load/catalogs.js';
import { openCommit, type CommitSource } from '../load/commit-source.js';
import { maxConfigBytes, maxMappingBytes, relativeInside } from '../load/confined.js';
import { loadSettings } from '../load/config.js';
import { loadMapping } from '../load/mapping.js';
import { ParseMemo } from '../load/parse-memo.js';
import type { RepositorySource } from '../load/repository-source.js';
import { listTrackedFiles, type TrackedFiles } from '../load/tracked.js';
import { isShippedMappingName } from '../model.js';
import { oneLine } from '../report/github/markdown-text.js';
import { started } from '../started.js';
import { resolveSettings, type SettingsOverrides } from '../validate/config.js';
import type { PullRequest } from './comment.js';
import { configurationChangeNote, configurationChanges, describeChanges, judgeNote, selfJudgedNote, unusableHeadConfigurationNote, type Configuration } from './configuration-change.js';
import { ensureCommit, isCommitSha } from './git.js';
import type { Runner } from './runner.js';

/** Generous for a large repository, short enough that a stuck git cannot hold the step. */
const gitTimeouts = { check: 10_000, fetch: 60_000, read: 120_000 };

/** The input that lets a pull request whose base cannot be read judge itself. */
export const selfJudgeInput = 'self-judge-when-base-unreadable';

interface PullRequestCheck {
  /** The head, judged by the base's configuration (or by its own when the base could not be read and the workflow allows it). */
  readonly head: CheckRun;
  /** The head judged again knowing the base's report; undefined (after a notice) when the base could not be scored. */
  readonly compared: ComparedRun | undefined;
  /** Markdown notes that open the summary and the comment: whose rules judged, a configuration change, a self-judged gate. */
  readonly notes: readonly string[];
}

export interface PullRequestJudging {
  /** The pull request may judge itself when its base cannot be read (the `self-judge-when-base-unreadable` input). */
  readonly selfJudgeWhenBaseUnreadable: boolean;
  /** The repository's default branch, from the payload. */
  readonly defaultBranch: string | undefined;
}

export async function checkPullRequest(options: CheckOptions, runner: Runner, pull: PullRequest, judging: PullRequestJudging): Promise<PullRequestCheck> {
  const sha = pull.baseSha;
  if (!isCommitSha(sha)) return baseUnreadable(options, pull, judging, `the event payload names no base commit (pull_request.base.sha is ${sha === undefined ? 'missing' : 'not a commit sha'})`);
  // A name for the base's files that no file is read from: they come from git objects.
  const baseRoot = path.join(runner.temp ?? os.tmpdir(), `crosswalk-base-${sha.slice(0, 12)}`);
  // What git tracks in the workspace is listed while the base commit is opened (git runs apart).
  const tracked = started(listTrackedFiles(options.root));
  let source: CommitSource | undefined;
  try {
    let base: Configuration;
    try {
      await ensureCommit(runner.workspace, sha, gitTimeouts);
      source = await openCommit(runner.workspace, sha, { root: baseRoot, timeoutMs: gitTimeouts.read });
      base = await baseConfiguration(options, runner.workspace, source);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      return await baseUnreadable(options, pull, judging, `${sha.slice(0, 7)}: ${error.message}`);
    }
    return await judgedByBase(options, source, base, sha, pull, judging, tracked);
  } finally {
    source?.close();
  }
}

async function judgedByBase(options: CheckOptions, source: CommitSource, base: Configuration, sha: string, pull: PullRequest, judging: PullRequestJudging, listing: Promise<TrackedFiles>): Promise<PullRequestCheck> {
  // The base's files are listed while the head is judged; the base's run takes that listing.
  started(source.index(base.settings.limits.maxRepositoryFiles));
  const tracked = await listing;
  // The base is judged by the same settings: a file it has as the head has it is not parsed twice.
  const parsed = new ParseMemo();
  const head = await checkWithSettings({ ...base.settings, root: options.root }, undefined, { mapping: base.mapping, tracked: { files: tracked }, fingerprints: options.fingerprints, parsed });
  const judge = judgeNote(pull.baseRef, judging.defaultBranch, sha);
  if (judge.warning) core.warning(oneLine(judge.log), { title: 'crosswalk: judged by another branch than the default' });
  else core.info(oneLine(judge.log));
  const notes = [judge.markdown, ...(await changeNotes(options, tracked, base))];

  let compared: ComparedRun | undefined;
  try {
    const baseRun = await checkWithSettings(base.settings, undefined, { mapping: base.mapping, tracked: { files: undefined }, source, parsed, role: 'compared' });
    compared = compareWithBase(head, baseRun.report);
    core.info(`crosswalk: base ${sha.slice(0, 7)} readiness ${compared.delta.before.toFixed(1)}% → head ${compared.delta.after.toFixed(1)}%`);
  } catch (error) {
    noDelta(pull, `${sha.slice(0, 7)}: ${messageOf(error)}`);
  }
  return { head, compared, notes };
}

/**
 * The base's configuration: its `.crosswalk.yml` (or the file the `config` input names, as the
 * base has it) and the mapping that names, with the inputs on top, read from the commit. A file
 * an input names that the base does not have yet counts as not configured: the defaults judge.
 * A configuration the base holds but that cannot be used is a UsageError; git failing is a GitError.
 */
async function baseConfiguration(options: CheckOptions, workspace: string, source: RepositorySource): Promise<Configuration> {
  const moved = baseOptions(options, workspace, source.root);
  const mappingInput = moved.overrides?.mapping;
  const mappingMissing = mappingInput !== undefined && path.isAbsolute(mappingInput) && !(await holds(source, mappingInput, maxMappingBytes));
  const overrides: SettingsOverrides = { ...moved.overrides, mapping: mappingMissing ? undefined : mappingInput };
  const configMissing = moved.configFile !== undefined && !(await holds(source, moved.configFile, maxConfigBytes));
  try {
    const settings = configMissing ? resolveSettings(source.root, undefined, overrides) : await loadSettings(source.root, moved.configFile, overrides, undefined, source);
    return { settings, mapping: await loadMapping(settings.mapping, loadCatalogs(), source.root, undefined, source) };
  } catch (error) {
    // The base's own configuration is broken: the base branch fails too, and no pull request can be judged by it.
    if (error instanceof UsageError) throw new UsageError(`the base commit's configuration cannot be used, and a pull request is judged by it: ${error.message}`);
    throw error;
  }
}

/** Whether the commit has the file (one it refuses to read counts as had: loading it says why). */
async function holds(source: RepositorySource, file: string, maxBytes: number): Promise<boolean> {
  try {
    return (await source.readNamed(file, file, maxBytes)) !== undefined;
  } catch (error) {
    if (error instanceof UsageError) return true;
    throw error;
  }
}

/** What the head's own configuration would change, once merged; a head configuration that cannot be used is a note too. */
async function changeNotes(options: CheckOptions, tracked: ReadonlySet<string> | undefined, base: Configuration): Promise<string[]> {
  let head: Configuration;
  try {
    const settings = await loadSettings(options.root, options.configFile, options.overrides ?? {}, tracked);
    head = { settings, mapping: await loadMapping(settings.mapping, loadCatalogs(), options.root, tracked) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    core.warning(oneLine(`crosswalk: the pull request's own configuration cannot be used (${error.message}); the base branch's configuration judged it.`), { title: 'crosswalk: configuration change' });
    return [unusableHeadConfigurationNote(error.message)];
  }
  const changes = configurationChanges(base, head);
  if (changes.length === 0) return [];
  core.info(oneLine(`crosswalk: the pull request changes the configuration (${describeChanges(changes)}); the base branch's configuration judged it, the change takes effect once merged`));
  return [configurationChangeNote(changes)!];
}

/**
 * The base could not be read. The gate fails closed: no rules but the base's may judge a pull
 * request, and the message says what to change. Only a workflow that says so lets the head judge
 * itself, with a warning.
 */
async function baseUnreadable(options: CheckOptions, pull: PullRequest, judging: PullRequestJudging, reason: string): Promise<PullRequestCheck> {
  if (!judging.selfJudgeWhenBaseUnreadable) {
    throw new UsageError(
      `cannot read the base commit of pull request #${pull.number} (${reason}), and a pull request is judged by its base's configuration, never by its own, so the gate fails. ` +
        'Give the job the base commit: actions/checkout with fetch-depth: 0, or keep its credentials (persist-credentials: true, with contents: read) so crosswalk can fetch that one commit; ' +
        'run in an image that has git; crosswalk reads a checkout another user owns (it runs git with safe.directory=*), and if git still says "dubious ownership", mark the workspace safe first (git config --global --add safe.directory "$GITHUB_WORKSPACE"). ' +
        `To let the pull request judge itself instead, set the input ${selfJudgeInput}: true.`,
    );
  }
  core.warning(oneLine(`crosswalk could not read the base commit of pull request #${pull.number} (${reason}), so the pull request was judged by its own configuration, which it may have changed (${selfJudgeInput} is true).`), {
    title: 'crosswalk: gate judged by the pull request itself',
  });
  noDelta(pull, reason);
  return { head: await check(options), compared: undefined, notes: [selfJudgedNote(reason)] };
}

/**
 * The head's options, moved to the base's files: paths into the workspace (the `config` and
 * `mapping` inputs) become the same paths in the base; anything else stays as it is.
 */
export function baseOptions(head: CheckOptions, workspace: string, baseRoot: string): CheckOptions {
  const moved = (file: string | undefined) => {
    if (file === undefined || isShippedMappingName(file)) return file;
    const relative = relativeInside(workspace, file);
    return relative === undefined ? file : path.join(baseRoot, relative);
  };
  return {
    root: baseRoot,
    configFile: moved(head.configFile),
    overrides: { ...head.overrides, mapping: moved(head.overrides?.mapping) },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function noDelta(pull: PullRequest, reason: string): void {
  core.notice(oneLine(`crosswalk could not score the base commit of pull request #${pull.number} (${reason}), so it shows no before → after and no readiness-delta.`), {
    title: 'crosswalk: no readiness delta',
  });
}
