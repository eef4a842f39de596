/** The webhook payload that triggered the run, read once, and what crosswalk takes from it. */
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { oneLine } from '../report/github/markdown-text.js';
import type { Runner } from './runner.js';

/**
 * The payload, or undefined when the runner names none or it cannot be read: then the parts that
 * need it (the comment, the base comparison, publishing) are skipped, and a notice says so.
 */
export async function readEventPayload(runner: Runner): Promise<unknown> {
  if (runner.eventPath === undefined) return undefined;
  try {
    return JSON.parse(await readFile(runner.eventPath, 'utf8'));
  } catch (error) {
    core.notice(oneLine(`crosswalk cannot read the event payload (GITHUB_EVENT_PATH), so it skips what needs it: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}

/** The repository's default branch, as a push payload names it. */
export function defaultBranchOf(payload: unknown): string | undefined {
  const branch = (payload as { repository?: { default_branch?: unknown } } | undefined)?.repository?.default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}
