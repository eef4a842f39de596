import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import type { Diagnostic } from '../diagnostics.js';
import { decodeUtf8 } from './decode.js';
import type { RepositoryIndex } from './repository.js';
import { defaultParseLimits, parseSource, type ParseLimits, type SourceDocument } from './source.js';

/** The control files the globs select, from the repository's file list, in path order. */
export function selectControlFiles(index: RepositoryIndex, globs: readonly string[]): string[] {
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: false, nocomment: true, nonegate: true }));
  return index.files.filter((file) => matchers.some((matcher) => matcher.match(file)));
}

export interface LoadedFiles {
  readonly documents: SourceDocument[];
  readonly diagnostics: Diagnostic[];
}

/** Reads and parses YAML files; a file that cannot be read or parsed becomes a diagnostic. */
export async function loadYamlFiles(root: string, files: readonly string[], limits: ParseLimits = defaultParseLimits): Promise<LoadedFiles> {
  const results = await Promise.all(files.map((file) => loadYamlFile(root, file, limits)));
  return {
    documents: results.flatMap((result) => (result.document ? [result.document] : [])),
    diagnostics: results.flatMap((result) => result.diagnostics),
  };
}

export async function loadYamlFile(root: string, file: string, limits: ParseLimits = defaultParseLimits): Promise<{ document?: SourceDocument; diagnostics: Diagnostic[] }> {
  const bytes = await readFile(path.join(root, file));
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const parsed = parseSource(file, decoded.text, limits);
  return parsed.ok ? { document: parsed.document, diagnostics: parsed.diagnostics } : { diagnostics: parsed.diagnostics };
}
