import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-4TAV3OU2.js";
import "./chunk-RHJJJZYW.js";
import "./chunk-OU57B5EK.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
