import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/action/api-requests.ts
var defaultApiPolicy = { requestTimeoutMs: 1e4, maxRetries: 2, maxTotalWaitMs: 1e4, sessionTimeMs: 6e4 };
function apiPolicyFrom(env) {
  const milliseconds = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && env[name] !== "" && Number.isInteger(value) && value >= 0 ? Math.min(value, 6e4) : fallback;
  };
  const requestTimeoutMs = Math.max(1, milliseconds("CROSSWALK_API_TIMEOUT_MS", defaultApiPolicy.requestTimeoutMs));
  return { ...defaultApiPolicy, requestTimeoutMs, maxTotalWaitMs: milliseconds("CROSSWALK_API_MAX_WAIT_MS", defaultApiPolicy.maxTotalWaitMs), sessionTimeMs: 6 * requestTimeoutMs };
}
var realClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
};
var ApiError = class extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
  kind;
  status;
  name = "ApiError";
};
function apiSession(policy, clock = realClock) {
  const deadline = clock.now() + policy.sessionTimeMs;
  let waited = 0;
  return {
    async send(attempt) {
      for (let retry = 0; ; retry += 1) {
        const timeLeft = deadline - clock.now();
        if (timeLeft <= 0) throw new ApiError("timeout", `crosswalk's ${seconds(policy.sessionTimeMs)} for the API ran out`);
        const timeout = Math.min(policy.requestTimeoutMs, timeLeft);
        const signal = AbortSignal.timeout(timeout);
        try {
          return await attempt(signal);
        } catch (error) {
          if (error instanceof ApiError) throw error;
          if (signal.aborted) throw new ApiError("timeout", `no answer within ${seconds(timeout)}`);
          const failure = httpFailure(error);
          if (failure === void 0) throw new ApiError("network", `cannot reach the API: ${errorMessage(error)}`);
          const wait = retryDelay(failure, retry, clock.now());
          if (wait === void 0 || retry >= policy.maxRetries) throw finalError(failure);
          if (waited + wait > policy.maxTotalWaitMs || clock.now() + wait >= deadline) {
            throw new ApiError(isRateLimited(failure) ? "rate-limited" : "http", `${describeHttp(failure)}; retrying would mean waiting ${seconds(wait)}, more than crosswalk waits for the API`, failure.status);
          }
          waited += wait;
          await clock.sleep(wait);
        }
      }
    }
  };
}
function retryDelay(failure, retry, now) {
  if (failure.status < 500 && !isRateLimited(failure)) return void 0;
  const retryAfter = header(failure, "retry-after");
  if (retryAfter !== void 0) {
    const delay = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1e3 : Date.parse(retryAfter) - now;
    if (Number.isFinite(delay)) return Math.max(0, delay);
  }
  const reset = header(failure, "x-ratelimit-reset");
  if (isRateLimited(failure) && reset !== void 0 && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
  return 1e3 * 2 ** retry;
}
function isRateLimited(failure) {
  if (failure.status === 429) return true;
  return failure.status === 403 && (header(failure, "retry-after") !== void 0 || header(failure, "x-ratelimit-remaining") === "0");
}
function finalError(failure) {
  return new ApiError(isRateLimited(failure) ? "rate-limited" : "http", describeHttp(failure), failure.status);
}
function describeHttp(failure) {
  const message = failure.message.trim();
  return `HTTP ${failure.status}${message === "" ? "" : `: ${message.length > 200 ? `${message.slice(0, 200)}\u2026` : message}`}`;
}
function header(failure, name) {
  const value = failure.headers[name];
  return value === void 0 ? void 0 : String(value).trim();
}
function httpFailure(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const { status, response, message } = error;
  if (typeof status !== "number" || response === void 0) return void 0;
  return { status, headers: response.headers ?? {}, message: typeof message === "string" ? message : "" };
}
function errorMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}\u2026` : message;
}
function seconds(milliseconds) {
  const value = milliseconds / 1e3;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

// src/action/github-api.ts
async function resilientOctokit(token, policy) {
  const { getOctokit } = await import("./github-JKR6Z6H4.js");
  const octokit = getOctokit(token);
  const session = apiSession(policy);
  octokit.hook.wrap(
    "request",
    (request, options) => session.send(async (signal) => {
      options.request = { ...options.request, signal };
      const response = await request(options);
      if (response.status !== 204 && (typeof response.data !== "object" || response.data === null)) {
        throw new ApiError("malformed", `the API's answer to ${options.method} ${pathOf(response.url)} is not the JSON expected`, response.status);
      }
      return response;
    })
  );
  return octokit;
}
async function githubCommentsApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  return {
    async *listComments(issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data) || !page.data.every((comment) => typeof comment?.id === "number")) throw malformed("the comment list");
        yield page.data;
      }
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
    viewerLogin: () => tokenLogin(octokit)
  };
}
async function tokenLogin(octokit) {
  const answer = await octokit.graphql("query { viewer { login } }");
  const login = answer?.viewer?.login;
  return typeof login === "string" && login !== "" ? login : void 0;
}
async function githubGitDataApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  const { owner, repo } = repository;
  return {
    async branchHead(branch) {
      try {
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/heads/${branch}`, { owner, repo });
        return sha(data?.object?.sha, "the branch reference");
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return void 0;
        throw error;
      }
    },
    async commitTree(commit) {
      const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit });
      return sha(data?.tree?.sha, "the commit");
    },
    async treeEntries(tree) {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree });
      const entries = data?.tree;
      if (!Array.isArray(entries)) throw malformed("the tree");
      return entries.map((entry) => {
        if (typeof entry?.path !== "string" || typeof entry.type !== "string") throw malformed("a tree entry");
        return { path: entry.path, type: entry.type, sha: sha(entry.sha, "a tree entry") };
      });
    },
    async blobContent(blob) {
      const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blob });
      if (typeof data?.content !== "string" || data.encoding !== "base64" && data.encoding !== "utf-8") throw malformed("the blob");
      return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
    },
    async createBlob(content) {
      const { data } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: "utf-8" });
      return sha(data?.sha, "the new blob");
    },
    async createTree(changes, baseTree) {
      const tree = changes.map((change) => ({ path: change.path, mode: "100644", type: "blob", sha: change.sha }));
      const { data } = await octokit.rest.git.createTree({ owner, repo, tree, ...baseTree === void 0 ? {} : { base_tree: baseTree } });
      return sha(data?.sha, "the new tree");
    },
    async createCommit(message, tree, parents) {
      const { data } = await octokit.rest.git.createCommit({ owner, repo, message, tree, parents: [...parents] });
      return sha(data?.sha, "the new commit");
    },
    async createBranch(branch, commit) {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit });
    },
    async moveBranch(branch, commit) {
      await octokit.request(`PATCH /repos/{owner}/{repo}/git/refs/heads/${branch}`, { owner, repo, sha: commit, force: false });
    }
  };
}
async function githubIssuesApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  return {
    async viewerLogin() {
      const login = await tokenLogin(octokit);
      if (login === void 0) throw malformed("the token's identity");
      return login;
    },
    async *listIssuesBy(creator) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, creator, state: "all", sort: "created", direction: "asc", per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed("the issue list");
        yield page.data.map(issueSummary);
      }
    },
    async *listRecentlyUpdated() {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, state: "all", sort: "updated", direction: "desc", per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed("the issue list");
        yield page.data.map(issueSummary);
      }
    },
    async createIssue(title, body) {
      const { data } = await octokit.rest.issues.create({ ...repository, title, body });
      if (typeof data?.number !== "number") throw malformed("the new issue");
      return data.number;
    },
    async updateIssue(issueNumber, change) {
      const state = change.state === void 0 ? {} : { state: change.state, ...change.state === "closed" ? { state_reason: "completed" } : {} };
      await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, body: change.body, ...state });
    },
    async comment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    }
  };
}
function issueSummary(issue) {
  if (typeof issue?.number !== "number" || issue.state !== "open" && issue.state !== "closed") throw malformed("an issue");
  return {
    number: issue.number,
    state: issue.state,
    body: typeof issue.body === "string" ? issue.body : "",
    author: typeof issue.user?.login === "string" ? issue.user.login : void 0,
    pullRequest: issue.pull_request !== void 0 && issue.pull_request !== null
  };
}
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return "a request";
  }
}
function sha(value, what) {
  if (typeof value !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) throw malformed(what);
  return value;
}
function malformed(what) {
  return new ApiError("malformed", `the API's answer for ${what} is not in the shape GitHub documents`);
}
function parseRepository(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}

export {
  apiPolicyFrom,
  ApiError,
  apiSession,
  githubCommentsApi,
  githubGitDataApi,
  githubIssuesApi,
  parseRepository
};
