/**
 * A commit's files, read from git objects without writing a file (a pull request's base): its
 * listing from `git ls-tree -r -t -l` (sizes included, so evidence is measured without reading a
 * byte of it), and the configuration, mapping and control files from `git cat-file --batch`.
 * Nothing is exported to disk, so a base with gigabytes of evidence costs what its YAML costs.
 *
 * It answers as a folder on disk would (load/repository-source.ts): the same breadth-first entry
 * limit, symlinks followed inside the tree and refused when they lead out of it, sizes checked
 * before a byte is read. Run in a subfolder of a repository, it reads that subfolder of the
 * commit, just as the workspace is that subfolder. Two differences, both at the edges: past the
 * entry limit, a symlink into a level that is not listed counts as broken (the disk would follow
 * it; the run says it was cut either way), and a symlink that leaves the tree is refused whatever
 * it would reach on the runner.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import { ObjectReader } from '../git/object-reader.js';
import { finished, firstLine, GitError, runGit, spawnGit } from '../git/run-git.js';
import { compareStrings } from '../diagnostics.js';
import { isInGitFolder, readRegularFile, relativeInside, tooLarge } from './confined.js';
import type { RepositoryIndex } from './repository.js';
import type { RepositorySource } from './repository-source.js';

export interface CommitSource extends RepositorySource {
  /** Ends the git processes that read it. */
  close(): void;
}

interface TreeEntry {
  readonly kind: 'file' | 'link' | 'folder';
  readonly oid: string;
  readonly size: number;
}

/** Folders that are listed but never looked into, as on disk. */
const skippedFolders = new Set(['.git', 'node_modules']);
/** A symlink's target is a path: longer than this, it is not one. */
const maxLinkBytes = 4096;
/** As the kernel: more symlinks than this on one path is a loop. */
const maxLinkHops = 40;

/**
 * The commit `sha` of the repository at `directory`, under the name `root` (a folder that need
 * not exist: nothing is read from it). Rejects with a GitError when git cannot list the commit.
 */
export async function openCommit(directory: string, sha: string, options: { readonly root: string; readonly timeoutMs: number }): Promise<CommitSource> {
  const prefixed = await runGit(directory, ['rev-parse', '--show-prefix'], { timeoutMs: options.timeoutMs, maxStdout: 65_536 });
  if (prefixed.code !== 0) throw new GitError(`git rev-parse failed${firstLine(prefixed.stderr)}`);
  const prefix = prefixed.stdout.toString('utf8').trim();
  return new Commit(directory, sha, prefix, options.root, options.timeoutMs);
}

/** Past what is asked by this much, a blob's start is read by a process of its own rather than through the batch. */
const largeBlobBytes = 1024 * 1024;

class Commit implements CommitSource {
  private readonly contents: ObjectReader;
  private readonly info: ObjectReader;
  private entries: Map<string, TreeEntry> | undefined;
  private linkTargets = new Map<string, string>();
  private readonly indexes = new Map<number, Promise<RepositoryIndex>>();

  constructor(
    private readonly directory: string,
    private readonly sha: string,
    /** The workspace's folder in the repository, `` or ending in `/`. */
    private readonly prefix: string,
    readonly root: string,
    private readonly timeoutMs: number,
  ) {
    this.contents = new ObjectReader(directory, { mode: 'contents', timeoutMs });
    this.info = new ObjectReader(directory, { mode: 'info', followSymlinks: true, timeoutMs });
  }

  close(): void {
    this.contents.close();
    this.info.close();
  }

  /** Listed once per limit: a caller may start the listing early (the base's, while the head is judged) and the run takes the same answer. */
  index(maxEntries: number): Promise<RepositoryIndex> {
    let listed = this.indexes.get(maxEntries);
    if (listed === undefined) {
      listed = this.listIndex(maxEntries);
      this.indexes.set(maxEntries, listed);
    }
    return listed;
  }

  private async listIndex(maxEntries: number): Promise<RepositoryIndex> {
    const listing = await this.listTree(maxEntries);
    this.entries = listing.entries;
    const files: string[] = [];
    const escapingLinks: string[] = [];
    const links: [string, TreeEntry][] = [];
    for (const [file, entry] of listing.entries) {
      if (entry.kind === 'file') files.push(file);
      else if (entry.kind === 'link') links.push([file, entry]);
    }
    const texts = await Promise.all(links.map(([, entry]) => (entry.size > maxLinkBytes ? undefined : this.contents.ask(entry.oid, maxLinkBytes))));
    const linkText = new Map(links.map(([file], position) => [file, texts[position]?.kind === 'object' ? texts[position].content.toString('utf8') : undefined]));
    for (const [link] of links) {
      const target = resolveLink(link, listing.entries, linkText);
      if (target.kind === 'outside') escapingLinks.push(link);
      else if (target.kind === 'file') {
        files.push(link);
        this.linkTargets.set(link, target.relative);
      }
    }
    return { root: this.root, files: files.sort(compareStrings), escapingLinks: escapingLinks.sort(compareStrings), linkTargets: this.linkTargets, truncated: listing.truncated };
  }

