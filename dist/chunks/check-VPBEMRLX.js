import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-Y2ZCKIZW.js";
import "./chunk-A4BEA7GM.js";
import "./chunk-4K734XMT.js";
import "./chunk-MJYB6SYF.js";
import "./chunk-3I7MMUQF.js";
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
