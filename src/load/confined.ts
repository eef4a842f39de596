/**
 * Reading the files that steer a check (configuration, mapping, control files) as the repository
 * holds them. Whoever named the path (a flag, an action input, `.crosswalk.yml`), a path that
 * points into the repository must really lie inside it (its realpath), must not be in `.git/`,
 * and in a git work tree must be tracked. Wherever it is, it must be a regular file no larger
 * than its limit: a FIFO or a device is refused without being opened, and a file is never read
 * past its limit. Otherwise a symlink to /proc/self/environ, `.git/FETCH_HEAD` or a file an
 * earlier step left behind would end up, piece by piece, in messages and the PR comment.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { TrackedFiles } from './tracked.js';

/** A `.crosswalk.yml` is a few lines; even 100 long globs fit well under this. */
export const maxConfigBytes = 1_048_576;
/** The shipped mapping is about 100 KB. */
export const maxMappingBytes = 2_097_152;

/** The repository a check reads from: its folder and, in a git work tree, what git tracks there. */
export interface RepositoryFiles {
  readonly root: string;
  readonly tracked: TrackedFiles;
}

/**
 * The bytes of `file`, or undefined when there is no such file. `shown` names it in messages
 * (`.crosswalk.yml`, `mapping mappings/ours.yaml`). Every refusal is a UsageError.
 */
export async function readConfinedFile(repository: RepositoryFiles, file: string, shown: string, maxBytes: number): Promise<Buffer | undefined> {
  const absolute = path.resolve(repository.root, file);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UsageError(`cannot read ${shown}: ${code ?? 'unreadable'}`);
  }
  const realRoot = await realpath(repository.root);
  const fromRoot = relativeInside(realRoot, real);
  if (isInside(path.resolve(repository.root), absolute) && fromRoot === undefined) {
    throw new UsageError(`${shown} resolves to a place outside the repository (a symlink); it is not read`);
  }
  if (fromRoot !== undefined) assertHeldByRepository(repository, fromRoot, relativeInside(path.resolve(repository.root), absolute), shown);
  return readRegularFile(real, shown, maxBytes);
}

/** Inside the repository: not git's own files, and tracked (both the name used and the file it resolves to). */
function assertHeldByRepository(repository: RepositoryFiles, realRelative: string, namedRelative: string | undefined, shown: string): void {
  if (isInGitFolder(realRelative) || (namedRelative !== undefined && isInGitFolder(namedRelative))) {
    throw new UsageError(`${shown} is inside .git/, which holds git's own files, not the repository's; it is not read`);
  }
  const { tracked } = repository;
  if (tracked === undefined) return;
  for (const relative of new Set([realRelative, namedRelative ?? realRelative])) {
    if (!tracked.has(relative)) {
      throw new UsageError(`${shown} is not tracked by git, so it is not part of the repository and is not read (commit it, or \`git add\` it to check it locally)`);
    }
  }
}

/**
 * Reads a regular file of at most `maxBytes`. The type is checked before opening (a FIFO would
 * block, a device never ends), and again on the open descriptor, which is opened non-blocking and
 * read no further than the limit, so a file swapped or grown in between changes nothing.
 *
 * Synchronous on purpose: a check reads hundreds of small files from a local disk, where an
 * open, a read and a close take microseconds each, and every promise round trip through the
 * thread pool costs the main thread more than the call it waits for. (Async all the same, so
 * that every refusal is a rejection, as from a source that reads git objects.)
 */
export async function readRegularFile(file: string, shown: string, maxBytes: number): Promise<Buffer> {
  let before;
  try {
    before = statSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  assertRegular(before, shown, maxBytes);
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    assertRegular(fstatSync(descriptor), shown, maxBytes);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, before.size + 1));
    const length = readInto(descriptor, buffer);
    if (length > maxBytes) throw new UsageError(tooLarge(shown, length, maxBytes, 'or more '));
    return buffer.subarray(0, length);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads from the start of the file until `buffer` is full or the file ends; the number of bytes read. */
export function readInto(descriptor: number, buffer: Buffer): number {
  let length = 0;
  while (length < buffer.length) {
    const bytesRead = readSync(descriptor, buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length;
}

function assertRegular(info: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; size: number }, shown: string, maxBytes: number): void {
  if (!info.isFile()) {
    const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device or other special file';
    throw new UsageError(`${shown} is ${kind}, not a regular file; it is not read`);
  }
  if (info.size > maxBytes) throw new UsageError(tooLarge(shown, info.size, maxBytes));
}

export function tooLarge(shown: string, size: number, maxBytes: number, orMore = ''): string {
  return `${shown} is ${size.toLocaleString('en-US')} bytes ${orMore}(the limit is ${maxBytes.toLocaleString('en-US')}); it is not read`;
}

/** `a/b` when `child` lies inside `parent` (or is it: ''), with `/` separators; undefined otherwise. */
/**
 * Git's own files, at any depth (a submodule's or a nested checkout's `.git/` too): the listing
 * skips every such folder, and nothing reaches into one through a link or a path either.
 */
export function isInGitFolder(relative: string): boolean {
  return relative.split('/').includes('.git');
}

/** `child`'s path from `parent` with `/` separators, or undefined when it is not inside `parent`. */
export function relativeInside(parent: string, child: string): string | undefined {
  const relative = path.relative(parent, child);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function isInside(parent: string, child: string): boolean {
  return relativeInside(parent, child) !== undefined;
}
