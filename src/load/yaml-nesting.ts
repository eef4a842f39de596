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
import { Lexer } from 'yaml';

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
  /** Where the node that may turn out to be a key started (column and offset; -1 when none has). */
  private keyColumn = -1;
  private keyOffset = -1;
  /** Whether the text uses an alias at all: alias expansion needs measuring only then. */
  sawAlias = false;
  /** The token after a scalar marker is the scalar's text, whatever it looks like. */
  private scalarFollows = false;

  constructor(private readonly maxDepth: number) {}

  feed(token: string): number | undefined {
    const at = this.offset;
    if (this.scalarFollows) {
      this.scalarFollows = false;
      this.advance(token);
      return undefined;
    }
    // Dispatched on the first character, as CST.tokenType does, without building its name: this runs once per token.
    let tooDeep: number | undefined;
    switch (token.charCodeAt(0)) {
      case 0x1f: // CST.SCALAR: the next token is a scalar's text. Markers take no room in the text.
        this.scalarFollows = true;
        this.contentStarts(at);
        return undefined;
      case 0x02: // CST.DOCUMENT
        return undefined;
      case 0x18: // CST.FLOW_END: the lexer gave up on a flow collection
        this.flowDepth = 0;
        return undefined;
      case 0x5b: // [
      case 0x7b: // {
        this.contentStarts(at);
        this.flowDepth += 1;
        if (this.depth() > this.maxDepth) tooDeep = at;
        break;
      case 0x5d: // ]
      case 0x7d: // }
        if (this.flowDepth > 0) this.flowDepth -= 1;
        break;
      case 0x0a: // newline
      case 0x0d:
        if (this.flowDepth === 0) this.lineStarts();
        break;
      case 0x2d: // - (an item) or --- (a document)
        if (token === '-') tooDeep = this.flowDepth === 0 ? this.open(this.column, 'seq', at) : undefined;
        else if (token === '---') this.documentStarts();
        break;
      case 0x2e: // ...
        if (token === '...') this.documentStarts();
        break;
      case 0x3f: // ?
        if (this.flowDepth === 0) tooDeep = this.open(this.column, 'map', at);
        break;
      case 0x3a: // :
        if (this.flowDepth === 0) tooDeep = this.keyColumn === -1 ? this.open(this.column, 'map', at) : this.open(this.keyColumn, 'map', this.keyOffset);
        break;
      case 0x2a: // * alias
        this.sawAlias = true;
        this.contentStarts(at);
        break;
      case 0x26: // & anchor
      case 0x21: // ! tag
      case 0x27: // ' quoted
      case 0x22: // " quoted
      case 0x7c: // | block scalar
      case 0x3e: // > block scalar
        this.contentStarts(at);
        break;
      default: // spaces, comments, commas, directives, and the empty newline that ends the text
        if (token === '' && this.flowDepth === 0) this.lineStarts();
        break;
    }
    this.advance(token);
    return tooDeep;
  }

  private depth(): number {
    return this.blocks.length + this.flowDepth;
  }

  private documentStarts(): void {
    this.blocks.length = 0;
    this.flowDepth = 0;
    this.lineStarts();
  }

  private lineStarts(): void {
    this.nodeStartExpected = true;
    this.keyColumn = -1;
  }

  private contentStarts(at: number): void {
    if (this.flowDepth > 0 || !this.nodeStartExpected) return;
    this.nodeStartExpected = false;
    this.keyColumn = this.column;
    this.keyOffset = at;
  }

  /** An item of a block collection of `kind` starts at `column`: a sibling, or a new level. */
  private open(column: number, kind: BlockKind, at: number): number | undefined {
    this.nodeStartExpected = true;
    this.keyColumn = -1;
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
