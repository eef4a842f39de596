/**
 * The built CLI keeps V8's compiled code of its bundle in the temp folder (src/code-cache.ts):
 * the first run writes it, later runs use it, a damaged cache is replaced, and
 * NODE_DISABLE_COMPILE_CACHE=1 keeps nothing. The output never depends on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(project, 'dist/cli.js');
const example = path.join(project, 'fixtures/example-org');

/** `crosswalk check` of the example with its own temp folder; returns what it printed and the cache folder. */
function checkExample(temp: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, ...extraEnv };
  if (!('NODE_DISABLE_COMPILE_CACHE' in extraEnv)) delete env.NODE_DISABLE_COMPILE_CACHE;
  const result = spawnSync(process.execPath, [cli, 'check', example, '--format', 'json'], { cwd: project, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, cacheFolder: path.join(temp, `crosswalk-code-cache${user}`) };
}

const temps: string[] = [];
afterAll(async () => {
  for (const temp of temps) await rm(temp, { recursive: true, force: true });
});

async function freshTemp(): Promise<string> {
  const temp = await mkdtemp(path.join(tmpdir(), 'crosswalk-cache-'));
  temps.push(temp);
  return temp;
}

async function cacheFiles(folder: string): Promise<string[]> {
  return existsSync(folder) ? (await readdir(folder)).sort() : [];
}

describe('the CLI code cache', () => {
  it('is written by the first run, named by Node version and bundle, and used as it is by the next', async () => {
    const temp = await freshTemp();
    const first = checkExample(temp);
    expect(first.status).toBe(1);
    const files = await cacheFiles(first.cacheFolder);
    expect(files).toEqual([expect.stringMatching(new RegExp(`^${process.version.replaceAll('.', '\\.')}-${process.platform}-${process.arch}-[0-9a-f]{16}\\.bin$`))]);
    const file = path.join(first.cacheFolder, files[0]!);
    const written = await stat(file);
    expect(written.size).toBeGreaterThan(100_000);
    if (process.platform !== 'win32') expect(written.mode & 0o077).toBe(0);

    const second = checkExample(temp);
    expect(second).toEqual(first);
    // Accepted by V8, so not written again: the same file, not a replacement.
    expect((await stat(file)).ino).toBe(written.ino);
  });

  it('replaces a damaged cache and gives the same report', async () => {
    const temp = await freshTemp();
    const reference = checkExample(temp);
    const [name] = await cacheFiles(reference.cacheFolder);
    const file = path.join(reference.cacheFolder, name!);
    const garbage = Buffer.alloc(4096, 0x5a);
    await writeFile(file, garbage);
    const again = checkExample(temp);
    expect(again.stdout).toBe(reference.stdout);
    expect(again.status).toBe(reference.status);
    const replaced = await readFile(file);
    expect(replaced.equals(garbage)).toBe(false);
    expect(replaced.length).toBeGreaterThan(100_000);
  });

  it.skipIf(process.platform === 'win32')('does not read a cache in a folder other users can write to', async () => {
    const temp = await freshTemp();
    const reference = checkExample(temp);
    const [name] = await cacheFiles(reference.cacheFolder);
    await chmod(reference.cacheFolder, 0o777);
    const file = path.join(reference.cacheFolder, name!);
    const before = await stat(file);
    const again = checkExample(temp);
    expect(again.stdout).toBe(reference.stdout);
    // Not trusted, so not used: the run compiled afresh and wrote its own cache in its place.
    expect((await stat(file)).ino).not.toBe(before.ino);
  });

  it('keeps nothing with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const temp = await freshTemp();
    const run = checkExample(temp, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"readiness"');
    expect(existsSync(run.cacheFolder)).toBe(false);
  });
});
