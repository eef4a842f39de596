import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import "./chunk-LVNFLO5R.js";

// src/load/sha256.ts
import { createHash } from "node:crypto";
function sha256() {
  return createHash("sha256");
}
export {
  sha256
};
