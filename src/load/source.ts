import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, DiagnosticCode, SourceLocation } from '../diagnostics.js';
import { defaultLimits, type Limits } from '../model.js';
import { commentInValueWarnings, explainYamlError } from './yaml-messages.js';

/** A path into the parsed data, as JSON Schema and rules speak of it: keys and indexes. */
export type DataPath = readonly (string | number)[];

/** Where a path points: at the value (default) or at the key that names it. */
export type Anchor = 'value' | 'key';

/** maxAliases bounds alias expansion ("billion laughs"); depth and line length keep the parser's work bounded. */
export type ParseLimits = Pick<Limits, 'maxAliases' | 'maxDepth' | 'maxLineLength'>;

export const defaultParseLimits: ParseLimits = defaultLimits;

/**
 * Keys whose values are ids that look like numbers to YAML (`8.1`, `10.10`) but are not:
 * the text as written is kept, so `implements: [10.10]` does not silently become 10.1.
 */
const idKeys = new Set(['implements', 'covers', 'tsc', 'iso']);

/**
 * Parsed YAML paired with its positions, so rules speak in data paths and a path is turned
 * into a file:line:column only when a finding is reported.
 */
export class SourceDocument {
  constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /** The location of the node at `path`, or of its deepest existing ancestor. */
  locate(path: DataPath, anchor: Anchor = 'value'): SourceLocation {
    const node = this.nodeAt(path, anchor);
    const offset = node?.range?.[0] ?? 0;
    return this.locationOfOffset(offset);
  }

  locationOfOffset(offset: number): SourceLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }

  private nodeAt(path: DataPath, anchor: Anchor): Node | null {
    let node: unknown = this.document.contents;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isAlias(node)) node = node.resolve(this.document);
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return node;
        if (last && anchor === 'key') return pair.key as Node;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
      } else {
        return (node as Node | null) ?? null;
      }
    }
    return (node as Node | null) ?? null;
  }
}

export type ParseResult =
  | { readonly ok: true; readonly document: SourceDocument; readonly diagnostics: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Parses one YAML file. Any syntax error rejects the whole file: half-read data is not scored. */
export function parseSource(file: string, text: string, limits: ParseLimits = defaultParseLimits): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceLocation => {
    // Nothing parsed yet (an empty file): the LineCounter knows no line, and would say 0:0.
    if (lineCounter.lineStarts.length === 0) return { file, line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const fail = (code: DiagnosticCode, message: string, offset = 0): ParseResult => ({
    ok: false,
    diagnostics: [{ severity: 'error', code, message, ...at(offset) }],
  });
  // Before parsing the line counter knows no lines: limits checked on the raw text locate themselves.
  const refuseBeforeParsing = (message: string, offset: number): ParseResult => ({
    ok: false,
    diagnostics: [{ severity: 'error', code: 'limit-exceeded', message, file, ...positionInText(text, offset) }],
  });
  const tooDeepFailure = (offset: number) => refuseBeforeParsing(`nesting is deeper than ${limits.maxDepth} levels (limits.max_depth)`, offset);

  if (text.trim() === '') return fail('empty-file', 'the file is empty; expected a YAML mapping');
  const tooLong = findLongLine(text, limits.maxLineLength);
  if (tooLong !== undefined) {
    return refuseBeforeParsing(`line is longer than ${limits.maxLineLength} characters (limits.max_line_length)`, tooLong);
  }
  // Deeply nested flow collections ([[[[...) exhaust the parser's memory; refuse them before parsing.
  const tooDeep = findDeepFlow(text, limits.maxDepth);
  if (tooDeep !== undefined) return tooDeepFailure(tooDeep);

  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  if (document.errors.length > 0) {
    // Every duplicate key is its own mistake; after the first syntax error the rest mostly echo it.
    const duplicates = document.errors.filter((error) => error.code === 'DUPLICATE_KEY');
    const firstSyntaxError = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY').slice(0, 1);
    return {
      ok: false,
      diagnostics: [...duplicates, ...firstSyntaxError].map((error) => ({
        severity: 'error' as const,
        code: error.code === 'DUPLICATE_KEY' ? ('duplicate-key' as const) : ('yaml-syntax' as const),
        message: explainYamlError(error, text) ?? describeYamlError(error.code, error.message),
        ...at(errorOffset(document, text, error)),
      })),
    };
  }
  if (document.contents === null) return fail('empty-file', 'the file holds only comments; expected a YAML mapping');
  if (!isMap(document.contents)) {
    return fail('not-a-mapping', `expected a YAML mapping at the top of the file, found ${describeNode(document.contents)}`, document.contents.range?.[0]);
  }

  const deepNode = findDeepNode(document, limits.maxDepth);
  if (deepNode !== undefined) return tooDeepFailure(deepNode);

  keepIdsAsWritten(document);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliases });
  } catch {
    return fail(
      'yaml-alias-limit',
      `YAML aliases expand to more than ${limits.maxAliases} nodes (limits.max_aliases); refusing to expand them (possible "billion laughs")`,
      firstAliasOffset(document),
    );
  }
  // Warnings (an unknown tag such as !!js/function, kept as a plain string) do not stop the file.
  const warnings = document.warnings.map((warning) => ({
    severity: 'warning' as const,
    code: 'yaml-syntax' as const,
    message: `YAML: ${warning.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`,
    ...at(warning.pos[0]),
  }));
  const misread = commentInValueWarnings(document, text).map(({ code, message, offset }): Diagnostic => ({ severity: 'warning', code, message, ...at(offset) }));
  return { ok: true, document: new SourceDocument(file, data, document, lineCounter), diagnostics: [...warnings, ...misread] };
}

