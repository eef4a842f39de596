import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-RYRVRU3O.js";
import "./chunk-TRHB22DF.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
