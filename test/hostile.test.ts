/**
 * The hostile corpus: inputs a malicious pull request could bring. Each case states the
 * diagnostics it must produce (expected.json); every output format must stay inert.
 */
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { UsageError } from '../src/errors.js';
import { render } from '../src/report/formats.js';
import { formatMarkdown } from '../src/report/format-markdown.js';
import { makeRepo } from './support/repo.js';

interface HostileCase {
  why: string;
  diagnostics: { severity: string; code: string; file: string; line: number; column: number }[];
  setup?: { symlinks: { path: string; target: string }[] };
  /** The one-line reason crosswalk refuses to run at all (exit 2), when the case is about that. */
  refused?: string;
}

const corpus = path.resolve('fixtures/hostile');
const cases = (await readdir(corpus)).sort();

async function prepare(name: string, spec: HostileCase): Promise<string> {
  const root = await makeRepo({});
  await cp(path.join(corpus, name), root, { recursive: true });
  for (const link of spec.setup?.symlinks ?? []) {
    await mkdir(path.dirname(path.join(root, link.path)), { recursive: true });
    await symlink(link.target, path.join(root, link.path));
  }
  return root;
}

describe('hostile corpus', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases)('%s', async (name) => {
    const spec = JSON.parse(await readFile(path.join(corpus, name, 'expected.json'), 'utf8')) as HostileCase;
    const root = await prepare(name, spec);
    if (spec.refused !== undefined) {
      await expect(check({ root, overrides: { asOf: '2026-11-27' } }), spec.why).rejects.toThrow(new UsageError(spec.refused));
      return;
    }
    const started = performance.now();
    const run = await check({ root, overrides: { asOf: '2026-11-27' } });
    expect(performance.now() - started, 'a hostile input must not slow the check down').toBeLessThan(5_000);

    const found = run.report.diagnostics.map(({ severity, code, file, line, column }) => ({ severity, code, file, line, column }));
    expect(found, spec.why).toEqual(spec.diagnostics);

    // Every format stays inert, whatever the YAML says.
    const text = await render('text', run.report, { color: false });
    expect(text).not.toMatch(/^::/m);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    const markdown = formatMarkdown(run.report);
    expect(markdown).not.toMatch(/<(img|script)/i);
    expect(markdown).not.toMatch(/^::/m);
    expect(markdown).not.toMatch(/(^|[^&#\w])@(everyone|octo-org)/);
    const [json, sarif] = await Promise.all([render('json', run.report, { color: false }), render('sarif', run.report, { color: false })]);
    expect(() => JSON.parse(json)).not.toThrow();
    expect(() => JSON.parse(sarif)).not.toThrow();
  });
});
