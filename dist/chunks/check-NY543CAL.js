import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-KLKZDSCQ.js";
import "./chunk-4LQTCXXS.js";
import "./chunk-FHS3IIGZ.js";
import "./chunk-WS2D66VA.js";
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
