import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  ApiError,
  apiSession
} from "./chunk-AMJEM4ZB.js";
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import {
  parseFlags
} from "./chunk-OOQ6X7JJ.js";
import "./chunk-WPZYCQ54.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  compareChanges,
  compareText,
  exceptionsOf,
  isIsoDate,
  summaryOf,
  todayUtc
} from "./chunk-HBO2JP73.js";
import {
  package_default
} from "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";

// src/commands/collect.ts
import path2 from "node:path";

// src/collect/github-changes.ts
var concurrency = 4;
var progressEvery = 100;
async function collectChangePopulation(api, request, progress, now = () => /* @__PURE__ */ new Date()) {
  const { branch, period } = request;
  const rules = summarizeRules(await api.branchRules(branch));
  const merged = await mergedPullRequests(api, branch, period, progress);
  progress(`${merged.length} pull request${merged.length === 1 ? "" : "s"} merged into ${branch} in ${period.start}..${period.end}; testing each (${api.requests} requests so far)`);
  const tested = await inBatches(merged, concurrency, (pull) => testPullRequest(api, pull), (done) => {
    if (done % progressEvery === 0 && done < merged.length) progress(`${done} of ${merged.length} pull requests tested (${api.requests} requests so far)`);
  });
  const brought = new Set(tested.flatMap(({ commits }) => commits));
  const direct = await directCommits(api, branch, period, brought, progress);
  const changes = [...tested.map(({ change }) => change), ...direct].sort(compareChanges);
  progress(`${changes.length} change${changes.length === 1 ? "" : "s"} tested: ${tested.length} pull requests, ${direct.length} direct commits (${api.requests} requests)`);
  return {
    apiVersion: "crosswalk/v1",
    kind: "ChangePopulation",
    repository: `${request.owner}/${request.repo}`,
    branch,
    period,
    collected: now().toISOString().replace(/\.\d{3}Z$/, "Z"),
    source: { api: api.apiUrl, tool: request.tool, queries: queriesOf(request) },
    rules,
    changes,
    summary: summaryOf(changes)
  };
}
function queriesOf({ owner, repo, branch, period }) {
  const base = `GET /repos/${owner}/${repo}`;
  const encodedBranch = encodeURIComponent(branch);
  return [
    `${base}/pulls?state=closed&base=${encodedBranch}&sort=updated&direction=desc (merged_at in ${period.start}..${period.end}, UTC)`,
    `${base}/pulls/{number}, /pulls/{number}/reviews, /pulls/{number}/commits (each pull request)`,
    `${base}/commits/{head}/check-runs, /commits/{head}/status (each pull request's head)`,
    `${base}/commits?sha=${encodedBranch}&since=${period.start}T00:00:00Z&until=${period.end}T23:59:59Z`,
    `${base}/commits/{sha}/pulls (each commit no pull request above brought)`,
    `${base}/rules/branches/${encodedBranch}`
  ];
}
var dayOf = (time) => time.slice(0, 10);
var inPeriod = (time, period) => dayOf(time) >= period.start && dayOf(time) <= period.end;
async function mergedPullRequests(api, branch, period, progress) {
  const merged = [];
  let pages = 0;
  for await (const page of api.closedPullRequests(branch)) {
    pages += 1;
    merged.push(...page.filter((pull) => pull.base === branch && pull.mergedAt !== null && inPeriod(pull.mergedAt, period)));
    progress(`pull requests: ${pages} page${pages === 1 ? "" : "s"} read, ${merged.length} merged in the period`);
    const last = page.at(-1);
    if (last === void 0 || dayOf(last.updatedAt) < period.start) break;
  }
  return merged;
}
async function testPullRequest(api, pull) {
  const [mergedBy, reviews, commits, runs, statuses] = [
    await api.mergedBy(pull.number),
    await api.reviews(pull.number),
    await api.pullRequestCommits(pull.number),
    await api.checkRuns(pull.head),
    await api.statuses(pull.head)
  ];
  const tested = {
    id: `#${pull.number}`,
    kind: "pull-request",
    title: pull.title,
    author: pull.author,
    mergedBy,
    at: pull.mergedAt,
    commit: pull.mergeCommit ?? pull.head,
    head: pull.head,
    approvals: independentApprovals(reviews, pull.author, pull.mergedAt),
    checks: checksState(runs, statuses)
  };
  return { change: { ...tested, exceptions: exceptionsOf({ ...tested, exceptions: [] }) }, commits: [...commits, ...pull.mergeCommit === null ? [] : [pull.mergeCommit]] };
}
var decisiveStates = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function independentApprovals(reviews, author, mergedAt) {
  const latest = /* @__PURE__ */ new Map();
  for (const review2 of reviews) {
    if (review2.by === author || review2.by.endsWith("[bot]") || review2.submittedAt === null) continue;
    if (!decisiveStates.has(review2.state) || review2.submittedAt >= mergedAt) continue;
    const previous = latest.get(review2.by);
    if (previous === void 0 || previous.submittedAt <= review2.submittedAt) latest.set(review2.by, review2);
  }
  return [...latest.values()].filter((review2) => review2.state === "APPROVED").map((review2) => ({ by: review2.by, at: review2.submittedAt, commit: review2.commit })).sort((a, b) => compareText(a.at, b.at) || compareText(a.by, b.by));
}
var failedConclusions = /* @__PURE__ */ new Set(["failure", "cancelled", "timed_out", "action_required"]);
function checksState(runs, statuses) {
  if (runs.some((run) => run.conclusion !== null && failedConclusions.has(run.conclusion)) || statuses.some((state) => state === "failure" || state === "error")) return "failure";
  if (runs.some((run) => run.status !== "completed") || statuses.some((state) => state === "pending")) return "pending";
  return runs.length + statuses.length > 0 ? "success" : "none";
}
async function directCommits(api, branch, period, brought, progress) {
  const direct = [];
  let pages = 0;
  for await (const page of api.branchCommits(branch, `${period.start}T00:00:00Z`, `${period.end}T23:59:59Z`)) {
    pages += 1;
    for (const commit of page) {
      if (brought.has(commit.sha) || !inPeriod(commit.committedAt, period)) continue;
      const pulls = await api.pullRequestsOfCommit(commit.sha);
      if (pulls.some((pull) => pull.mergedAt !== null && pull.base === branch)) continue;
      direct.push({ id: commit.sha.slice(0, 7), kind: "direct-commit", title: commit.title, author: commit.author, at: commit.committedAt, commit: commit.sha, exceptions: ["no-pull-request"] });
    }
    progress(`commits: ${pages} page${pages === 1 ? "" : "s"} read, ${direct.length} direct`);
  }
  return direct;
}
function summarizeRules(raw) {
  let requiredApprovals = 0;
  const requiredChecks = /* @__PURE__ */ new Set();
  for (const rule of raw) {
    const { type, parameters } = rule ?? {};
    if (type === "pull_request" && typeof parameters?.required_approving_review_count === "number") {
      requiredApprovals = Math.max(requiredApprovals, parameters.required_approving_review_count);
    }
    if (type === "required_status_checks" && Array.isArray(parameters?.required_status_checks)) {
      for (const check of parameters.required_status_checks) if (typeof check?.context === "string") requiredChecks.add(check.context);
    }
  }
  return { requiredApprovals, requiredChecks: [...requiredChecks].sort(compareText), raw: [...raw] };
}
async function inBatches(items, limit, work, done) {
  const results = new Array(items.length);
  let next = 0;
  let finished = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/collect/github-changes-api.ts
function collectionPolicy(env) {
  const milliseconds = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && env[name] !== "" && Number.isInteger(value) && value >= 0 ? Math.min(value, 3e5) : fallback;
  };
  return {
    requestTimeoutMs: Math.max(1, milliseconds("CROSSWALK_API_TIMEOUT_MS", 3e4)),
    maxRetries: 3,
    maxTotalWaitMs: milliseconds("CROSSWALK_API_MAX_WAIT_MS", 12e4),
    sessionTimeMs: Number.POSITIVE_INFINITY
  };
}
async function githubChangesApi(options) {
  const { getOctokit } = await import("./github-QC2L74BE.js");
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
  const session = apiSession(options.policy);
  const repository = { owner: options.owner, repo: options.repo };
  const fullName = `${options.owner}/${options.repo}`;
  let requests = 0;
  octokit.hook.wrap(
    "request",
    (request, requestOptions) => session.send(async (signal) => {
      requests += 1;
      requestOptions.request = { ...requestOptions.request, signal };
      try {
        const response = await request(requestOptions);
        if (typeof response.data !== "object" || response.data === null) throw malformed(`the answer to ${pathOf(String(requestOptions.url))}`);
        return response;
      } catch (error) {
        throw refusal(error, concreteUrl(octokit.request, requestOptions), fullName) ?? error;
      }
    })
  );
  async function all(pages2, read, what) {
    const entries = [];
    for await (const page of pages2) entries.push(...list(page.data, what).map(read));
    return entries;
  }
  const pages = (route, parameters) => octokit.paginate.iterator(route, { ...repository, ...parameters, per_page: 100 });
  return {
    apiUrl: options.apiUrl,
    get requests() {
      return requests;
    },
    async defaultBranch() {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}", repository);
      return text(data.default_branch, "the repository");
    },
    async *closedPullRequests(branch) {
      const pages2 = octokit.paginate.iterator("GET /repos/{owner}/{repo}/pulls", { ...repository, state: "closed", base: branch, sort: "updated", direction: "desc", per_page: 100 });
      for await (const page of pages2) yield list(page.data, "the pull request list").map(pullRequestSummary);
    },
    async mergedBy(pullNumber) {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repository, pull_number: pullNumber });
      const login = data.merged_by?.login;
      return typeof login === "string" ? login : null;
    },
    reviews: (pullNumber) => all(pages("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", { pull_number: pullNumber }), review, "the review list"),
    pullRequestCommits: (pullNumber) => all(pages("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", { pull_number: pullNumber }), (entry) => sha(entry.sha, "a commit"), "the commit list"),
    checkRuns: (commit) => all(pages("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ref: commit }), checkRun, "the check runs"),
    async statuses(commit) {
      const states = [];
      for (let page = 1; ; page += 1) {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}/status", { ...repository, ref: commit, per_page: 100, page });
        const statuses = list(data.statuses, "the combined status");
        states.push(...statuses.map((status) => text(status.state, "a status")));
        const total = data.total_count;
        if (statuses.length < 100 || typeof total !== "number" || states.length >= total) return states;
      }
    },
    async *branchCommits(branch, since, until) {
      const pages2 = octokit.paginate.iterator("GET /repos/{owner}/{repo}/commits", { ...repository, sha: branch, since, until, per_page: 100 });
      for await (const page of pages2) yield list(page.data, "the commit list").map(branchCommit);
    },
    pullRequestsOfCommit: (commit) => all(pages("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { commit_sha: commit }), (entry) => {
      const summary = pullRequestSummary(entry);
      return { mergedAt: summary.mergedAt, base: summary.base };
    }, "the pull requests of a commit"),
    async branchRules(branch) {
      return all(pages("GET /repos/{owner}/{repo}/rules/branches/{branch}", { branch }), (entry) => entry, "the branch rules");
    }
  };
}
function refusal(error, url, repository) {
  if (typeof error !== "object" || error === null) return void 0;
  const { status, response } = error;
  if (typeof status !== "number" || response === void 0) return void 0;
  const headers = response.headers ?? {};
  const request = `GET ${pathOf(url)}`;
  if ((status === 403 || status === 429) && String(headers["x-ratelimit-remaining"] ?? "") === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    const until = Number.isFinite(reset) && reset > 0 ? `until ${new Date(reset * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z")}` : "for now";
    return new ApiError("rate-limited", `the API's rate limit for this token is spent ${until} (${request} answered ${status}); run again after that`, status);
  }
  if (status === 401) return new ApiError("http", `GitHub refused the token (${request} answered 401): it is invalid or has expired`, status);
  if (status === 403 && headers["retry-after"] === void 0) {
    return new ApiError("http", `the token may not read this (${request} answered 403): it needs ${permissionFor(url)} on ${repository}`, status);
  }
  if (status === 404) {
    return new ApiError("http", `${request} answered 404: ${repository} or its branch does not exist, or the token cannot see it (it needs ${permissionFor(url)} on ${repository})`, status);
  }
  return void 0;
}
function concreteUrl(request, options) {
  try {
    const parse = request.endpoint?.parse;
    if (parse) return parse(options).url;
  } catch {
  }
  return String(options.url);
}
function permissionFor(url) {
  const path3 = pathOf(url);
  if (/\/check-runs$/.test(path3)) return "`checks: read`";
  if (/\/status$/.test(path3)) return "`statuses: read`";
  if (/\/rules\/branches\//.test(path3)) return "`metadata: read`";
  if (/\/pulls(\/|$)/.test(path3)) return "`pull-requests: read`";
  return "`contents: read`";
}
function pullRequestSummary(entry) {
  const user = entry.user;
  const base = entry.base;
  const head = entry.head;
  if (typeof entry.number !== "number") throw malformed("a pull request");
  return {
    number: entry.number,
    title: typeof entry.title === "string" ? entry.title : "",
    author: typeof user?.login === "string" ? user.login : "ghost",
    mergedAt: entry.merged_at === null || entry.merged_at === void 0 ? null : timestamp(entry.merged_at, "a merge time"),
    updatedAt: timestamp(entry.updated_at, "a pull request"),
    base: text(base?.ref, "a pull request's base"),
    head: sha(head?.sha, "a pull request's head"),
    mergeCommit: typeof entry.merge_commit_sha === "string" ? entry.merge_commit_sha : null
  };
}
function review(entry) {
  const user = entry.user;
  return {
    by: typeof user?.login === "string" ? user.login : "ghost",
    state: text(entry.state, "a review"),
    submittedAt: entry.submitted_at === null || entry.submitted_at === void 0 ? null : timestamp(entry.submitted_at, "a review"),
    commit: typeof entry.commit_id === "string" ? entry.commit_id : ""
  };
}
function checkRun(entry) {
  return { status: text(entry.status, "a check run"), conclusion: typeof entry.conclusion === "string" ? entry.conclusion : null };
}
function branchCommit(entry) {
  const commit = entry.commit;
  const author = entry.author;
  const message = typeof commit?.message === "string" ? commit.message : "";
  return {
    sha: sha(entry.sha, "a commit"),
    title: message.split("\n", 1)[0] ?? "",
    author: typeof author?.login === "string" ? author.login : typeof commit?.author?.name === "string" ? commit.author.name : "unknown",
    committedAt: timestamp(commit?.committer?.date, "a commit")
  };
}
function list(value, what) {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === "object" && entry !== null)) throw malformed(what);
  return value;
}
function text(value, what) {
  if (typeof value !== "string") throw malformed(what);
  return value;
}
function sha(value, what) {
  if (typeof value !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) throw malformed(what);
  return value;
}
function timestamp(value, what) {
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw malformed(what);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function pathOf(url) {
  try {
    return new URL(url, "http://api.invalid").pathname;
  } catch {
    return url;
  }
}
function malformed(what) {
  return new ApiError("malformed", `the API's answer for ${what} is not in the shape GitHub documents`);
}

// src/collect/write-document.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeWhole(file, text2) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text2);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// src/commands/collect.ts
var sources = ["github-changes"];
var collectCommand = {
  synopsis: "collect github-changes   collect a branch's change population for a period from GitHub",
  help: `Usage: crosswalk collect github-changes --repo OWNER/NAME [--branch B] --period START..END --output F

Collects the change population of OWNER/NAME's branch B (default: the repository's default branch)
for a period that has ended: every pull request merged into B in the period (UTC days by merge
time), with its author, who merged it, the independent approvals before the merge, the checks of
its head; and every commit that reached B in the period without a pull request. Each change is
tested as an auditor tests one (no-pull-request, no-independent-approval,
approval-not-on-final-commit, checks-not-passing). The document (kind: ChangePopulation) is
evidence crosswalk verifies when an evidence item's path matches it (docs/collect.md).

The API is GITHUB_API_URL (default https://api.github.com; GitHub Enterprise Server's
https://HOST/api/v3 works), the token GITHUB_TOKEN or GH_TOKEN. It needs read access to the
repository's contents, pull requests, checks and statuses (fine-grained: contents, pull-requests,
checks, statuses: read; metadata: read is always granted).

  --repo OWNER/NAME   the repository
  --branch B          the branch (default: the repository's default branch)
  --period S..E       the period, e.g. 2026-07-01..2026-09-30; it must have ended (E before today, UTC)
  --output F          the document to write; replaced whole, never left half written
  --quiet             no progress on standard error

Exit codes: 0 the document was written (exceptions are findings, not failures), 2 it could not be
collected (no token, no access, rate limited: the message says which), and then F is unchanged.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      repo: { type: "string" },
      branch: { type: "string" },
      period: { type: "string" },
      output: { type: "string" },
      quiet: { type: "boolean", default: false }
    });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const [source, ...extra] = positionals;
    if (source === void 0) throw new UsageError(`collect needs what to collect: ${sources.join(", ")}; run crosswalk collect --help`);
    if (!sources.includes(source) || extra.length > 0) throw new UsageError(`collect can collect ${sources.join(", ")}, got "${[source, ...extra].join(" ")}"`);
    const repository = repositoryOf(values.repo);
    if (repository === void 0) throw new UsageError(`--repo must be OWNER/NAME, got ${values.repo === void 0 ? "nothing" : `"${values.repo}"`}`);
    if (values.output === void 0 || values.output === "") throw new UsageError("--output must name the file to write");
    if (values.branch === "") throw new UsageError("--branch must name a branch");
    const period = endedPeriod(values.period, todayUtc());
    const token = [io.env.GITHUB_TOKEN, io.env.GH_TOKEN].find((value) => value !== void 0 && value.trim() !== "");
    if (token === void 0) throw new UsageError("no token: set GITHUB_TOKEN or GH_TOKEN to a token that may read the repository's contents, pull requests, checks and statuses");
    const apiUrl = (io.env.GITHUB_API_URL ?? "").trim().replace(/\/+$/, "") || "https://api.github.com";
    const output = path2.resolve(io.cwd, values.output);
    const progress = values.quiet ? () => {
    } : (message) => io.stderr.write(`crosswalk: ${forTerminal(message)}
`);
    try {
      const api = await githubChangesApi({ token: token.trim(), apiUrl, ...repository, policy: collectionPolicy(io.env) });
      const branch = values.branch ?? await api.defaultBranch();
      progress(`collecting the changes of ${repository.owner}/${repository.repo} ${branch} in ${period.start}..${period.end} from ${apiUrl}`);
      const document = await collectChangePopulation(api, { ...repository, branch, period, tool: `crosswalk ${package_default.version}` }, progress);
      await writeWhole(output, `${JSON.stringify(document, null, 2)}
`);
      io.stderr.write(`crosswalk: wrote ${values.output}: ${document.summary.population} changes, ${document.summary.exceptions} with exceptions
`);
      return 0;
    } catch (error) {
      if (error instanceof ApiError) throw new UsageError(`could not collect the changes of ${repository.owner}/${repository.repo}: ${error.message}; ${values.output} was not written`);
      throw error;
    }
  }
};
function endedPeriod(value, today) {
  const parts = (value ?? "").split("..");
  if (value === void 0 || parts.length !== 2) throw new UsageError(`--period must be written START..END (e.g. 2026-07-01..2026-09-30), got ${value === void 0 ? "nothing" : `"${value}"`}`);
  const [start, end] = parts.map((part) => part.trim());
  for (const date of [start, end]) if (!isIsoDate(date)) throw new UsageError(`--period: "${date}" is not a calendar date written YYYY-MM-DD`);
  if (end < start) throw new UsageError(`--period ${start}..${end} ends before it starts`);
  if (end >= today) throw new UsageError(`--period ${start}..${end} has not ended yet (today is ${today}, UTC): collect a period once it is over, so its population is whole`);
  return { start, end };
}
function repositoryOf(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
export {
  collectCommand
};
