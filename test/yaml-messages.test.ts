/**
 * The YAML habits that cost a new user time, each on a real file in fixtures/invalid/yaml-habits:
 * the parser's grammar message is replaced by what to do, at the file, line and column, with the
 * line rewritten the way YAML wants it.
 */
import { describe, expect, it } from 'vitest';
import { check, type CheckRun } from '../src/check.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { parseSource } from '../src/load/source.js';

let run: CheckRun | undefined;
async function habits(): Promise<CheckRun> {
  run ??= await check({ root: 'fixtures/invalid/yaml-habits', overrides: { asOf: '2026-11-27' } });
  return run;
}

async function diagnosticIn(file: string): Promise<Diagnostic> {
  const found = (await habits()).diagnostics.filter((diagnostic) => diagnostic.file === `controls/${file}`);
  expect(found, file).toHaveLength(1);
  return found[0]!;
}

describe('YAML messages that say what to do', () => {
  it('warns where " #" cuts an unquoted title short, and shows it quoted; the usual "  # note" comment is left alone', async () => {
    const diagnostic = await diagnosticIn('comment-in-title.yaml');
    // Line 5: `    title: Events are triaged in the #sec-triage queue`; the # is column 38.
    expect(diagnostic).toMatchObject({ severity: 'warning', code: 'yaml-comment-in-value', line: 5, column: 38 });
    expect(diagnostic.message).toBe(
      '" #" starts a YAML comment, so title is read as "Events are triaged in the" and "#sec-triage queue" is dropped; if it belongs to the value, quote it: title: "Events are triaged in the #sec-triage queue"',
    );
    // A warning: the control is still scored, with the title YAML gave it.
    expect((await habits()).controls.map((control) => [control.id, control.title])).toEqual([['OPS-07', 'Events are triaged in the']]);
  });

  it('explains a colon in an unquoted title instead of "Nested mappings are not allowed in compact mappings"', async () => {
    const diagnostic = await diagnosticIn('colon-in-title.yaml');
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'yaml-syntax', line: 5, column: 12 });
    expect(diagnostic.message).toBe(
      'invalid YAML: a value that contains ": " (a colon and a space) must be quoted, or YAML reads it as a nested key; quote the value: title: "Note: duties that conflict are segregated"',
    );
    expect(diagnostic.message).not.toContain('compact');
  });

  it('explains a value starting with @ (a GitHub handle) or a backtick', async () => {
    expect(await diagnosticIn('handle-owner.yaml')).toMatchObject({
      severity: 'error',
      code: 'yaml-syntax',
      line: 8,
      column: 12,
      message: 'invalid YAML: a value cannot start with "@" unless it is quoted (YAML reserves the character); quote the value: owner: "@acme/people-ops"',
    });
    expect(await diagnosticIn('backtick-title.yaml')).toMatchObject({
      line: 5,
      column: 12,
      message: 'invalid YAML: a value cannot start with "`" unless it is quoted (YAML reserves the character); quote the value: title: "`terraform plan` output is reviewed before apply"',
    });
  });

  it('explains several documents in one file, at the second one', async () => {
    const diagnostic = await diagnosticIn('two-documents.yaml');
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'yaml-syntax', line: 9, column: 1 });
    expect(diagnostic.message).toContain('a second YAML document starts here ("---")');
    expect(diagnostic.message).toContain('remove the "---" line, or move what follows it to a file of its own');
  });

  it('explains a tab in the indentation, on its line', async () => {
    const diagnostic = await diagnosticIn('tab-indent.yaml');
    // Line 6 is `\timplements: [A.8.22]`: the key after the tab.
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'yaml-syntax', line: 6, column: 2 });
    expect(diagnostic.message).toContain('indented with a tab; YAML indents with spaces only');
  });

  it('leaves quoted values, block text and "# " comments alone', () => {
    const text = [
      'apiVersion: crosswalk/v1',
      'kind: ControlImplementation',
      'controls:',
      '  - id: OPS-08 # the usual comment',
      '    title: "Events are triaged in the #sec-triage queue"',
      "    justification: 'Note: quoted'",
      '    owner: >',
      '      folded text with a #hash inside',
      '    implements: [A.5.25]   #also-fine-in-a-flow-list',
      '',
    ].join('\n');
    const parsed = parseSource('controls/ok.yaml', text);
    expect(parsed.ok).toBe(true);
    expect(parsed.diagnostics).toEqual([]);
  });
});
