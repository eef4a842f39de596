/**
 * The sample check reads a CSV file into a buffer the size it was listed at (and one byte more),
 * not the size of the cap: what it counts must not depend on that, even when the file changed
 * since it was listed.
 */
import { describe, expect, it } from 'vitest';
import { csvDataRows } from '../src/load/csv-rows.js';
import { diskSource } from '../src/load/repository-source.js';
import { makeRepo } from './support/repo.js';

const fourRows = 'id,date\n1,2026-10-01\n2,2026-10-02\n3,2026-10-03\n4,2026-10-04\n';
const cap = 4 * 1024 * 1024;

describe('csvDataRows', () => {
  it('counts every row of a file listed at its size', async () => {
    const source = diskSource(await makeRepo({ 'rows.csv': fourRows }), undefined);
    expect(await csvDataRows(source, 'rows.csv', Buffer.byteLength(fourRows))).toBe(4);
  });

  it('counts every row of a file that grew since it was listed, not only the bytes listed', async () => {
    const source = diskSource(await makeRepo({ 'rows.csv': fourRows }), undefined);
    expect(await csvDataRows(source, 'rows.csv', 10)).toBe(4);
  });

  it('counts the rows left in a file that shrank since it was listed', async () => {
    const source = diskSource(await makeRepo({ 'rows.csv': fourRows }), undefined);
    expect(await csvDataRows(source, 'rows.csv', 1000)).toBe(4);
  });

  it('counts nothing for a file that grew past the cap since it was listed', async () => {
    const grown = `id\n${'1\n'.repeat(cap / 2)}`;
    const source = diskSource(await makeRepo({ 'rows.csv': grown }), undefined);
    expect(await csvDataRows(source, 'rows.csv', 10)).toBeUndefined();
    expect(await csvDataRows(source, 'rows.csv', cap + 1)).toBeUndefined();
  });
});
