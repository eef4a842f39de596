/**
 * A pull request, judged by its base. The base commit is exported from git in the workspace
 * (never touching the work tree) and its configuration (`.crosswalk.yml` and the mapping it names,
 * with the action's inputs on top) judges both the head and the base: a pull request cannot
 * loosen the gate that judges it. What it changes in that configuration is shown and takes effect
 * once merged. The base is scored too, for before → after. When the base cannot be read, the head
 * is judged by its own configuration, with a warning that it judged itself.
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { check, checkWithSettings, compareWithBase, type CheckOptions, type CheckRun, type ComparedRun } from '../check.js';
import { UsageError } from '../errors.js';
import { loadCatalogs } from '../load/catalogs.js';
import { relativeInside } from '../load/confined.js';
import { loadSettings } from '../load/config.js';
import { loadMapping } from '../load/mapping.js';
import { listTrackedFiles } from '../load/tracked.js';
import { isShippedMappingName } from '../model.js';
import { oneLine } from '../report/markdown-text.js';
import { resolveSettings, type SettingsOverrides } from '../validate/config.js';
import type { PullRequest } from './comment.js';
import { configurationChangeNote, configurationChanges, describeChanges, selfJudgedNote, unusableHeadConfigurationNote, type Configuration } from './configuration-change.js';
import { ensureCommit, exportCommit, isCommitSha } from './git.js';
import type { Runner } from './runner.js';

/** Generous for a large repository, short enough that a stuck git cannot hold the step. */
const gitTimeouts = { check: 10_000, fetch: 60_000, export: 60_000 };

interface PullRequestCheck {
  /** The head, judged by the base's configuration (or by its own when the base could not be read). */
  readonly head: CheckRun;
  /** The head judged again knowing the base's report; undefined (after a notice) when the base could not be scored. */
  readonly compared: ComparedRun | undefined;
  /** Markdown notes that open the summary and the comment: a configuration change, or a self-judged gate. */
  readonly notes: readonly string[];
}

export async function checkPullRequest(options: CheckOptions, runner: Runner, pull: PullRequest): Promise<PullRequestCheck> {
  const sha = pull.baseSha;
  if (!isCommitSha(sha)) return judgedBySelf(options, pull, `the event payload names no base commit (pull_request.base.sha is ${sha === undefined ? 'missing' : 'not a commit sha'})`);
  const parent = runner.temp ?? os.tmpdir();
  await mkdir(parent, { recursive: true });
  const baseRoot = await mkdtemp(path.join(parent, 'crosswalk-base-'));
  try {
    try {
      await ensureCommit(runner.workspace, sha, gitTimeouts);
      await exportCommit(runner.workspace, sha, baseRoot, gitTimeouts.export);
    } catch (error) {
      return await judgedBySelf(options, pull, `${sha.slice(0, 7)}: ${messageOf(error)}`);
    }
    return await judgedByBase(options, runner.workspace, baseRoot, sha, pull);
  } finally {
    await rm(baseRoot, { recursive: true, force: true });
  }
}

async function judgedByBase(options: CheckOptions, workspace: string, baseRoot: string, sha: string, pull: PullRequest): Promise<PullRequestCheck> {
  const base = await baseConfiguration(options, workspace, baseRoot).catch((error: unknown) => {
    // The base's own configuration is broken: the base branch fails too, and no pull request can be judged by it.
    if (error instanceof UsageError) throw new UsageError(`the base commit's configuration cannot be used, and a pull request is judged by it: ${error.message}`);
    throw error;
  });
  const tracked = await listTrackedFiles(options.root);
  const head = await checkWithSettings({ ...base.settings, root: options.root }, undefined, { mapping: base.mapping, tracked: { files: tracked }, fingerprints: options.fingerprints });
  const notes = [...(await changeNotes(options, tracked, base))];

  let compared: ComparedRun | undefined;
  try {
    const baseRun = await checkWithSettings(base.settings, undefined, { mapping: base.mapping, tracked: { files: undefined } });
    compared = compareWithBase(head, baseRun.report);
    core.info(`crosswalk: base ${sha.slice(0, 7)} readiness ${compared.delta.before.toFixed(1)}% → head ${compared.delta.after.toFixed(1)}%`);
  } catch (error) {
    noDelta(pull, `${sha.slice(0, 7)}: ${messageOf(error)}`);
  }
  return { head, compared, notes };
}

/**
 * The base's configuration: its `.crosswalk.yml` (or the file the `config` input names, as the
 * base has it) and the mapping that names, with the inputs on top. A file an input names that the
 * base does not have yet counts as not configured: the defaults judge.
 */
async function baseConfiguration(options: CheckOptions, workspace: string, baseRoot: string): Promise<Configuration> {
  const moved = baseOptions(options, workspace, baseRoot);
  const mappingInput = moved.overrides?.mapping;
  const overrides: SettingsOverrides = { ...moved.overrides, mapping: mappingInput !== undefined && path.isAbsolute(mappingInput) && !(await exists(mappingInput)) ? undefined : mappingInput };
  const configMissing = moved.configFile !== undefined && !(await exists(moved.configFile));
  // The export is exactly the commit's files: there is nothing untracked to leave out (tracked: undefined).
  const settings = configMissing ? resolveSettings(baseRoot, undefined, overrides) : await loadSettings(baseRoot, moved.configFile, overrides, undefined);
  return { settings, mapping: await loadMapping(settings.mapping, loadCatalogs(), baseRoot, undefined) };
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

/** The base could not be read: the head judges itself, and says so. */
async function judgedBySelf(options: CheckOptions, pull: PullRequest, reason: string): Promise<PullRequestCheck> {
  core.warning(oneLine(`crosswalk could not read the base commit of pull request #${pull.number} (${reason}), so the pull request was judged by its own configuration, which it may have changed.`), {
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

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function noDelta(pull: PullRequest, reason: string): void {
  core.notice(oneLine(`crosswalk could not score the base commit of pull request #${pull.number} (${reason}), so it shows no before → after and no readiness-delta.`), {
    title: 'crosswalk: no readiness delta',
  });
}
