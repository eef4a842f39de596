// Benchmarks the built CLI (the package's bin, dist/cli.cjs) on synthetic compliance repositories of 100, 1,000 and
// 10,000 org controls, then prints the figures issue 23 sets goals for (bench-goals.mjs). Run:
// npm run build && npm run bench (`-- --cold-start`: only cold start, the slope and the action, in
// about a minute; `-- --baseline <folder>`: the same figures for another build's dist/ beside this one's;
// `-- --action-node <path>`: the action on another Node, such as the Node 24 action.yml names).
//
// The synthetic repos follow SPEC §1.1 exactly and are checked for zero diagnostics errors, so the
// numbers are those of a valid repository going through every phase (parse, validate incl. glob
// matching, score, report), not of an early exit on a broken one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { coldStartAndSlope, printGoals, pullRequestAction } from './bench-goals.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The command users run: the package's bin.
const cli = path.join(projectRoot, JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).bin.crosswalk);
const exampleRepo = path.join(projectRoot, 'fixtures', 'example-org');

/** This build, and another build's dist/ to compare with (`--baseline <folder>`). */
function buildsToMeasure() {
  const builds = [{ label: 'this build', cli, action: path.join(projectRoot, 'dist', 'index.js') }];
  const at = process.argv.indexOf('--baseline');
  if (at !== -1) {
    const dist = path.resolve(process.argv[at + 1] ?? '');
    // An older build's bin was dist/cli.js.
    const bin = ['cli.cjs', 'cli.js'].map((name) => path.join(dist, name)).find((file) => existsSync(file));
    builds.unshift({ label: `baseline (${dist})`, cli: bin, action: path.join(dist, 'index.js') });
  }
  return builds;
}

/** The Node the action runs on: `--action-node <path>` (action.yml says node24), else the bench's own. */
function actionNode() {
  const at = process.argv.indexOf('--action-node');
  return at === -1 ? process.execPath : path.resolve(process.argv[at + 1] ?? '');
}

const AS_OF = '2026-11-27';
const SIZES = [100, 1_000, 10_000];
const CONTROLS_PER_FILE = 50;
const EVIDENCE_PER_CONTROL = 5;
const RUNS_PER_SIZE = 3;
// `--runs <n>` changes the number of interleaved cold runs (the action runs half as often).
const COLD_RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const ACTION_RUNS = Math.ceil(COLD_RUNS / 2);
// How long the fake API takes to answer in the action's second row: about what github.com takes.
const API_LATENCY_MS = 100;
// A hung child should become a reported failure, not a benchmark that never ends.
const RUN_TIMEOUT_MS = 5 * 60_000;

// ---------------------------------------------------------------------------------------------
// Inputs from the shipped catalogs and mapping

/**
 * The ISO ids to hand out round-robin: every Annex A id, then every ISMS clause id that a mapping
 * row uses (clause rows exist, and Annex A alone would never reach them). From 1,000 controls up
 * every id is implemented, so every mapping row is reached; 100 controls reach the first 100.
 */
function loadIsoPool(mappingRows) {
  const catalog = JSON.parse(readFileSync(path.join(projectRoot, 'mappings', 'iso27001-2022.json'), 'utf8'));
  const pool = catalog.annexA.map((control) => control.id);
  const clauses = new Set((catalog.clauses ?? []).map((clause) => clause.id));
  for (const row of mappingRows) {
    if (pool.includes(row.iso)) continue;
    if (!clauses.has(row.iso)) throw new Error(`mapping row ${row.iso} is neither an Annex A control nor a clause of the catalog`);
    pool.push(row.iso);
  }
  return pool;
}

/** ISO id → the evidence-requirement ids of all its mapping rows (an id can have several rows). */
function requirementsByIso(mappingRows) {
  const byIso = new Map();
  for (const row of mappingRows) {
    const ids = (row.evidence ?? []).map((requirement) => requirement.id);
    byIso.set(row.iso, [...(byIso.get(row.iso) ?? []), ...ids]);
  }
  return byIso;
}

function loadInputs() {
  const mapping = parseYaml(readFileSync(path.join(projectRoot, 'mappings', 'iso27001-2022-to-soc2.yaml'), 'utf8'));
  return { isoPool: loadIsoPool(mapping.rows), requirements: requirementsByIso(mapping.rows) };
}

