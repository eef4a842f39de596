// The figures issue 23 sets goals for, measured on the Node that runs the bench, with
// NODE_EXTRA_CA_CERTS unset (as on a GitHub runner) and Node's compile cache off (a cold start):
// crosswalk's own milliseconds above `node -e 0` (and on a second run, with the compiled code kept), the marginal cost per KB of control YAML, the
// action on a pull request against the tests' local fake GitHub API (and again with the API
// answering in 100 ms, as a network away; no goal), and peak memory at 10,000
// controls (measured by bench.mjs's JSON run). Used by bench.mjs; `--dist <folder>` there points
// every figure at another build (a baseline) so two builds can be measured side by side.
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The environment of a cold start on a runner: no extra CA bundle to read, no compile cache kept. */
export function runnerEnvironment() {
  const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export const goals = { ownMs: 120, msPerKiB: 0.2, actionMs: 400, peakMiB: 300 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timedSync(args, cwd, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || (result.status !== 0 && result.status !== 1)) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return wallMs;
}

/**
 * Copies of the example repository whose control YAML is `factor` times the example's: each control
 * file again under controls/copy-N/ with its control ids suffixed, so every copy is valid too.
 */
export async function scaledExample(exampleRepo, folder, factor) {
  await cp(exampleRepo, folder, { recursive: true });
  const controlFiles = (await readdir(path.join(folder, 'controls'))).filter((name) => name.endsWith('.yaml'));
  let bytes = 0;
  for (const name of controlFiles) {
    const text = await readFile(path.join(folder, 'controls', name), 'utf8');
    bytes += Buffer.byteLength(text) * factor;
    for (let copy = 2; copy <= factor; copy++) {
      await mkdir(path.join(folder, 'controls', `copy-${copy}`), { recursive: true });
      await writeFile(path.join(folder, 'controls', `copy-${copy}`, name), text.replace(/^( {2}- id: )(\S+)/gm, `$1$2-${copy}`));
    }
  }
  return { folder, kib: bytes / 1024 };
}

/**
 * Cold `check` of the example at 1×, 4× and 16× its control YAML, each build interleaved with the
 * others and with `node -e 0`. Returns per build: own ms on the example, and the least-squares
 * slope of wall ms over KiB of control YAML.
 */
export async function coldStartAndSlope(tmp, exampleRepo, builds, runs) {
  const env = runnerEnvironment();
  // A second run on the same machine: the compiled code kept by the previous one (a temp folder of the bench's own).
  const warmEnv = { ...env, TMPDIR: path.join(tmp, 'code-cache') };
  delete warmEnv.NODE_DISABLE_COMPILE_CACHE;
  await mkdir(warmEnv.TMPDIR, { recursive: true });
  const sizes = [];
  for (const factor of [1, 4, 16]) sizes.push({ factor, ...(await scaledExample(exampleRepo, path.join(tmp, `example-${factor}x`), factor)) });
  const samples = new Map(builds.map((entry) => [entry.label, sizes.map(() => [])]));
  const warm = new Map(builds.map((entry) => [entry.label, []]));
  const warmArgs = (entry) => [entry.cli, 'check', sizes[0].folder, '--output', path.join(tmp, 'warm.txt')];
  for (const entry of builds) timedSync(warmArgs(entry), tmp, warmEnv);
  const nodeMs = [];
  for (let run = 0; run < runs; run++) {
    nodeMs.push(timedSync(['-e', '0'], tmp, env));
    for (const entry of builds) {
      for (const [index, size] of sizes.entries()) {
        // Each build is checked at least once per size before the series, so a broken copy fails early.
        samples.get(entry.label)[index].push(timedSync([entry.cli, 'check', size.folder, '--output', path.join(tmp, 'cold.txt')], tmp, env));
      }
      warm.get(entry.label).push(timedSync(warmArgs(entry), tmp, warmEnv));
    }
  }
  const node = median(nodeMs);
  return {
    node,
    sizes: sizes.map(({ factor, kib }) => ({ factor, kib })),
    builds: builds.map((entry) => {
      const medians = samples.get(entry.label).map(median);
      const warmMs = median(warm.get(entry.label));
      return { label: entry.label, checkMs: medians[0], ownMs: medians[0] - node, warmMs, warmOwnMs: warmMs - node, medians, msPerKiB: slope(sizes.map((size) => size.kib), medians) };
    }),
  };
}

function slope(xs, ys) {
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const covariance = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index] - meanY), 0);
  const variance = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

async function git(cwd, ...args) {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The tests' fake GitHub API (TypeScript), bundled into the bench's temp folder and started on 127.0.0.1. */
async function startFakeGitHub(projectRoot, tmp) {
  const outfile = path.join(tmp, 'fake-github.mjs');
  await build({ entryPoints: [path.join(projectRoot, 'test', 'support', 'fake-github.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const { startFakeGitHub: start } = await import(pathToFileURL(outfile).href);
  return start();
}

function runAction(node, bundle, workspace, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, [bundle], { cwd: workspace, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`action: exit ${code}\n${stderr}`));
      else resolve(wallMs);
    });
  });
}

/**
 * The action on a pull request of the example repository (one control file changed), base and
 * head judged, commenting through the fake API: the wall time of each build, interleaved, on
 * `node` (action.yml runs the action on Node 24: `npm run bench -- --action-node <node 24>`).
 */
