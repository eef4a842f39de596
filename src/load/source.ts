import {
  type Alias,
  Composer,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  type Pair,
  Parser,
  visit,
  type YAMLError,
  type YAMLMap,
  YAMLParseError,
} from 'yaml';
import type { Diagnostic, DiagnosticCode, SourceLocation } from '../diagnostics.js';
import { defaultLimits, type Limits } from '../model.js';
import { describeValue } from '../validate/describe-value.js';
import { commentInValueWarnings, explainYamlError } from './yaml-messages.js';
import { parseWellFormed, type LocatedMapping, type LocatedNode } from './yaml-fast.js';
import { NestingGauge } from './yaml-nesting.js';
import { checkAliases, checkKeys, nodesPerAlias, type AliasProblem } from './yaml-structure.js';

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

/** Mappings with more keys than this are indexed for locating; smaller ones are searched. */
const indexedFrom = 16;

/**
 * Parsed YAML paired with its positions, so rules speak in data paths and a path is turned
 * into a file:line:column only when a finding is reported.
 */
export class SourceDocument {
  constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly nodes: NodeStarts,
    private readonly lineCounter: LineCounter,
  ) {}

  /** The location of the node at `path`, or of its deepest existing ancestor. */
  locate(path: DataPath, anchor: Anchor = 'value'): SourceLocation {
    return this.locationOfOffset(this.nodes.offsetOf(path, anchor));
  }

  locationOfOffset(offset: number): SourceLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** Where the node at a data path starts (or its deepest existing ancestor), however the file was parsed. */
interface NodeStarts {
  offsetOf(path: DataPath, anchor: Anchor): number;
}

/** Node positions from the `yaml` package's document. */
class DocumentNodeStarts implements NodeStarts {
  /** A large mapping's keys, indexed the first time a path goes through it: locating stays linear however many findings it has. */
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  private readonly resolvedAliases = new Map<Alias, Node | undefined>();

  constructor(private readonly document: Document) {}

  offsetOf(path: DataPath, anchor: Anchor): number {
    return this.nodeAt(path, anchor)?.range?.[0] ?? 0;
  }

  private nodeAt(path: DataPath, anchor: Anchor): Node | null {
    let node: unknown = this.document.contents;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]!;
      const last = index === path.length - 1;
      if (isAlias(node)) node = this.resolve(node);
      if (isMap(node)) {
        const name = String(segment);
        // A small mapping is searched (nothing to keep in memory); a large one indexed once.
        const pair = node.items.length <= indexedFrom ? node.items.find((item) => isScalar(item.key) && String(item.key.value) === name) : this.pairsOf(node).get(name);
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

  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let pairs = this.keyIndex.get(map);
    if (pairs === undefined) {
      pairs = new Map();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name !== undefined && !pairs.has(name)) pairs.set(name, pair);
      }
      this.keyIndex.set(map, pairs);
    }
    return pairs;
  }

  /** The node an alias names. The library searches the whole document for it, so each alias is resolved once. */
  private resolve(alias: Alias): Node | undefined {
    if (!this.resolvedAliases.has(alias)) this.resolvedAliases.set(alias, alias.resolve(this.document));
    return this.resolvedAliases.get(alias);
  }
}

/** Node positions kept by the fast path: the same walk as DocumentNodeStarts, over its compact tree. */
class LocatedNodeStarts implements NodeStarts {
  private readonly keyIndex = new WeakMap<LocatedMapping, Map<string, number>>();

  constructor(private readonly root: LocatedMapping) {}

  offsetOf(path: DataPath, anchor: Anchor): number {
    let node: LocatedNode = this.root;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]!;
      if (typeof node === 'number') return node;
      if ('names' in node) {
        const name = String(segment);
        const at: number = node.names.length <= indexedFrom ? node.names.indexOf(name) : (this.indexOf(node).get(name) ?? -1);
        if (at === -1) return node.start;
        if (index === path.length - 1 && anchor === 'key') return node.keyStarts[at]!;
        node = node.values[at]!;
      } else if (typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
      } else {
        return node.start;
      }
    }
    return typeof node === 'number' ? node : node.start;
  }

  private indexOf(mapping: LocatedMapping): Map<string, number> {
    let index = this.keyIndex.get(mapping);
    if (index === undefined) {
      index = new Map(mapping.names.map((name, at) => [name, at]));
      this.keyIndex.set(mapping, index);
    }
    return index;
  }
}

/** A line counter for a text the `yaml` parser has not seen: a line starts after every line feed. */
function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineCounter.addNewLine(index + 1);
  return lineCounter;
}

/** `yaml-only` skips the fast path: for the test that holds both paths to the same answers. */
export type Parsers = 'fast-path-first' | 'yaml-only';

