/**
 * Control files that no `controls` glob matches (`control/bcp.yaml`, `controls/bcp.YAML`) are
 * otherwise skipped without a word, and their controls silently missing from the score. Looking
 * stays cheap: only YAML files of the repository index, at most a few hundred, and of each only
 * the first bytes, where `kind: ControlImplementation` is written.
 */
import type { Diagnostic } from '../diagnostics.js';
import { plural } from '../text.js';
import type { RepositoryIndex } from './repository.js';
import type { RepositorySource } from './repository-source.js';
import type { TrackedFiles } from './tracked.js';

/** Read at once: few enough to stay under any open-file limit. */
const maxCandidates = 256;
const headBytes = 4096;
const controlKind = /^kind:[ \t]*["']?ControlImplementation["']?[ \t]*(#.*)?$/m;

/** A warning for each ControlImplementation file the globs leave out, naming the file and the globs. */
export async function unmatchedControlFiles(index: RepositoryIndex, selected: readonly string[], globs: readonly string[], tracked: TrackedFiles, source: Pick<RepositorySource, 'readStart'>): Promise<Diagnostic[]> {
  const read = new Set(selected);
  // Only what the repository holds: in a git work tree, an untracked file is never opened.
  const held = (file: string) => tracked === undefined || tracked.has(file);
  const candidates = index.files.filter((file) => /\.ya?ml$/i.test(file) && !read.has(file) && !file.startsWith('.github/') && held(file)).slice(0, maxCandidates);
  const lines = await Promise.all(candidates.map((file) => controlKindLine(source, file)));
  const diagnostics: Diagnostic[] = [];
  for (const [position, file] of candidates.entries()) {
    const line = lines[position];
    if (line === undefined) continue;
    const why = /\.ya?ml$/.test(file) ? '' : '; globs are case-sensitive, so name it .yaml';
    diagnostics.push({
      severity: 'warning',
      code: 'unmatched-control-file',
      message: `${file} is a ControlImplementation file, but no controls glob matches it (${namedGlobs(globs)}${why}), so its controls are not read: move or rename it, or add a glob to controls: in .crosswalk.yml`,
      file,
      line,
      column: 1,
    });
  }
  return diagnostics;
}

/** The globs as a warning names them: the first few, then how many more (a configuration may have a hundred). */
function namedGlobs(globs: readonly string[]): string {
  const shown = 3;
  return globs.length <= shown ? globs.join(', ') : `${globs.slice(0, shown).join(', ')} and ${plural(globs.length - shown, 'more', 'more')}`;
}

/** The line of `kind: ControlImplementation` among the file's first bytes, if it is there. */
async function controlKindLine(source: Pick<RepositorySource, 'readStart'>, file: string): Promise<number | undefined> {
  const bytes = await source.readStart(file, headBytes);
  if (bytes === undefined) return undefined;
  const head = bytes.toString('utf8');
  const match = controlKind.exec(head);
  return match ? head.slice(0, match.index).split('\n').length : undefined;
}
