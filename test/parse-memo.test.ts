import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../src/model.js';
import { ParseMemo } from '../src/load/parse-memo.js';
import { parseSource } from '../src/load/source.js';

const control = (id: string) => `apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: ${id}\n    title: Access reviews\n    implements: [A.5.18]\n    status: implemented\n`;

describe('ParseMemo: a pull request base does not parse again what its head parsed', () => {
  it('gives back the very result for the same path, text and limits, and the same answer parseSource gives', () => {
    const memo = new ParseMemo();
    const first = memo.parse('controls/access.yaml', control('AC-1'), defaultLimits);
    // Another string with the same characters: a base blob is read and decoded anew.
    const again = memo.parse('controls/access.yaml', Buffer.from(control('AC-1')).toString('utf8'), defaultLimits);
    expect(again).toBe(first);
    expect(JSON.stringify(first)).toBe(JSON.stringify(parseSource('controls/access.yaml', control('AC-1'), defaultLimits)));
  });

  it('parses a changed text, another path and other limits afresh', () => {
    const memo = new ParseMemo();
    const head = memo.parse('controls/access.yaml', control('AC-1'), defaultLimits);
    const changed = memo.parse('controls/access.yaml', control('AC-2'), defaultLimits);
    expect(changed).not.toBe(head);
    expect(changed.ok && changed.document.data).toMatchObject({ controls: [{ id: 'AC-2' }] });
    expect(memo.parse('controls/other.yaml', control('AC-1'), defaultLimits)).not.toBe(head);
    const tighter = { ...defaultLimits, maxLineLength: 20 };
    const refused = memo.parse('controls/access.yaml', control('AC-1'), tighter);
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics[0]).toMatchObject({ code: 'limit-exceeded', file: 'controls/access.yaml' });
  });

  it('keeps no more text than it is given room for: past it, files are parsed every time', () => {
    const text = control('AC-1');
    const memo = new ParseMemo(text.length * 2);
    const kept = memo.parse('a.yaml', text, defaultLimits);
    const notKept = memo.parse('b.yaml', text, defaultLimits);
    expect(memo.parse('a.yaml', text, defaultLimits)).toBe(kept);
    expect(memo.parse('b.yaml', text, defaultLimits)).not.toBe(notKept);
  });
});
