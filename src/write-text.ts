import { open } from 'node:fs/promises';

/** Characters per write: small next to a large report, large enough that the writes stay few. */
const charactersPerWrite = 1 << 20;

/**
 * Writes `text` to `file` as UTF-8, a slice at a time. `writeFile` would first encode the whole
 * string into one buffer: for a 10,000-control JSON report that is ~40 MB more at the peak of
 * a run's memory. Text given in pieces is written as it comes, a slice's worth at a time, so
 * the whole text is never held. A slice never ends between the two halves of a surrogate pair.
 */
export async function writeTextFile(file: string, text: string | Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const slice of slices(text)) await handle.write(slice);
  } finally {
    await handle.close();
  }
}

/** The text in slices of about `charactersPerWrite`: pieces joined up to it, long ones cut. */
export function* slices(text: string | Iterable<string>): Generator<string> {
  let pending = '';
  for (const piece of typeof text === 'string' ? [text] : text) {
    pending += piece;
    while (pending.length >= charactersPerWrite) {
      let end = charactersPerWrite;
      if (isHighSurrogate(pending.charCodeAt(end - 1))) end -= 1;
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0) yield pending;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
