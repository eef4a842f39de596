import { compareStrings, type Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { defaultLimits, type Limits } from '../model.js';
import { quoteName } from '../validate/describe-value.js';
import { decodeUtf8 } from './decode.js';
import { compileGlob, MatchBudget } from './globs.js';
import { GitError } from '../git/run-git.js';
import type { RepositoryIndex } from './repository.js';
import type { RepositorySource } from './repository-source.js';
import type { ParseMemo } from './parse-memo.js';
import { parseSource, type SourceDocument } from './source.js';
import type { TrackedFiles } from './tracked.js';

/** The control files the globs select, from the repository's file list, in path order. */
export function selectControlFiles(index: RepositoryIndex, globs: readonly string[], limits: Limits = defaultLimits, budget = new MatchBudget(limits.maxGlobMatches)): string[] {
  const selected = new Set<string>();
  for (const glob of globs) {
    const compiled = compileGlob(glob, limits, budget);
    const matched = compiled.ok ? compiled.glob.matchIn(index.files, budget, limits) : compiled;
    if (!matched.ok) throw new UsageError(`controls glob ${quoteName(glob.slice(0, 80))}: ${matched.problem}`);
    for (const file of matched.files) selected.add(file);
  }
  return [...selected].sort(compareStrings);
}

/**
 * In a git work tree, control files are read only when git tracks them (and, for a symlink,
 * the file it leads to): a file an earlier step left in the workspace is not the repository's.
 */
export function keepTracked(selected: readonly string[], index: RepositoryIndex, tracked: TrackedFiles): { kept: string[]; untracked: string[] } {
  if (tracked === undefined) return { kept: [...selected], untracked: [] };
  const isTracked = (file: string) => {
    const target = index.linkTargets.get(file);
    return tracked.has(file) && (target === undefined || tracked.has(target));
  };
  return { kept: selected.filter(isTracked), untracked: selected.filter((file) => !isTracked(file)) };
}

/** How many untracked control files are named one by one. */
const untrackedNamed = 20;

export function untrackedDiagnostics(untracked: readonly string[]): Diagnostic[] {
  const named = untracked.slice(0, untrackedNamed).map((file) => ({
    severity: 'warning' as const,
    code: 'untracked-control-file' as const,
    message: 'this file matches the controls globs but git does not track it, so it is not part of the repository and is not read (commit it, or `git add` it to check it locally)',
    file,
    line: 1,
    column: 1,
  }));
  const rest = untracked.length - named.length;
  if (rest <= 0) return named;
  return [...named, { severity: 'warning', code: 'untracked-control-file', message: `${rest} more untracked files match the controls globs and are not read`, file: '.', line: 1, column: 1 }];
}

/** What is left of the total YAML size limit, shared by every batch of one run. */
export class ReadBudget {
  constructor(public remaining: number) {}
}

export interface LoadedFiles {
  readonly documents: SourceDocument[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads and parses YAML files; a file that cannot be read or parsed becomes a diagnostic.
 * Sizes are checked before any byte is read, and the total budget is spent in path order so
 * the same files are refused on every run.
 */
export async function loadYamlFiles(source: RepositorySource, files: readonly string[], limits: Limits = defaultLimits, budget = new ReadBudget(limits.maxTotalBytes), memo?: ParseMemo): Promise<LoadedFiles> {
  // A file that cannot be measured is admitted as empty: reading it then says what is wrong.
  const sizes = await source.sizes(files);
  const admitted = files.map((file) => admit(file, sizes.get(file) ?? 0, limits, budget));
  const results = await Promise.all(admitted.map((verdict): Promise<LoadedFile> | LoadedFile => (verdict.ok ? loadYamlFile(source, verdict.file, limits, memo) : { diagnostics: [verdict.diagnostic] })));
  return {
    documents: results.flatMap((result) => (result.document ? [result.document] : [])),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

type Admission = { readonly ok: true; readonly file: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

function admit(file: string, size: number, limits: Limits, budget: ReadBudget): Admission {
  const refuse = (message: string): Admission => ({ ok: false, diagnostic: { severity: 'error', code: 'limit-exceeded', message, file, line: 1, column: 1 } });
  if (size > limits.maxFileBytes) return refuse(`file is ${size} bytes; the limit is ${limits.maxFileBytes} (limits.max_file_bytes); it is not read`);
  if (size > budget.remaining) return refuse(`reading this file would pass the total of ${limits.maxTotalBytes} bytes of YAML (limits.max_total_bytes); it is not read`);
  budget.remaining -= size;
  return { ok: true, file };
}

type LoadedFile = { readonly document?: SourceDocument; readonly diagnostics: Diagnostic[] };

export async function loadYamlFile(source: RepositorySource, file: string, limits: Limits = defaultLimits, memo?: ParseMemo): Promise<LoadedFile> {
  let bytes: Buffer;
  try {
    bytes = await source.read(file, 'the file', limits.maxFileBytes);
  } catch (error) {
    // git failing to read a commit is not the file's problem: the commit cannot be read.
    if (error instanceof GitError) throw error;
    const message = error instanceof UsageError ? error.message : `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
    return { diagnostics: [{ severity: 'error', code: 'limit-exceeded', message, file, line: 1, column: 1 }] };
  }
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const parsed = memo === undefined ? parseSource(file, decoded.text, limits) : memo.parse(file, decoded.text, limits);
  return parsed.ok ? { document: parsed.document, diagnostics: parsed.diagnostics } : { diagnostics: parsed.diagnostics };
}
