import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-Y3TJ3STY.js";
import "./chunk-66QYLTD2.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
