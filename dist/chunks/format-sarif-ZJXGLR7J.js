import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-2DY563UW.js";
import "./chunk-Y4TRR6FJ.js";
import "./chunk-OU57B5EK.js";
import "./chunk-YBQVH73Z.js";
import "./chunk-NDLZNMX3.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
