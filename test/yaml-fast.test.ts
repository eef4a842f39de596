/**
 * The fast path (js-yaml, src/load/yaml-fast.ts) must be indistinguishable from the `yaml` path:
 * same result, same data, same diagnostics, and the same line and column for every node a rule
 * can point at, on generated YAML and on every YAML file in the repository's fixtures (the
 * hostile corpus included). Where the fast path declines a file, parseSource reads it with `yaml`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParseLimits, parseSource, type DataPath, type ParseLimits, type ParseResult } from '../src/load/source.js';
import { parseWellFormed } from '../src/load/yaml-fast.js';

const projectRoot = path.resolve(import.meta.dirname, '..');

/** Every data path of `data`, and each with a segment that is not there (a rule may point past the end). */
function pathsOf(data: unknown, prefix: DataPath = []): DataPath[] {
  const paths: DataPath[] = [prefix, [...prefix, 'not-a-key'], [...prefix, 999]];
  if (Array.isArray(data)) data.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...prefix, key]));
  return paths;
}

/** Equal data, with -0 and 0 told apart (JSON and toEqual would not). */
function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    const keys = Object.keys(a);
    return sameData(keys, Object.keys(b)) && keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return Object.is(a, b);
}

/** What the rest of the pipeline can see of a parse: everything, with every path located (value and key). */
function observable(result: ParseResult) {
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  const { document } = result;
  const located = pathsOf(document.data).map((at) => [at.join('/'), document.locate(at), document.locate(at, 'key')]);
  return { ok: true, diagnostics: result.diagnostics, located };
}

/** Parses `text` both ways, expects the same observable answer; returns whether the fast path took it. */
function expectBothPathsAgree(text: string, limits: ParseLimits = defaultParseLimits): boolean {
  const reference = parseSource('controls/x.yaml', text, limits, 'yaml-only');
  const fast = parseSource('controls/x.yaml', text, limits);
  // (Limits checked on the raw text, such as the line length, refuse a file before either parser sees it.)
  const took = reference.ok && parseWellFormed(text, limits.maxDepth, new Set()) !== undefined;
  if (reference.ok && fast.ok) expect(sameData(fast.document.data, reference.document.data), `data differs for:\n${JSON.stringify(text)}`).toBe(true);
  expect(observable(fast), `positions differ for:\n${JSON.stringify(text)}`).toEqual(observable(reference));
  return took;
}

// ---------------------------------------------------------------------------------------------
// Generated YAML: crosswalk's shapes in every style, with the scalars on which parsers disagree.

const plainWords = [
  'A.5.1', '10.10', '8.1', '0b101', '+0x1F', '0x1F', '-0', '+0', '0o17', '017', '1_000', '1e3', '1E+3', '.5', '1.', '-1.5', '+12', '.inf', '-.Inf', '.NaN', '.nan',
  'null', 'Null', 'NULL', '~', 'true', 'False', 'TRUE', 'yes', 'no', 'on', 'Off', 'y', '2026-11-27', '2026-11-27T10:00:00Z', '12:30', '1:20:30', 'v1.2',
  'Access reviews', 'grc@example.com', 'evidence/*.csv', 'https://x.example/a?b=c#d', 'x#y', "it's", 'a - b', 'café', '日本語', 'ends with colon:', '-dash', '?q', 'a,b',
  '9007199254740993', '1e309', 'Infinity', 'NaN', '0x', '0o8', '__proto__', '<<',
];
const quotedWords = ['', ' ', 'a: b', 'x # y', '#', '@alice', '`code`', '%x', '!x', '&x', '*x', '|', '>', '- x', '[a]', '{a}', 'tab\there', 'line\nbreak', '"', "'", '\\', 'é', '\u202e', '\u0085', ...plainWords];
const everydayWords = ['A.5.1', '10.10', '8.1', 'CC6.1', '12', '2.5', 'true', 'null', '2026-11-27', 'Access reviews', 'grc@example.com', 'evidence/*.csv', "it's", 'café'];
const everydayKeys = ['id', 'title', 'implements', 'iso', 'tsc', 'covers', 'status', 'owner', 'evidence', 'notes', '"quoted key"', "'single'", 'a b', 'k-1'];
const trickyKeys = ['__proto__', '<<', '1', 'true', '~', '0x1F', '? x'];