export type ParseResult =
  | { readonly ok: true; readonly document: SourceDocument; readonly diagnostics: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/**
 * Parses one YAML file. Any syntax error rejects the whole file: half-read data is not scored.
 * Whatever the text holds, the answer is a result: an exception from the YAML library (it
 * recurses, and has limits of its own) becomes a diagnostic at the file, never a crash.
 */
export function parseSource(file: string, text: string, limits: ParseLimits = defaultParseLimits, parsers: Parsers = 'fast-path-first'): ParseResult {
  try {
    return parseChecked(file, text, limits, parsers);
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    return {
      ok: false,
      diagnostics: [{ severity: 'error', code: 'yaml-syntax', message: `the YAML parser could not read this file (${kind}); it is not scored`, file, line: 1, column: 1 }],
    };
  }
}

function parseChecked(file: string, text: string, limits: ParseLimits, parsers: Parsers): ParseResult {
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
  // Most files are plain, well-formed YAML: read those fast, and the rest (with every diagnostic) with `yaml`.
  const wellFormed = parsers === 'fast-path-first' ? parseWellFormed(text, limits.maxDepth, idKeys) : undefined;
  if (wellFormed !== undefined) return { ok: true, document: new SourceDocument(file, wellFormed.data, new LocatedNodeStarts(wellFormed.root), countLines(text)), diagnostics: [] };

  const composed = composeWithinDepth(text, limits.maxDepth, lineCounter);
  if (composed.tooDeep !== undefined) return tooDeepFailure(composed.tooDeep);
  const { document } = composed;
  const duplicates = checkKeys(document, idKeys);
  if (document.errors.length > 0 || duplicates.length > 0) {
    // Every duplicate key is its own mistake; after the first syntax error the rest mostly echo it.
    const firstSyntaxError = document.errors.slice(0, 1);
    return {
      ok: false,
      diagnostics: [
        ...duplicates.map((offset) => ({ severity: 'error' as const, code: 'duplicate-key' as const, message: describeYamlError('DUPLICATE_KEY', ''), ...at(offset) })),
        ...firstSyntaxError.map((error) => ({
          severity: 'error' as const,
          code: 'yaml-syntax' as const,
          message: explainYamlError(error, text) ?? describeYamlError(error.code, error.message),
          ...at(errorOffset(document, text, error)),
        })),
      ],
    };
  }
  if (document.contents === null) return fail('empty-file', 'the file holds only comments; expected a YAML mapping');
  if (!isMap(document.contents)) {
    return fail('not-a-mapping', `expected a YAML mapping at the top of the file, found ${describeNode(document.contents)}`, document.contents.range?.[0]);
  }

  const aliasProblem = composed.sawAlias ? checkAliases(document, limits.maxAliases * nodesPerAlias) : undefined;
  if (aliasProblem !== undefined) return fail(aliasProblem.kind === 'unresolved' ? 'yaml-syntax' : 'yaml-alias-limit', describeAliasProblem(aliasProblem, limits), aliasProblem.offset);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    // The library's own count of alias uses; anything else it throws is reported by parseSource.
    if (!(error instanceof ReferenceError)) throw error;
    return fail('yaml-alias-limit', describeAliasProblem({ kind: 'expansion', offset: 0 }, limits), firstAliasOffset(document));
  }
  // Warnings (an unknown tag such as !!js/function, kept as a plain string) do not stop the file.
  const warnings = document.warnings.map((warning) => ({
    severity: 'warning' as const,
    code: 'yaml-syntax' as const,
    message: `YAML: ${warning.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`,
    ...at(warning.pos[0]),
  }));
  const misread = commentInValueWarnings(document, text).map(({ code, message, offset }): Diagnostic => ({ severity: 'warning', code, message, ...at(offset) }));
  return { ok: true, document: new SourceDocument(file, data, new DocumentNodeStarts(document), lineCounter), diagnostics: [...warnings, ...misread] };
}

type Composed = { readonly tooDeep: number; readonly document?: undefined } | { readonly tooDeep?: undefined; readonly document: Document.Parsed; readonly sawAlias: boolean };

/**
 * `parseDocument`, taken apart so that each lexer token passes the nesting gauge before the
 * parser sees it: the parser and composer recurse per level and are only ever given text that
 * nests within the limit. Keys are not checked for uniqueness here (the library compares each
 * key with every earlier one); findDuplicateKeys does it in one pass.
 */
function composeWithinDepth(text: string, maxDepth: number, lineCounter: LineCounter): Composed {
  const gauge = new NestingGauge(maxDepth);
  const parser = new Parser(lineCounter.addNewLine);
  let tooDeep: number | undefined;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      tooDeep = gauge.feed(lexeme);
      if (tooDeep !== undefined) return;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const composer = new Composer({ uniqueKeys: false, version: '1.2' });
  let document: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (document === undefined) {
      document = next;
    } else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (tooDeep !== undefined) return { tooDeep };
  // compose() always ends with a document when forced to (an empty stream gives an empty one).
  return { document: document!, sawAlias: gauge.sawAlias };
}

function describeAliasProblem(problem: AliasProblem, limits: ParseLimits): string {
  switch (problem.kind) {
    case 'unresolved':
      return 'an alias (*name) refers to an anchor (&name) that is not defined before it';
    case 'cycle':
      return 'an alias (*name) sits inside the node its anchor (&name) names, so the data would contain itself; write the value out instead';
    case 'expansion':
      return `YAML aliases expand to more than ${limits.maxAliases} uses or ${limits.maxAliases * nodesPerAlias} added nodes (limits.max_aliases); refusing to expand them (possible "billion laughs")`;
  }
}

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

function describeYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  // The library's messages end with a position we report separately.
  return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim()}`;
}

function describeNode(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return describeValue(node.value);
  return 'something else';
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
