import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Settings } from '../model.js';
import { resolveSettings, type SettingsOverrides } from '../validate/config.js';
import { maxConfigBytes, relativeInside } from './confined.js';
import { decodeUtf8 } from './decode.js';
import { parseSource, type SourceDocument } from './source.js';
import { diskSource, type RepositorySource } from './repository-source.js';
import type { TrackedFiles } from './tracked.js';

export const configFileName = '.crosswalk.yml';

/**
 * Reads `.crosswalk.yml` from the repository root (or the file named by --config / the
 * `config` input) and merges it with the overrides. `files` reads it: the folder on disk, or a commit.
 */
export async function loadSettings(root: string, configFile: string | undefined, overrides: SettingsOverrides, tracked?: TrackedFiles, files: RepositorySource = diskSource(root, tracked)): Promise<Settings> {
  const file = configFile ?? path.join(root, configFileName);
  // Name the file as a person sees it: relative to the repository when it lives inside.
  const shown = configFile === undefined ? configFileName : (relativeInside(root, configFile) ?? configFile);
  const text = await readConfigText(files, file, shown, configFile !== undefined);
  return resolveSettings(root, text === undefined ? undefined : parseConfig(shown, text), overrides);
}

async function readConfigText(files: RepositorySource, file: string, shown: string, required: boolean): Promise<string | undefined> {
  const bytes = await files.readNamed(file, shown, maxConfigBytes);
  if (bytes === undefined) {
    if (!required) return undefined;
    throw new UsageError(`cannot read config ${shown}: no such file`);
  }
  const decoded = decodeUtf8(shown, bytes);
  if (!decoded.ok) throw new UsageError(`${shown}:${decoded.diagnostic.line}:${decoded.diagnostic.column}: ${decoded.diagnostic.message}`);
  return decoded.text;
}

function parseConfig(shown: string, text: string): SourceDocument {
  const parsed = parseSource(shown, text);
  if (parsed.ok) return parsed.document;
  const first = parsed.diagnostics[0]!;
  throw new UsageError(`${first.file}:${first.line}:${first.column}: ${first.message}`);
}