/**
 * Where a syntax error should point. An unterminated quote or flow collection is reported by
 * the parser where it gave up (the next line, or the end of the file): point at where it
 * opens instead. Indentation errors point at the start of the line: move to the misplaced key.
 */
/**
 * Where a person would look for a syntax error. The parser reports an unclosed quote or bracket
 * where it gave up (often the end of the file), so point at the opening character instead; and
 * an indentation error at the key, not at the start of its line.
 */
function errorOffset(document: Document, text: string, error: YAMLError): number {
  const [offset] = error.pos;
  if (error.code === 'MISSING_CHAR' || error.message.startsWith('Flow ')) {
    let opening: number | undefined;
    visit(document, {
      Node(_key, node) {
        const [start, , end] = node.range ?? [];
        if (start === undefined || end === undefined || start >= offset || offset > end) return;
        const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
        if (quoted || (isCollection(node) && node.flow === true)) opening = start;
      },
    });
    if (opening !== undefined) return opening;
  }
  let first = offset;
  while (text[first] === ' ' || text[first] === '\t') first++;
  return first < text.length && text[first] !== '\n' && text[first] !== '\r' ? first : offset;
}

function positionInText(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}

/** The offset of the first character past the limit on a too-long line, if any. */
function findLongLine(text: string, maxLength: number): number | undefined {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    if (lineEnd - start > maxLength) return start + maxLength;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

/**
 * The offset where flow brackets ([ and {) nest deeper than allowed. Quoted text and comments
 * are skipped; brackets inside plain scalars may be over-counted, which only matters past the limit.
 */
function findDeepFlow(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"' || character === "'") index = endOfQuoted(text, index);
    else if (character === '#' && (index === 0 || /\s/.test(text[index - 1]!))) index = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
    else if (character === '[' || character === '{') {
      if (++depth > maxDepth) return index;
    } else if ((character === ']' || character === '}') && depth > 0) depth--;
  }
  return undefined;
}

function endOfQuoted(text: string, open: number): number {
  const quote = text[open];
  for (let index = open + 1; index < text.length; index++) {
    if (quote === '"' && text[index] === '\\') index++;
    else if (text[index] === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index;
    }
  }
  return text.length;
}

/** The start of the first node nested deeper than allowed (block nesting), walking without recursion. */
function findDeepNode(document: Document, maxDepth: number): number | undefined {
  const pending: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 1 }];
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > maxDepth) return node.range?.[0] ?? 0;
    for (const item of node.items) pending.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
  }
  return undefined;
}

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  // The library's messages end with a position we report separately.
  return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`;
}

function describeNode(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `the ${typeof node.value} ${JSON.stringify(node.value)}`;
  return 'something else';
}

function keepIdsAsWritten(document: Document): void {
  visit(document, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'number' || node.source === undefined) return;
      const owner = [...path].reverse().find(isPair);
      if (owner && isScalar(owner.key) && idKeys.has(String(owner.key.value))) node.value = node.source;
    },
  });
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
