/**
 * A fast path for well-formed YAML files: js-yaml 4's loader, with its listener noting where each
 * node starts. The `yaml` package stays the reference: this path takes only files on which the two
 * are known to agree, and returns undefined for anything else (an anchor, an alias, a tag, a
 * duplicate key, a ` #` inside a plain value, a key that is not a string, nesting past the
 * limit, a syntax error...), so that parseSource reads those with `yaml`, and
 * every diagnostic still comes from one place. test/yaml-fast.test.ts checks that both paths give
 * the same data and the same position for every node, on generated YAML and on every fixture.
 *
 * Why: the `yaml` package builds a concrete syntax tree, then a document of nodes, then the data;
 * cold (its code still interpreted) that is most of a `check`'s own time. js-yaml builds the data
 * directly, and the positions kept here are a number per scalar. It loads on the failsafe schema
 * (every scalar a string), and `yaml`'s own core-schema tags resolve the plain scalars that can be
 * something else: a second opinion on `0b101` or `1_000` is never asked, and never differs.
 */
import { FAILSAFE_SCHEMA, load, type LoaderState } from 'js-yaml';
import { isScalar, type ScalarTag, Schema } from 'yaml';

/** Where a node starts; a scalar is only its offset. */
export type LocatedNode = number | LocatedSequence | LocatedMapping;

export interface LocatedSequence {
  readonly start: number;
  readonly items: readonly LocatedNode[];
}

export interface LocatedMapping {
  readonly start: number;
  /** The keys in the order written, each with where it starts and where its value does. */
  readonly names: readonly string[];
  readonly keyStarts: readonly number[];
  readonly values: readonly LocatedNode[];
}

export interface WellFormedParse {
  readonly data: Record<string, unknown>;
  readonly root: LocatedMapping;
}

/** Thrown from the listener to stop js-yaml at the first thing the fast path does not take. */
class NotForTheFastPath extends Error {}

/** What a node became, kept until its parent closes. */
interface Built {
  readonly located: LocatedNode;
  /** What `yaml`'s core schema makes of the node. */
  readonly value: unknown;
  /** What the loader put in the parent: a plain scalar's text (its schema resolves nothing), else the value itself. */
  readonly loaded: unknown;
  /** The offset the loader was at when the node opened: for a mapping value, right after its `:`. */
  readonly opened: number;
}

interface Frame {
  readonly opened: number;
  /** Made when a first child closes: most nodes are scalars and have none. */
  children?: Built[];
}

/** What every node of one file is built with. */
interface Context {
  readonly text: string;
  readonly maxDepth: number;
  readonly idKeys: ReadonlySet<string>;
  /** The text of each plain scalar read as a number, by its offset: ids keep it (see keepIdsAsWritten). */
  readonly numberSources: Map<number, string>;
}

/**
 * The `yaml` package's YAML 1.2 core schema: what it makes of a plain scalar is the reference.
 * The tags are tried in order, as its composer does (str, map and seq test nothing).
 */
const coreScalarTags = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test !== undefined);

/** Characters a plain scalar that the core schema reads as other than a string can start with. */
const maybeNotAString = /^[-+.0-9~nNtTfF]/;

/** What a ` #` inside a plain value needs somewhere in the text: a cheap test before hashInsidePlainValue. */
const hashAfterSpace = /[ \t]#[^\s#]/;

/** A line whose first `#` follows a space inside its content (`key: value #x`). */
const hashInsidePlainValue = /^[ \t]*[^\s#][^\n#]*[ \t]#[^\s#]/m;

/** An implicit key must end within this many characters of its start (YAML 1.2; `yaml` enforces it). */
const maxImplicitKeyLength = 1024;

/**
 * The data and node positions of `text`, or undefined when the fast path does not take the file.
 * `idKeys`: keys under which numbers keep the text they were written as (see checkKeys).
 */
export function parseWellFormed(text: string, maxDepth: number, idKeys: ReadonlySet<string>): WellFormedParse | undefined {
  if (!mayBeWellFormed(text)) return undefined;
  const context: Context = { text, maxDepth, idKeys, numberSources: new Map() };
  const stack: Frame[] = [];
  let root: Built | undefined;
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      stack.push({ opened: state.position });
      return;
    }
    const frame = stack.pop()!;
    const built = buildNode(context, frame, state, stack.length + 1);
    const parent = stack.at(-1);
    if (parent === undefined) root = built;
    else (parent.children ??= []).push(built);
  };
  let data: unknown;
  try {
    // The loader's own depth counts every node, scalars and keys too: one more than collections.
    data = load(text, { schema: FAILSAFE_SCHEMA, json: false, maxDepth: maxDepth + 2, listener });
  } catch {
    // A syntax error, a duplicate key, or a NotForTheFastPath: `yaml` reads it and says what is wrong.
    return undefined;
  }
  if (root === undefined || typeof root.located === 'number' || !('names' in root.located) || root.value !== data) return undefined;
  return { data: data as Record<string, unknown>, root: root.located };
}

