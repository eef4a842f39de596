import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-SWAFZHIQ.js";
import "./chunk-WJWRVGVZ.js";
import "./chunk-NIZ6YE6R.js";
import "./chunk-VTU3CLVN.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-YBQVH73Z.js";
import "./chunk-NDLZNMX3.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
