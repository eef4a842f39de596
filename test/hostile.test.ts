/**
 * The hostile corpus: inputs a malicious pull request could bring (fixtures/hostile/*). Each case
 * states in its expected.json what it holds, the diagnostics it must produce (or the one-line
 * reason crosswalk refuses to run), and how long it may take; large inputs are generated at test
 * time (hostile-generators.ts). Heavy cases run in a child process of the built CLI, so their time
 * and peak memory are their own. Every output format must stay inert, and no output may quote
 * content the case marks as secret.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { UsageError } from '../src/errors.js';
import { render } from '../src/report/formats.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import type { Report } from '../src/report/report.js';
import { generate, type Generator } from './hostile-generators.js';
import { git } from './support/git-repo.js';
import { makeRepo } from './support/repo.js';

type Expected = Pick<Diagnostic, 'severity' | 'code' | 'file' | 'line' | 'column'> & { readonly message?: string };

interface HostileCase {
  why: string;
  /** The exact diagnostics, in report order. */
  diagnostics?: Expected[];
  /** How many diagnostics of each code, when the list is long (a per-file cap, say). */
  codes?: Record<string, number>;
  /** Diagnostics that must be among them; `message` is a part of the message. */
  includes?: Expected[];
  setup?: {
    symlinks?: { path: string; target: string }[];
    generate?: Generator[];
    /** Make the case a git repository: every file committed but these, and these written into .git/. */
    git?: { untracked?: string[]; gitFiles?: Record<string, string> };
  };
  /** What a flag or action input would say; paths relative to the repository. */
  overrides?: { mapping?: string; config?: string };
  /** The one-line reason crosswalk refuses to run at all (exit 2), when the case is about that. */
  refused?: string;
  /** The ceiling on the run's wall time, in seconds (5 unless the case says). */
  seconds?: number;
  /** Run in a child process of the built CLI: its own time and peak memory (under 500 MiB). */
  isolated?: boolean;
  /** Text from the case's files that no output, message or diagnostic may contain. */
  secrets?: string[];
}

const corpus = path.resolve('fixtures/hostile');
const cli = path.resolve('dist/cli.js');
const cases = (await readdir(corpus)).sort();
const maxRssKiB = 500 * 1024;
const asOf = '2026-11-27';

async function prepare(name: string, spec: HostileCase): Promise<string> {
  const root = await makeRepo({});
  await cp(path.join(corpus, name), root, { recursive: true });
  for (const generator of spec.setup?.generate ?? []) await generate(root, generator);
  for (const link of spec.setup?.symlinks ?? []) {
    await mkdir(path.dirname(path.join(root, link.path)), { recursive: true });
    await symlink(link.target, path.join(root, link.path));
  }
  if (spec.setup?.git) {
    await git(root, 'init', '-q');
    await git(root, 'add', '-A', '--', '.', ...(spec.setup.git.untracked ?? []).map((file) => `:!${file}`));
    await git(root, 'commit', '-q', '-m', 'hostile case');
    for (const [file, text] of Object.entries(spec.setup.git.gitFiles ?? {})) await writeFile(path.join(root, '.git', file), text);
  }
  return root;
}

type Outcome = { readonly kind: 'report'; readonly report: Report; readonly ms: number; readonly rssKiB?: number } | { readonly kind: 'refused'; readonly message: string; readonly ms: number };

async function runInProcess(root: string, spec: HostileCase): Promise<Outcome> {
  const started = performance.now();
  const resolve = (file: string | undefined) => (file === undefined || file === 'default' || file === 'seed' ? file : path.resolve(root, file));
  try {
    const run = await check({ root, configFile: resolve(spec.overrides?.config), overrides: { asOf, mapping: resolve(spec.overrides?.mapping) } });
    return { kind: 'report', report: run.report, ms: performance.now() - started };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { kind: 'refused', message: error.message, ms: performance.now() - started };
  }
}

async function runIsolated(root: string, spec: HostileCase): Promise<Outcome> {
  const args = [cli, 'check', root, '--format', 'json', '--timings', '--as-of', asOf];
  if (spec.overrides?.mapping !== undefined) args.push('--mapping', path.resolve(root, spec.overrides.mapping));
  if (spec.overrides?.config !== undefined) args.push('--config', path.resolve(root, spec.overrides.config));
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (exit) => done({ code: exit, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  const ms = performance.now() - started;
  if (code === 2) return { kind: 'refused', message: stderr.replace(/^crosswalk: /, '').trimEnd(), ms };
  expect(code, stderr).toBeLessThanOrEqual(1);
  const timings = /crosswalk timings: (\{.*\})/.exec(stderr);
  return { kind: 'report', report: JSON.parse(stdout) as Report, ms, rssKiB: timings ? (JSON.parse(timings[1]!) as { maxRssKiB: number }).maxRssKiB : undefined };
}

const pick = ({ severity, code, file, line, column }: Diagnostic): Expected => ({ severity, code, file, line, column });

describe('hostile corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('%s', async (name) => {
    const spec = JSON.parse(await readFile(path.join(corpus, name, 'expected.json'), 'utf8')) as HostileCase;
    const root = await prepare(name, spec);
    const outcome = spec.isolated ? await runIsolated(root, spec) : await runInProcess(root, spec);
    expect(outcome.ms, 'a hostile input must not slow the check down').toBeLessThan((spec.seconds ?? 5) * 1000);

    if (spec.refused !== undefined) {
      expect(outcome.kind === 'refused' ? outcome.message : 'it ran', spec.why).toBe(spec.refused);
      for (const secret of spec.secrets ?? []) expect(outcome.kind === 'refused' && outcome.message).not.toContain(secret);
      return;
    }
    expect(outcome.kind, spec.why).toBe('report');
    if (outcome.kind !== 'report') return;
    // An isolated run must report its peak memory (the --timings line): a missing figure fails, it is not skipped.
    if (spec.isolated) expect(outcome.rssKiB, 'peak memory (KiB)').toBeLessThan(maxRssKiB);
    const { report } = outcome;
    const found = report.diagnostics.map(pick);
    if (spec.diagnostics !== undefined) expect(found, spec.why).toEqual(spec.diagnostics);
    if (spec.codes !== undefined) {
      const counts: Record<string, number> = {};
      for (const diagnostic of report.diagnostics) counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
      expect(counts, spec.why).toEqual(spec.codes);
    }
    for (const wanted of spec.includes ?? []) {
      const { message, ...at } = wanted;
      expect(report.diagnostics, spec.why).toContainEqual(expect.objectContaining({ ...at, ...(message === undefined ? {} : { message: expect.stringContaining(message) }) }));
    }

    // Every format stays inert, whatever the YAML says.
    const [text, sarif, json] = await Promise.all([render('text', report, { color: false }), render('sarif', report, { color: false }), render('json', report, { color: false })]);
    const markdown = formatMarkdown(report);
    for (const output of [text, markdown, sarif]) {
      expect(output).not.toMatch(/^::/m);
      // eslint-disable-next-line no-control-regex
      expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(markdown).not.toMatch(/<(img|script)/i);
    expect(markdown).not.toMatch(/(^|[^&#\w])@(everyone|octo-org)/);
    expect(() => JSON.parse(json)).not.toThrow();
    expect(() => JSON.parse(sarif)).not.toThrow();
    for (const secret of spec.secrets ?? []) {
      for (const output of [text, markdown, sarif, JSON.stringify(report)]) expect(output).not.toContain(secret);
    }
  });
});
