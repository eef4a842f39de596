/**
 * The nesting gauge (src/load/yaml-nesting.ts) against the truth: for any YAML the library writes,
 * block or flow, with compact sequences or not, the depth measured on the lexer's tokens is the
 * depth of the data. Too low a count would let the recursive parser through; too high would
 * refuse good files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { findDeepNesting } from '../src/load/yaml-nesting.js';

/** Collections nested in the data, the top one included (a scalar alone is 0). */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (value !== null && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.oneof(fc.integer(), fc.constantFrom('a', "it's", 'x: y', '[', '- z', '#c')), tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 3 }),
  map: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'k'), tie('tree'), { maxKeys: 3 }),
}));

describe('nesting measured on lexer tokens', () => {
  it.each([
    ['block', {}],
    ['flow', { collectionStyle: 'flow' }],
    ['compact sequences', { indentSeq: false }],
  ] as const)('is the depth of the data, %s', (_, options) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('top', 'other'), tree, { minKeys: 1, maxKeys: 2 }), (data) => {
        const text = stringify(data, options);
        const depth = depthOf(data);
        expect(findDeepNesting(text, depth), text).toBeUndefined();
        if (depth > 1) expect(findDeepNesting(text, depth - 1), text).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('counts a sequence at its key’s column, compact sequences and brackets behind an apostrophe', () => {
    // {a: [{b: [{c: [d]}]}]}: six collections, three of them sequences at their key's column.
    expect(findDeepNesting('a:\n- b:\n  - c:\n    - d\n', 6)).toBeUndefined();
    expect(findDeepNesting('a:\n- b:\n  - c:\n    - d\n', 5)).toBeDefined();
    expect(findDeepNesting(`x:\n${'- '.repeat(10)}y\n`, 11)).toBeUndefined();
    expect(findDeepNesting(`x:\n${'- '.repeat(10)}y\n`, 10)).toBeDefined();
    expect(findDeepNesting(`note: it's\ndeep: ${'[\n  '.repeat(10)}${']\n  '.repeat(10)}\n`, 10)).toBeDefined();
    // Brackets inside quotes, comments and block scalars are text.
    expect(findDeepNesting(`a: "${'['.repeat(100)}" # ${'{'.repeat(100)}\nb: |\n  ${'['.repeat(100)}\n`, 2)).toBeUndefined();
  });
});
