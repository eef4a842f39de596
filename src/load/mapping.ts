import { readFile } from 'node:fs/promises';
import defaultMappingData from '../../mappings/iso27001-2022-to-soc2.yaml?data';
import { UsageError } from '../errors.js';
import type { Catalogs, Mapping } from '../model.js';
import { buildMapping, validateMapping, type RawMapping } from '../validate/mapping.js';
import { decodeUtf8 } from './decode.js';
import { parseSource } from './source.js';

export const defaultMappingFile = 'mappings/iso27001-2022-to-soc2.yaml';

/**
 * Loads the shipped mapping (`default`) or a user's mapping file. An unusable mapping means
 * crosswalk cannot score anything: UsageError (exit 2) with the first problem's place.
 */
export async function loadMapping(source: string, catalogs: Catalogs, displayName = source): Promise<Mapping> {
  // The shipped mapping was parsed at build time and is validated in CI (mapping lint, tests).
  if (source === 'default') return buildMapping(defaultMappingData as RawMapping, 'default');
  return validatedMapping(displayName, await readMappingText(source, displayName), source, catalogs);
}

/** Parses and validates a mapping's text; any problem is a UsageError naming the first one. */
export function validatedMapping(file: string, text: string, origin: string, catalogs: Catalogs): Mapping {
  const parsed = parseSource(file, text);
  const result = parsed.ok ? validateMapping(parsed.document, origin, catalogs) : { mapping: undefined, diagnostics: parsed.diagnostics };
  if (result.mapping) return result.mapping;
  const [first, ...rest] = result.diagnostics;
  const more = rest.length > 0 ? ` (and ${rest.length} more problems)` : '';
  throw new UsageError(`mapping ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : 'is invalid'}${more}`);
}

async function readMappingText(file: string, displayName: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read mapping ${displayName}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const decoded = decodeUtf8(displayName, bytes);
  if (!decoded.ok) throw new UsageError(`mapping ${displayName}: ${decoded.diagnostic.message}`);
  return decoded.text;
}
