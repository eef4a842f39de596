/**
 * A commit read from git objects (load/commit-source.ts) answers as the same files on disk do
 * (load/repository-source.ts): the same listing, symlinks and limit, the same sizes and bytes,
 * the same refusals. Real repositories, made with the git on PATH; nothing is exported to disk.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { openCommit, type CommitSource } from '../src/load/commit-source.js';
import { diskSource } from '../src/load/repository-source.js';
import { git, gitRepository } from './support/git-repo.js';

const opened: CommitSource[] = [];
afterEach(() => {
  for (const source of opened.splice(0)) source.close();
});

async function repositoryWithLinks(): Promise<{ root: string; sha: string }> {
  const { root } = await gitRepository([
    {
      '.crosswalk.yml': 'apiVersion: crosswalk/v1\nkind: Config\n',
      'controls/a.yaml': 'kind: ControlImplementation\n',
      'evidence/q3/review.csv': 'user,decision\nalice,keep\n',
      'evidence/summary.csv': 'user,decision\nalice,keep\n',
      'evidence/q3/empty.txt': '',
      'evidence/deep/er/still/file.md': '# deep\n',
      'node_modules/pkg/index.js': 'module.exports = 1;\n',
    },
  ]);
  // To a file on its own level: past the entry limit, a link into a level that is not listed counts
  // as broken in a commit, where the disk would follow it (the run says it was cut either way).
  await symlink('summary.csv', path.join(root, 'evidence/latest.csv'));
  await symlink('../../../../../../../../etc/passwd', path.join(root, 'evidence/escape.txt'));
  await symlink('/etc/hostname', path.join(root, 'evidence/absolute.txt'));
  await symlink('q3', path.join(root, 'evidence/folder-link'));
  await symlink('missing.csv', path.join(root, 'evidence/dangling.csv'));
  await symlink('../.git/config', path.join(root, 'evidence/git-config'));
  await git(root, 'add', '-A');
  await git(root, 'commit', '-qm', 'links');
  return { root, sha: await git(root, 'rev-parse', 'HEAD') };
}

async function open(root: string, sha: string): Promise<CommitSource> {
  const source = await openCommit(root, sha, { root: '/nonexistent/crosswalk-base', timeoutMs: 30_000 });
  opened.push(source);
  return source;
}

describe('a commit read from git objects', () => {
  it('lists, links and measures its files as the checkout on disk does, and reads the same bytes', async () => {
    const { root, sha } = await repositoryWithLinks();
    const disk = diskSource(root, undefined);
    const commit = await open(root, sha);
    const [onDisk, inGit] = await Promise.all([disk.index(10_000), commit.index(10_000)]);
    expect(inGit.files).toEqual(onDisk.files);
    expect(inGit.escapingLinks).toEqual(onDisk.escapingLinks);
    expect(new Map(inGit.linkTargets)).toEqual(new Map(onDisk.linkTargets));
    expect(inGit.truncated).toBe(false);
    expect(inGit.files).toContain('evidence/latest.csv');
    expect(inGit.escapingLinks).toEqual(['evidence/absolute.txt', 'evidence/escape.txt', 'evidence/git-config']);
    expect(inGit.files.some((file) => file.startsWith('node_modules/'))).toBe(false);

    expect(await commit.sizes(inGit.files)).toEqual(await disk.sizes(onDisk.files));
    for (const file of inGit.files) expect((await commit.read(file, file, 1_000)).toString('utf8'), file).toBe((await disk.read(file, file, 1_000)).toString('utf8'));
    expect((await commit.readStart('evidence/latest.csv', 4))?.toString('utf8')).toBe('user');
  });

  it('reads the start of a large blob as the disk does, and goes on answering afterwards', async () => {
    const large = Array.from({ length: 60_000 }, (_, index) => `{"change": ${index}, "kind": "ChangePopulation"}`).join('\n');
    const { root } = await gitRepository([{ 'evidence/export.json': large, 'evidence/small.csv': 'user\nalice\n' }]);
    const sha = await git(root, 'rev-parse', 'HEAD');
    const disk = diskSource(root, undefined);
    const commit = await open(root, sha);
    await commit.index(10_000);
    expect(Buffer.byteLength(large)).toBeGreaterThan(2 * 1024 * 1024);
    for (const bytes of [10, 4096, 65_537]) {
      const start = await commit.readStart('evidence/export.json', bytes);
      expect(start?.length, String(bytes)).toBe(bytes);
      expect(start?.equals((await disk.readStart('evidence/export.json', bytes))!), String(bytes)).toBe(true);
    }
    expect((await commit.readStart('evidence/small.csv', 4))?.toString('utf8')).toBe('user');
    expect((await commit.read('evidence/small.csv', 'small', 100)).toString('utf8')).toBe('user\nalice\n');
  });

  it('stops listing at the same level as the disk when there are more entries than the limit', async () => {
    const { root, sha } = await repositoryWithLinks();
    for (let limit = 1; limit <= 24; limit++) {
      const [onDisk, inGit] = await Promise.all([diskSource(root, undefined).index(limit), (await open(root, sha)).index(limit)]);
      expect({ files: inGit.files, truncated: inGit.truncated, links: [...inGit.linkTargets] }, `limit ${limit}`).toEqual({ files: onDisk.files, truncated: onDisk.truncated, links: [...onDisk.linkTargets] });
    }
  });

  it('reads a named file as the disk would: missing, out of the tree by a link, a folder, too large, or its bytes', async () => {
    const { root, sha } = await repositoryWithLinks();
    const commit = await open(root, sha);
    const base = '/nonexistent/crosswalk-base';
    expect((await commit.readNamed(`${base}/.crosswalk.yml`, '.crosswalk.yml', 1_000))?.toString('utf8')).toBe('apiVersion: crosswalk/v1\nkind: Config\n');
    expect((await commit.readNamed('evidence/latest.csv', 'latest', 1_000))?.toString('utf8')).toBe('user,decision\nalice,keep\n');
    expect(await commit.readNamed(`${base}/mappings/none.yaml`, 'mapping mappings/none.yaml', 1_000)).toBeUndefined();
    await expect(commit.readNamed(`${base}/evidence/escape.txt`, 'mapping evidence/escape.txt', 1_000)).rejects.toThrow(new UsageError('mapping evidence/escape.txt resolves to a place outside the repository (a symlink); it is not read'));
    await expect(commit.readNamed(`${base}/evidence/q3`, 'mapping evidence/q3', 1_000)).rejects.toThrow('mapping evidence/q3 is a folder, not a regular file; it is not read');
    await expect(commit.readNamed(`${base}/.git/config`, 'mapping .git/config', 1_000)).rejects.toThrow("mapping .git/config is inside .git/, which holds git's own files, not the repository's; it is not read");
    await expect(commit.readNamed(`${base}/evidence/q3/review.csv`, 'the file', 10)).rejects.toThrow('the file is 25 bytes (the limit is 10); it is not read');
  });

  it('reads the subfolder of the commit that the workspace is', async () => {
    const { root } = await gitRepository([{ 'compliance/.crosswalk.yml': 'kind: Config\n', 'compliance/controls/a.yaml': 'a\n', 'other/b.yaml': 'b\n' }]);
    const sha = await git(root, 'rev-parse', 'HEAD');
    const commit = await open(path.join(root, 'compliance'), sha);
    expect((await commit.index(100)).files).toEqual(['.crosswalk.yml', 'controls/a.yaml']);
    expect((await commit.readNamed('.crosswalk.yml', '.crosswalk.yml', 100))?.toString('utf8')).toBe('kind: Config\n');
  });

  it('says what failed when git cannot list the commit', async () => {
    const { root } = await gitRepository([{ 'a.txt': 'a\n' }]);
    const commit = await open(root, 'f'.repeat(40));
    await expect(commit.index(100)).rejects.toThrow(/^git ls-tree of commit fffffff failed: fatal: /);
  });
});

describe('the files on disk', () => {
  it('leave out a file that cannot be measured', async () => {
    const { root } = await gitRepository([{ 'a.txt': 'abc' }]);
    await mkdir(path.join(root, 'd'));
    await writeFile(path.join(root, 'd/b.txt'), '');
    expect(await diskSource(root, undefined).sizes(['a.txt', 'd/b.txt', 'gone.txt'])).toEqual(new Map([['a.txt', 3], ['d/b.txt', 0]]));
  });

  it('give no start of a file that became a named pipe after it was listed, and do not wait for a writer', async () => {
    const { root } = await gitRepository([{ 'a.csv': 'user\nann\n' }]);
    expect(spawnSync('mkfifo', [path.join(root, 'b.csv')]).status).toBe(0);
    const disk = diskSource(root, undefined);
    expect(await disk.readStart('b.csv', 16)).toBeUndefined();
    expect((await disk.readStart('a.csv', 4))?.toString('utf8')).toBe('user');
  }, 5_000);
});
