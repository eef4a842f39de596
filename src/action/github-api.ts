/**
 * `CommentsApi` on @actions/github's octokit. The import is lazy: only a pull-request run that
 * comments loads octokit, so every other run (and the CLI, which shares the bundle's chunks)
 * never pays for it. @actions/github takes its base URL from GITHUB_API_URL, so GitHub
 * Enterprise Server and the tests' local server work unchanged.
 */
import type { CommentsApi, IssueComment } from './comment.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export async function githubCommentsApi(token: string, repository: Repository): Promise<CommentsApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  return {
    async *listComments(issueNumber: number): AsyncIterable<readonly IssueComment[]> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
      for await (const page of pages) yield page.data;
    },
    async createComment(issueNumber: number, body: string) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    },
    async updateComment(commentId: number, body: string) {
      await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
  };
}

/** `owner/name` as GITHUB_REPOSITORY writes it; undefined when it is not that. */
export function parseRepository(value: string | undefined): Repository | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
