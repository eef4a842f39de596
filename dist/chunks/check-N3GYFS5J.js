import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-76V3RQYR.js";
import "./chunk-S6Y4TXQT.js";
import "./chunk-2Y5TQO5Y.js";
import "./chunk-K35KDJHR.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-BHVNXDHI.js";
import "./chunk-WGKQLUPG.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
