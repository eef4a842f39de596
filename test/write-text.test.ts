/** Large reports are written a slice at a time: the file must hold exactly the text, in UTF-8. */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTextFile } from '../src/write-text.js';

describe('writeTextFile', () => {
  it('writes text longer than one slice byte for byte, with a surrogate pair across the slice boundary', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'crosswalk-write-')), 'report.json');
    // The emoji's two UTF-16 halves sit on either side of the first 1 Mi-character boundary.
    const text = `${'a'.repeat((1 << 20) - 1)}😀 → é\n${'b'.repeat(1 << 20)}`;
    await writeTextFile(file, text);
    expect((await readFile(file)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('writes text given in pieces as the same bytes, a surrogate pair split between pieces and slices', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'crosswalk-write-')), 'report.json');
    const pieces = ['{\n', 'a'.repeat((1 << 20) - 3), '\ud83d', '\ude00 → é\n', 'b'.repeat(3 << 20), '', '}\n'];
    await writeTextFile(file, pieces);
    expect((await readFile(file)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('writes an empty text as an empty file, replacing what was there', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'crosswalk-write-')), 'report.txt');
    await writeTextFile(file, 'old content');
    await writeTextFile(file, '');
    expect(await readFile(file, 'utf8')).toBe('');
  });
});
