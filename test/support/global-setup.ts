/**
 * Every temporary file of a test run (repositories, checkouts, step folders, and what the CLIs and
 * actions the tests start write to their own temp folder) goes under one folder made for the run
 * and removed after it, so a run leaves nothing behind in the machine's temp folder. The test
 * workers and the processes they start inherit TMPDIR, and os.tmpdir() reads it on every call.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-tests-'));
  process.env.TMPDIR = root;
  return () => rm(root, { recursive: true, force: true });
}
