/**
 * SHA-256 fingerprints of the files evidence paths matched, so an auditor can tell that the file
 * they are shown is the file that was judged. Hashing is I/O and can be large (evidence folders
 * hold exports of gigabytes), so it is bounded: a file above `maxFileBytes` is never opened, the
 * run hashes at most `maxTotalBytes` together, and every file is streamed, never read whole.
 */
import type { Hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from '../diagnostics.js';
import type { EvidenceObservations, FileDigest, FileDigests, MatchedFile } from '../model.js';
import { readInto } from './confined.js';

export interface HashCaps {
  /** A file larger than this is reported `file-too-large` and not read. */
  readonly maxFileBytes: number;
  /** Files are hashed in path order until their sizes add up to this; the rest are `hashing-budget-spent`. */
  readonly maxTotalBytes: number;
}

const mebibyte = 1024 * 1024;
export const defaultHashCaps: HashCaps = { maxFileBytes: 256 * mebibyte, maxTotalBytes: 1024 * mebibyte };

/**
 * Files are taken eight at a time: the small ones of a batch are read one after another, the large
 * ones streamed side by side (bound by the disk and one core anyway), and between batches the
 * run's other work goes on.
 */
const concurrency = 8;

/** Files up to this size are read whole, synchronously (a stream costs more than the read); larger ones are streamed. */
const smallFileBytes = 1024 * 1024;

/** Fingerprints every file the observations list, each once however many items match it. */
export async function fingerprintEvidence(root: string, observations: EvidenceObservations, caps: HashCaps = defaultHashCaps): Promise<FileDigests> {
  const files = new Map<string, MatchedFile>();
  for (const observation of observations.values()) {
    if (observation.kind === 'files') for (const file of observation.files) files.set(file.path, file);
  }
  const digests = new Map<string, FileDigest>();
  const queue: MatchedFile[] = [];
  // The budget is spent in path order, decided before any read, so which files are hashed never
  // depends on which read finishes first.
  let budget = caps.maxTotalBytes;
  for (const file of [...files.values()].sort((a, b) => compareStrings(a.path, b.path))) {
    if (file.size > caps.maxFileBytes) digests.set(file.path, { sha256: null, reason: 'file-too-large' });
    else if (file.size > budget) digests.set(file.path, { sha256: null, reason: 'hashing-budget-spent' });
    else {
      budget -= file.size;
      queue.push(file);
    }
  }
  const { sha256 } = await import('./sha256.js');
  // One buffer that every small file is read into in turn (see digestSmallFile).
  const scratch = Buffer.allocUnsafe(smallFileBytes + 1);
  for (let start = 0; start < queue.length; start += concurrency) {
    const batch = queue.slice(start, start + concurrency);
    const results = await Promise.all(batch.map((file) => digestOf(path.join(root, file.path), file.size, scratch, sha256)));
    batch.forEach((file, index) => digests.set(file.path, results[index]!));
  }
  return new Map([...digests].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * Reads at most `size + 1` bytes: a file that grew (or shrank) since it was measured is
 * reported `changed-while-read` rather than hashed in part, and can never make the run read more
 * than its budget. Small files are read synchronously, as load/confined.ts explains; large ones
 * are streamed.
 */
async function digestOf(file: string, size: number, scratch: Buffer, sha256: () => Hash): Promise<FileDigest> {
  return size <= smallFileBytes ? digestSmallFile(file, size, scratch, sha256) : await digestLargeFile(file, size, sha256);
}

/** Synchronous, so one scratch buffer serves every small file in turn, with no buffer to collect afterwards. */
function digestSmallFile(file: string, size: number, scratch: Buffer, sha256: () => Hash): FileDigest {
  let descriptor;
  try {
    // Non-blocking: a file swapped for a FIFO since it was listed must not hang the run.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { sha256: null, reason: 'unreadable' };
  }
  try {
    if (!fstatSync(descriptor).isFile()) return { sha256: null, reason: 'unreadable' };
    const buffer = scratch.subarray(0, size + 1);
    const read = readInto(descriptor, buffer);
    return read === size ? { sha256: sha256().update(buffer.subarray(0, size)).digest('hex') } : { sha256: null, reason: 'changed-while-read' };
  } catch {
    return { sha256: null, reason: 'unreadable' };
  } finally {
    closeSync(descriptor);
  }
}

async function digestLargeFile(file: string, size: number, sha256: () => Hash): Promise<FileDigest> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { sha256: null, reason: 'unreadable' };
  }
  try {
    if (!(await handle.stat()).isFile()) return { sha256: null, reason: 'unreadable' };
    const hash = sha256();
    let read = 0;
    for await (const chunk of handle.createReadStream({ start: 0, end: size, autoClose: false }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      read += chunk.length;
    }
    return read === size ? { sha256: hash.digest('hex') } : { sha256: null, reason: 'changed-while-read' };
  } catch {
    return { sha256: null, reason: 'unreadable' };
  } finally {
    await handle.close();
  }
}
