/**
 * What a pull request does to readiness: the base commit scored from git in the workspace (never
 * touching the work tree), compared with the head. Anything that stops it becomes a notice and
 * the head is reported alone: the comparison never decides whether the check runs.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { check, compareWithBase, type CheckOptions, type CheckRun, type ComparedRun } from '../check.js';
import { oneLine } from '../report/markdown-text.js';
import type { PullRequest } from './comment.js';
import { ensureCommit, exportCommit, isCommitSha } from './git.js';
import type { Runner } from './runner.js';

/** Generous for a large repository, short enough that a stuck git cannot hold the step. */
const gitTimeouts = { check: 10_000, fetch: 60_000, export: 60_000 };

/** The head compared with the pull request's base, or undefined (after a notice) when the base cannot be scored. */
export async function compareWithBaseCommit(head: CheckRun, options: CheckOptions, runner: Runner, pull: PullRequest): Promise<ComparedRun | undefined> {
  const sha = pull.baseSha;
  if (!isCommitSha(sha)) {
    noDelta(pull, `the event payload names no base commit (pull_request.base.sha is ${sha === undefined ? 'missing' : 'not a commit sha'})`);
    return undefined;
  }
  const parent = runner.temp ?? os.tmpdir();
  await mkdir(parent, { recursive: true });
  const directory = await mkdtemp(path.join(parent, 'crosswalk-base-'));
  try {
    await ensureCommit(runner.workspace, sha, gitTimeouts);
    await exportCommit(runner.workspace, sha, directory, gitTimeouts.export);
    const base = await check(baseOptions(options, runner.workspace, directory, head.settings.asOf));
    const compared = compareWithBase(head, base.report);
    core.info(`crosswalk: base ${sha.slice(0, 7)} readiness ${compared.delta.before.toFixed(1)}% → head ${compared.delta.after.toFixed(1)}%`);
    return compared;
  } catch (error) {
    noDelta(pull, `${sha.slice(0, 7)}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * The head's options, moved to the base's files: the same inputs (paths into the workspace become
 * the same paths in the base), each side's own `.crosswalk.yml`, and the head's as-of date, so the
 * delta is what the pull request changes and not what time does.
 */
export function baseOptions(head: CheckOptions, workspace: string, baseRoot: string, asOf: string): CheckOptions {
  const moved = (file: string | undefined) => {
    if (file === undefined || file === 'default') return file;
    const relative = path.relative(workspace, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : path.join(baseRoot, relative);
  };
  return {
    root: baseRoot,
    configFile: moved(head.configFile),
    overrides: { ...head.overrides, mapping: moved(head.overrides?.mapping), asOf },
  };
}

function noDelta(pull: PullRequest, reason: string): void {
  core.notice(oneLine(`crosswalk could not score the base commit of pull request #${pull.number} (${reason}), so it shows no before → after and no readiness-delta.`), {
    title: 'crosswalk: no readiness delta',
  });
}
