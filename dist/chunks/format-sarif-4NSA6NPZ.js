import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-OAVSDJFZ.js";
import "./chunk-KV5BOCHO.js";
import "./chunk-LVNFLO5R.js";
export {
  formatSarif
};
