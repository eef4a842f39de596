import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-A52AVFVD.js";
import "./chunk-KZA7WOCS.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
