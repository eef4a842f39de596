import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-G43DUX73.js";
import "./chunk-RMEHZRAH.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
