import { escapeHtmlText, sanitizeText } from '../sanitize.js';

/**
 * Makes any user-written string inert inside GitHub-flavoured Markdown: it can neither break a
 * table, open a code span, inject HTML, autolink, nor mention (ping) people or teams.
 */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      .replace(/[\\`*_{}[\]()#+\-.!|~<>&@:]/g, (character) => htmlEntities[character] ?? `\\${character}`)
      // `GH-12` is an issue reference too, linked like `#12`: a zero-width space keeps GH and its number apart.
      .replace(/\b(gh)(?=\\-\d)/gi, `$1${zeroWidthSpace}`)
  );
}

/**
 * GitHub links mentions (`@team`) and issue references (`#12`) in the rendered text, after
 * Markdown escapes are gone, so an entity alone does not stop them. A zero-width space after
 * the sigil does (the same trick Renovate uses); it is invisible to readers.
 */
const zeroWidthSpace = '&#8203;';
const htmlEntities: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '@': `@${zeroWidthSpace}`,
  '#': `\\#${zeroWidthSpace}`,
  ':': '&#58;',
};

/** For text inside raw HTML (a `<summary>`), where Markdown escapes would show literally. */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text);
}

/**
 * One line of inert text: every kind of line break a renderer or a runner might honour becomes
 * a space, and control and bidi characters are replaced (sanitize.ts). Every Markdown helper
 * here and every log line goes through it.
 */
export function oneLine(text: string): string {
  return sanitizeText(text);
}

/**
 * An owner in a table: a GitHub handle (`@acme/grc`) or an email as a code span, which never
 * mentions anyone and never breaks where the zero-width space after an `@` would let it; a name
 * with spaces (`Security team`) escaped.
 */
export function owner(text: string): string {
  const trimmed = text.trim();
  return trimmed !== '' && !/\s/.test(trimmed) ? code(trimmed) : escapeMarkdown(text);
}

/** A code span that holds any text, however many backticks it contains. */
export function code(text: string): string {
  const flat = oneLine(text);
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  // A pipe ends a table cell even inside a code span: GFM wants it escaped there too. `<` and
  // `&` are literal inside a code span, so nothing else can escape from it.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export type Alignment = 'left' | 'right' | 'center';

export function tableHeader(header: readonly string[], align?: readonly Alignment[]): string {
  const rule = header.map((_, index) => ({ left: ':--', right: '--:', center: ':-:' })[align?.[index] ?? 'left']);
  return [tableRow(header), tableRow(rule)].join('\n');
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Alignment[]): string {
  return [tableHeader(header, align), ...rows.map(tableRow)].join('\n');
}

/** `file:line` as a code span, linked to that line under `linkBase` (a blob URL ending in /) when there is one. */
export function sourcePlace(file: string | undefined, line: number | undefined, linkBase: string | undefined): string {
  // A criterion requirement nobody owns has no place (SPEC §3).
  if (file === undefined || line === undefined) return '—';
  const label = code(`${file}:${line}`);
  if (!linkBase || file === '.') return label;
  return `[${label}](${linkBase}${file.split('/').map(encodePathSegment).join('/')}#L${line})`;
}

/** Parentheses too, which encodeURIComponent leaves: an unbalanced one would end the link early. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
