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

export interface TreeEntry {
  readonly path: string;
  readonly type: string;
  readonly sha: string;
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

/** A file crosswalk published before, by name: its text, or undefined when there is none. */
export type PublishedReader = (name: string) => Promise<string | undefined>;

/** The files to publish, or how to make them from what is published now (a history to append to). */
type FilesToPublish = readonly PublishedFile[] | ((published: PublishedReader) => Promise<readonly PublishedFile[]>);

/**
 * Makes `publishFolder` on `branch` hold exactly `files`: creates the branch from an orphan commit
 * when it does not exist, commits on top of it when a file differs (files crosswalk no longer
 * writes, such as the badge of a category taken out of scope, are removed), and makes no commit
 * when nothing changed. `toPublish` may be a function of the files published now: it is called
 * once, after the branch is read (with nothing published when the branch does not exist).
 */
export async function publishToBranch(api: GitDataApi, branch: string, toPublish: FilesToPublish, message: string): Promise<PublishOutcome> {
  const head = await api.branchHead(branch);
  if (head === undefined) {
    const files = typeof toPublish === 'function' ? await toPublish(async () => undefined) : toPublish;
    const tree = await api.createTree(await uploadBlobs(api, files), undefined);
    const commit = await api.createCommit(message, tree, []);
    await api.createBranch(branch, commit);
    return { outcome: 'created-branch', commit };
  }

  const rootTree = await api.commitTree(head);
  const current = await publishedBlobs(api, rootTree);
  const files = typeof toPublish === 'function' ? await toPublish(readPublished(api, current)) : toPublish;
  const changed = files.filter((file) => current.get(file.name) !== gitBlobSha(file.content));
  const wanted = new Set(files.map((file) => file.name));
  const removed = [...current.keys()].filter((name) => !wanted.has(name));
  if (changed.length === 0 && removed.length === 0) return { outcome: 'unchanged', commit: head };

  const changes = [...(await uploadBlobs(api, changed)), ...removed.map((name) => ({ path: `${publishFolder}/${name}`, sha: null }))];
  const tree = await api.createTree(changes, rootTree);
  const commit = await api.createCommit(message, tree, [head]);
  await api.moveBranch(branch, commit);
  return { outcome: 'committed', commit };
}

/** One blob per file, in order: one request at a time, as GitHub asks of integrations. */
async function uploadBlobs(api: GitDataApi, files: readonly PublishedFile[]): Promise<TreeChange[]> {
  const changes: TreeChange[] = [];
  for (const file of files) changes.push({ path: `${publishFolder}/${file.name}`, sha: await api.createBlob(file.content) });
  return changes;
}

/** Name → blob sha of the files in `publishFolder` of the tree; empty when there is no such folder. */
async function publishedBlobs(api: GitDataApi, rootTree: string): Promise<Map<string, string>> {
  const folder = (await api.treeEntries(rootTree)).find((entry) => entry.path === publishFolder);
  if (folder === undefined) return new Map();
  // A file where the folder should be: every file then counts as changed, and the tree replaces it.
  if (folder.type !== 'tree') return new Map();
  const entries = await api.treeEntries(folder.sha);
  return new Map(entries.filter((entry) => entry.type === 'blob').map((entry) => [entry.path, entry.sha]));
}

/** Reads a published file through the blob of the tree already listed: one request, only for files asked for. */
function readPublished(api: GitDataApi, current: ReadonlyMap<string, string>): PublishedReader {
  return async (name) => {
    const blob = current.get(name);
    return blob === undefined ? undefined : api.blobContent(blob);
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
