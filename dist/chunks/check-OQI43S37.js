import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-ESAZNXY2.js";
import "./chunk-AAAINFX7.js";
import "./chunk-GG3VJJC5.js";
import "./chunk-ZZ5E25SJ.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-7LP3XZQN.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-FCRUCKWN.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
