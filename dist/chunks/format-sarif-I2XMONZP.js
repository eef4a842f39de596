import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-U4LIBXFH.js";
import "./chunk-FNXYG2V3.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
