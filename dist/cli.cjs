#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli-launcher.ts
var import_node_path2 = __toESM(require("node:path"), 1);

// src/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);
function loadWithCodeCache(bundle2, bundleHash, env = process.env) {
  const source = (0, import_node_fs.readFileSync)(bundle2, "utf8");
  const cacheFile = env.NODE_DISABLE_COMPILE_CACHE === "1" ? void 0 : codeCacheFile(bundleHash);
  const cachedData = cacheFile === void 0 ? void 0 : readOwnFile(cacheFile);
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: bundle2, ...cachedData === void 0 ? {} : { cachedData } });
  const module2 = { exports: {} };
  const run = script.runInThisContext();
  run(module2.exports, (0, import_node_module.createRequire)(bundle2), module2, bundle2, import_node_path.default.dirname(bundle2));
  return {
    exports: module2.exports,
    keep() {
      if (cacheFile === void 0 || cachedData !== void 0 && !script.cachedDataRejected) return;
      try {
        (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(cacheFile), { recursive: true, mode: 448 });
        const partial = `${cacheFile}.${process.pid}`;
        (0, import_node_fs.writeFileSync)(partial, script.createCachedData(), { mode: 384 });
        (0, import_node_fs.renameSync)(partial, cacheFile);
      } catch {
      }
    }
  };
}
function codeCacheFile(bundleHash) {
  const user = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return import_node_path.default.join(import_node_os.default.tmpdir(), `crosswalk-code-cache${user}`, `${process.version}-${process.platform}-${process.arch}-${bundleHash}.bin`);
}
function readOwnFile(file) {
  try {
    if (typeof process.getuid === "function") {
      const uid = process.getuid();
      for (const entry of [import_node_path.default.dirname(file), file]) {
        const stats = (0, import_node_fs.statSync)(entry);
        if (stats.uid !== uid || (stats.mode & 18) !== 0) return void 0;
      }
    }
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
}

// src/cli-launcher.ts
var bundle = loadWithCodeCache(import_node_path2.default.join(__dirname, "cli-bundle.cjs"), "5eaf91f6834a37b1");
var main = bundle.exports.main;
void main().then((code) => {
  process.exitCode = code;
  bundle.keep();
});
