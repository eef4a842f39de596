// Benchmarks `crosswalk collect github-changes` (dist/cli.js) against the tests' local GitHub
// server (test/support/fake-github-changes.ts, bundled here with esbuild): a quarter of 500 and of
// 2,000 merged pull requests, each behind 5,000 older ones. It reports the requests made and the
// seconds taken, and checks that the requests grow with the population, not with the history.
// Run: npm run build && node scripts/bench-collect.mjs (npm run bench runs it too).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(projectRoot, 'dist', 'cli.js');
const POPULATIONS = [500, 2_000];
const HISTORY = 5_000;

async function loadServer(tmp) {
  const outfile = path.join(tmp, 'fake-github-changes.mjs');
  await build({
    stdin: { contents: "export * from './test/support/fake-github-changes.ts'; export * from './test/support/change-scenarios.ts';", resolveDir: projectRoot, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

function run(args, env, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    execFile(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', timeout: 10 * 60_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`collect failed: ${stderr.trim() || error.message}`));
      resolve(Number(process.hrtime.bigint() - started) / 1e9);
    });
  });
}

async function benchPopulation(support, tmp, population) {
  const server = await support.startFakeGitHubChanges();
  try {
    support.seedManyPullRequests(server.repository, population, HISTORY);
    const output = path.join(tmp, `changes-${population}.json`);
    const env = { ...process.env, GITHUB_API_URL: server.url, GITHUB_TOKEN: server.token };
    const seconds = await run(['collect', 'github-changes', '--repo', 'acme/api', '--branch', 'main', '--period', `${support.quarter.start}..${support.quarter.end}`, '--output', output, '--quiet'], env, tmp);
    const document = JSON.parse(await readFile(output, 'utf8'));
    if (document.summary.population !== population) throw new Error(`collected ${document.summary.population} changes, expected ${population}`);
    return { population, requests: server.requests.length, seconds };
  } finally {
    await server.close();
  }
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-bench-collect-'));
try {
  const support = await loadServer(tmp);
  const results = [];
  for (const population of POPULATIONS) results.push(await benchPopulation(support, tmp, population));
  console.log(`\ncollect github-changes from the local server (${HISTORY.toLocaleString('en-US')} older pull requests in the history)`);
  console.log('| pull requests | requests | requests per pull request | seconds |');
  console.log('|---:|---:|---:|---:|');
  for (const { population, requests, seconds } of results) console.log(`| ${population.toLocaleString('en-US')} | ${requests.toLocaleString('en-US')} | ${(requests / population).toFixed(2)} | ${seconds.toFixed(1)} |`);
  const [small, large] = results;
  const perPullRequest = (large.requests - small.requests) / (large.population - small.population);
  // Each pull request costs its 5 requests plus its share of the list pages; the history adds nothing.
  if (perPullRequest > 5.1) throw new Error(`each added pull request cost ${perPullRequest.toFixed(2)} requests: more than its own 5 and its share of the pages`);
  console.log(`sanity: ${perPullRequest.toFixed(2)} requests per added pull request (5 of its own, plus its share of the list pages)`);
} catch (error) {
  console.error(`bench-collect: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
}