  async sizes(files: readonly string[]): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    for (const file of files) {
      const entry = this.fileEntry(file);
      if (entry !== undefined) sizes.set(file, entry.size);
    }
    return sizes;
  }

  async read(file: string, shown: string, maxBytes: number): Promise<Buffer> {
    const entry = this.fileEntry(file);
    if (entry === undefined) throw new UsageError(`cannot read ${shown}: it is not a file of commit ${this.sha.slice(0, 7)}`);
    if (entry.size > maxBytes) throw new UsageError(tooLarge(shown, entry.size, maxBytes));
    return this.blob(entry.oid, entry.size, shown);
  }

  async readStart(file: string, maxBytes: number): Promise<Buffer | undefined> {
    const entry = this.fileEntry(file);
    if (entry === undefined) return undefined;
    // The batch process sends every byte of an object it answers: the start of a large blob (the
    // first bytes of a 2 GB export) is read by a process of its own, stopped once it has enough.
    if (entry.size > maxBytes + largeBlobBytes) return this.blobStart(entry.oid, maxBytes);
    const answer = await this.contents.ask(entry.oid, maxBytes).catch(() => undefined);
    return answer?.kind === 'object' ? answer.content : undefined;
  }

  /** The first `maxBytes` of a blob, from `git cat-file blob`, which is killed once they are read; undefined when git fails. */
  private async blobStart(oid: string, maxBytes: number): Promise<Buffer | undefined> {
    const child = spawnGit(this.directory, ['cat-file', 'blob', oid]);
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (size >= maxBytes) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) child.kill('SIGKILL');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), this.timeoutMs);
    try {
      const { code } = await finished(child);
      return code === 0 || size >= maxBytes ? Buffer.concat(chunks).subarray(0, maxBytes) : undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  async readNamed(file: string, shown: string, maxBytes: number): Promise<Buffer | undefined> {
    const absolute = path.resolve(this.root, file);
    const relative = relativeInside(this.root, absolute);
    // A path outside the repository is the workflow's own (`--mapping /opt/policies/m.yaml`): read from disk, as for the head.
    if (relative === undefined) return readOutside(absolute, shown, maxBytes);
    if (isInGitFolder(relative)) throw new UsageError(`${shown} is inside .git/, which holds git's own files, not the repository's; it is not read`);
    const answer = await this.info.ask(`${this.sha}:${this.prefix}${relative}`);
    if (answer.kind === 'missing' || answer.kind === 'broken') return undefined;
    if (answer.kind === 'outside') throw new UsageError(`${shown} resolves to a place outside the repository (a symlink); it is not read`);
    if (answer.type !== 'blob') throw new UsageError(`${shown} is a folder, not a regular file; it is not read`);
    if (answer.size > maxBytes) throw new UsageError(tooLarge(shown, answer.size, maxBytes));
    return this.blob(answer.oid, answer.size, shown);
  }

  private async blob(oid: string, size: number, shown: string): Promise<Buffer> {
    const answer = await this.contents.ask(oid, size);
    if (answer.kind !== 'object' || answer.type !== 'blob') throw new GitError(`git cat-file found no file ${shown} at ${oid.slice(0, 7)} in commit ${this.sha.slice(0, 7)}`);
    return answer.content;
  }

  /** A listed file, or the file a listed symlink leads to. */
  private fileEntry(file: string): TreeEntry | undefined {
    if (this.entries === undefined) throw new Error('the commit is read after it is listed');
    const entry = this.entries.get(this.linkTargets.get(file) ?? file);
    return entry?.kind === 'file' ? entry : undefined;
  }

  /**
   * Every entry of the tree at levels that fit `maxEntries`, counted breadth first like the disk
   * listing (load/repository.ts): a level that would pass the limit is left out whole. The tree
   * is streamed, and entries at levels already past the limit are never kept.
   */
  private async listTree(maxEntries: number): Promise<{ entries: Map<string, TreeEntry>; truncated: boolean }> {
    const tree = this.prefix === '' ? `${this.sha}^{tree}` : `${this.sha}:${this.prefix.replace(/\/$/, '')}`;
    const child = spawnGit(this.directory, ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', tree]);
    // The checkout at the repository's top holds `.git` too, which the disk listing counts.
    const perLevel: number[] = this.prefix === '' ? [0, 1] : [];
    let cut = Number.POSITIVE_INFINITY;
    let kept = new Map<string, TreeEntry & { readonly level: number }>();
    let rest = Buffer.alloc(0);
    const take = (record: string) => {
      const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record);
      if (match === null) throw new GitError('git ls-tree wrote a line crosswalk cannot read');
      const [, mode, type, oid, size, file] = match as unknown as [string, string, string, string, string, string];
      const segments = file.split('/');
      if (segments.slice(0, -1).some((segment) => skippedFolders.has(segment))) return;
      const level = segments.length;
      perLevel[level] = (perLevel[level] ?? 0) + 1;
      if (level < cut) {
        let total = 0;
        for (let depth = 1; depth < perLevel.length; depth++) {
          total += perLevel[depth] ?? 0;
          if (total > maxEntries) {
            if (depth < cut) {
              cut = depth;
              kept = new Map([...kept].filter(([, entry]) => entry.level < cut));
            }
            break;
          }
        }
      }
      if (level >= cut) return;
      const kind = type === 'tree' || type === 'commit' ? 'folder' : mode === '120000' ? 'link' : 'file';
      kept.set(file, { kind, oid, size: size === '-' ? 0 : Number(size), level });
    };
    const timer = setTimeout(() => child.kill('SIGKILL'), this.timeoutMs);
    let problem: Error | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (problem !== undefined) return;
      // Records end in NUL; a chunk may end inside one (or inside a character of its path).
      let buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      try {
        for (let end = buffer.indexOf(0); end !== -1; end = buffer.indexOf(0)) {
          take(buffer.subarray(0, end).toString('utf8'));
          buffer = buffer.subarray(end + 1);
        }
        rest = Buffer.from(buffer);
      } catch (error) {
        problem = error as Error;
        child.kill('SIGKILL');
      }
    });
    try {
      const { code, signal, stderr } = await finished(child);
      if (problem !== undefined) throw problem;
      if (signal === 'SIGKILL') throw new GitError(`git ls-tree took longer than ${this.timeoutMs / 1000} s`, 'timeout');
      if (code !== 0) throw new GitError(`git ls-tree of commit ${this.sha.slice(0, 7)} failed${firstLine(stderr)}`);
    } finally {
      clearTimeout(timer);
    }
    return { entries: new Map([...kept].map(([file, { kind, oid, size }]) => [file, { kind, oid, size }])), truncated: cut !== Number.POSITIVE_INFINITY };
  }
}

