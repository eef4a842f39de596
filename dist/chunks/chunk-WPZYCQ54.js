import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2FBNQCWA.js";

// src/load/directory.ts
import { stat } from "node:fs/promises";
async function existingDirectory(dir, name = dir) {
  const info = await stat(dir).catch(() => void 0);
  if (!info?.isDirectory()) throw new UsageError(`${name} is not a directory`);
  return dir;
}

export {
  existingDirectory
};
