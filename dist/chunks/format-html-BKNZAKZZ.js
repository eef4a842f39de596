import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  escapeHtml,
  formatHtml
} from "./chunk-T2P32HGK.js";
import "./chunk-SA6WOFY6.js";
import "./chunk-OU57B5EK.js";
import "./chunk-CCT5YPLE.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  escapeHtml,
  formatHtml
};