// ---------------------------------------------------------------------------------------------
// Synthetic repository

/** Deterministic PRNG (mulberry32) so every run of the benchmark checks the same repository. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function daysBefore(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const controlId = (n) => `C-${String(n).padStart(5, '0')}`;

// Mostly implemented, with the other states sprinkled in so scoring sees all of them.
function statusOf(n) {
  if (n % 97 === 0) return 'not-applicable';
  if (n % 40 === 0) return 'planned';
  if (n % 25 === 0) return 'in-progress';
  return 'implemented';
}

const evidenceTypes = ['policy', 'log', 'ticket', 'access-review', 'report'];

/**
 * The five evidence items of control n: a plain file, a glob, another plain file, a url, and
 * either a second glob or a url. Every file a path names exists (3 per control, created by
 * writeRepository). Dates fall within the year before as-of, so 365-day requirements are met and
 * the 90- and 180-day ones are sometimes stale; samples are set on some items.
 */
function evidenceOf(n, requirementIds, random) {
  const folder = `evidence/${controlId(n).toLowerCase()}`;
  const sources = [
    { path: `${folder}/policy.md` },
    { path: `${folder}/*.csv` },
    { path: `${folder}/export-1.csv` },
    { url: `https://evidence.example/${controlId(n).toLowerCase()}/register` },
    n % 2 === 0 ? { path: `${folder}/export-*.csv` } : { url: `https://drive.example/${controlId(n).toLowerCase()}/report` },
  ];
  return sources.map((source, k) => ({
    id: `ev-${k + 1}`,
    satisfies: requirementIds.length > 0 ? [requirementIds[k % requirementIds.length]] : [],
    type: evidenceTypes[k],
    ...source,
    collected: daysBefore(AS_OF, Math.floor(random() * 365)),
    samples: k === 2 && n % 3 === 0 ? 25 : k === 0 && n % 5 === 0 ? 3 : undefined,
  }));
}

function buildControl(n, isoPool, requirements, random) {
  const iso = isoPool[(n - 1) % isoPool.length];
  return { id: controlId(n), iso, status: statusOf(n), evidence: evidenceOf(n, requirements.get(iso) ?? [], random) };
}

// YAML is written as text, in the shape of the fixtures, so no serializer choice hides in the numbers.
// Ids are quoted because clause ids like 8.1 would otherwise parse as numbers.
function controlYaml(control) {
  const lines = [
    `  - id: ${control.id}`,
    `    title: Synthetic control ${control.id} for ${control.iso}`,
    `    implements: [${JSON.stringify(control.iso)}]`,
    `    status: ${control.status}`,
    `    owner: grc@bench.example`,
  ];
  if (control.status === 'not-applicable') lines.push('    justification: Out of scope for the synthetic benchmark organization');
  lines.push('    evidence:');
  for (const item of control.evidence) {
    lines.push(`      - id: ${item.id}`);
    if (item.satisfies.length > 0) lines.push(`        satisfies: [${item.satisfies.map((id) => JSON.stringify(id)).join(', ')}]`);
    lines.push(`        type: ${item.type}`);
    if (item.path) lines.push(`        path: ${item.path}`);
    if (item.url) lines.push(`        url: ${item.url}`);
    lines.push(`        collected: ${item.collected}`);
    if (item.samples !== undefined) lines.push(`        samples: ${item.samples}`);
  }
  return lines.join('\n');
}

function controlFileYaml(controls) {
  const header = ['# Generated by scripts/bench.mjs', 'apiVersion: crosswalk/v1', 'kind: ControlImplementation', 'controls:'];
  return `${header.join('\n')}\n${controls.map(controlYaml).join('\n\n')}\n`;
}

// The largest repositories raise the default total of YAML (4 MiB) on their default branch.
const configYaml = `apiVersion: crosswalk/v1
kind: Config
scope: [availability, confidentiality, processing-integrity, privacy]
as_of: ${AS_OF}
limits:
  max_total_bytes: 16777216
`;

