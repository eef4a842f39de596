/**
 * What a new user trips on in the first hour, each on real files under fixtures/invalid/ and
 * pinned at its file, line and column: evidence paths that name a folder or use Windows
 * separators, a declared sample count the CSV contradicts, control files the globs leave out,
 * and zero-padded ids.
 */
import { describe, expect, it } from 'vitest';
import { check, type CheckRun } from '../src/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { countCsvDataRows } from '../src/load/csv-rows.js';
import { makeRepo } from './support/repo.js';

const asOf = '2026-11-27';
const runs = new Map<string, Promise<CheckRun>>();
function checkCase(name: string): Promise<CheckRun> {
  if (!runs.has(name)) runs.set(name, check({ root: `fixtures/invalid/${name}`, overrides: { asOf } }));
  return runs.get(name)!;
}

const at = ({ severity, code, file, line, column }: Diagnostic) => ({ severity, code, file, line, column });

describe('evidence paths that match nothing for a reason the user can fix', () => {
  it('says that a path names a folder, with or without the slash, and suggests folder/**', async () => {
    const found = (await checkCase('evidence-habits')).diagnostics.filter((diagnostic) => diagnostic.code === 'evidence-path-is-folder');
    // Lines 11 and 14: `        path: evidence/hr/offboarding/2026/` and the same without the slash.
    expect(found.map(at)).toEqual([
      { severity: 'warning', code: 'evidence-path-is-folder', file: 'controls/access.yaml', line: 11, column: 15 },
      { severity: 'warning', code: 'evidence-path-is-folder', file: 'controls/access.yaml', line: 14, column: 15 },
    ]);
    for (const diagnostic of found) {
      expect(diagnostic.message).toBe(
        'path "evidence/hr/offboarding/2026" names a folder, and a path matches files: to count the files in it, write "evidence/hr/offboarding/2026/**" (or "evidence/hr/offboarding/2026/*.csv" for some of them)',
      );
    }
  });

  it('says to use / for a Windows path', async () => {
    const found = (await checkCase('evidence-habits')).diagnostics.filter((diagnostic) => diagnostic.code === 'evidence-path-backslash');
    expect(found.map(at)).toEqual([{ severity: 'warning', code: 'evidence-path-backslash', file: 'controls/access.yaml', line: 17, column: 15 }]);
    expect(found[0]!.message).toContain('path "evidence\\access\\2026-q3\\review.csv" uses "\\" between folders');
    expect(found[0]!.message).toContain('write "evidence/access/2026-q3/review.csv"');
  });
});

describe('samples that the CSV contradicts', () => {
  it('warns when samples: is above the data rows of the CSV it names, with both numbers', async () => {
    const found = (await checkCase('evidence-habits')).diagnostics.filter((diagnostic) => diagnostic.code === 'samples-exceed-rows');
    expect(found.map(at)).toEqual([
      { severity: 'warning', code: 'samples-exceed-rows', file: 'controls/access.yaml', line: 20, column: 15 },
      { severity: 'warning', code: 'samples-exceed-rows', file: 'controls/access.yaml', line: 24, column: 15 },
    ]);
    // review.csv: a header and two records, one of them with a quoted line break inside a field.
    expect(found[0]!.message).toBe(
      'evidence ev-review declares samples: 58, but evidence/access/2026-q3/review.csv has 2 data rows (the header not counted); an auditor counts the rows: add the missing rows, or declare what the file holds',
    );
    // A glob over two files: review-2.csv is a header alone (CRLF).
    expect(found[1]!.message).toContain('evidence ev-review-all declares samples: 3, but the 2 CSV files it matches have 2 data rows');
    // ev-review-counted declares samples: 2, which the file holds: no warning.
    expect(found.some((diagnostic) => diagnostic.message.includes('ev-review-counted'))).toBe(false);
  });

  it('counts records as RFC 4180 does: quoted line breaks and doubled quotes, CRLF, no header, no blank lines', () => {
    const rows = (text: string) => countCsvDataRows(Buffer.from(text, 'utf8'));
    expect(rows('id,note\n1,"two\nlines"\n2,"say ""hi""\r\n3"\n')).toBe(2);
    expect(rows('id,note\r\n1,a\r\n2,b\r\n')).toBe(2);
    expect(rows('id,note\n1,a\n\n\n2,b')).toBe(2);
    expect(rows('id,note\n')).toBe(0);
    expect(rows('')).toBe(0);
    expect(rows('\uFEFFid;note\n1;é\n')).toBe(1);
  });
});

