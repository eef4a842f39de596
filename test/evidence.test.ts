import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { observeEvidence } from '../src/load/evidence.js';
import { indexRepository } from '../src/load/repository.js';
import type { EvidenceItem, OrgControl } from '../src/model.js';
import { makeRepo } from './support/repo.js';

function controlWith(patterns: string[]): OrgControl {
  const at = { file: 'controls/c.yaml', line: 1, column: 1 };
  const evidence: EvidenceItem[] = patterns.map((pattern, index) => ({
    id: `e${index}`,
    satisfies: [],
    type: undefined,
    source: { kind: 'path', pattern, at },
    collected: '2026-01-01',
    samples: undefined, period: undefined, population: undefined,
    at,
  }));
  return { id: 'C-1', title: 't', implements: [], covers: [], status: 'implemented', owner: undefined, justification: undefined, evidence, laterEvidence: [], at };
}

async function matches(root: string, patterns: string[]) {
  const control = controlWith(patterns);
  const { observations, diagnostics } = await observeEvidence([control], await indexRepository(root));
  const files = control.evidence.map((item) => {
    const seen = observations.get(item);
    return seen?.kind === 'files' ? seen.files.map((file) => file.path) : [];
  });
  return { files, diagnostics };
}

describe('evidence paths', () => {
  it('match plain files, globs, globstars and brace sets inside the repository', async () => {
    const root = await makeRepo({
      'evidence/access/q1.csv': 'a',
      'evidence/access/q2.csv': 'b',
      'evidence/access/notes.md': 'c',
      'evidence/deep/a/b/scan.json': '{}',
      'evidence/policy.md': '# policy',
    });
    const { files } = await matches(root, ['evidence/policy.md', 'evidence/access/*.csv', 'evidence/**/*.json', 'evidence/access/{q1.csv,notes.md}', 'evidence/missing.md']);
    expect(files).toEqual([
      ['evidence/policy.md'],
      ['evidence/access/q1.csv', 'evidence/access/q2.csv'],
      ['evidence/deep/a/b/scan.json'],
      ['evidence/access/notes.md', 'evidence/access/q1.csv'],
      [],
    ]);
  });

  it('never match outside the repository: absolute paths and ".." match nothing', async () => {
    const outside = await makeRepo({ 'secret.txt': 'secret' });
    const root = await makeRepo({ 'evidence/a.md': 'a' });
    const relative = path.relative(root, path.join(outside, 'secret.txt'));
    const { files } = await matches(root, [path.join(outside, 'secret.txt'), relative, '../*/secret.txt', 'evidence/../evidence/a.md']);
    expect(files).toEqual([[], [], [], []]);
  });

  it('follow symlinks to files inside, but not symlinked folders, and report links that leave', async () => {
    const outside = await makeRepo({ 'secret/key.pem': 'key', 'passwd': 'root:x:0:0' });
    const root = await makeRepo({ 'evidence/real/report.md': 'r' });
    await symlink(path.join(root, 'evidence/real/report.md'), path.join(root, 'evidence/alias.md'));
    await symlink(path.join(root, 'evidence/real'), path.join(root, 'evidence/real-dir'));
    await symlink(path.join(outside, 'passwd'), path.join(root, 'evidence/passwd.md'));
    await symlink(path.join(outside, 'secret'), path.join(root, 'evidence/vault'));

    const index = await indexRepository(root);
    expect(index.files).toEqual(['evidence/alias.md', 'evidence/real/report.md']);
    expect(index.escapingLinks).toEqual(['evidence/passwd.md', 'evidence/vault']);

    const { files, diagnostics } = await matches(root, ['evidence/*.md', 'evidence/vault/*.pem', 'evidence/real-dir/*.md']);
    expect(files).toEqual([['evidence/alias.md'], [], []]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      ['evidence-path-outside-repo', 'path "evidence/*.md" reaches evidence/passwd.md, a symlink to a place outside the repository; it is not read'],
      ['evidence-path-outside-repo', 'path "evidence/vault/*.pem" reaches evidence/vault, a symlink to a place outside the repository; it is not read'],
    ]);
  });

  it('skip .git and node_modules when listing files', async () => {
    const root = await makeRepo({ '.git/config': 'x', 'node_modules/x/evidence.md': 'x', 'evidence/e.md': 'e' });
    expect((await indexRepository(root)).files).toEqual(['evidence/e.md']);
  });

  it('list a level too large to read without waiting as one read with waiting would, and stop at the limit either way', async () => {
    // Level 1 holds 4,103 entries: more than the first 4,096 listed synchronously, so it is read again asynchronously.
    const root = await makeRepo({ 'top.md': 't', 'small/a.md': 'a', 'big/deep/x.md': 'x' });
    const bigFolder = Array.from({ length: 4100 }, (_, index) => `big/f${String(index).padStart(4, '0')}.md`);
    await Promise.all(bigFolder.map((file) => writeFile(path.join(root, file), 'x')));
    await symlink(path.join(root, 'small/a.md'), path.join(root, 'small/link.md'));

    const index = await indexRepository(root);
    expect(index.truncated).toBe(false);
    expect(index.files).toEqual(['big/deep/x.md', ...bigFolder, 'small/a.md', 'small/link.md', 'top.md']);
    expect([...index.linkTargets]).toEqual([['small/link.md', 'small/a.md']]);
    // 3 entries at the top, 4,103 below, 1 at the bottom: a limit of 4,105 leaves level 1 out whole.
    expect(await indexRepository(root, 4105)).toMatchObject({ files: ['top.md'], truncated: true });
    expect((await indexRepository(root, 4106)).files).toHaveLength(4103);
    // A limit below the top level's 3 entries: nothing listed, whichever way the level is read.
    expect(await indexRepository(root, 2)).toMatchObject({ files: [], truncated: true });
  });

  it('ignore a broken symlink', async () => {
    const root = await makeRepo({ 'evidence/e.md': 'e' });
    await symlink(path.join(tmpdir(), 'crosswalk-does-not-exist'), path.join(root, 'evidence/broken.md'));
    await mkdir(path.join(root, 'evidence/sub'));
    await writeFile(path.join(root, 'evidence/sub/f.md'), 'f');
    const index = await indexRepository(root);
    expect(index.files).toEqual(['evidence/e.md', 'evidence/sub/f.md']);
    expect(index.escapingLinks).toEqual([]);
  });
});
