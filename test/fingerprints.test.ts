/**
 * Evidence fingerprints: SHA-256 of every matched file, streamed and bounded (a file over the
 * per-file cap is never opened, the run stops at its total), and only when an output shows them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { fingerprintEvidence } from '../src/load/fingerprints.js';
import type { EvidenceItem, EvidenceObservation } from '../src/model.js';
import { captureIo } from './support/cli-io.js';
import { controlFile, makeRepo } from './support/repo.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const controls = controlFile(`  - id: AC-01
    title: Access is reviewed
    implements: [A.5.15]
    status: implemented
    evidence:
      - id: reviews
        path: evidence/reviews/*.csv
        collected: 2026-10-01
      - id: first-review
        path: evidence/reviews/a.csv
        collected: 2026-10-01
      - id: portal
        url: https://grc.example/reviews
        collected: 2026-10-01
`);

async function repo(extra: Record<string, string> = {}) {
  return makeRepo({ '.crosswalk.yml': 'as_of: 2026-11-27\n', 'controls/access.yaml': controls, 'evidence/reviews/a.csv': 'user,decision\nann,keep\n', 'evidence/reviews/b.csv': 'user,decision\nbob,remove\n', 'evidence/reviews/empty.csv': '', ...extra });
}

/** Observations made by hand: files of the given (claimed) sizes under one item. */
function observing(files: { path: string; size: number }[]): Map<EvidenceItem, EvidenceObservation> {
  return new Map([[{ id: 'x' } as EvidenceItem, { kind: 'files', files }]]);
}

describe('fingerprintEvidence', () => {
  it('hashes every matched file once, in path order, whatever matches it', async () => {
    const root = await repo();
    const run = await check({ root, fingerprints: true });
    expect([...run.digests!]).toEqual([
      ['evidence/reviews/a.csv', { sha256: sha256('user,decision\nann,keep\n') }],
      ['evidence/reviews/b.csv', { sha256: sha256('user,decision\nbob,remove\n') }],
      ['evidence/reviews/empty.csv', { sha256: sha256('') }],
    ]);
  });

  it('never opens a file over the per-file cap: a 300 MiB file is listed with its size and no hash', async () => {
    const root = await repo();
    const big = await open(path.join(root, 'evidence/reviews/big.csv'), 'w');
    await big.truncate(300 * 1024 * 1024); // sparse: no disk, but stat says 300 MiB
    await big.close();
    const started = performance.now();
    const run = await check({ root, fingerprints: true });
    expect(performance.now() - started).toBeLessThan(10_000);
    const reviews = run.report.evidence.find((item) => item.evidence === 'reviews')!;
    expect(reviews.files.find((file) => file.path.endsWith('big.csv'))).toEqual({ path: 'evidence/reviews/big.csv', size: 300 * 1024 * 1024, sha256: null, reason: 'file-too-large' });
  });

  it('streams a file too large to read in one call, and hashes it whole', async () => {
    const large = 'crosswalk evidence line\n'.repeat(150_000); // 3.6 MB
    const root = await makeRepo({ 'large.log': large });
    const digests = await fingerprintEvidence(root, observing([{ path: 'large.log', size: Buffer.byteLength(large) }]));
    expect(digests.get('large.log')).toEqual({ sha256: sha256(large) });
  });

  it('spends the total budget in path order and reports the rest as not hashed', async () => {
    const root = await makeRepo({ 'a.txt': '123456', 'b.txt': '123456', 'c.txt': '12' });
    const digests = await fingerprintEvidence(root, observing([{ path: 'c.txt', size: 2 }, { path: 'b.txt', size: 6 }, { path: 'a.txt', size: 6 }]), { maxFileBytes: 100, maxTotalBytes: 10 });
    expect([...digests]).toEqual([
      ['a.txt', { sha256: sha256('123456') }],
      ['b.txt', { sha256: null, reason: 'hashing-budget-spent' }],
      // Budget left (4 bytes) still fits a later, smaller file.
      ['c.txt', { sha256: sha256('12') }],
    ]);
  });

  it('reports a file that is gone or changed since it was measured, instead of a hash of part of it', async () => {
    const root = await makeRepo({ 'grew.txt': 'longer than measured', 'same.txt': 'abc' });
    const digests = await fingerprintEvidence(root, observing([{ path: 'grew.txt', size: 4 }, { path: 'gone.txt', size: 3 }, { path: 'same.txt', size: 3 }]));
    expect(Object.fromEntries(digests)).toEqual({
      'gone.txt': { sha256: null, reason: 'unreadable' },
      'grew.txt': { sha256: null, reason: 'changed-while-read' },
      'same.txt': { sha256: sha256('abc') },
    });
  });

  it('never waits on a file that became a named pipe after it was listed: unreadable, at once', async () => {
    const root = await makeRepo({ 'same.txt': 'abc' });
    // Opening a FIFO for reading blocks until a writer comes; no writer ever comes here.
    const fifo = spawnSync('mkfifo', [path.join(root, 'swapped.csv')]);
    expect(fifo.status).toBe(0);
    const digests = await fingerprintEvidence(root, observing([{ path: 'swapped.csv', size: 10 }, { path: 'same.txt', size: 3 }]));
    expect(Object.fromEntries(digests)).toEqual({ 'same.txt': { sha256: sha256('abc') }, 'swapped.csv': { sha256: null, reason: 'unreadable' } });
  }, 5_000);
});

describe('the report’s evidence field', () => {
  it('lists every item with its files, sizes, hashes and when it stops counting', async () => {
    const { report } = await check({ root: await repo(), fingerprints: true });
    expect(report.evidence.map(({ control, evidence, present, path, url, files, expires }) => ({ control, evidence, present, path, url, files, expires }))).toEqual([
      {
        control: 'AC-01',
        evidence: 'first-review',
        present: true,
        path: 'evidence/reviews/a.csv',
        url: undefined,
        files: [{ path: 'evidence/reviews/a.csv', size: 23, sha256: sha256('user,decision\nann,keep\n') }],
        // Operating evidence of A.5.15 without a frequency: the policy's 365 days, then it lapses.
        expires: '2027-10-02',
      },
      { control: 'AC-01', evidence: 'portal', present: true, path: undefined, url: 'https://grc.example/reviews', files: [], expires: '2027-10-02' },
      {
        control: 'AC-01',
        evidence: 'reviews',
        present: true,
        path: 'evidence/reviews/*.csv',
        url: undefined,
        files: [
          { path: 'evidence/reviews/a.csv', size: 23, sha256: sha256('user,decision\nann,keep\n') },
          { path: 'evidence/reviews/b.csv', size: 25, sha256: sha256('user,decision\nbob,remove\n') },
          { path: 'evidence/reviews/empty.csv', size: 0, sha256: sha256('') },
        ],
        expires: '2027-10-02',
      },
    ]);
  });

  it('is not hashed unless asked: the terminal report does not pay for it', async () => {
    const { report, digests } = await check({ root: await repo() });
    expect(digests).toBeUndefined();
    // Not even listed: the inventory is built only for the outputs that show it (json, html, oscal, the action).
    expect(report.evidence).toEqual([]);
  });

  it('is in `check --format json`, hashed', async () => {
    const root = await repo();
    const { io, out } = captureIo(root);
    expect(await runCli(['check', '.', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(out.join('')) as { evidence: { files: { sha256: string | null }[] }[] };
    expect(report.evidence.flatMap((item) => item.files).map((file) => file.sha256)).toContain(sha256('user,decision\nbob,remove\n'));
  });
});
