import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-3L5UMKH6.js";
import "./chunk-SA6WOFY6.js";
import "./chunk-OU57B5EK.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