/** Mostly distinct keys (a duplicate is declined, and `yaml` reports it), sometimes not. */
function mappingEntries<T>(value: fc.Arbitrary<T>, minLength = 0) {
  const key = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...everydayKeys) }, { weight: 1, arbitrary: fc.constantFrom(...trickyKeys) });
  const entry = fc.tuple(key, value);
  return fc.oneof({ weight: 4, arbitrary: fc.uniqueArray(entry, { minLength, maxLength: 5, selector: ([key]) => key }) }, { weight: 1, arbitrary: fc.array(entry, { minLength, maxLength: 5 }) });
}

type Tree = string | { readonly seq: Tree[] } | { readonly map: [string, Tree][] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...everydayWords) }, { weight: 1, arbitrary: fc.constantFrom(...quotedWords) }),
    fc.record({ seq: fc.array(tie('node'), { maxLength: 4 }) }),
    fc.record({ map: mappingEntries(tie('node')) }),
  ),
})).node;

interface Style {
  readonly indent: number;
  readonly seqAtKeyColumn: boolean;
  readonly flowLeaves: boolean;
  readonly comments: boolean;
  readonly scalarStyle: (word: string, index: number) => string;
}

function scalarText(word: string, choice: number, indent: string): string {
  const plainOk = plainWords.includes(word);
  switch (choice % 6) {
    case 0:
      return plainOk ? word : JSON.stringify(word);
    case 1:
      return `'${word.replaceAll("'", "''")}'`;
    case 2:
      return JSON.stringify(word);
    case 3:
      return word.includes('\n') || word === '' ? JSON.stringify(word) : `|${choice % 2 ? '-' : ''}\n${indent}  ${word}\n`;
    case 4:
      return word.includes('\n') || word === '' ? JSON.stringify(word) : `>\n${indent}  ${word}\n${indent}  more\n`;
    default:
      // A plain scalar continued on the next line.
      return plainOk && /^[A-Za-z]/.test(word) ? `${word}\n${indent}  continued` : JSON.stringify(word);
  }
}

function render(node: Tree, style: Style, indent: string, counter: { n: number }): string {
  const next = () => (counter.n = (counter.n * 1103515245 + 12345) & 0x7fffffff);
  const pad = ' '.repeat(style.indent);
  const comment = () => (style.comments && next() % 4 === 0 ? '  # note' : '');
  if (typeof node === 'string') return scalarText(node, next(), indent);
  if ('seq' in node) {
    if (node.seq.length === 0) return '[]';
    if (style.flowLeaves && node.seq.every((item) => typeof item === 'string')) return `[${node.seq.map((item) => scalarText(item as string, next() % 3, indent)).join(', ')}]`;
    const itemIndent = `${indent}${pad}`;
    return `\n${node.seq.map((item) => `${indent}- ${render(item, style, itemIndent, counter).replace(/^\n\s*/, '')}${comment()}`).join('\n')}`;
  }
  if (node.map.length === 0) return '{}';
  if (style.flowLeaves && node.map.length <= 2 && node.map.every(([, value]) => typeof value === 'string')) {
    return `{${node.map.map(([key, value]) => `${key}: ${scalarText(value as string, next() % 3, indent)}`).join(', ')}}`;
  }
  const childIndent = `${indent}${pad}`;
  return `\n${node.map
    .map(([key, value]) => {
      const seqHere = typeof value !== 'string' && 'seq' in value && style.seqAtKeyColumn;
      const rendered = render(value, style, seqHere ? indent : childIndent, counter);
      const text = rendered.startsWith('\n') ? rendered : ` ${rendered}`;
      return `${indent}${key}:${text.startsWith('\n') ? `${comment()}${text}` : `${text}${text.endsWith('\n') ? '' : comment()}`}`;
    })
    .join('\n')}`;
}

