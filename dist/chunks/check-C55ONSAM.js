import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-VBFV4N3P.js";
import "./chunk-O2CAM3UE.js";
import "./chunk-6F6N36V4.js";
import "./chunk-LODDZ4XW.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-VORNJXCX.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
