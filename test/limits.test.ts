import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { UsageError } from '../src/errors.js';
import { controlFile, makeRepo } from './support/repo.js';

const oneControl = (evidencePath = 'evidence/e.md') =>
  controlFile(`  - id: C-1
    title: A control
    implements: [A.5.1]
    status: implemented
    evidence:
      - id: e
        path: "${evidencePath}"
        collected: 2026-11-01
`);

async function diagnosticsOf(files: Record<string, string>, limits = '') {
  const root = await makeRepo({ '.crosswalk.yml': `as_of: 2026-11-27\n${limits}`, ...files });
  return (await check({ root })).report.diagnostics.filter((diagnostic) => diagnostic.code === 'limit-exceeded');
}

describe('limits: each a clear error with its number', () => {
  it('a file over max_file_bytes is not read', async () => {
    const big = oneControl() + `# ${'x'.repeat(2000)}\n`;
    expect(await diagnosticsOf({ 'controls/big.yaml': big }, 'limits:\n  max_file_bytes: 1000\n  max_line_length: 5000\n')).toMatchObject([
      { file: 'controls/big.yaml', line: 1, column: 1, message: expect.stringMatching(/^file is \d+ bytes; the limit is 1000 \(limits\.max_file_bytes\)/) },
    ]);
  });

  it('files past max_total_bytes are not read', async () => {
    const found = await diagnosticsOf({ 'controls/a.yaml': oneControl(), 'controls/b.yaml': oneControl().replace('C-1', 'C-2') }, 'limits:\n  max_total_bytes: 250\n');
    expect(found).toMatchObject([{ file: 'controls/b.yaml', message: expect.stringContaining('total of 250 bytes of YAML (limits.max_total_bytes)') }]);
  });

  it('a line over max_line_length is refused at the column where it passes the limit', async () => {
    const found = await diagnosticsOf({ 'controls/c.yaml': oneControl().replace('title: A control', `title: ${'t'.repeat(300)}`) }, 'limits:\n  max_line_length: 200\n');
    expect(found).toMatchObject([{ line: 5, column: 201, message: 'line is longer than 200 characters (limits.max_line_length)' }]);
  });

  it('flow nesting deeper than max_depth is refused before parsing, fast', async () => {
    const deep = `apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: ${'['.repeat(40_000)}${']'.repeat(40_000)}\n`;
    const started = performance.now();
    const found = await diagnosticsOf({ 'controls/deep.yaml': deep }, 'limits:\n  max_line_length: 100000\n');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toMatchObject([{ line: 3, column: 11 + 63, message: 'nesting is deeper than 64 levels (limits.max_depth)' }]);
  });

  it('block nesting deeper than max_depth is refused', async () => {
    const nested = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' leaf\n';
    const found = await diagnosticsOf({ 'controls/n.yaml': nested }, 'limits:\n  max_depth: 5\n');
    expect(found).toMatchObject([{ file: 'controls/n.yaml', line: 6, column: 11, message: 'nesting is deeper than 5 levels (limits.max_depth)' }]);
  });

  it('max_files and max_controls cap what is read and scored', async () => {
    const files = Object.fromEntries([1, 2, 3].map((n) => [`controls/c${n}.yaml`, oneControl().replace('C-1', `C-${n}`)]));
    expect((await diagnosticsOf({ ...files, 'evidence/e.md': 'e' }, 'limits:\n  max_files: 2\n')).map((diagnostic) => diagnostic.message)).toEqual(['3 control files match; only the first 2 are read (limits.max_files)']);
    expect(await diagnosticsOf({ ...files, 'evidence/e.md': 'e' }, 'limits:\n  max_controls: 2\n')).toMatchObject([{ file: 'controls/c3.yaml', line: 4, column: 5, message: 'more than 2 controls (limits.max_controls); the rest are not scored' }]);
  });

  it('a glob over max_glob_length or max_glob_expansion is not matched, and says which', async () => {
    const long = await diagnosticsOf({ 'controls/c.yaml': oneControl(`evidence/${'a'.repeat(100)}*.md`) }, 'limits:\n  max_glob_length: 50\n');
    expect(long).toMatchObject([{ line: 10, column: 15, message: 'path: pattern is 113 characters long; the limit is 50 (limits.max_glob_length); it is not matched' }]);
    const braces = await diagnosticsOf({ 'controls/c.yaml': oneControl(`evidence/${'{a,b}'.repeat(12)}.md`) });
    expect(braces).toMatchObject([{ message: 'path: pattern expands to more than 256 alternatives (limits.max_glob_expansion); it is not matched' }]);
  });

  it('a controls glob over the limits makes the config unusable (exit 2)', async () => {
    const root = await makeRepo({ '.crosswalk.yml': `controls: ["${'{a,b}'.repeat(12)}/*.yaml"]\n` });
    await expect(check({ root })).rejects.toThrow(UsageError);
  });

  it('the repository listing stops at max_repository_files', async () => {
    const found = await diagnosticsOf({ 'controls/c.yaml': oneControl(), 'evidence/1.md': '1', 'evidence/2.md': '2', 'evidence/3.md': '3' }, 'limits:\n  max_repository_files: 2\n');
    expect(found.map((diagnostic) => diagnostic.message)).toContain('the repository has more than 2 entries (files, folders and symlinks; limits.max_repository_files); folders from the level where the limit is passed down are not listed, and evidence there is not seen');
  });

  it('a limit must be a positive whole number', async () => {
    const root = await makeRepo({ '.crosswalk.yml': 'limits:\n  max_depth: 0\n' });
    await expect(check({ root })).rejects.toThrow(/\.crosswalk\.yml:2:14: limits\.max_depth/);
  });
});