type LinkTarget = { readonly kind: 'file'; readonly relative: string } | { readonly kind: 'folder' | 'outside' | 'broken' };

/** Where a symlink leads, as realpath would say it inside the tree; a target out of the tree (or into `.git/`) is outside. */
function resolveLink(link: string, entries: ReadonlyMap<string, TreeEntry>, linkText: ReadonlyMap<string, string | undefined>): LinkTarget {
  const first = linkText.get(link);
  if (first === undefined || first.startsWith('/')) return { kind: first === undefined ? 'broken' : 'outside' };
  const pending = first.split('/');
  const resolved = link.split('/').slice(0, -1);
  let hops = 1;
  while (pending.length > 0) {
    const segment = pending.shift()!;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (resolved.length === 0) return { kind: 'outside' };
      resolved.pop();
      continue;
    }
    const candidate = [...resolved, segment].join('/');
    if (segment === '.git') return { kind: 'outside' };
    const entry = entries.get(candidate);
    if (entry === undefined) return { kind: 'broken' };
    if (entry.kind === 'link') {
      hops += 1;
      const text = linkText.get(candidate);
      if (hops > maxLinkHops || text === undefined) return { kind: 'broken' };
      if (text.startsWith('/')) return { kind: 'outside' };
      pending.unshift(...text.split('/'));
      continue;
    }
    if (entry.kind === 'file' && pending.some((rest) => rest !== '' && rest !== '.')) return { kind: 'broken' };
    resolved.push(segment);
  }
  const relative = resolved.join('/');
  const entry = entries.get(relative);
  if (relative === '' || entry?.kind === 'folder') return { kind: 'folder' };
  return entry?.kind === 'file' ? { kind: 'file', relative } : { kind: 'broken' };
}

async function readOutside(file: string, shown: string, maxBytes: number): Promise<Buffer | undefined> {
  try {
    return await readRegularFile(file, shown, maxBytes);
  } catch (error) {
    if (error instanceof UsageError && / ENOENT$| ENOTDIR$/.test(error.message)) return undefined;
    throw error;
  }
}
