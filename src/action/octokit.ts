/**
 * What the API client is made of, in one module that src/action/github-api.ts imports lazily (a
 * chunk of its own): @actions/github's octokit, and @actions/http-client's reading of the proxy
 * variables, the same rules @actions/github applies to pick its dispatcher.
 */
export { getOctokit } from '@actions/github';
export { getProxyUrl } from '@actions/http-client/lib/proxy';
