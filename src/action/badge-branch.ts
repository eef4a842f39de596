/**
 * Publishing files to a branch through the git data API, as one commit, only when they changed.
 * "Changed" is decided without a request per file: a git blob's sha is a hash of its content, so
 * the files' shas are computed here and compared with the branch's tree. The API is behind
 * `GitDataApi`, so this module knows no HTTP.
 */
import { createHash } from 'node:crypto';

/** The folder crosswalk owns on the branch: what it publishes, and nothing else, lives there. */
export const publishFolder = 'crosswalk';

export interface PublishedFile {
  /** A file name inside `publishFolder`, no folders. */
  readonly name: string;
  readonly content: string;
}

/** A file already published that stays as it is, unread (a history too large to be crosswalk's). */
export interface KeptFile {
  readonly name: string;
  readonly keep: true;
}

export interface TreeEntry {
  readonly path: string;
  readonly type: string;
  readonly sha: string;
  /** A blob's size in bytes, as the tree lists it. */
  readonly size?: number | undefined;
}

/** A file of the new tree: its path from the branch's root, and its blob (null deletes it). */
export interface TreeChange {
  readonly path: string;
  readonly sha: string | null;
}

/** What publishing needs from the API. */
export interface GitDataApi {
  /** The commit the branch points at; undefined when there is no such branch. */
  branchHead(branch: string): Promise<string | undefined>;
  commitTree(commit: string): Promise<string>;
  /** The tree's own entries, not those of its subtrees. */
  treeEntries(tree: string): Promise<TreeEntry[]>;
  /** A blob's content, as UTF-8 text. */
  blobContent(blob: string): Promise<string>;
  createBlob(content: string): Promise<string>;
  /** A tree with `changes` applied on top of `baseTree` (an empty tree when undefined). */
  createTree(changes: readonly TreeChange[], baseTree: string | undefined): Promise<string>;
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<string>;
  createBranch(branch: string, commit: string): Promise<void>;
  /** Fast-forward only. */
  moveBranch(branch: string, commit: string): Promise<void>;
}

export type PublishOutcome = { readonly outcome: 'created-branch' | 'committed'; readonly commit: string } | { readonly outcome: 'unchanged'; readonly commit: string };

/** A file crosswalk published before: none, its text, or only its size when that is more than the reader would read. */
export type PublishedText = { readonly kind: 'none' } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'too-large'; readonly size: number };

/** Reads a file crosswalk published before, by name, if its blob (as the tree lists it) is at most `maxBytes`. */
export type PublishedReader = (name: string, maxBytes: number) => Promise<PublishedText>;

/** The files to publish, or how to make them from what is published now (a history to append to). */
type FilesToPublish = readonly PublishedFile[] | ((published: PublishedReader) => Promise<readonly (PublishedFile | KeptFile)[]>);

/** Which request of publishing failed, and whether it was one that writes (and so needs `contents: write`). */
export class PublishStepError extends Error {
  override readonly name = 'PublishStepError';
  constructor(
    readonly step: string,
    readonly writes: boolean,
    readonly status: unknown,
    message: string,
  ) {
    super(`${step} failed: ${message}`);
  }
}

async function step<T>(what: string, writes: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
    throw new PublishStepError(what, writes, status, error instanceof Error ? error.message : String(error));
  }
}

function isKept(file: PublishedFile | KeptFile): file is KeptFile {
  return 'keep' in file;
}

/**
 * Makes `publishFolder` on `branch` hold exactly `files`: creates the branch from an orphan commit
 * when it does not exist, commits on top of it when a file differs (files crosswalk no longer
 * writes, such as the badge of a category taken out of scope, are removed), and makes no commit
 * when nothing changed. `toPublish` may be a function of the files published now: it is called
 * once, after the branch is read (with nothing published when the branch does not exist).
 */
