/**
 * Runs the bundled action (dist/index.js) as a child process the way the Actions runner does:
 * INPUT_* variables from action.yml's defaults plus overrides, the GITHUB_* variables, and the
 * files a step writes (outputs, summary) in a temp directory.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(repoRoot, 'dist', 'index.js');

export interface ActionYml {
  name: string;
  description: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export async function readActionYml(): Promise<ActionYml> {
  return parse(await readFile(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner's name for an input's variable: spaces become `_`, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Record<string, string>;
  readonly message: string;
  readonly line: string;
}

export interface ActionRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Workflow commands (`::name props::message`) printed on stdout, unescaped. */
  readonly commands: readonly WorkflowCommand[];
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Wall time of the process, in milliseconds. */
  readonly durationMs: number;
}

export interface RunOptions {
  readonly workspace: string;
  /** Inputs by action.yml name; the rest keep action.yml's defaults. */
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  readonly eventPayload?: unknown;
  readonly apiUrl?: string;
  readonly token?: string;
  readonly sha?: string;
  readonly repository?: string;
  /** GITHUB_REF; `refs/heads/main` by default. */
  readonly ref?: string;
  /** More environment variables, e.g. crosswalk's API timeouts. */
  readonly env?: Record<string, string>;
}

export const fakeToken = 'ghs_crosswalkTestToken0123456789abcdefABCDEF';

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const step = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-step-'));
  const files = { output: path.join(step, 'output'), summary: path.join(step, 'summary.md'), event: path.join(step, 'event.json'), temp: path.join(step, 'runner-temp') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.eventPayload ?? {}));
  await mkdir(files.temp);

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: step,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: options.repository ?? 'northwind/compliance',
    GITHUB_SHA: options.sha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    ...(await inputEnvironment(options.inputs ?? {}, options.token ?? fakeToken)),
    ...options.env,
  };
  const started = performance.now();
  const { exitCode, stdout, stderr } = await spawnNode(bundle, options.workspace, env);
  const durationMs = performance.now() - started;
  return {
    durationMs,
    exitCode,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

/** Every input of action.yml at its default (the runner evaluates `${{ github.token }}`), then the overrides. */
async function inputEnvironment(overrides: Record<string, string>, token: string): Promise<Record<string, string>> {
  const { inputs } = await readActionYml();
  for (const name of Object.keys(overrides)) if (!(name in inputs)) throw new Error(`action.yml has no input ${name}`);
  const values = Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, (input.default ?? '').replace('${{ github.token }}', token)]));
  return Object.fromEntries(Object.entries({ ...values, ...overrides }).map(([name, value]) => [inputVariable(name), value]));
}

function spawnNode(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `name<<DELIMITER`, the value's lines, `DELIMITER`: the format @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const start = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!start) continue;
    const [, name, delimiter] = start;
    const end = lines.indexOf(delimiter!, index + 1);
    if (end === -1) throw new Error(`output ${name} has no closing ${delimiter}`);
    outputs[name!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

/** The lines the runner would take as commands: after leading white space, `::name[ props]::message`. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  return stdout.split(/\r?\n|\r/).flatMap((line) => {
    const match = /^\s*::([a-zA-Z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter((pair) => pair.includes('='))
        .map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
    );
    return [{ command: match[1]!, properties, message: unescape(match[3] ?? ''), line }];
  });
}

function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** A fresh copy of a fixture (or of nothing), so runs never touch the repository. */
export async function workspaceFrom(fixture: string | undefined, extraFiles: Record<string, string> = {}): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-workspace-'));
  if (fixture !== undefined) await cp(path.join(repoRoot, fixture), workspace, { recursive: true });
  for (const [file, text] of Object.entries(extraFiles)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  return workspace;
}

/** A push webhook payload, trimmed to the fields that matter plus a few that don't. */
export function pushPayload(options: { ref?: string; after: string; defaultBranch?: string; repository?: string }) {
  const repository = options.repository ?? 'northwind/compliance';
  return {
    ref: options.ref ?? 'refs/heads/main',
    before: '0000000000000000000000000000000000000000',
    after: options.after,
    repository: { id: 1, name: repository.split('/')[1], full_name: repository, default_branch: options.defaultBranch ?? 'main', owner: { login: repository.split('/')[0] } },
    pusher: { name: 'grc-bot' },
    sender: { login: 'grc-bot', type: 'User' },
  };
}

/** A pull_request webhook payload as GitHub sends it, trimmed to the fields that matter plus a few that don't. */
export function pullRequestPayload(options: { number: number; headSha: string; baseSha: string; fork?: boolean; repository?: string; baseRef?: string; defaultBranch?: string }) {
  const repository = options.repository ?? 'northwind/compliance';
  const headRepository = options.fork ? `contributor/${repository.split('/')[1]}` : repository;
  const repo = (fullName: string) => ({ id: 1, name: fullName.split('/')[1], full_name: fullName, private: false, owner: { login: fullName.split('/')[0], type: 'Organization' }, fork: fullName !== repository });
  return {
    action: 'synchronize',
    number: options.number,
    pull_request: {
      url: `https://api.github.com/repos/${repository}/pulls/${options.number}`,
      number: options.number,
      state: 'open',
      title: 'Add Q4 access review evidence',
      user: { login: options.fork ? 'contributor' : 'grc-bot', type: 'User' },
      head: { label: `${headRepository.split('/')[0]}:evidence-q4`, ref: 'evidence-q4', sha: options.headSha, repo: repo(headRepository) },
      base: { label: `${repository.split('/')[0]}:${options.baseRef ?? 'main'}`, ref: options.baseRef ?? 'main', sha: options.baseSha, repo: repo(repository) },
    },
    repository: { ...repo(repository), default_branch: options.defaultBranch ?? 'main' },
    sender: { login: options.fork ? 'contributor' : 'grc-bot', type: 'User' },
  };
}
