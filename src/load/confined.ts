import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Files the repository names for itself (.crosswalk.yml, a mapping path written in it) are read
 * only if they really lie inside it: a symlink to /etc/shadow would otherwise end up, piece by
 * piece, in error messages, annotations and the PR comment.
 */
export async function assertInsideRepository(root: string, file: string, shown: string): Promise<void> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file).catch(() => undefined)]);
  if (realFile === undefined) return; // missing: the reader reports it
  const relative = path.relative(realRoot, realFile);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(`${shown} resolves to a place outside the repository (a symlink); it is not read`);
  }
}
