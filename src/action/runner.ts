import { apiPolicyFrom, type ApiPolicy } from './api-requests.js';

/** What the Actions runner tells a step through its environment, read in one place. */
export interface Runner {
  /** Absolute path of the checked-out repository: the root that gets checked. */
  readonly workspace: string;
  readonly eventName: string | undefined;
  readonly eventPath: string | undefined;
  /** The ref that triggered the run, e.g. `refs/heads/main` on a push. */
  readonly ref: string | undefined;
  /** `owner/name` of the repository the workflow runs in. */
  readonly repository: string | undefined;
  /** The commit the runner checked out by default: the one line numbers refer to. */
  readonly sha: string | undefined;
  readonly serverUrl: string;
  readonly runId: string | undefined;
  readonly temp: string | undefined;
  readonly stepSummary: string | undefined;
  /** `owner/name` of this action, when run from a published ref. */
  readonly actionRepository: string | undefined;
  /** How long the API may take: the defaults, or the step's CROSSWALK_API_* variables. */
  readonly apiPolicy: ApiPolicy;
}

export function runnerFrom(env: NodeJS.ProcessEnv, cwd: string): Runner {
  const value = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  return {
    workspace: value('GITHUB_WORKSPACE') ?? cwd,
    eventName: value('GITHUB_EVENT_NAME'),
    eventPath: value('GITHUB_EVENT_PATH'),
    ref: value('GITHUB_REF'),
    repository: value('GITHUB_REPOSITORY'),
    sha: value('GITHUB_SHA'),
    serverUrl: (value('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    runId: value('GITHUB_RUN_ID'),
    temp: value('RUNNER_TEMP'),
    stepSummary: value('GITHUB_STEP_SUMMARY'),
    actionRepository: value('GITHUB_ACTION_REPOSITORY'),
    apiPolicy: apiPolicyFrom(env),
  };
}

/** `https://github.com/o/r/blob/<sha>/`: file links pinned to the checked-out commit, so line numbers stay right. */
export function blobLinkBase(runner: Runner): string | undefined {
  if (runner.repository === undefined || runner.sha === undefined) return undefined;
  return `${runner.serverUrl}/${runner.repository}/blob/${runner.sha}/`;
}

export function runUrl(runner: Runner): string | undefined {
  if (runner.repository === undefined || runner.runId === undefined) return undefined;
  return `${runner.serverUrl}/${runner.repository}/actions/runs/${runner.runId}`;
}