describe('control files that no glob matches', () => {
  it('warns about each ControlImplementation file the globs leave out, naming it and the globs; other YAML is left alone', async () => {
    const found = (await checkCase('evidence-habits')).diagnostics.filter((diagnostic) => diagnostic.code === 'unmatched-control-file');
    expect(found.map(at)).toEqual([
      { severity: 'warning', code: 'unmatched-control-file', file: 'control/bcp.yaml', line: 2, column: 1 },
      { severity: 'warning', code: 'unmatched-control-file', file: 'controls/bcp.YAML', line: 3, column: 1 },
    ]);
    expect(found[0]!.message).toBe(
      'control/bcp.yaml is a ControlImplementation file, but no controls glob matches it (controls/**/*.{yaml,yml}), so its controls are not read: move or rename it, or add a glob to controls: in .crosswalk.yml',
    );
    expect(found[1]!.message).toContain('(controls/**/*.{yaml,yml}; globs are case-sensitive, so name it .yaml)');
  });

  it('names the first three globs and counts the rest, however many the configuration has', async () => {
    const globs = ['a/*.yaml', 'b/*.yaml', 'c/*.yaml', 'd/*.yaml', 'e/*.yaml'];
    const root = await makeRepo({
      '.crosswalk.yml': `as_of: ${asOf}\ncontrols: [${globs.join(', ')}]\n`,
      'stray/bcp.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n',
    });
    const [stray] = (await check({ root })).diagnostics.filter((diagnostic) => diagnostic.code === 'unmatched-control-file');
    expect(stray?.message).toContain('no controls glob matches it (a/*.yaml, b/*.yaml, c/*.yaml and 2 more), so its controls are not read');
  });

  it('reads the matched control file and nothing else: the run has exactly the warnings above', async () => {
    const run = await checkCase('evidence-habits');
    expect(run.controls.map((control) => control.id)).toEqual(['AC-01']);
    expect(run.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual(
      ['evidence-path-backslash', 'evidence-path-is-folder', 'evidence-path-is-folder', 'samples-exceed-rows', 'samples-exceed-rows', 'unmatched-control-file', 'unmatched-control-file'].sort(),
    );
  });
});

describe('zero-padded ids', () => {
  it('answers A.08.02 with A.8.2 (not A.8.12), a padded 2013 id with its 2022 successor, and CC02.3 with CC2.3', async () => {
    const run = await checkCase('zero-padded-ids');
    expect(run.diagnostics.map(at)).toEqual([
      { severity: 'error', code: 'unknown-iso-control', file: 'controls/access.yaml', line: 6, column: 18 },
      { severity: 'error', code: 'iso-2013-id', file: 'controls/access.yaml', line: 6, column: 27 },
      { severity: 'error', code: 'unknown-tsc-criterion', file: 'controls/access.yaml', line: 12, column: 14 },
    ]);
    const [padded, padded2013, criterion] = run.diagnostics.map((diagnostic) => diagnostic.message);
    expect(padded).toBe('A.08.02 is not an ISO/IEC 27001:2022 id as the standard writes it; did you mean "A.8.2"? (ids have no leading zeros)');
    expect(padded2013).toContain('in ISO/IEC 27001:2022 it is A.8.2 (Privileged access rights)');
    expect(criterion).toBe('CC02.3 is not a SOC 2 Trust Services Criterion; did you mean "CC2.3"?');
  });
});
