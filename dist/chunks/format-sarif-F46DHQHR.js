import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-GDWG5LNA.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
