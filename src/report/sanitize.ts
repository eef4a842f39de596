/**
 * The one sanitiser for text that came from a repository (titles, owners, ids, file names,
 * messages that quote them), whatever surface shows it: a terminal, the step log, annotations,
 * the job summary, the pull-request comment, SARIF, HTML. Each surface then applies its own
 * escaping (Markdown, HTML, workflow-command properties) on top; this step makes the text
 * inert for a reader and a log parser alike:
 *
 * - line breaks of every kind become a space: a line of the log that starts with `::` is a
 *   workflow command, and a break in a table cell ends the row;
 * - control characters (C0, DEL, C1: the escape that starts a terminal sequence, the bell, NUL)
 *   become U+FFFD, visibly;
 * - bidirectional controls (the "Trojan Source" overrides and isolates, and the invisible
 *   marks) become U+FFFD, so text reads in the order it is stored;
 * - a lone surrogate (half a character) becomes U+FFFD, so every encoder downstream agrees.
 */

const lineBreaks = /\r\n?|[\n\v\f\u0085\u2028\u2029\t]/g;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const controlsButWhitespace = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane: noncharacters, which HTML forbids in a document. */
const noncharacters = new RegExp(`[\\ufdd0-\\ufdef${Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff)).join('')}]`, 'gu');

/** One line of inert text: line breaks as spaces; controls, bidi controls, lone surrogates and noncharacters as U+FFFD, visibly. */
export function sanitizeText(text: string): string {
  return withoutInvisible(text.replace(loneSurrogates, '\uFFFD').replace(lineBreaks, ' '), controls);
}

function withoutInvisible(text: string, controlCharacters: RegExp): string {
  return text.replace(controlCharacters, '\uFFFD').replace(bidi, '\uFFFD').replace(noncharacters, '\uFFFD');
}

/**
 * Text for HTML element content or a quoted attribute value: sanitised, then `& < > " '`
 * escaped. For the HTML report; Markdown has its own escaping in markdown-text.ts.
 */
export function escapeHtmlText(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for the HTML page's text nodes and quoted attributes: the same characters made visible as
 * U+FFFD as everywhere else, but line breaks and tabs kept (the page lays them out), and markup
 * characters as named entities.
 */
export function escapeHtmlPageText(text: string): string {
  return withoutInvisible(text.replace(loneSurrogates, '\uFFFD'), controlsButWhitespace).replace(/[&<>"']/g, (character) => entities[character]!);
}