export async function pullRequestAction(projectRoot, tmp, exampleRepo, builds, runs, node = process.execPath, apiLatencyMs = 0) {
  const workspace = path.join(tmp, 'pull-request');
  await cp(exampleRepo, workspace, { recursive: true });
  await git(workspace, 'init', '-q');
  await git(workspace, 'add', '-A');
  await git(workspace, 'commit', '-qm', 'base');
  const baseSha = await git(workspace, 'rev-parse', 'HEAD');
  const changed = path.join(workspace, 'controls', 'access.yaml');
  await writeFile(changed, `${await readFile(changed, 'utf8')}# reviewed again\n`);
  await git(workspace, 'commit', '-qam', 'head');
  const headSha = await git(workspace, 'rev-parse', 'HEAD');

  const github = await startFakeGitHub(projectRoot, tmp);
  github.latencyMs = apiLatencyMs;
  try {
    const step = path.join(tmp, 'step');
    await mkdir(path.join(step, 'temp'), { recursive: true });
    const repository = { name: 'compliance', full_name: 'northwind/compliance', owner: { login: 'northwind' } };
    const event = { number: 7, pull_request: { number: 7, head: { sha: headSha, repo: repository }, base: { sha: baseSha, ref: 'main', repo: repository } }, repository };
    await writeFile(path.join(step, 'event.json'), JSON.stringify(event));
    const env = {
      ...runnerEnvironment(),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(step, 'event.json'),
      GITHUB_REPOSITORY: 'northwind/compliance',
      GITHUB_SHA: headSha,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '1',
      GITHUB_OUTPUT: path.join(step, 'output'),
      GITHUB_STEP_SUMMARY: path.join(step, 'summary.md'),
      RUNNER_TEMP: path.join(step, 'temp'),
      INPUT_COMMENT: 'true',
      'INPUT_GITHUB-TOKEN': 'ghs_crosswalkBench0123456789abcdefABCDEF',
      'INPUT_FAIL-ON': '',
    };
    const samples = new Map(builds.map((entry) => [entry.label, []]));
    for (let run = 0; run < runs; run++) {
      for (const entry of builds) {
        await writeFile(env.GITHUB_OUTPUT, '');
        await writeFile(env.GITHUB_STEP_SUMMARY, '');
        samples.get(entry.label).push(await runAction(node, entry.action, workspace, env));
      }
    }
    if (github.comments.get(7)?.length !== 1) throw new Error('the action did not comment on the pull request through the fake API');
    // Base and head judged: the summary shows before → after.
    if (!(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).includes('This pull request')) throw new Error('the action did not compare the pull request with its base');
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return builds.map((entry) => ({ label: entry.label, actionMs: median(samples.get(entry.label)), node: version }));
  } finally {
    await github.close();
  }
}

const fixed = (value, digits = 1) => value.toFixed(digits);

/** The table: one column per build, and the goal. */
export function printGoals({ cold, action, actionAtLatency, apiLatencyMs, memory }, runs) {
  const labels = cold.builds.map((entry) => entry.label);
  const rows = [
    ["`check` of the example: crosswalk's own ms above `node -e 0`", cold.builds.map((entry) => `+${fixed(entry.ownMs)} ms (${fixed(entry.checkMs)} − ${fixed(cold.node)})`), `≤ +${goals.ownMs} ms`],
    ['the same, a second run (compiled code kept from the first)', cold.builds.map((entry) => `+${fixed(entry.warmOwnMs)} ms (${fixed(entry.warmMs)} − ${fixed(cold.node)})`), `≤ +${goals.ownMs} ms`],
    ['marginal cold cost per KB of control YAML', cold.builds.map((entry) => `${fixed(entry.msPerKiB, 2)} ms/KB`), `≤ ${goals.msPerKiB} ms/KB`],
    [`the action on a pull request (base and head judged, fake API; Node ${action[0]?.node ?? process.version})`, action.map((entry) => `${fixed(entry.actionMs)} ms`), `≤ ${goals.actionMs} ms`],
    [`the same, the fake API answering in ${apiLatencyMs} ms (as a network away)`, actionAtLatency.map((entry) => `${fixed(entry.actionMs)} ms`), '—'],
    ['10,000 controls, 50,000 evidence items, JSON report: peak memory', memory.map((entry) => (entry === undefined ? 'not run' : `${fixed(entry)} MiB`)), `≤ ${goals.peakMiB} MiB`],
  ];
  console.log('');
  console.log(`The goals of issue 23 (Node ${process.version}, NODE_EXTRA_CA_CERTS unset, compile cache off; medians of ${runs.cold} interleaved cold runs, ${runs.action} action runs):`);
  console.log(`| | ${labels.join(' | ')} | goal |`);
  console.log(`|---|${labels.map(() => '---').join('|')}|---|`);
  for (const [title, values, goal] of rows) console.log(`| ${title} | ${values.join(' | ')} | **${goal}** |`);
  const sizes = cold.sizes.map((size) => `${size.factor}× ${fixed(size.kib, 0)} KB`).join(', ');
  for (const entry of cold.builds) console.log(`  ${entry.label}: check at ${sizes}: ${entry.medians.map((ms) => fixed(ms)).join(', ')} ms`);
}
