import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-44ZSCG43.js";
import "./chunk-QBWA4FBT.js";
import "./chunk-OU57B5EK.js";
import "./chunk-WZFKLFET.js";
import "./chunk-NDLZNMX3.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
