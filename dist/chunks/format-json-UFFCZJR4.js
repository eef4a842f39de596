import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatJson,
  formatJsonPieces
} from "./chunk-ELWIRPTM.js";
import "./chunk-LVNFLO5R.js";
export {
  formatJson,
  formatJsonPieces
};
