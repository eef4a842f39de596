import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-MWWGVMIE.js";
import "./chunk-MN3OVDMN.js";
import "./chunk-IJQ2NHO6.js";
import "./chunk-4HXIWNGD.js";
import "./chunk-MXTJHK3R.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-RZNLHAVZ.js";
import "./chunk-WGKQLUPG.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
