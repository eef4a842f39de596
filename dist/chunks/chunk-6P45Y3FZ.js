import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/entry-point.ts
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
function isEntryPoint(moduleUrl) {
  const script = process.argv[1];
  if (script === void 0) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

export {
  isEntryPoint
};
