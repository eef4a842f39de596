import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-MPOJAR4Y.js";
import "./chunk-MRZZ7A27.js";
import "./chunk-O2NB3VKB.js";
import "./chunk-5O6G5LWY.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-SUOICNT5.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-IJFG2MBW.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