/**
 * Text-level refusals, checked before loading: a byte order mark (js-yaml drops it, which would
 * shift every offset), tabs (the two parsers judge tab indentation differently), directives, and
 * the few spellings below that the two parsers read differently; last, a `#` after a space inside
 * a plain value, which parseSource warns about from the `yaml` path.
 */
function mayBeWellFormed(text: string): boolean {
  if (text.charCodeAt(0) === 0xfeff) return false;
  // A carriage return alone is a line break to js-yaml, not to `yaml`'s line counter.
  if (text.includes('\t') || /^%/m.test(text) || /\r(?!\n)/.test(text)) return false;
  // `yaml` refuses a comment stuck to a closing bracket, quote or block scalar header (`[]#`); js-yaml takes it.
  if (/[\]}"']#|[|>][-+0-9]*#/.test(text)) return false;
  // Content on a document marker's line (`--- key: value`, `---{a: 1}`): the parsers read it differently.
  if (/^(?:---|\.\.\.)(?:[ ]+[^#\s]|[^\s])/m.test(text)) return false;
  // The line-by-line pattern backtracks over every line; most files hold no ` #x` at all, which it needs.
  return !(hashAfterSpace.test(text) && hashInsidePlainValue.test(text));
}

function buildNode(context: Context, frame: Frame, state: LoaderState, depth: number): Built {
  const { text, maxDepth } = context;
  const children = frame.children ?? [];
  const start = contentStart(text, frame.opened);
  const first = text.charCodeAt(start);
  // An anchor, an alias or a tag: `yaml` resolves them, and measures what aliases expand to.
  if (first === 0x26 || first === 0x2a || first === 0x21) throw new NotForTheFastPath();
  const value = state.result;
  // A node read while looking for a block mapping's first key, and kept as the node itself
  // (`- {}`, `- [a]`): the loader reports it twice, nested; the inner one is the node.
  const only = children.length === 1 ? children[0]! : undefined;
  if (only !== undefined && typeof value === 'object' && value !== null && only.value === value) return { ...only, opened: frame.opened };
  switch (state.kind) {
    case 'mapping':
      if (depth > maxDepth) throw new NotForTheFastPath();
      return { located: mappingOf(context, start, first === 0x7b, children, value as Record<string, unknown>, state.position), value, loaded: value, opened: frame.opened };
    case 'sequence':
      if (depth > maxDepth) throw new NotForTheFastPath();
      return { located: sequenceOf(text, start, first === 0x5b, children, value as unknown[], state.position), value, loaded: value, opened: frame.opened };
    case 'scalar':
      if (first === 0x22 || first === 0x27) {
        // A quoted scalar over several lines: the parsers differ on how far its lines must be indented.
        if (text.lastIndexOf('\n', state.position - 1) > start) throw new NotForTheFastPath();
      } else if (first !== 0x7c && first !== 0x3e) {
        return { located: start, value: plainScalarValue(value as string, start, context.numberSources), loaded: value, opened: frame.opened };
      }
      return { located: start, value, loaded: value, opened: frame.opened };
    default:
      // An empty node (`key:` and nothing): `yaml` places it after the spaces that follow the indicator.
      return { located: emptyNodeStart(text, frame.opened), value, loaded: value, opened: frame.opened };
  }
}

function mappingOf(context: Context, start: number, flow: boolean, children: Built[], value: Record<string, unknown>, end: number): LocatedMapping {
  const { text } = context;
  // A block mapping ends by trying to read one more key, which the listener sees as an empty node.
  const pairs = !flow && children.length % 2 === 1 ? children.slice(0, -1) : children;
  if (pairs.length % 2 === 1 || (flow && spansLines(text, start, end))) throw new NotForTheFastPath();
  const names: string[] = [];
  const keyStarts: number[] = [];
  const values: LocatedNode[] = [];
  for (let index = 0; index < pairs.length; index += 2) {
    const key = pairs[index]!;
    const item = pairs[index + 1]!;
    // Keys that are not strings (`1:`, `~:`, `[a]:`) are named differently by the two; `__proto__` is set differently.
    if (typeof key.value !== 'string' || typeof key.located !== 'number' || key.value === '__proto__') throw new NotForTheFastPath();
    if (!Object.hasOwn(value, key.value) || !Object.is(value[key.value], item.loaded)) throw new NotForTheFastPath();
    if (item.value !== item.loaded) value[key.value] = item.value;
    if (item.opened - key.located > maxImplicitKeyLength) throw new NotForTheFastPath();
    names.push(key.value);
    keyStarts.push(key.located);
    values.push(item.located);
    if (context.idKeys.has(key.value)) keepIdsAsWritten(item.value, item.located, context.numberSources, (text) => (value[key.value as string] = text));
  }
  // Every pair was seen (an explicit `? key` without a value is not).
  if (names.length !== Object.keys(value).length) throw new NotForTheFastPath();
  return { start, names, keyStarts, values };
}

function sequenceOf(text: string, start: number, flow: boolean, children: Built[], value: unknown[], end: number): LocatedSequence {
  // An empty item (`-` alone on its line) or a pair inside brackets (`[a: 1]`) shows as a count that differs.
  if (children.length !== value.length || (flow && spansLines(text, start, end))) throw new NotForTheFastPath();
  const items: LocatedNode[] = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (!Object.is(child.loaded, value[index])) throw new NotForTheFastPath();
    if (child.value !== child.loaded) value[index] = child.value;
    items.push(child.located);
  }
  return { start, items };
}

/**
 * A plain scalar is what `yaml`'s core schema makes of it: the loader, on the failsafe schema,
 * leaves every scalar a string, and `yaml`'s own tags resolve the few that can be something else
 * (`12`, `0x1F`, `true`, `~`), so both paths give the same data by construction. Numbers keep
 * their text for keepIdsAsWritten.
 */
function plainScalarValue(written: string, start: number, numberSources: Map<number, string>): unknown {
  if (!maybeNotAString.test(written)) return written;
  const value = resolveAsYamlDoes(written);
  if (typeof value === 'number') numberSources.set(start, written);
  return value;
}

function resolveAsYamlDoes(source: string): unknown {
  const tag = coreScalarTags.find((candidate) => candidate.test.test(source));
  if (tag === undefined) return source;
  const resolved: unknown = tag.resolve(source, () => undefined, {});
  return isScalar(resolved) ? resolved.value : resolved;
}

/**
 * Numbers under an id key keep the text they were written as (`implements: [10.10]`), as
 * checkKeys does on the `yaml` path: the value itself, or items of lists in it, down to the next
 * mapping, whose own keys decide.
 */
function keepIdsAsWritten(value: unknown, located: LocatedNode, numberSources: ReadonlyMap<number, string>, replace: (text: string) => void): void {
  if (typeof located === 'number') {
    if (typeof value === 'number') replace(numberSources.get(located)!);
  } else if ('items' in located) {
    const items = value as unknown[];
    for (const [index, item] of located.items.entries()) keepIdsAsWritten(items[index], item, numberSources, (text) => (items[index] = text));
  }
}

/** The first offset at or after `offset` that is not a space, a line break or a comment. */
function contentStart(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x0a || code === 0x0d) at++;
    else if (code === 0x23) {
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) return text.length;
      at = lineEnd + 1;
    } else return at;
  }
}

function emptyNodeStart(text: string, offset: number): number {
  let at = offset;
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
}

function spansLines(text: string, start: number, end: number): boolean {
  const lineBreak = text.indexOf('\n', start);
  return lineBreak !== -1 && lineBreak < end;
}
