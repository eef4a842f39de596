import { opendirSync, type Dir, type Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../diagnostics.js';
import { defaultLimits } from '../model.js';
import { isInGitFolder, relativeInside } from './confined.js';

/** The files of a repository, listed once so every evidence glob is matched without touching the disk again. */
export interface RepositoryIndex {
  /** The repository's real path: where the listed files are read from. */
  readonly root: string;
  /** Repository-relative paths with `/` separators, sorted; symlinks that resolve to files inside are included. */
  readonly files: readonly string[];
  /** Symlinks whose target lies outside the repository, or in its `.git/`: never followed, never read. */
  readonly escapingLinks: readonly string[];
  /** Where each listed symlink to a file leads, relative to the root. */
  readonly linkTargets: ReadonlyMap<string, string>;
  /** True when listing stopped at the entry limit (limits.max_repository_files): deeper levels are not listed. */
  readonly truncated: boolean;
}

/** Folders that never hold evidence and can be large. */
const skippedFolders = new Set(['.git', 'node_modules']);

/**
 * Entries listed synchronously before listing goes asynchronous. On a local disk a folder is read
 * in microseconds, less than a trip through the thread pool costs the main thread, so a repository
 * of this size is listed without waiting; past it, folders are read in parallel batches, and a large
 * tree's listing leaves the collector room between them.
 */
const syncEntries = 4096;

/** How many symlinks are resolved, and folders held open, at a time. */
const linkConcurrency = 64;
const folderConcurrency = 64;

/**
 * Lists the repository breadth first. Every entry counts toward `maxEntries` (limits.max_repository_files):
 * files, folders, symlinks (wherever they point) and anything else, so a tree of links or empty
 * folders cannot make listing unbounded. When a level of folders would pass the limit, listing
 * stops there and that level is left out whole: what is seen is the same on every run.
 */
export async function indexRepository(root: string, maxEntries = defaultLimits.maxRepositoryFiles): Promise<RepositoryIndex> {
  const realRoot = await realpath(root);
  const files: string[] = [];
  const escapingLinks: string[] = [];
  const linkTargets = new Map<string, string>();
  let entries = 0;
  let truncated = false;
  let level: string[] = [''];
  while (level.length > 0) {
    const listed = await listLevel(realRoot, level, maxEntries - entries, syncEntries - entries);
    if (listed === undefined) {
      truncated = true;
      break;
    }
    entries += listed.entries;
    // Loops, not push(...items): one folder may hold 150,000 entries, and spread arguments overflow the stack.
    for (const file of listed.files) files.push(file);
    for (const link of listed.escapingLinks) escapingLinks.push(link);
    for (const [link, target] of listed.linkTargets) linkTargets.set(link, target);
    level = listed.folders;
  }
  return { root: realRoot, files: files.sort(compareStrings), escapingLinks: escapingLinks.sort(compareStrings), linkTargets, truncated };
}

interface Level {
  entries: number;
  readonly files: string[];
  readonly escapingLinks: string[];
  readonly linkTargets: Map<string, string>;
  readonly folders: string[];
}

/** One level of folders, read a batch at a time (large evidence trees have thousands); undefined when it holds more than `room` entries. */
async function listLevel(realRoot: string, folders: readonly string[], room: number, syncRoom: number): Promise<Level | undefined> {
  const found = (syncRoom > 0 ? readLevelSync(realRoot, folders, Math.min(room, syncRoom)) : undefined) ?? (await readLevel(realRoot, folders, room));
  if (found === 'overflow') return undefined;
  const { level, links } = found;
  for (let start = 0; start < links.length; start += linkConcurrency) {
    const batch = links.slice(start, start + linkConcurrency);
    const targets = await Promise.all(batch.map((link) => linkTarget(realRoot, link)));
    for (const [index, target] of targets.entries()) {
      const link = batch[index]!;
      if (target.kind === 'outside') {
        level.escapingLinks.push(link);
      } else if (target.kind === 'file') {
        // Links to folders inside are not followed (no cycles, no double counting); links to files are.
        level.files.push(link);
        level.linkTargets.set(link, target.relative);
      }
    }
  }
  return level;
}

/** A level's entries, its symlinks still to resolve. */
class LevelEntries {
  readonly level: Level = { entries: 0, files: [], escapingLinks: [], linkTargets: new Map(), folders: [] };
  readonly links: string[] = [];

  get entries(): number {
    return this.level.entries;
  }

  add(relativeDir: string, entry: Dirent): void {
    this.level.entries += 1;
    const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) this.level.folders.push(relative);
    } else if (entry.isFile()) {
      this.level.files.push(relative);
    } else if (entry.isSymbolicLink()) {
      this.links.push(relative);
    }
  }
}

/** The level read folder by folder without waiting; undefined when it holds more than `room` entries (then it is read asynchronously, or found too large). */
function readLevelSync(realRoot: string, folders: readonly string[], room: number): LevelEntries | undefined {
  const found = new LevelEntries();
  for (const relativeDir of folders) {
    const directory = opendirSync(path.join(realRoot, relativeDir));
    try {
      for (let entry = directory.readSync(); entry !== null; entry = directory.readSync()) {
        if (found.entries >= room) return undefined;
        found.add(relativeDir, entry);
      }
    } finally {
      directory.closeSync();
    }
  }
  return found;
}

/** The level read a batch of folders at a time; 'overflow' when it holds more than `room` entries. */
async function readLevel(realRoot: string, folders: readonly string[], room: number): Promise<LevelEntries | 'overflow'> {
  const found = new LevelEntries();
  let overflow = false;
  const readFolder = async (relativeDir: string) => {
    const directory: Dir = await opendir(path.join(realRoot, relativeDir));
    for await (const entry of directory) {
      // Leaving the loop early closes the directory.
      if (overflow || found.entries >= room) {
        overflow = true;
        break;
      }
      found.add(relativeDir, entry);
    }
  };
  // A batch at a time: each open folder holds a file descriptor, and a level may have tens of thousands.
  for (let start = 0; start < folders.length && !overflow; start += folderConcurrency) {
    await Promise.all(folders.slice(start, start + folderConcurrency).map(readFolder));
  }
  return overflow ? 'overflow' : found;
}

type LinkTarget = { readonly kind: 'file'; readonly relative: string } | { readonly kind: 'folder' | 'outside' | 'broken' };

async function linkTarget(realRoot: string, relative: string): Promise<LinkTarget> {
  let resolved: string;
  try {
    resolved = await realpath(path.join(realRoot, relative));
  } catch {
    return { kind: 'broken' };
  }
  const fromRoot = relativeInside(realRoot, resolved);
  // git's own files are not the repository's: a link into a .git/ leads out of it as surely as one to /etc.
  if (fromRoot === undefined || isInGitFolder(fromRoot)) return { kind: 'outside' };
  try {
    return (await stat(resolved)).isFile() ? { kind: 'file', relative: fromRoot } : { kind: 'folder' };
  } catch {
    return { kind: 'broken' };
  }
}
