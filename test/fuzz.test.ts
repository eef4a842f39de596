/**
 * Fuzzing the loader and validator: whatever the text, and whatever value sits in any field,
 * crosswalk answers with diagnostics located inside the file, never with a crash or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../src/diagnostics.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { parseSource } from '../src/load/source.js';
import { validateControls } from '../src/validate/controls.js';

const catalogs = loadCatalogs();
const mapping = loadDefaultMapping();

/** Parses and validates one file's text the way a check does, returning every diagnostic. */
function diagnose(text: string): Diagnostic[] {
  const parsed = parseSource('controls/fuzz.yaml', text);
  if (!parsed.ok) return parsed.diagnostics;
  return validateControls([parsed.document], { catalogs, mapping, asOf: '2026-11-27' }).diagnostics;
}

function expectInside(diagnostics: Diagnostic[], text: string): void {
  const lines = text.split('\n');
  for (const diagnostic of diagnostics) {
    expect(diagnostic.file).toBe('controls/fuzz.yaml');
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(Math.max(lines.length, 1));
    expect(diagnostic.column).toBeLessThanOrEqual((lines[diagnostic.line - 1]?.length ?? 0) + 1);
    expect(diagnostic.message).not.toMatch(/\n\s+at /);
  }
}

const validControl = {
  id: 'AC-01',
  title: 'Access reviews',
  implements: ['A.8.2'],
  status: 'implemented',
  owner: 'security@example.com',
  evidence: [{ id: 'review', satisfies: ['privileged-access-review'], type: 'access-review', path: 'evidence/review.csv', collected: '2026-10-01', samples: 2 }],
};
const controlFields = Object.keys(validControl);
const evidenceFields = Object.keys(validControl.evidence[0]!);

describe('fuzzing the loader and validator', () => {
  it('arbitrary text never crashes and every diagnostic lies inside the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectInside(diagnose(text), text);
      }),
      { numRuns: 1000 },
    );
  });

  it('YAML-looking text (keys, indentation, flow, anchors, tags) never crashes', () => {
    const token = fc.constantFrom('controls:', '- ', 'id: ', 'implements: [', ']', '{', '}', '&a ', '*a', '!!str ', '!!binary ', '"', "'", '\n', '  ', ': ', '? ', '|\n', '>-\n', '#', '---\n', '...\n', 'A.5.1', '8.1', 'null', '~', '1e309', '0x1F', '<<: *a', '%YAML 1.1\n');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = `apiVersion: crosswalk/v1\nkind: ControlImplementation\n${tokens.join('')}`;
        expectInside(diagnose(text), text);
      }),
      { numRuns: 1000 },
    );
  });

  it('any value in any field of a control or evidence item gives located diagnostics, not a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...controlFields, ...evidenceFields.map((field) => `evidence.${field}`)), fc.jsonValue({ maxDepth: 3 }), (field, value) => {
        const control = structuredClone(validControl) as Record<string, unknown> & { evidence: Record<string, unknown>[] };
        if (field.startsWith('evidence.')) control.evidence[0]![field.slice('evidence.'.length)] = value;
        else control[field] = value;
        const text = stringify({ apiVersion: 'crosswalk/v1', kind: 'ControlImplementation', controls: [control] });
        expectInside(diagnose(text), text);
      }),
      { numRuns: 1500 },
    );
  });

  it('the valid control itself has no diagnostics (so the fuzzing starts from a clean base)', () => {
    expect(diagnose(stringify({ apiVersion: 'crosswalk/v1', kind: 'ControlImplementation', controls: [validControl] }))).toEqual([]);
  });
});
