#!/usr/bin/env node
import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import "./chunks/chunk-LVNFLO5R.js";

// src/cli-launcher.ts
import { fileURLToPath } from "node:url";

// src/code-cache.ts
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
function loadWithCodeCache(bundle2, bundleHash, env = process.env) {
  const source = readFileSync(bundle2, "utf8");
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE === "1" ? void 0 : codeCacheFile(bundleHash);
  const cachedData = cacheFile === void 0 ? void 0 : readOwnFile(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: bundle2, ...cachedData === void 0 ? {} : { cachedData } });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run(module.exports, createRequire(bundle2), module, bundle2, path.dirname(bundle2));
  return {
    exports: module.exports,
    keep() {
      if (cacheFile === void 0 || cachedData !== void 0 && !script.cachedDataRejected) return;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 448 });
        const partial = `${cacheFile}.${process.pid}`;
        writeFileSync(partial, script.createCachedData(), { mode: 384 });
        renameSync(partial, cacheFile);
      } catch {
      }
    }
  };
}
function codeCacheFile(bundleHash) {
  const user = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return path.join(os.tmpdir(), `crosswalk-code-cache${user}`, `${process.version}-${process.platform}-${process.arch}-${bundleHash}.bin`);
}
function readOwnFile(file) {
  try {
    if (typeof process.getuid === "function") {
      const uid = process.getuid();
      for (const entry of [path.dirname(file), file]) {
        const stats = statSync(entry);
        if (stats.uid !== uid || (stats.mode & 18) !== 0) return void 0;
      }
    }
    return readFileSync(file);
  } catch {
    return void 0;
  }
}

// src/cli-launcher.ts
var bundle = loadWithCodeCache(fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url)), "2d76c876d020f4ef");
var main = bundle.exports.main;
process.exitCode = await main();
bundle.keep();
