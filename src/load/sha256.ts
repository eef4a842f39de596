/**
 * SHA-256, in a module of its own that fingerprints.ts imports when it first hashes: node:crypto
 * costs a cold start ~3 ms, and most checks hash nothing. (A bare `import('node:crypto')` would
 * not do: the CLI's bundle runs as a vm script, which cannot import; a bundled module is loaded
 * by the bundle itself.)
 */
import { createHash, type Hash } from 'node:crypto';

export function sha256(): Hash {
  return createHash('sha256');
}
