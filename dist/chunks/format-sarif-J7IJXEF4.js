import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-3VBFTNXL.js";
import "./chunk-DSQB6OHI.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