export async function publishToBranch(api: GitDataApi, branch: string, toPublish: FilesToPublish, message: string): Promise<PublishOutcome> {
  const head = await step(`reading branch ${branch}`, false, () => api.branchHead(branch));
  if (head === undefined) {
    const files = typeof toPublish === 'function' ? await toPublish(async () => ({ kind: 'none' })) : toPublish;
    const changes = await uploadBlobs(api, files.filter((file): file is PublishedFile => !isKept(file)));
    const tree = await step('creating the tree', true, () => api.createTree(changes, undefined));
    const commit = await step('creating the commit', true, () => api.createCommit(message, tree, []));
    await step(`creating branch ${branch}`, true, () => api.createBranch(branch, commit));
    return { outcome: 'created-branch', commit };
  }

  const rootTree = await step(`reading the commit of branch ${branch}`, false, () => api.commitTree(head));
  const current = await publishedBlobs(api, rootTree, branch);
  const files = typeof toPublish === 'function' ? await toPublish(readPublished(api, current)) : toPublish;
  const written = files.filter((file): file is PublishedFile => !isKept(file));
  const changed = written.filter((file) => current.get(file.name)?.sha !== gitBlobSha(file.content));
  const wanted = new Set(files.map((file) => file.name));
  const removed = [...current.keys()].filter((name) => !wanted.has(name));
  if (changed.length === 0 && removed.length === 0) return { outcome: 'unchanged', commit: head };

  const changes = [...(await uploadBlobs(api, changed)), ...removed.map((name) => ({ path: `${publishFolder}/${name}`, sha: null }))];
  const tree = await step('creating the tree', true, () => api.createTree(changes, rootTree));
  const commit = await step('creating the commit', true, () => api.createCommit(message, tree, [head]));
  await step(`moving branch ${branch}`, true, () => api.moveBranch(branch, commit));
  return { outcome: 'committed', commit };
}

/** One blob per file, in order: one request at a time, as GitHub asks of integrations. */
async function uploadBlobs(api: GitDataApi, files: readonly PublishedFile[]): Promise<TreeChange[]> {
  const changes: TreeChange[] = [];
  for (const file of files) changes.push({ path: `${publishFolder}/${file.name}`, sha: await step(`uploading ${publishFolder}/${file.name}`, true, () => api.createBlob(file.content)) });
  return changes;
}

interface PublishedBlob {
  readonly sha: string;
  readonly size: number | undefined;
}

/** Name → blob of the files in `publishFolder` of the tree; empty when there is no such folder. */
async function publishedBlobs(api: GitDataApi, rootTree: string, branch: string): Promise<Map<string, PublishedBlob>> {
  const folder = (await step(`reading the tree of branch ${branch}`, false, () => api.treeEntries(rootTree))).find((entry) => entry.path === publishFolder);
  if (folder === undefined) return new Map();
  // A file where the folder should be: every file then counts as changed, and the tree replaces it.
  if (folder.type !== 'tree') return new Map();
  const entries = await step(`reading ${publishFolder}/ on branch ${branch}`, false, () => api.treeEntries(folder.sha));
  return new Map(entries.filter((entry) => entry.type === 'blob').map((entry) => [entry.path, { sha: entry.sha, size: entry.size }]));
}

/**
 * Reads a published file through the blob of the tree already listed: one request, only for
 * files asked for, and only when the tree says the blob is no larger than asked (a blob the tree
 * gives no size for is not read either): a 58 MB file is never fetched to be refused.
 */
function readPublished(api: GitDataApi, current: ReadonlyMap<string, PublishedBlob>): PublishedReader {
  return async (name, maxBytes) => {
    const blob = current.get(name);
    if (blob === undefined) return { kind: 'none' };
    if (blob.size === undefined || blob.size > maxBytes) return { kind: 'too-large', size: blob.size ?? Number.NaN };
    return { kind: 'text', text: await step(`reading ${publishFolder}/${name}`, false, () => api.blobContent(blob.sha)) };
  };
}

/** The sha git gives a blob with this content (UTF-8): sha1 of `blob <bytes>\0<content>`. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Branch names crosswalk publishes to: git's rules for a ref name (`git check-ref-format`),
 * narrowed to letters, digits, `.`, `_`, `-` and `/`, so the name goes into an API path as it is.
 */
export function isPublishableBranch(name: string): boolean {
  if (name.length === 0 || name.length > 200 || !/^[A-Za-z0-9._/-]+$/.test(name)) return false;
  if (name.startsWith('-') || name.includes('..') || name.endsWith('.')) return false;
  return name.split('/').every((segment) => segment !== '' && !segment.startsWith('.') && !segment.endsWith('.lock'));
}

/** A branch input as a person may write it: `refs/heads/badges` is the branch `badges`. */
export function branchName(input: string): string {
  return input.startsWith('refs/heads/') ? input.slice('refs/heads/'.length) : input;
}

/**
 * Why crosswalk will not publish to `branch`, if it will not: the default branch is the code the
 * badge describes, and publishing there would commit `crosswalk/` into it on every change.
 */
export function refusedBranch(branch: string, defaultBranch: string | undefined): string | undefined {
  if (defaultBranch === undefined || branch !== defaultBranch) return undefined;
  return `badge-branch is ${branch}, the default branch: crosswalk publishes only to a branch of its own (e.g. badges), never into the code it checks`;
}
