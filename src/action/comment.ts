/**
 * The one pull-request comment: which event it belongs to, what it says, and how it is kept
 * single (found by a hidden marker, updated in place). The GitHub API is behind `CommentsApi`,
 * so this module stays testable and knows no HTTP.
 */
import { formatMarkdown } from '../report/github/format-markdown.js';
import type { ReadinessDelta } from '../report/delta.js';
import type { Report } from '../report/report.js';

/** Starts every comment crosswalk writes; how the next run finds it again. */
export const commentMarker = '<!-- crosswalk:readiness -->';
/** GitHub rejects issue comments longer than this many characters. */
export const maxCommentLength = 65_536;

export interface PullRequest {
  readonly number: number;
  readonly baseSha: string | undefined;
  /** The branch the pull request targets: its rules judge it. */
  readonly baseRef: string | undefined;
  readonly headSha: string | undefined;
  /** `owner/name` of the head branch's repository: another one for a fork. */
  readonly headRepository: string | undefined;
  readonly fromFork: boolean;
}

/** The events whose payload carries the pull request the comment belongs to. */
export const pullRequestEvents = ['pull_request', 'pull_request_target'] as const;

export function isPullRequestEvent(eventName: string | undefined): boolean {
  return (pullRequestEvents as readonly (string | undefined)[]).includes(eventName);
}

/** The pull request of a `pull_request` or `pull_request_target` payload; undefined for any other event. */
export function pullRequestOf(eventName: string | undefined, payload: unknown): PullRequest | undefined {
  if (!isPullRequestEvent(eventName)) return undefined;
  const pull = (payload as { pull_request?: PullRequestPayload } | undefined)?.pull_request;
  if (typeof pull?.number !== 'number') return undefined;
  const headRepository = pull.head?.repo?.full_name;
  const baseRepository = pull.base?.repo?.full_name;
  return {
    number: pull.number,
    baseSha: pull.base?.sha,
    baseRef: typeof pull.base?.ref === 'string' && pull.base.ref !== '' ? pull.base.ref : undefined,
    headSha: pull.head?.sha,
    headRepository,
    fromFork: headRepository !== undefined && baseRepository !== undefined && headRepository !== baseRepository,
  };
}

interface PullRequestPayload {
  number?: unknown;
  base?: { sha?: string; ref?: unknown; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

export interface CommentContext {
  /** Prefix for file links, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase: string | undefined;
  /** The commit the comment speaks for. */
  readonly sha: string | undefined;
  readonly runUrl: string | undefined;
  /** Before → after, when the base commit was scored. */
  readonly delta?: ReadinessDelta | undefined;
  /** Markdown notes to open with: what the pull request changes in the configuration, or that it judged itself. */
  readonly notes?: readonly string[] | undefined;
}

/** The marker, the report (cut to fit) and a footer saying which commit and run wrote it. */
export function commentBody(report: Report, context: CommentContext): string {
  const footerParts = [
    context.sha === undefined ? 'Updated by crosswalk' : `Updated by crosswalk for ${context.sha.slice(0, 7)}`,
    ...(context.runUrl === undefined ? [] : [`[workflow run](${context.runUrl})`]),
  ];
  const footer = `<sub>${footerParts.join(' · ')}</sub>\n`;
  const frame = `${commentMarker}\n`.length + `\n${footer}`.length;
  const markdown = formatMarkdown(report, { linkBase: context.linkBase, maxLength: maxCommentLength - frame, delta: context.delta, notes: context.notes, compact: true });
  return `${commentMarker}\n${markdown}\n${footer}`;
}

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null | undefined;
  /** Who wrote it: a deleted account shows as null. */
  readonly user?: { readonly login?: string; readonly type?: string } | null | undefined;
}

/** What the comment needs from the GitHub API. */
export interface CommentsApi {
  /** The pull request's comments, page by page, oldest first. */
  listComments(issueNumber: number): AsyncIterable<readonly IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<void>;
  updateComment(commentId: number, body: string): Promise<void>;
  /** The login the token acts as (`github-actions[bot]` for a GITHUB_TOKEN); undefined when the API does not say. */
  viewerLogin(): Promise<string | undefined>;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Who crosswalk is when the API cannot say: the GITHUB_TOKEN's bot. A user account's login cannot
 * contain `[`, so nobody can take this name.
 */
const actionsBot = 'github-actions[bot]';

/**
 * Updates crosswalk's comment in place (`existing`, what findComment found), or creates it when
 * there is none; an unchanged body is left alone.
 */
export async function writeComment(api: CommentsApi, issueNumber: number, body: string, existing: IssueComment | undefined): Promise<CommentOutcome> {
  if (existing === undefined) {
    await api.createComment(issueNumber, body);
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await api.updateComment(existing.id, body);
  return 'updated';
}

/**
 * crosswalk's comment: the first that starts with the marker (one that quotes it further down is
 * someone else's) and was written by us. A comment is ours only when it starts with the marker
 * AND the token's own identity wrote it: anyone can post the marker first, and adopting their
 * comment would let them edit it back to "passed". Who "us" is is asked only once a candidate
 * turns up, so a first run makes no extra request.
 */
export async function findComment(api: CommentsApi, issueNumber: number): Promise<IssueComment | undefined> {
  let self: string | undefined;
  for await (const page of api.listComments(issueNumber)) {
    for (const comment of page) {
      if (!comment.body?.startsWith(commentMarker)) continue;
      self ??= (await api.viewerLogin().catch(() => undefined)) ?? actionsBot;
      if (writtenBy(comment, self)) return comment;
    }
  }
  return undefined;
}

/** Same login (GitHub logins ignore case); a bot's login only counts on a Bot account. */
function writtenBy(comment: IssueComment, login: string): boolean {
  const author = comment.user;
  if (typeof author?.login !== 'string' || author.login.toLowerCase() !== login.toLowerCase()) return false;
  return !login.endsWith('[bot]') || author.type === 'Bot';
}
