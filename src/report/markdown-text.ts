/**
 * Makes any user-written string inert inside GitHub-flavoured Markdown: it can neither break a
 * table, open a code span, inject HTML, nor mention (ping) people or teams.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&@:]/g, (character) => htmlEntities[character] ?? `\\${character}`);
}

const htmlEntities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '@': '&#64;', ':': '&#58;' };

/** A code span that holds any text, however many backticks it contains. */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  // A pipe ends a table cell even inside a code span: GFM wants it escaped there too.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'right' | 'center')[]): string {
  const rule = header.map((_, index) => ({ left: ':--', right: '--:', center: ':-:' })[align?.[index] ?? 'left']);
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
