import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatJson
} from "./chunk-ALEFAJ3U.js";
import "./chunk-LVNFLO5R.js";
export {
  formatJson
};