const document = fc
  .record({
    top: mappingEntries(tree, 1),
    indent: fc.constantFrom(2, 4),
    seqAtKeyColumn: fc.boolean(),
    flowLeaves: fc.boolean(),
    comments: fc.boolean(),
    seed: fc.nat(),
    header: fc.constantFrom('', '---\n', '# a comment\n\n'),
    crlf: fc.boolean(),
  })
  .map(({ top, header, crlf, seed, ...style }) => {
    const text = `${header}${render({ map: top }, { ...style, scalarStyle: () => '' }, '', { n: seed }).replace(/^\n/, '')}\n`.replace(/\n\n+/g, '\n');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

/** Small edits that turn well-formed YAML into almost-YAML: the fast path must not take what `yaml` refuses. */
const edited = fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', ':', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '? ', '&a ', '*a', '!!str ', '\t', 'x')), { minLength: 1, maxLength: 3 })).map(
  ([text, edits]) => edits.reduce((current, [at, insert]) => {
    const offset = at % (current.length + 1);
    return insert === '' ? current.slice(0, offset) + current.slice(offset + 1) : current.slice(0, offset) + insert + current.slice(offset);
  }, text),
);

describe('the fast path for well-formed YAML agrees with the yaml path', () => {
  it('on generated YAML: same data, diagnostics and position of every node', () => {
    let taken = 0;
    const runs = Number(process.env.YAML_FAST_RUNS ?? 300);
    fc.assert(
      fc.property(document, (text) => {
        if (expectBothPathsAgree(text)) taken++;
      }),
      { numRuns: runs },
    );
    // About a third of generated files are plain enough for the fast path (the rest hold what it
    // declines): the comparison is not vacuous.
    expect(taken).toBeGreaterThan(runs / 10);
  });

  it('on almost-YAML (small edits of generated files): it never takes what yaml refuses or reads differently', () => {
    fc.assert(fc.property(edited, (text) => void expectBothPathsAgree(text)), { numRuns: Number(process.env.YAML_FAST_RUNS ?? 300) });
  });

  it('with a small max_depth: a file nested past the limit is refused by the yaml path, never taken', () => {
    fc.assert(fc.property(document, fc.integer({ min: 1, max: 4 }), (text, maxDepth) => void expectBothPathsAgree(text, { ...defaultParseLimits, maxDepth })), { numRuns: 150 });
  });

  it('on every YAML file in fixtures/ (the hostile corpus included) and mappings/', () => {
    const files = [...yamlFilesUnder(path.join(projectRoot, 'fixtures')), ...yamlFilesUnder(path.join(projectRoot, 'mappings'))];
    let taken = 0;
    for (const file of files) if (expectBothPathsAgree(readFileSync(file, 'utf8'))) taken++;
    expect(files.length).toBeGreaterThan(100);
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it("reads the scalars js-yaml's core schema reads otherwise as `yaml` does, and keeps ids as written", () => {
    const asYamlReads = { '0b101': '0b101', '+0x1F': '+0x1F', '1_000': '1_000', '-0': -0, '0x1F': 31, '0o17': 15, '.inf': Infinity, '~': null, 'True': true, 'yes': 'yes', '2026-01-15': '2026-01-15' };
    for (const [word, value] of Object.entries(asYamlReads)) {
      expect(parseWellFormed(`a: ${word}\n`, 64, new Set())?.data, word).toEqual({ a: value });
      expect(Object.is(parseWellFormed(`a: ${word}\n`, 64, new Set())?.data.a, value), word).toBe(true);
      expectBothPathsAgree(`a: ${word}\n`);
    }
    const taken = parseWellFormed('implements: [10.10, A.5.1]\niso: 8.1\nsamples: 10.10\n', 64, new Set(['implements', 'iso']));
    expect(taken?.data).toEqual({ implements: ['10.10', 'A.5.1'], iso: '8.1', samples: 10.1 });
    expectBothPathsAgree('implements: [10.10, A.5.1]\niso: 8.1\nsamples: 10.10\n');
  });
});

function* yamlFilesUnder(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== '.git') yield* yamlFilesUnder(full);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) yield full;
  }
}
