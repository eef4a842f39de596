import { sanitizeText } from '../sanitize.js';

/**
 * Makes user-written text inert on a terminal and in a CI log: no escape sequences, no line
 * breaks (a line starting with `::` in a GitHub Actions log is a workflow command), no bidi
 * overrides that reorder what a reviewer sees. The same sanitiser as every other surface.
 */
export function forTerminal(text: string): string {
  return sanitizeText(text);
}
