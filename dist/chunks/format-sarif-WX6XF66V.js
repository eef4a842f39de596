import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-35ERAGLO.js";
import "./chunk-EP4IYIV4.js";
import "./chunk-OU57B5EK.js";
import "./chunk-PJUV4SJX.js";
import "./chunk-OR2MUAVJ.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
