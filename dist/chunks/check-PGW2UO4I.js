import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-YI2DF2KY.js";
import "./chunk-27MYNZMS.js";
import "./chunk-WJANZYA6.js";
import "./chunk-A4BEA7GM.js";
import "./chunk-MJYB6SYF.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-TIF2OO65.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
