import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-YKUGOPOC.js";
import "./chunk-5MX4YTBC.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
