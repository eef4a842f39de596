import { open } from 'node:fs/promises';

/** Characters per write: small next to a large report, large enough that the writes stay few. */
const charactersPerWrite = 1 << 20;

/**
 * Writes `text` to `file` as UTF-8, a slice at a time. `writeFile` would first encode the whole
 * string into one buffer: for a 10,000-control JSON report that is ~40 MB more at the peak of
 * a run's memory. A slice never ends between the two halves of a surrogate pair.
 */
export async function writeTextFile(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let start = 0;
    while (start < text.length) {
      let end = Math.min(start + charactersPerWrite, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      await handle.write(text.slice(start, end));
      start = end;
    }
  } finally {
    await handle.close();
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
