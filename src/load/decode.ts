import type { Diagnostic } from '../diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** YAML files must be UTF-8 (a UTF-8 byte order mark is accepted and dropped). */
export function decodeUtf8(file: string, bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return notUtf8(file, 1, 1, 'the file is UTF-16; save it as UTF-8');
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const { line, column } = firstInvalidPosition(bytes);
    return notUtf8(file, line, column, 'the file is not valid UTF-8; save it as UTF-8');
  }
}

function notUtf8(file: string, line: number, column: number, message: string): DecodeResult {
  return { ok: false, diagnostic: { severity: 'error', code: 'not-utf8', message, file, line, column } };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Lenient decoding replaces the first bad byte sequence with U+FFFD: that is where it is. */
function firstInvalidPosition(bytes: Uint8Array): { line: number; column: number } {
  const text = utf8Lenient.decode(bytes);
  const index = text.indexOf('\uFFFD');
  const before = text.slice(0, Math.max(index, 0));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: index - lastBreak };
}
