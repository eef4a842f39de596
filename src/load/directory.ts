import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';

/** The repository to check must be a folder; `name` says how the user gave it (a path, GITHUB_WORKSPACE). */
export async function existingDirectory(dir: string, name = dir): Promise<string> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${name} is not a directory`);
  return dir;
}
