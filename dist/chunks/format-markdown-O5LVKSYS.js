import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-YELQJG7B.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-OYZ3IZHJ.js";
import "./chunk-LVNFLO5R.js";
export {
  cutNote,
  formatMarkdown,
  signed
};
