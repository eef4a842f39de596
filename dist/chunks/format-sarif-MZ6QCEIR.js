import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-MJY2X2TT.js";
import "./chunk-UDPYKWDZ.js";
import "./chunk-OU57B5EK.js";
import "./chunk-66WOAZPR.js";
import "./chunk-NDLZNMX3.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
