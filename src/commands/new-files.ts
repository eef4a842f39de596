/**
 * Writing files a command creates in a repository (`init`, `import soa`) without ever
 * overwriting one: each is created exclusively, so "never overwrite" holds even against a file
 * (or a link) that appears between a check and the write, and nothing is written through a
 * folder that links out of the repository.
 */
import { lstat, mkdir, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface NewFile {
  /** Relative to the repository's root, `/`-separated. */
  readonly path: string;
  readonly content: string;
}

export type Outcome = { readonly kind: 'created' } | { readonly kind: 'exists' | 'failed'; readonly why: string };

/** The repository folder, created if needed, as its real path. */
export async function targetDirectory(root: string): Promise<string> {
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`${root} exists and is not a directory`);
  try {
    if (!info) await mkdir(root, { recursive: true });
    return await realpath(root);
  } catch (error) {
    throw new UsageError(`cannot create ${root}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}

/** Whether something (a file, a folder, a link, even a broken one) is already at the file's path. */
export async function alreadyThere(root: string, file: NewFile): Promise<boolean> {
  return (await lstat(path.join(root, ...file.path.split('/'))).catch(() => undefined)) !== undefined;
}

/** Creates a file that does not exist yet, and its folders. */
export async function writeNew(root: string, file: NewFile, command: string): Promise<Outcome> {
  const target = path.join(root, ...file.path.split('/'));
  const failed = (error: unknown): Outcome => ({ kind: 'failed', why: `cannot write it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` });
  try {
    // Looked at before any folder is made, so not even an empty folder appears outside the repository.
    if (!isInside(root, await realpath(await nearestExisting(path.dirname(target))))) return { kind: 'failed', why: 'its folder is a link to a place outside the repository' };
    await mkdir(path.dirname(target), { recursive: true });
  } catch (error) {
    return failed(error);
  }
  try {
    await writeFile(target, file.content, { flag: 'wx' });
    return { kind: 'created' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { kind: 'exists', why: `it already exists (${command} never overwrites a file)` };
    return failed(error);
  }
}

export function isInside(root: string, folder: string): boolean {
  return folder === root || folder.startsWith(`${root}${path.sep}`);
}

async function nearestExisting(folder: string): Promise<string> {
  let current = folder;
  while ((await stat(current).catch(() => undefined)) === undefined && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}
