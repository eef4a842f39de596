import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-3BZIC7HN.js";
import "./chunk-LZOKNM74.js";
import "./chunk-WCVOE5C4.js";
import "./chunk-MVMHDWCP.js";
import "./chunk-I35GG4XP.js";
import "./chunk-5WY5OBJK.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-JTCJZOJV.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-OKU5OTPL.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";
export {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
