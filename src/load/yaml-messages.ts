/**
 * The YAML parser's messages, said as what to do. Most broken YAML in a compliance repository
 * comes from a handful of habits (a colon or a `#` in prose, a handle written as `@alice`, a
 * tab, a `---` between two files pasted together); the parser describes the grammar, these
 * messages describe the fix, with the line rewritten the way YAML wants it.
 */
import { isScalar, visit, type Document, type YAMLError } from 'yaml';

/** A warning about the parsed document, at an offset of its text. */
interface YamlWarning {
  readonly code: 'yaml-comment-in-value';
  readonly message: string;
  readonly offset: number;
}

/** The message for a parser error, or undefined when there is no better one than the parser's. */
export function explainYamlError(error: YAMLError, text: string): string | undefined {
  const offset = error.pos[0];
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return colonInValue(lineAt(text, offset));
    case 'BAD_SCALAR_START':
      return reservedStart(lineAt(text, offset), text[offset] ?? '');
    case 'MULTIPLE_DOCS':
      return 'invalid YAML: a second YAML document starts here ("---"), and a crosswalk file holds one; remove the "---" line, or move what follows it to a file of its own';
    case 'TAB_AS_INDENT':
      return 'invalid YAML: this line is indented with a tab; YAML indents with spaces only, so replace the tabs with spaces (set your editor to insert spaces in YAML files)';
    case 'BAD_INDENT':
      return 'invalid YAML: this line is not lined up with the keys above it; indent it with exactly as many spaces as the other keys of its mapping';
    default:
      return undefined;
  }
}

/**
 * Plain (unquoted) values followed on their line by `#` and a non-space: `# ` starts a comment
 * in YAML, so in `title: triaged in the #sec-triage queue` the value silently ends before the
 * `#`. A comment written the usual way (`status: planned  # note`, a space after the `#`) is
 * left alone.
 */
export function commentInValueWarnings(document: Document, text: string): YamlWarning[] {
  const warnings: YamlWarning[] = [];
  // Most files have no such `#` at all: a scan of the text spares them the walk of the document.
  if (!suspectComment.test(text)) return warnings;
  visit(document, {
    Pair(_key, pair) {
      const value = pair.value;
      if (!isScalar(pair.key) || !isScalar(value) || value.type !== 'PLAIN' || value.range === undefined || value.range === null) return;
      const [start, valueEnd] = value.range;
      const lineEnd = endOfLine(text, valueEnd);
      const comment = /^[ \t]+#(?=[^\s#])/.exec(text.slice(valueEnd, lineEnd));
      if (!comment) return;
      const key = String(pair.key.value);
      const written = text.slice(start, lineEnd).trimEnd();
      warnings.push({
        code: 'yaml-comment-in-value',
        offset: valueEnd + comment[0].length - 1,
        message: `" #" starts a YAML comment, so ${key} is read as ${JSON.stringify(String(value.source ?? value.value))} and "${written.slice(valueEnd - start).trim()}" is dropped; if it belongs to the value, quote it: ${key}: ${quoted(written)}`,
      });
    },
  });
  return warnings;
}

/** A line that is not a comment, with blanks, `#` and a non-space before any other `#`: what the walk looks for. */
const suspectComment = /^[ \t]*[^\s#][^\n#]*[ \t]#[^\s#]/m;

/** `title: Note: access is reviewed` → quote the value. */
function colonInValue(line: string): string {
  const pair = keyAndValue(line);
  const fix = pair ? `: ${pair.key}: ${quoted(pair.value)}` : '';
  return `invalid YAML: a value that contains ": " (a colon and a space) must be quoted, or YAML reads it as a nested key; quote the value${fix}`;
}

/** `owner: @alice`, ``title: `code` ``: characters YAML reserves may not start a plain value. */
function reservedStart(line: string, character: string): string {
  const pair = keyAndValue(line);
  const fix = pair ? `: ${pair.key}: ${quoted(pair.value)}` : '';
  return `invalid YAML: a value cannot start with "${character}" unless it is quoted (YAML reserves the character); quote the value${fix}`;
}

/** The key and the value as written on a `key: value` line (a list item's `- key: value` too). */
function keyAndValue(line: string): { key: string; value: string } | undefined {
  const match = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+(.+?)\s*$/.exec(line);
  if (!match) return undefined;
  const value = match[2]!.replace(/\s+#\s.*$/, '');
  return { key: match[1]!, value };
}

/** A double-quoted YAML scalar holding `text` exactly (YAML's double quotes escape like JSON's). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(start, endOfLine(text, offset)).replace(/\r$/, '');
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
