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

export {
  apiPolicyFrom,
  ApiError,
  apiSession
};
