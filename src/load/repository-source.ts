/**
 * Where a check reads a repository's files from. The pipeline asks only these questions, so the
 * same load → validate → score runs on a folder on disk (the CLI, the action's workspace) and on
 * a commit read from git objects in memory (a pull request's base: load/commit-source.ts).
 */
import { closeSync, constants, fstatSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import { readConfinedFile, readInto, readRegularFile } from './confined.js';
import { indexRepository, type RepositoryIndex } from './repository.js';
import type { TrackedFiles } from './tracked.js';

export interface RepositorySource {
  /** The folder the repository's paths are relative to; for a commit, a name no file is read from. */
  readonly root: string;
  /** Every entry, once (limits.max_repository_files). */
  index(maxEntries: number): Promise<RepositoryIndex>;
  /** The sizes of listed files (a symlink: its target's); a file that cannot be measured is left out. */
  sizes(files: readonly string[]): Promise<Map<string, number>>;
  /** A listed file's bytes: a regular file of at most `maxBytes`, else a UsageError; a file that cannot be read rejects. */
  read(file: string, shown: string, maxBytes: number): Promise<Buffer>;
  /** At most the first `maxBytes` bytes of a listed file; undefined when it cannot be read. */
  readStart(file: string, maxBytes: number): Promise<Buffer | undefined>;
  /**
   * A file someone named (the configuration, a mapping), absolute or relative to the root: inside
   * the repository it must really lie inside, and be held by it (load/confined.ts). Undefined when
   * there is no such file.
   */
  readNamed(file: string, shown: string, maxBytes: number): Promise<Buffer | undefined>;
}

/** A folder on disk; in a git work tree, `tracked` says what the repository holds. Files are measured and read synchronously, as load/confined.ts explains. */
export function diskSource(root: string, tracked: TrackedFiles): RepositorySource {
  return {
    root,
    index: (maxEntries) => indexRepository(root, maxEntries),
    async sizes(files) {
      const sizes = new Map<string, number>();
      for (const file of files) {
        const size = sizeOf(path.join(root, file));
        if (size !== undefined) sizes.set(file, size);
      }
      return sizes;
    },
    read: (file, shown, maxBytes) => readRegularFile(path.join(root, file), shown, maxBytes),
    async readStart(file, maxBytes) {
      let descriptor;
      try {
        descriptor = openSync(path.join(root, file), constants.O_RDONLY | constants.O_NONBLOCK);
        // Listed as a file, but swapped since (a FIFO would read as empty): not this file.
        if (!fstatSync(descriptor).isFile()) return undefined;
        const buffer = Buffer.alloc(maxBytes);
        return buffer.subarray(0, readInto(descriptor, buffer));
      } catch {
        return undefined;
      } finally {
        if (descriptor !== undefined) closeSync(descriptor);
      }
    },
    readNamed: (file, shown, maxBytes) => readConfinedFile({ root, tracked }, file, shown, maxBytes),
  };
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}