/** Writes the repository; returns what it holds for the table. */
async function writeRepository(dir, size, inputs) {
  const random = prng(size);
  const controls = Array.from({ length: size }, (_, i) => buildControl(i + 1, inputs.isoPool, inputs.requirements, random));
  await mkdir(path.join(dir, 'controls'), { recursive: true });
  await writeFile(path.join(dir, '.crosswalk.yml'), configYaml);

  let controlFiles = 0;
  let evidenceFiles = 0;
  for (let start = 0; start < size; start += CONTROLS_PER_FILE) {
    const batch = controls.slice(start, start + CONTROLS_PER_FILE);
    controlFiles++;
    const name = `controls/part-${String(controlFiles).padStart(4, '0')}.yaml`;
    // One file's worth of evidence folders at a time: parallel enough to be quick, bounded in open files.
    await Promise.all([writeFile(path.join(dir, name), controlFileYaml(batch)), ...batch.map((control) => writeEvidenceFiles(dir, control))]);
    evidenceFiles += batch.length * 3;
  }
  return { controlFiles, evidenceFiles, evidenceItems: size * EVIDENCE_PER_CONTROL };
}

async function writeEvidenceFiles(dir, control) {
  const folder = path.join(dir, 'evidence', control.id.toLowerCase());
  await mkdir(folder, { recursive: true });
  await Promise.all([
    writeFile(path.join(folder, 'policy.md'), `# ${control.id} policy\n`),
    writeFile(path.join(folder, 'export-1.csv'), 'id,date\n1,2026-10-01\n'),
    writeFile(path.join(folder, 'export-2.csv'), 'id,date\n2,2026-10-02\n'),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

/** Runs a command once; returns wall time in ms and its output. Exit 0/1 are normal for `check`. */
function timedRun(args, label, env = process.env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw new Error(`${label}: could not run: ${result.error.message}`);
  if (result.signal) throw new Error(`${label}: killed by ${result.signal}\n${result.stderr}`);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label}: exit code ${result.status}\n${result.stderr}`);
  return { wallMs, status: result.status, stderr: result.stderr, args };
}

function parseTimings(stderr, label) {
  const line = stderr.split('\n').find((text) => text.startsWith('crosswalk timings: '));
  if (!line) throw new Error(`${label}: no "crosswalk timings:" line on stderr (is dist/ built?)\n${stderr}`);
  return JSON.parse(line.slice('crosswalk timings: '.length));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A generator bug would benchmark the error path instead of a real check, so the report must show
 * no errors, and the CLI must have seen every control.
 */
function assertValidRun(reportFile, timings, size) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  if (timings.controls !== size) throw new Error(`size ${size}: the CLI loaded ${timings.controls} controls`);
  if (report.summary.errors > 0) {
    const first = report.diagnostics.filter((d) => d.severity === 'error').slice(0, 3);
    throw new Error(`size ${size}: generated repo has ${report.summary.errors} errors, e.g.\n${JSON.stringify(first, null, 2)}`);
  }
  return report.summary;
}

async function benchSize(tmp, size, inputs, builds) {
  const dir = path.join(tmp, `repo-${size}`);
  const generateStart = process.hrtime.bigint();
  const shape = await writeRepository(dir, size, inputs);
  const generateMs = Number(process.hrtime.bigint() - generateStart) / 1e6;

  // The plain check (text) is timed; one JSON run more, which also hashes every evidence file
  // (SHA-256 fingerprints), checks the report and gives its own wall time.
  const reportFile = path.join(tmp, 'report.json');
  const json = timedRun([cli, 'check', dir, '--format', 'json', '--output', reportFile, '--timings'], `check --format json (${size} controls)`);
  const jsonTimings = parseTimings(json.stderr, `check --format json (${size} controls)`);
  const summary = assertValidRun(reportFile, jsonTimings, size);
  // Peak memory of the JSON run, for each build measured (this one's is the run above).
  const jsonPeakMiB = builds.map((build) =>
    build.cli === cli ? jsonTimings.maxRssKiB / 1024 : parseTimings(timedRun([build.cli, ...json.args.slice(1)], `${build.label}: check --format json (${size} controls)`).stderr, build.label).maxRssKiB / 1024,
  );
  const args = [cli, 'check', dir, '--output', path.join(tmp, 'report.txt'), '--timings'];
  const runs = [];
  let status;
  for (let run = 0; run < RUNS_PER_SIZE; run++) {
    const result = timedRun(args, `check (${size} controls)`);
    const timings = parseTimings(result.stderr, `check (${size} controls)`);
    status = result.status;
    runs.push({ wallMs: result.wallMs, ...timings });
    await tick();
  }
  // Free the disk before the next, larger size.
  rmSync(dir, { recursive: true, force: true });

  const med = (key) => median(runs.map((run) => run[key]));
  return {
    size,
    ...shape,
    generateMs,
    wallMs: med('wallMs'),
    parse: med('parse'),
    validate: med('validate'),
    score: med('score'),
    report: med('report'),
    maxRssKiB: Math.max(...runs.map((run) => run.maxRssKiB)),
    jsonWallMs: json.wallMs,
    jsonPeakMiB,
    summary,
    status,
  };
}

// Lets a pending SIGINT/SIGTERM handler run between the synchronous child runs.
const tick = () => new Promise((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------------------------------------
// Output

const fixed = (value, digits = 1) => value.toFixed(digits);
const thousands = (value) => Math.round(value).toLocaleString('en-US');

function printTable(results) {
  const columns = [
    ['controls', (r) => thousands(r.size)],
    ['files', (r) => thousands(r.controlFiles)],
    ['evidence items', (r) => thousands(r.evidenceItems)],
    ['evidence files', (r) => thousands(r.evidenceFiles)],
    ['wall ms', (r) => fixed(r.wallMs)],
    ['parse ms', (r) => fixed(r.parse)],
    ['validate ms', (r) => fixed(r.validate)],
    ['score ms', (r) => fixed(r.score)],
    ['report ms', (r) => fixed(r.report)],
    ['controls/s', (r) => thousands(r.size / (r.wallMs / 1000))],
    ['peak RSS MiB', (r) => fixed(r.maxRssKiB / 1024)],
    ['json + hashes ms', (r) => fixed(r.jsonWallMs)],
  ];
  const cells = results.map((result) => columns.map(([, cell]) => cell(result)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (values) => values.map((value, i) => value.padStart(widths[i])).join('  ');
  console.log(line(columns.map(([title]) => title)));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells) console.log(line(row));
}

function printSanity(results) {
  console.log('');
  console.log(`Runs per size: ${RUNS_PER_SIZE} of the plain check (median wall and phase times, max RSS), and one --format json run, which hashes every evidence file. "files" = control YAML files.`);
  for (const r of results) {
    const s = r.summary;
    console.log(
      `  ${thousands(r.size)} controls: exit ${r.status}, readiness ${s.readiness}%, ${s.ready}/${s.criteria} ready, ` +
        `${s.missingEvidence} missing evidence, ${s.errors} errors, ${s.warnings} warnings (generated in ${fixed(r.generateMs, 0)} ms)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const cpus = os.cpus();
  console.log(`crosswalk benchmark — Node ${process.version}, ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores`);
  console.log(`as-of ${AS_OF}; ${CONTROLS_PER_FILE} controls per file, ${EVIDENCE_PER_CONTROL} evidence items per control`);
  console.log('');

  const inputs = loadInputs();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-bench-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  const onSignal = (signal) => {
    cleanup();
    console.error(`bench: interrupted (${signal})`);
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const builds = buildsToMeasure();
    let memory = builds.map(() => undefined);
    if (!process.argv.includes('--cold-start')) {
      const results = [];
      for (const size of SIZES) results.push(await benchSize(tmp, size, inputs, builds));
      printTable(results);
      printSanity(results);
      memory = results.at(-1).jsonPeakMiB;
    }
    const cold = await coldStartAndSlope(tmp, exampleRepo, builds, COLD_RUNS);
    const action = await pullRequestAction(projectRoot, tmp, exampleRepo, builds, ACTION_RUNS, actionNode());
    // The same with the fake API a network away: what the comment's round trips cost a real run.
    const actionAtLatency = await pullRequestAction(projectRoot, path.join(tmp, 'latency'), exampleRepo, builds, ACTION_RUNS, actionNode(), API_LATENCY_MS);
    printGoals({ cold, action, actionAtLatency, apiLatencyMs: API_LATENCY_MS, memory }, { cold: COLD_RUNS, action: ACTION_RUNS });
    if (!process.argv.includes('--cold-start')) await import('./bench-collect.mjs'); // collecting 2,000 pull requests from the local server
  } finally {
    cleanup();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
