import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  escapeHtml,
  formatHtml
} from "./chunk-N22CUN2S.js";
import "./chunk-SA6WOFY6.js";
import "./chunk-OU57B5EK.js";
import "./chunk-U3VIICM5.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  escapeHtml,
  formatHtml
};
