import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-VPM24KNK.js";
import "./chunk-3CEVACYN.js";
import "./chunk-JTCJZOJV.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-OKU5OTPL.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";
export {
  formatSarif
};
