/**
 * Large hostile inputs, written at test time into the case's temporary repository instead of
 * committing megabytes: each generator is named in a case's expected.json (`setup.generate`) with
 * its parameters, so the case says what it holds and why.
 */
import { execFile } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export type Generator =
  /** A control file of `count` unknown top-level keys (`kN: 1`): O(n²) unique-key checks and key lookups. */
  | { readonly kind: 'many-keys'; readonly file: string; readonly count: number }
  /** A control file of `count` lines repeating one key (`a: 1`): a duplicate-key finding each. */
  | { readonly kind: 'repeated-key'; readonly file: string; readonly count: number }
  /** A file the corpus cannot hold: git will not commit a path through a `.git` folder (a nested checkout's, say). */
  | { readonly kind: 'file-in-git-folder'; readonly file: string; readonly text: string }
  /** `lines` lines of `depth` compact sequences (`- - - … x`): the YAML parser recurses per level. */
  | { readonly kind: 'compact-sequences'; readonly file: string; readonly depth: number; readonly lines: number }
  /** `files` files of `note: it's` followed by `depth` brackets, one per line (no line too long): the apostrophe once hid them. */
  | { readonly kind: 'hidden-brackets'; readonly folder: string; readonly files: number; readonly depth: number }
  /** An anchor of `width` scalars, then `aliases` aliases to it: few alias uses, a huge expansion. */
  | { readonly kind: 'wide-anchor'; readonly file: string; readonly width: number; readonly aliases: number }
  /** A chain of `levels` anchors, each a list of `width` aliases to the one before ("billion laughs"). */
  | { readonly kind: 'alias-chain'; readonly file: string; readonly levels: number; readonly width: number }
  /** `globs` distinct evidence globs that all scan the whole repository, spread over `files` control files, and `evidence` files to scan. */
  | { readonly kind: 'many-globs'; readonly folder: string; readonly files: number; readonly globs: number; readonly evidence: number }
  /** `count` symlinks in `folder`, all pointing at `target` (outside the repository). */
  | { readonly kind: 'symlink-farm'; readonly folder: string; readonly count: number; readonly target: string }
  /** A `.crosswalk.yml` of `bytes` bytes: comment lines after a valid config. */
  | { readonly kind: 'big-config'; readonly bytes: number }
  /** `file` made a named pipe (FIFO): opening it would block for ever. */
  | { readonly kind: 'fifo'; readonly file: string };

const run = promisify(execFile);
const header = 'apiVersion: crosswalk/v1\nkind: ControlImplementation\n';
const control = (id: string, evidence = '') => `  - id: ${id}\n    title: A control\n    implements: [A.5.1]\n    status: implemented\n${evidence}`;

async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

export async function generate(root: string, spec: Generator): Promise<void> {
  switch (spec.kind) {
    case 'many-keys':
      return write(root, spec.file, `${header}controls: []\n${Array.from({ length: spec.count }, (_, index) => `k${index}: 1`).join('\n')}\n`);
    case 'repeated-key':
      return write(root, spec.file, `${header}controls: []\n${'a: 1\n'.repeat(spec.count)}`);
    case 'file-in-git-folder':
      return write(root, spec.file, spec.text);
    case 'compact-sequences':
      return write(root, spec.file, `${header}controls:\n${`${'- '.repeat(spec.depth)}x\n`.repeat(spec.lines)}`);
    case 'hidden-brackets': {
      const text = `${header}controls: []\nnote: it's\ndeep: ${'[\n  '.repeat(spec.depth)}${']\n  '.repeat(spec.depth)}\n`;
      for (let index = 0; index < spec.files; index += 1) await write(root, `${spec.folder}/c${index}.yaml`, text);
      return;
    }
    case 'wide-anchor': {
      const anchor = `wide: &w\n${'  - x\n'.repeat(spec.width)}`;
      return write(root, spec.file, `${header}controls: []\n${anchor}copies: [${Array.from({ length: spec.aliases }, () => '*w').join(', ')}]\n`);
    }
    case 'alias-chain': {
      let text = `${header}controls: []\na0: &a0 [${Array.from({ length: spec.width }, () => 'x').join(', ')}]\n`;
      for (let level = 1; level < spec.levels; level += 1) text += `a${level}: &a${level} [${Array.from({ length: spec.width }, () => `*a${level - 1}`).join(', ')}]\n`;
      return write(root, spec.file, text);
    }
    case 'many-globs': {
      const perFile = Math.ceil(spec.globs / spec.files);
      for (let file = 0; file < spec.files; file += 1) {
        const items = Array.from({ length: Math.min(perFile, spec.globs - file * perFile) }, (_, index) => {
          const n = file * perFile + index;
          return `      - id: e${n}\n        path: "**/f${n}-*.md"\n        collected: 2026-11-01`;
        });
        await write(root, `${spec.folder}/c${file}.yaml`, `${header}controls:\n${control(`C-${file}`, `    evidence:\n${items.join('\n')}\n`)}`);
      }
      await Promise.all(Array.from({ length: spec.evidence }, (_, n) => write(root, `evidence/d${n % 50}/f${n}-x.md`, 'x')));
      return;
    }
    case 'symlink-farm': {
      await mkdir(path.join(root, spec.folder), { recursive: true });
      for (let start = 0; start < spec.count; start += 500) {
        await Promise.all(Array.from({ length: Math.min(500, spec.count - start) }, (_, index) => symlink(spec.target, path.join(root, spec.folder, `l${start + index}`))));
      }
      return;
    }
    case 'big-config': {
      const line = `# ${'x'.repeat(98)}\n`;
      return write(root, '.crosswalk.yml', `as_of: 2026-11-27\n${line.repeat(Math.ceil(spec.bytes / line.length))}`);
    }
    case 'fifo':
      await mkdir(path.dirname(path.join(root, spec.file)), { recursive: true });
      await run('mkfifo', [path.join(root, spec.file)]);
      return;
  }
}
