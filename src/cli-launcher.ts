#!/usr/bin/env node
/**
 * The `crosswalk` command's start (dist/cli.cjs, the package's bin): the CLI itself is one
 * CommonJS bundle (dist/cli-bundle.cjs, built from src/cli.ts), run with V8's code cache
 * (src/code-cache.ts), so that a start after the first compiles little. This file is built as
 * CommonJS too: Node starts a CommonJS entry without setting up its ES module loader, a few
 * milliseconds of every run. `CROSSWALK_BUNDLE_HASH` is the bundle's hash, set by scripts/build.mjs.
 */
import path from 'node:path';
import { loadWithCodeCache } from './code-cache.js';

declare const CROSSWALK_BUNDLE_HASH: string;
/** The folder of dist/cli.cjs: this file is built as CommonJS. */
declare const __dirname: string;

const bundle = loadWithCodeCache(path.join(__dirname, 'cli-bundle.cjs'), CROSSWALK_BUNDLE_HASH);
const main = bundle.exports.main as () => Promise<number>;
void main().then((code) => {
  process.exitCode = code;
  bundle.keep();
});
