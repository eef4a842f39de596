import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-MKH6AQ4Z.js";
import "./chunk-XK6H44CA.js";
import "./chunk-SVM6ZSB3.js";
import "./chunk-IKCRNHJX.js";
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
