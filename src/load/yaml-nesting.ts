/**
 * How deep a YAML text nests, measured on the lexer's tokens before anything recursive runs.
 * The `yaml` package's parser and composer recurse once per level: a few thousand levels of
 * `[[[[…` or of compact sequences (`- - - - …`) overflow the stack or exhaust memory. The lexer
 * does not recurse, and it already knows what is quoted, commented or a block scalar, so
 * counting on its tokens never mistakes an apostrophe (`note: it's`) for an opening quote.
 *
 * Flow collections count one level per open bracket. Block collections are tracked as a stack
 * of (column, kind): an item indicator or a key opens a collection unless it continues the
 * one at its column. A block sequence may sit at its parent key's column (`key:\n- a`); it is
 * counted as a level of its own, as the composer builds it.
 */
import { CST, Lexer } from 'yaml';

/** Marker tokens the lexer yields that are not part of the text. */
const zeroWidth = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

type BlockKind = 'seq' | 'map';

interface OpenBlock {
  readonly column: number;
  readonly kind: BlockKind;
}

/**
 * Feeds lexer tokens one at a time; `feed` returns the offset of the token that nests deeper
 * than `maxDepth`, if this one does. The same tokens can then go on to the parser.
 */
export class NestingGauge {
  private offset = 0;
  private column = 0;
  private flowDepth = 0;
  private readonly blocks: OpenBlock[] = [];
  /** True at the start of a line and right after an indicator: the next content starts a node. */
  private nodeStartExpected = true;
  /** Where the node that may turn out to be a key started (column and offset). */
  private keyStart: { column: number; offset: number } | undefined;
  /** The token after a scalar marker is the scalar's text, whatever it looks like. */
  private scalarFollows = false;

  constructor(private readonly maxDepth: number) {}

  feed(token: string): number | undefined {
    const at = this.offset;
    const tooDeep = this.inspect(token, at);
    if (!zeroWidth.has(token)) this.advance(token);
    return tooDeep;
  }

  private inspect(token: string, at: number): number | undefined {
    if (this.scalarFollows) {
      this.scalarFollows = false;
      return undefined;
    }
    if (token === CST.SCALAR) {
      this.scalarFollows = true;
      this.contentStarts(at);
      return undefined;
    }
    if (token === CST.FLOW_END) {
      this.flowDepth = 0;
      return undefined;
    }
    switch (CST.tokenType(token)) {
      case 'flow-map-start':
      case 'flow-seq-start':
        this.contentStarts(at);
        this.flowDepth += 1;
        return this.depth() > this.maxDepth ? at : undefined;
      case 'flow-map-end':
      case 'flow-seq-end':
        if (this.flowDepth > 0) this.flowDepth -= 1;
        return undefined;
      case 'doc-start':
      case 'doc-end':
        this.blocks.length = 0;
        this.flowDepth = 0;
        this.lineStarts();
        return undefined;
      case 'newline':
        if (this.flowDepth === 0) this.lineStarts();
        return undefined;
      case 'seq-item-ind':
        return this.flowDepth === 0 ? this.open(this.column, 'seq', at) : undefined;
      case 'explicit-key-ind':
        return this.flowDepth === 0 ? this.open(this.column, 'map', at) : undefined;
      case 'map-value-ind': {
        if (this.flowDepth > 0) return undefined;
        const key = this.keyStart ?? { column: this.column, offset: at };
        return this.open(key.column, 'map', key.offset);
      }
      case 'alias':
      case 'anchor':
      case 'tag':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar-header':
        this.contentStarts(at);
        return undefined;
      default:
        return undefined;
    }
  }

  private depth(): number {
    return this.blocks.length + this.flowDepth;
  }

  private lineStarts(): void {
    this.nodeStartExpected = true;
    this.keyStart = undefined;
  }

  private contentStarts(at: number): void {
    if (this.flowDepth > 0 || !this.nodeStartExpected) return;
    this.nodeStartExpected = false;
    this.keyStart = { column: this.column, offset: at };
  }

  /** An item of a block collection of `kind` starts at `column`: a sibling, or a new level. */
  private open(column: number, kind: BlockKind, at: number): number | undefined {
    this.nodeStartExpected = true;
    this.keyStart = undefined;
    let top = this.blocks.at(-1);
    // Deeper collections end; a sequence at its parent key's column ends when the next key comes.
    while (top !== undefined && (top.column > column || (top.column === column && top.kind === 'seq' && kind === 'map'))) {
      this.blocks.pop();
      top = this.blocks.at(-1);
    }
    if (top !== undefined && top.column === column && top.kind === kind) return undefined;
    this.blocks.push({ column, kind });
    return this.depth() > this.maxDepth ? at : undefined;
  }

  private advance(token: string): void {
    this.offset += token.length;
    const lastBreak = token.lastIndexOf('\n');
    this.column = lastBreak === -1 ? this.column + token.length : token.length - lastBreak - 1;
  }
}

/** The offset where `text` nests deeper than `maxDepth`, if it does. For tests and tools; parsing feeds the gauge itself. */
export function findDeepNesting(text: string, maxDepth: number): number | undefined {
  const gauge = new NestingGauge(maxDepth);
  for (const token of new Lexer().lex(text)) {
    const tooDeep = gauge.feed(token);
    if (tooDeep !== undefined) return tooDeep;
  }
  return undefined;
}
