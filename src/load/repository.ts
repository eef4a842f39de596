import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../diagnostics.js';
import { defaultLimits } from '../model.js';

/** The files of a repository, listed once so every evidence glob is matched without touching the disk again. */
export interface RepositoryIndex {
  /** The repository's real path: where the listed files are read from. */
  readonly root: string;
  /** Repository-relative paths with `/` separators, sorted; symlinks that resolve to files inside are included. */
  readonly files: readonly string[];
  /** Symlinks whose target lies outside the repository: never followed, never read. */
  readonly escapingLinks: readonly string[];
  /** True when listing stopped at the file limit. */
  readonly truncated: boolean;
}

/** Folders that never hold evidence and can be large. */
const skippedFolders = new Set(['.git', 'node_modules']);

export async function indexRepository(root: string, maxFiles = defaultLimits.maxRepositoryFiles): Promise<RepositoryIndex> {
  const realRoot = await realpath(root);
  const files: string[] = [];
  const escapingLinks: string[] = [];
  // Breadth first, each level's folders read concurrently: large evidence trees have thousands.
  let level: string[] = [''];
  while (level.length > 0 && files.length <= maxFiles) {
    const listings = await Promise.all(level.map(async (relativeDir) => ({ relativeDir, entries: await readdir(path.join(realRoot, relativeDir), { withFileTypes: true }) })));
    const next: string[] = [];
    for (const { relativeDir, entries } of listings) {
      for (const entry of entries) {
        const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!skippedFolders.has(entry.name)) next.push(relative);
        } else if (entry.isFile()) {
          files.push(relative);
        } else if (entry.isSymbolicLink()) {
          const target = await linkTarget(realRoot, relative);
          if (target === 'outside') escapingLinks.push(relative);
          // Links to folders inside are not followed (no cycles, no double counting); links to files are.
          else if (target === 'file') files.push(relative);
        }
      }
    }
    level = next;
  }
  const truncated = files.length > maxFiles;
  return { root: realRoot, files: files.sort(compareStrings).slice(0, maxFiles), escapingLinks: escapingLinks.sort(compareStrings), truncated };
}

async function linkTarget(realRoot: string, relative: string): Promise<'file' | 'folder' | 'outside' | 'broken'> {
  let resolved: string;
  try {
    resolved = await realpath(path.join(realRoot, relative));
  } catch {
    return 'broken';
  }
  const fromRoot = path.relative(realRoot, resolved);
  if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return 'outside';
  return (await stat(resolved)).isFile() ? 'file' : 'folder';
}
