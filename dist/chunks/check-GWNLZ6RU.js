import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-IPT67Z7N.js";
import "./chunk-AAAINFX7.js";
import "./chunk-TUI4QESX.js";
import "./chunk-ZZ5E25SJ.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-2BGUFAH3.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-N2ONSBN2.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
