/**
 * How crosswalk waits on a GitHub API that may misbehave. Every attempt has a deadline; 5xx
 * answers and rate limits are retried a couple of times within a small waiting budget (honouring
 * `retry-after`); everything else fails at once as an `ApiError`. The callers turn that into a
 * notice: the gate never depends on the API, and never waits on it for long.
 */
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface ApiPolicy {
  /** Per attempt: a request with no answer by then is given up. */
  readonly requestTimeoutMs: number;
  /** Per request, after the first attempt. */
  readonly maxRetries: number;
  /** All the waiting between retries in one session, together. */
  readonly maxTotalWaitMs: number;
  /** Everything one session spends on the API, requests and waits together. */
  readonly sessionTimeMs: number;
}

export const defaultApiPolicy: ApiPolicy = { requestTimeoutMs: 10_000, maxRetries: 2, maxTotalWaitMs: 10_000, sessionTimeMs: 60_000 };

/**
 * The defaults, with the per-request timeout and the waiting budget adjustable through
 * CROSSWALK_API_TIMEOUT_MS and CROSSWALK_API_MAX_WAIT_MS (a slow GitHub Enterprise Server; the
 * tests, which cannot wait 10 s for every hang). Each stays within a minute, so no setting can
 * make the step hang on the API.
 */
export function apiPolicyFrom(env: NodeJS.ProcessEnv): ApiPolicy {
  const milliseconds = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isInteger(value) && value >= 0 ? Math.min(value, 60_000) : fallback;
  };
  const requestTimeoutMs = Math.max(1, milliseconds('CROSSWALK_API_TIMEOUT_MS', defaultApiPolicy.requestTimeoutMs));
  return { ...defaultApiPolicy, requestTimeoutMs, maxTotalWaitMs: milliseconds('CROSSWALK_API_MAX_WAIT_MS', defaultApiPolicy.maxTotalWaitMs), sessionTimeMs: 6 * requestTimeoutMs };
}

export interface Clock {
  now(): number;
  /** Resolves after `milliseconds`; rejects at once when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds, signal) => sleepFor(milliseconds, undefined, { signal }),
};

/** `abandoned`: the run stopped needing the answer (see apiSession). */
export type ApiFailureKind = 'timeout' | 'http' | 'rate-limited' | 'network' | 'malformed' | 'abandoned';

/** Why a request to the API failed, in words fit for a notice. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiFailureKind,
    message: string,
    /** The HTTP status, when the API answered with one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** What an octokit error (or any other) tells about the answer, without depending on octokit's classes. */
interface HttpFailure {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
  readonly message: string;
}

export interface ApiSession {
  /** Runs one request, `attempt` being called once per try with the signal that ends it. */
  send<T>(attempt: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/**
 * One session's budgets: shared by every request made through it. Its time is what its requests
 * and waits take, not the run's other work between them: a comment looked up before the check
 * and written after it has its minute whatever the check takes. `abandoned` ends the session
 * when the run no longer needs its answers (a lookup started ahead, for a run that then fails):
 * the request under way is cut and no retry waits, so the process never stays for the API.
 */
export function apiSession(policy: ApiPolicy, clock: Clock = realClock, abandoned?: AbortSignal): ApiSession {
  let spent = 0;
  let waited = 0;
  return {
    async send<T>(attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
      for (let retry = 0; ; retry += 1) {
        if (abandoned?.aborted) throw new ApiError('abandoned', 'the run no longer needs the API');
        const timeLeft = policy.sessionTimeMs - spent;
        if (timeLeft <= 0) throw new ApiError('timeout', `crosswalk's ${seconds(policy.sessionTimeMs)} for the API ran out`);
        const timeout = Math.min(policy.requestTimeoutMs, timeLeft);
        const timer = AbortSignal.timeout(timeout);
        const signal = abandoned === undefined ? timer : AbortSignal.any([timer, abandoned]);
        const began = clock.now();
        const outcome = await settle(() => attempt(signal));
        spent += clock.now() - began;
        if (outcome.answered) return outcome.value;
        const { error } = outcome;
        if (error instanceof ApiError) throw error;
        if (abandoned?.aborted) throw new ApiError('abandoned', 'the run no longer needs the API');
        if (timer.aborted) throw new ApiError('timeout', `no answer within ${seconds(timeout)}`);
        const failure = httpFailure(error);
        if (failure === undefined) throw new ApiError('network', `cannot reach the API: ${errorMessage(error)}`);
        const wait = retryDelay(failure, retry, clock.now());
        if (wait === undefined || retry >= policy.maxRetries) throw finalError(failure);
        if (waited + wait > policy.maxTotalWaitMs || spent + wait >= policy.sessionTimeMs) {
          throw new ApiError(isRateLimited(failure) ? 'rate-limited' : 'http', `${describeHttp(failure)}; retrying would mean waiting ${seconds(wait)}, more than crosswalk waits for the API`, failure.status);
        }
        waited += wait;
        spent += wait;
        await clock.sleep(wait, abandoned);
      }
    },
  };
}

/** The attempt's answer, or what it threw or rejected with. */
async function settle<T>(attempt: () => Promise<T>): Promise<{ readonly answered: true; readonly value: T } | { readonly answered: false; readonly error: unknown }> {
  try {
    return { answered: true, value: await attempt() };
  } catch (error) {
    return { answered: false, error };
  }
}

/**
 * How long to wait before retrying, or undefined when retrying cannot help. 5xx and rate limits
 * are retried: after `retry-after` when the API says, else at the rate limit's reset, else after
 * 1 s, then 2 s.
 */
export function retryDelay(failure: HttpFailure, retry: number, now: number): number | undefined {
  if (failure.status < 500 && !isRateLimited(failure)) return undefined;
  const retryAfter = header(failure, 'retry-after');
  if (retryAfter !== undefined) {
    const delay = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(delay)) return Math.max(0, delay);
  }
  const reset = header(failure, 'x-ratelimit-reset');
  if (isRateLimited(failure) && reset !== undefined && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return 1000 * 2 ** retry;
}

/** 429, or a 403 that GitHub marks as a (primary or secondary) rate limit rather than a refusal. */
function isRateLimited(failure: HttpFailure): boolean {
  if (failure.status === 429) return true;
  return failure.status === 403 && (header(failure, 'retry-after') !== undefined || header(failure, 'x-ratelimit-remaining') === '0');
}

function finalError(failure: HttpFailure): ApiError {
  return new ApiError(isRateLimited(failure) ? 'rate-limited' : 'http', describeHttp(failure), failure.status);
}

function describeHttp(failure: HttpFailure): string {
  const message = failure.message.trim();
  return `HTTP ${failure.status}${message === '' ? '' : `: ${message.length > 200 ? `${message.slice(0, 200)}…` : message}`}`;
}

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value).trim();
}

/**
 * An answer with a status (octokit's RequestError carries the response), as opposed to a request
 * that never got one: octokit reports those as status 500 too, but without a response.
 */
function httpFailure(error: unknown): HttpFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response, message } = error as { status?: unknown; response?: { headers?: Record<string, string | number | undefined> }; message?: unknown };
  if (typeof status !== 'number' || response === undefined) return undefined;
  return { status, headers: response.headers ?? {}, message: typeof message === 'string' ? message : '' };
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

function seconds(milliseconds: number): string {
  const value = milliseconds / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}
