import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { defaultLimits, type Limits } from '../model.js';
import { decodeUtf8 } from './decode.js';
import { compileGlob } from './globs.js';
import type { RepositoryIndex } from './repository.js';
import { parseSource, type SourceDocument } from './source.js';

/** The control files the globs select, from the repository's file list, in path order. */
export function selectControlFiles(index: RepositoryIndex, globs: readonly string[], limits: Limits = defaultLimits): string[] {
  const matchers = globs.map((glob) => {
    const compiled = compileGlob(glob, limits);
    if (!compiled.ok) throw new UsageError(`controls glob "${glob.slice(0, 80)}": ${compiled.problem}`);
    return compiled.matcher;
  });
  return index.files.filter((file) => matchers.some((matcher) => matcher.match(file)));
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
export async function loadYamlFiles(root: string, files: readonly string[], limits: Limits = defaultLimits, budget = new ReadBudget(limits.maxTotalBytes)): Promise<LoadedFiles> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(root, file))).size));
  const admitted = files.map((file, index) => admit(file, sizes[index]!, limits, budget));
  const results = await Promise.all(admitted.map((verdict): Promise<LoadedFile> | LoadedFile => (verdict.ok ? loadYamlFile(root, verdict.file, limits) : { diagnostics: [verdict.diagnostic] })));
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

export async function loadYamlFile(root: string, file: string, limits: Limits = defaultLimits): Promise<LoadedFile> {
  const bytes = await readFile(path.join(root, file));
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const parsed = parseSource(file, decoded.text, limits);
  return parsed.ok ? { document: parsed.document, diagnostics: parsed.diagnostics } : { diagnostics: parsed.diagnostics };
}
