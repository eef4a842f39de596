/**
 * Runs a CommonJS bundle with V8's compiled code of it kept between runs: the first run compiles
 * as usual and writes the code cache after its work; later runs start from it and skip most of
 * the compiling. It works on every supported Node (module.enableCompileCache needs 22.1 and does
 * not serve vm scripts). The cache lives in the temp folder, in a folder only this user can
 * write, one file per Node version, platform and bundle; V8 itself refuses data that does not
 * fit the source or its flags. `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as for Node's own.
 * A cache that cannot be read or written only costs speed, never the run.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface CachedBundle {
  /** The bundle's `module.exports`. */
  readonly exports: Record<string, unknown>;
  /** Writes the code cache if there was none that fit; call it once the work is done, so lazily compiled functions are in it. */
  keep(): void;
}

/** Loads and runs `bundle` (a CommonJS file), from the code cache named by `bundleHash` when there is one that fits. */
export function loadWithCodeCache(bundle: string, bundleHash: string, env: NodeJS.ProcessEnv = process.env): CachedBundle {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE === '1' ? undefined : codeCacheFile(bundleHash);
  const cachedData = cacheFile === undefined ? undefined : readOwnFile(cacheFile);
  // The wrapper Node gives a CommonJS module, so the bundle sees require, module and __dirname as usual.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    exports: module.exports,
    keep() {
      if (cacheFile === undefined || (cachedData !== undefined && !script.cachedDataRejected)) return;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
        // Written whole under another name, then renamed: a run started meanwhile never reads half a file.
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, cacheFile);
      } catch {
        // A read-only or full temp folder: the next run compiles again.
      }
    },
  };
}

function codeCacheFile(bundleHash: string): string {
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return path.join(os.tmpdir(), `crosswalk-code-cache${user}`, `${process.version}-${process.platform}-${process.arch}-${bundleHash}.bin`);
}

/**
 * The file's bytes, if it exists and neither it nor its folder can be written by another user:
 * compiled code is run as it is, so a cache planted in a shared temp folder must not be read.
 */
function readOwnFile(file: string): Buffer | undefined {
  try {
    if (typeof process.getuid === 'function') {
      const uid = process.getuid();
      for (const entry of [path.dirname(file), file]) {
        const stats = statSync(entry);
        if (stats.uid !== uid || (stats.mode & 0o022) !== 0) return undefined;
      }
    }
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
