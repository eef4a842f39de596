/**
 * The CLI writes a JSON report in pieces (so a large one is never held whole): joined, the pieces
 * must be byte for byte the text formatJson gives, on real reports with hashes, collected
 * evidence, empty lists and fields left out.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { formatJson, formatJsonPieces } from '../src/report/format-json.js';

const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', name);

describe('formatJsonPieces', () => {
  for (const name of ['example-org', 'collected-evidence', 'invalid', 'passing']) {
    it(`joins to formatJson's text on the ${name} fixture`, async () => {
      const { report } = await check({ root: fixture(name), fingerprints: true });
      const pieces = [...formatJsonPieces(report)];
      expect(pieces.length).toBeGreaterThan(Object.keys(report).length);
      expect(pieces.join('')).toBe(formatJson(report));
    });
  }
});
