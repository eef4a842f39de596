import defaultMappingData from '../../mappings/iso27001-2022-to-soc2.yaml?data';
import seedMappingData from '../../mappings/iso27001-2022-to-soc2-seed.yaml?data';
import { UsageError } from '../errors.js';
import type { Catalogs, Mapping, MappingSource } from '../model.js';
import { buildMapping, validateMapping, type RawMapping } from '../validate/mapping.js';
import { maxMappingBytes, relativeInside } from './confined.js';
import { decodeUtf8 } from './decode.js';
import { parseSource } from './source.js';
import { diskSource, type RepositorySource } from './repository-source.js';
import type { TrackedFiles } from './tracked.js';

export const defaultMappingFile = 'mappings/iso27001-2022-to-soc2.yaml';
export const seedMappingFile = 'mappings/iso27001-2022-to-soc2-seed.yaml';

/**
 * Loads the shipped mapping (`default`) or a user's mapping file. An unusable mapping means
 * crosswalk cannot score anything: UsageError (exit 2) with the first problem's place.
 */
export async function loadMapping(source: MappingSource, catalogs: Catalogs, root: string, tracked?: TrackedFiles, files: RepositorySource = diskSource(root, tracked)): Promise<Mapping> {
  // The shipped mapping was parsed at build time and is validated in CI (mapping lint, tests).
  if (source.kind === 'default') return loadDefaultMapping();
  if (source.kind === 'seed') return loadSeedMapping();
  const shown = relativeInside(root, source.path) ?? source.path;
  return validatedMapping(shown, await readMappingText(files, source.path, shown), source.path, catalogs);
}

/** The shipped mapping. */
export function loadDefaultMapping(): Mapping {
  return buildMapping(defaultMappingData as RawMapping, 'default');
}

/** The seed mapping as written (`mapping: seed`). */
export function loadSeedMapping(): Mapping {
  return buildMapping(seedMappingData as RawMapping, 'seed');
}

/** The shipped mappings other than the one in use (both, for a user's own file). */
export function otherShippedMappings(inUse: Mapping): Mapping[] {
  return [
    ...(inUse.origin === 'default' ? [] : [(shippedDefault ??= loadDefaultMapping())]),
    ...(inUse.origin === 'seed' ? [] : [(shippedSeed ??= loadSeedMapping())]),
  ];
}
let shippedDefault: Mapping | undefined;
let shippedSeed: Mapping | undefined;

/** Parses and validates a mapping's text; any problem is a UsageError naming the first one. */
export function validatedMapping(file: string, text: string, origin: string, catalogs: Catalogs): Mapping {
  const parsed = parseSource(file, text);
  const result = parsed.ok ? validateMapping(parsed.document, origin, catalogs) : { mapping: undefined, problems: parsed.diagnostics };
  if (result.mapping) return result.mapping;
  const [first, ...rest] = result.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more problems)` : '';
  throw new UsageError(`mapping ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : 'is invalid'}${more}`);
}

async function readMappingText(files: RepositorySource, file: string, displayName: string): Promise<string> {
  const bytes = await files.readNamed(file, `mapping ${displayName}`, maxMappingBytes);
  if (bytes === undefined) throw new UsageError(`cannot read mapping ${displayName}: no such file`);
  const decoded = decodeUtf8(displayName, bytes);
  if (!decoded.ok) throw new UsageError(`mapping ${displayName}: ${decoded.diagnostic.message}`);
  return decoded.text;
}
