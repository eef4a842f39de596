import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-O2FGUOAY.js";
import "./chunk-OYZ3IZHJ.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
