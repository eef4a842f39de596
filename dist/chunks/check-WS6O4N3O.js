import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-JXR2BPTD.js";
import "./chunk-TGABF5XY.js";
import "./chunk-CREBJ2VO.js";
import "./chunk-HUAEA56S.js";
import "./chunk-3G3E6JYU.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-W7BJ7JFP.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-CHX4NSAO.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-UJACGHRY.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
