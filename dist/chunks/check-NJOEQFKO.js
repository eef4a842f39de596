import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-KNAS6P7Z.js";
import "./chunk-OOQ6X7JJ.js";
import "./chunk-C6WZXMZP.js";
import "./chunk-3QLUHDFD.js";
import "./chunk-WPZYCQ54.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-CSYT2NVD.js";
import "./chunk-DOMZALZP.js";
import "./chunk-HBO2JP73.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-7S73IGWO.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
