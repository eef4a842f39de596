#!/usr/bin/env node
/**
 * The `crosswalk` command's start: the CLI itself is one CommonJS bundle (dist/cli-bundle.cjs,
 * built from src/cli.ts), run with V8's code cache (src/code-cache.ts), so that a start after the
 * first compiles little. `CROSSWALK_BUNDLE_HASH` is the bundle's hash, set by scripts/build.mjs.
 */
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from './code-cache.js';

declare const CROSSWALK_BUNDLE_HASH: string;

const bundle = loadWithCodeCache(fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url)), CROSSWALK_BUNDLE_HASH);
const main = bundle.exports.main as () => Promise<number>;
process.exitCode = await main();
bundle.keep();
