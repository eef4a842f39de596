/**
 * How messages speak of what a file holds. A value is described by its type and size, never
 * quoted: a file that is not what it claims (a symlink to the runner's environment, a token
 * left in the workspace) must not surface, even in part, in a log, an annotation or a comment.
 * Names (keys, paths) are quoted, cut short: they are what a person has to find and fix.
 */

import { sanitizeText } from '../report/sanitize.js';

/** How long a quoted name may be before it is cut. */
export const maxQuotedLength = 200;

/** How long a string value may be and still be shown as written. */
export const maxShownValueLength = 40;

/** `a string of 1,204 characters`, `the number 3`, `a list of 2 items`: what was found, never its text. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (Array.isArray(value)) return `a list of ${count(value.length, 'item')}`;
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string of ${count(value.length, 'character')}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/**
 * What was found, as a person can fix it: a short string as written (`"2026-9-30"`), sanitised;
 * a longer one only by its length, as `describeValue` does (a whole file pasted into a field, a
 * token: no part of it surfaces).
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string' && value !== '' && value.length <= maxShownValueLength) return `"${sanitizeText(value)}"`;
  return describeValue(value);
}

/** A key or path as a person wrote it, in quotes, cut to `maxQuotedLength` characters. */
export function quoteName(name: string): string {
  const cut = name.length > maxQuotedLength ? `${name.slice(0, maxQuotedLength)}…` : name;
  // Quoted as written: every surface sanitises and escapes the message on its own.
  return `"${cut}"`;
}

/** Whether a "did you mean" is worth computing: a typo of a short word, not a whole paragraph. */
export function isWordLike(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
