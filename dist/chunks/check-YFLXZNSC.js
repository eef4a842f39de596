import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-6TNHPPSU.js";
import "./chunk-Y37QWPMU.js";
import "./chunk-R6WW7QVJ.js";
import "./chunk-PTI3OW3H.js";
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
