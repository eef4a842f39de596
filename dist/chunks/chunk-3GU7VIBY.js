import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  Composer,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit
} from "./chunk-GZRYZUVX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  compareStrings,
  severityRank
} from "./chunk-YGSFOW3Y.js";
import {
  defaultLimits,
  frequencies,
  frequencyDefaults
} from "./chunk-2EFRXZKO.js";
import {
  didYouMean,
  judgeIsoId
} from "./chunk-ZWLGM2CQ.js";
import {
  sanitizeText
} from "./chunk-OU57B5EK.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-UJACGHRY.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length2;
    ucs2length2.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/load/confined.ts
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import path from "node:path";
var maxConfigBytes = 1048576;
var maxMappingBytes = 2097152;
async function readConfinedFile(repository, file, shown, maxBytes) {
  const absolute = path.resolve(repository.root, file);
  let real;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new UsageError(`cannot read ${shown}: ${code ?? "unreadable"}`);
  }
  const realRoot = await realpath(repository.root);
  const fromRoot = relativeInside(realRoot, real);
  if (isInside(path.resolve(repository.root), absolute) && fromRoot === void 0) {
    throw new UsageError(`${shown} resolves to a place outside the repository (a symlink); it is not read`);
  }
  if (fromRoot !== void 0) assertHeldByRepository(repository, fromRoot, relativeInside(path.resolve(repository.root), absolute), shown);
  return readRegularFile(real, shown, maxBytes);
}
function assertHeldByRepository(repository, realRelative, namedRelative, shown) {
  if (isInGitFolder(realRelative) || namedRelative !== void 0 && isInGitFolder(namedRelative)) {
    throw new UsageError(`${shown} is inside .git/, which holds git's own files, not the repository's; it is not read`);
  }
  const { tracked } = repository;
  if (tracked === void 0) return;
  for (const relative of /* @__PURE__ */ new Set([realRelative, namedRelative ?? realRelative])) {
    if (!tracked.has(relative)) {
      throw new UsageError(`${shown} is not tracked by git, so it is not part of the repository and is not read (commit it, or \`git add\` it to check it locally)`);
    }
  }
}
async function readRegularFile(file, shown, maxBytes) {
  const before = await stat(file).catch((error) => {
    throw new UsageError(`cannot read ${shown}: ${error.code ?? "unreadable"}`);
  });
  assertRegular(before, shown, maxBytes);
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    assertRegular(await handle.stat(), shown, maxBytes);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, before.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new UsageError(tooLarge(shown, length, maxBytes, "or more "));
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
function assertRegular(info, shown, maxBytes) {
  if (!info.isFile()) {
    const kind = info.isDirectory() ? "a folder" : info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : "a device or other special file";
    throw new UsageError(`${shown} is ${kind}, not a regular file; it is not read`);
  }
  if (info.size > maxBytes) throw new UsageError(tooLarge(shown, info.size, maxBytes));
}
function tooLarge(shown, size, maxBytes, orMore = "") {
  return `${shown} is ${size.toLocaleString("en-US")} bytes ${orMore}(the limit is ${maxBytes.toLocaleString("en-US")}); it is not read`;
}
function isInGitFolder(relative) {
  return relative.split("/").includes(".git");
}
function relativeInside(parent, child) {
  const relative = path.relative(parent, child);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep).join("/");
}
function isInside(parent, child) {
  return relativeInside(parent, child) !== void 0;
}

// src/load/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var utf8Lenient = new TextDecoder("utf-8", { fatal: false });
function decodeUtf8(file, bytes) {
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    return notUtf8(file, 1, 1, "the file is UTF-16; save it as UTF-8");
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const { line, column } = firstInvalidPosition(bytes);
    return notUtf8(file, line, column, "the file is not valid UTF-8; save it as UTF-8");
  }
}
function notUtf8(file, line, column, message) {
  return { ok: false, diagnostic: { severity: "error", code: "not-utf8", message, file, line, column } };
}
function startsWith(bytes, prefix) {
  return prefix.every((byte, index) => bytes[index] === byte);
}
function firstInvalidPosition(bytes) {
  const text = utf8Lenient.decode(bytes);
  const index = text.indexOf("\uFFFD");
  const before = text.slice(0, Math.max(index, 0));
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: index - lastBreak };
}

// src/load/repository.ts
import { opendir, realpath as realpath2, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var skippedFolders = /* @__PURE__ */ new Set([".git", "node_modules"]);
var linkConcurrency = 64;
var folderConcurrency = 64;
async function indexRepository(root, maxEntries = defaultLimits.maxRepositoryFiles) {
  const realRoot = await realpath2(root);
  const files = [];
  const escapingLinks = [];
  const linkTargets = /* @__PURE__ */ new Map();
  let entries = 0;
  let truncated = false;
  let level = [""];
  while (level.length > 0) {
    const listed = await listLevel(realRoot, level, maxEntries - entries);
    if (listed === void 0) {
      truncated = true;
      break;
    }
    entries += listed.entries;
    for (const file of listed.files) files.push(file);
    for (const link of listed.escapingLinks) escapingLinks.push(link);
    for (const [link, target] of listed.linkTargets) linkTargets.set(link, target);
    level = listed.folders;
  }
  return { root: realRoot, files: files.sort(compareStrings), escapingLinks: escapingLinks.sort(compareStrings), linkTargets, truncated };
}
async function listLevel(realRoot, folders, room) {
  const level = { entries: 0, files: [], escapingLinks: [], linkTargets: /* @__PURE__ */ new Map(), folders: [] };
  const links = [];
  let overflow = false;
  const readFolder = async (relativeDir) => {
    const directory = await opendir(path2.join(realRoot, relativeDir));
    for await (const entry of directory) {
      if (overflow || level.entries >= room) {
        overflow = true;
        break;
      }
      level.entries += 1;
      const relative = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) level.folders.push(relative);
      } else if (entry.isFile()) {
        level.files.push(relative);
      } else if (entry.isSymbolicLink()) {
        links.push(relative);
      }
    }
  };
  for (let start = 0; start < folders.length && !overflow; start += folderConcurrency) {
    await Promise.all(folders.slice(start, start + folderConcurrency).map(readFolder));
  }
  if (overflow) return void 0;
  for (let start = 0; start < links.length; start += linkConcurrency) {
    const batch = links.slice(start, start + linkConcurrency);
    const targets = await Promise.all(batch.map((link) => linkTarget(realRoot, link)));
    for (const [index, target] of targets.entries()) {
      const link = batch[index];
      if (target.kind === "outside") {
        level.escapingLinks.push(link);
      } else if (target.kind === "file") {
        level.files.push(link);
        level.linkTargets.set(link, target.relative);
      }
    }
  }
  return level;
}
async function linkTarget(realRoot, relative) {
  let resolved;
  try {
    resolved = await realpath2(path2.join(realRoot, relative));
  } catch {
    return { kind: "broken" };
  }
  const fromRoot = relativeInside(realRoot, resolved);
  if (fromRoot === void 0 || isInGitFolder(fromRoot)) return { kind: "outside" };
  try {
    return (await stat2(resolved)).isFile() ? { kind: "file", relative: fromRoot } : { kind: "folder" };
  } catch {
    return { kind: "broken" };
  }
}

// src/validate/describe-value.ts
var maxQuotedLength = 200;
var maxShownValueLength = 40;
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (null)";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (Array.isArray(value)) return `a list of ${count(value.length, "item")}`;
  if (typeof value === "string") return value === "" ? "an empty string" : `a string of ${count(value.length, "character")}`;
  if (typeof value === "number" || typeof value === "bigint") return `the number ${String(value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}
function showValue(value) {
  if (typeof value === "string" && value !== "" && value.length <= maxShownValueLength) return `"${sanitizeText(value)}"`;
  return describeValue(value);
}
function quoteName(name) {
  const cut = name.length > maxQuotedLength ? `${name.slice(0, maxQuotedLength)}\u2026` : name;
  return `"${cut}"`;
}
function isWordLike(value) {
  return typeof value === "string" && value.length <= 100;
}
function count(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

// src/load/yaml-messages.ts
function explainYamlError(error, text) {
  const offset = error.pos[0];
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return colonInValue(lineAt(text, offset));
    case "BAD_SCALAR_START":
      return reservedStart(lineAt(text, offset), text[offset] ?? "");
    case "MULTIPLE_DOCS":
      return 'invalid YAML: a second YAML document starts here ("---"), and a crosswalk file holds one; remove the "---" line, or move what follows it to a file of its own';
    case "TAB_AS_INDENT":
      return "invalid YAML: this line is indented with a tab; YAML indents with spaces only, so replace the tabs with spaces (set your editor to insert spaces in YAML files)";
    case "BAD_INDENT":
      return "invalid YAML: this line is not lined up with the keys above it; indent it with exactly as many spaces as the other keys of its mapping";
    default:
      return void 0;
  }
}
function commentInValueWarnings(document, text) {
  const warnings = [];
  if (!suspectComment.test(text)) return warnings;
  visit(document, {
    Pair(_key, pair) {
      const value = pair.value;
      if (!isScalar(pair.key) || !isScalar(value) || value.type !== "PLAIN" || value.range === void 0 || value.range === null) return;
      const [start, valueEnd] = value.range;
      const lineEnd = endOfLine(text, valueEnd);
      const comment = /^[ \t]+#(?=[^\s#])/.exec(text.slice(valueEnd, lineEnd));
      if (!comment) return;
      const key = String(pair.key.value);
      const written = text.slice(start, lineEnd).trimEnd();
      warnings.push({
        code: "yaml-comment-in-value",
        offset: valueEnd + comment[0].length - 1,
        message: `" #" starts a YAML comment, so ${key} is read as ${JSON.stringify(String(value.source ?? value.value))} and "${written.slice(valueEnd - start).trim()}" is dropped; if it belongs to the value, quote it: ${key}: ${quoted(written)}`
      });
    }
  });
  return warnings;
}
var suspectComment = /^[ \t]*[^\s#][^\n#]*[ \t]#[^\s#]/m;
function colonInValue(line) {
  const pair = keyAndValue(line);
  const fix = pair ? `: ${pair.key}: ${quoted(pair.value)}` : "";
  return `invalid YAML: a value that contains ": " (a colon and a space) must be quoted, or YAML reads it as a nested key; quote the value${fix}`;
}
function reservedStart(line, character) {
  const pair = keyAndValue(line);
  const fix = pair ? `: ${pair.key}: ${quoted(pair.value)}` : "";
  return `invalid YAML: a value cannot start with "${character}" unless it is quoted (YAML reserves the character); quote the value${fix}`;
}
function keyAndValue(line) {
  const match = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+(.+?)\s*$/.exec(line);
  if (!match) return void 0;
  const value = match[2].replace(/\s+#\s.*$/, "");
  return { key: match[1], value };
}
function quoted(text) {
  return JSON.stringify(text);
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return text.slice(start, endOfLine(text, offset)).replace(/\r$/, "");
}
function endOfLine(text, offset) {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end;
}

// src/load/yaml-nesting.ts
var NestingGauge = class {
  constructor(maxDepth) {
    this.maxDepth = maxDepth;
  }
  maxDepth;
  offset = 0;
  column = 0;
  flowDepth = 0;
  blocks = [];
  /** True at the start of a line and right after an indicator: the next content starts a node. */
  nodeStartExpected = true;
  /** Where the node that may turn out to be a key started (column and offset; -1 when none has). */
  keyColumn = -1;
  keyOffset = -1;
  /** Whether the text uses an alias at all: alias expansion needs measuring only then. */
  sawAlias = false;
  /** The token after a scalar marker is the scalar's text, whatever it looks like. */
  scalarFollows = false;
  feed(token) {
    const at = this.offset;
    if (this.scalarFollows) {
      this.scalarFollows = false;
      this.advance(token);
      return void 0;
    }
    let tooDeep;
    switch (token.charCodeAt(0)) {
      case 31:
        this.scalarFollows = true;
        this.contentStarts(at);
        return void 0;
      case 2:
        return void 0;
      case 24:
        this.flowDepth = 0;
        return void 0;
      case 91:
      // [
      case 123:
        this.contentStarts(at);
        this.flowDepth += 1;
        if (this.depth() > this.maxDepth) tooDeep = at;
        break;
      case 93:
      // ]
      case 125:
        if (this.flowDepth > 0) this.flowDepth -= 1;
        break;
      case 10:
      // newline
      case 13:
        if (this.flowDepth === 0) this.lineStarts();
        break;
      case 45:
        if (token === "-") tooDeep = this.flowDepth === 0 ? this.open(this.column, "seq", at) : void 0;
        else if (token === "---") this.documentStarts();
        break;
      case 46:
        if (token === "...") this.documentStarts();
        break;
      case 63:
        if (this.flowDepth === 0) tooDeep = this.open(this.column, "map", at);
        break;
      case 58:
        if (this.flowDepth === 0) tooDeep = this.keyColumn === -1 ? this.open(this.column, "map", at) : this.open(this.keyColumn, "map", this.keyOffset);
        break;
      case 42:
        this.sawAlias = true;
        this.contentStarts(at);
        break;
      case 38:
      // & anchor
      case 33:
      // ! tag
      case 39:
      // ' quoted
      case 34:
      // " quoted
      case 124:
      // | block scalar
      case 62:
        this.contentStarts(at);
        break;
      default:
        if (token === "" && this.flowDepth === 0) this.lineStarts();
        break;
    }
    this.advance(token);
    return tooDeep;
  }
  depth() {
    return this.blocks.length + this.flowDepth;
  }
  documentStarts() {
    this.blocks.length = 0;
    this.flowDepth = 0;
    this.lineStarts();
  }
  lineStarts() {
    this.nodeStartExpected = true;
    this.keyColumn = -1;
  }
  contentStarts(at) {
    if (this.flowDepth > 0 || !this.nodeStartExpected) return;
    this.nodeStartExpected = false;
    this.keyColumn = this.column;
    this.keyOffset = at;
  }
  /** An item of a block collection of `kind` starts at `column`: a sibling, or a new level. */
  open(column, kind, at) {
    this.nodeStartExpected = true;
    this.keyColumn = -1;
    let top = this.blocks.at(-1);
    while (top !== void 0 && (top.column > column || top.column === column && top.kind === "seq" && kind === "map")) {
      this.blocks.pop();
      top = this.blocks.at(-1);
    }
    if (top !== void 0 && top.column === column && top.kind === kind) return void 0;
    this.blocks.push({ column, kind });
    return this.depth() > this.maxDepth ? at : void 0;
  }
  advance(token) {
    this.offset += token.length;
    const lastBreak = token.lastIndexOf("\n");
    this.column = lastBreak === -1 ? this.column + token.length : token.length - lastBreak - 1;
  }
};

// src/load/yaml-structure.ts
var smallMapping = 16;
function checkKeys(document, idKeys2) {
  const duplicates = [];
  const pending = [{ node: document.contents, underIdKey: false }];
  while (pending.length > 0) {
    const { node, underIdKey } = pending.pop();
    if (isScalar(node)) {
      if (underIdKey && typeof node.value === "number" && node.source !== void 0) node.value = node.source;
    } else if (isMap(node)) {
      const names = node.items.map((pair) => isScalar(pair.key) ? String(pair.key.value) : void 0);
      const seen = names.length > smallMapping ? /* @__PURE__ */ new Set() : void 0;
      for (const [index, pair] of node.items.entries()) {
        const name = names[index];
        if (name !== void 0) {
          const repeated = seen ? seen.has(name) : names.indexOf(name) < index;
          if (repeated) duplicates.push(pair.key.range?.[0] ?? 0);
          seen?.add(name);
        }
        pending.push({ node: pair.key, underIdKey: false }, { node: pair.value, underIdKey: name !== void 0 && idKeys2.has(name) });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push({ node: item, underIdKey });
    }
  }
  return duplicates.sort((a, b) => a - b);
}
var nodesPerAlias = 100;
function checkAliases(document, maxAdded) {
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const open3 = /* @__PURE__ */ new Set();
  let ownNodes = 0;
  let firstAlias;
  let problem;
  const sizeOf = (node) => {
    if (problem !== void 0 || node === null || node === void 0) return 0;
    if (isAlias(node)) {
      ownNodes += 1;
      const offset = node.range?.[0] ?? 0;
      firstAlias ??= offset;
      const target = anchors.get(node.source);
      if (target === void 0) problem = { kind: "unresolved", offset };
      else if (open3.has(target)) problem = { kind: "cycle", offset };
      return sizes.get(target) ?? 1;
    }
    ownNodes += 1;
    const anchor = node.anchor;
    if (anchor !== void 0) {
      anchors.set(anchor, node);
      open3.add(node);
    }
    let total = 1;
    if (isMap(node)) for (const pair of node.items) total += sizeOf(pair.key) + sizeOf(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += sizeOf(item);
    else if (isPair(node)) total += sizeOf(node.key) + sizeOf(node.value);
    if (anchor !== void 0) {
      open3.delete(node);
      sizes.set(node, total);
    }
    return total;
  };
  const expanded = sizeOf(document.contents);
  if (problem !== void 0) return problem;
  const added = expanded - ownNodes;
  return added > maxAdded ? { kind: "expansion", offset: firstAlias ?? 0 } : void 0;
}

// src/load/source.ts
var defaultParseLimits = defaultLimits;
var idKeys = /* @__PURE__ */ new Set(["implements", "covers", "tsc", "iso"]);
var indexedFrom = 16;
var SourceDocument = class {
  constructor(file, data, document, lineCounter) {
    this.file = file;
    this.data = data;
    this.document = document;
    this.lineCounter = lineCounter;
  }
  file;
  data;
  document;
  lineCounter;
  /** A large mapping's keys, indexed the first time a path goes through it: locating stays linear however many findings it has. */
  keyIndex = /* @__PURE__ */ new WeakMap();
  resolvedAliases = /* @__PURE__ */ new Map();
  /** The location of the node at `path`, or of its deepest existing ancestor. */
  locate(path4, anchor = "value") {
    const node = this.nodeAt(path4, anchor);
    const offset = node?.range?.[0] ?? 0;
    return this.locationOfOffset(offset);
  }
  locationOfOffset(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }
  nodeAt(path4, anchor) {
    let node = this.document.contents;
    for (const [index, segment] of path4.entries()) {
      const last = index === path4.length - 1;
      if (isAlias(node)) node = this.resolve(node);
      if (isMap(node)) {
        const name = String(segment);
        const pair = node.items.length <= indexedFrom ? node.items.find((item) => isScalar(item.key) && String(item.key.value) === name) : this.pairsOf(node).get(name);
        if (!pair) return node;
        if (last && anchor === "key") return pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== void 0) {
        node = node.items[segment];
      } else {
        return node ?? null;
      }
    }
    return node ?? null;
  }
  pairsOf(map) {
    let pairs = this.keyIndex.get(map);
    if (pairs === void 0) {
      pairs = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : void 0;
        if (name !== void 0 && !pairs.has(name)) pairs.set(name, pair);
      }
      this.keyIndex.set(map, pairs);
    }
    return pairs;
  }
  /** The node an alias names. The library searches the whole document for it, so each alias is resolved once. */
  resolve(alias) {
    if (!this.resolvedAliases.has(alias)) this.resolvedAliases.set(alias, alias.resolve(this.document));
    return this.resolvedAliases.get(alias);
  }
};
function parseSource(file, text, limits = defaultParseLimits) {
  try {
    return parseChecked(file, text, limits);
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    return {
      ok: false,
      diagnostics: [{ severity: "error", code: "yaml-syntax", message: `the YAML parser could not read this file (${kind}); it is not scored`, file, line: 1, column: 1 }]
    };
  }
}
function parseChecked(file, text, limits) {
  const lineCounter = new LineCounter();
  const at = (offset) => {
    if (lineCounter.lineStarts.length === 0) return { file, line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const fail = (code, message, offset = 0) => ({
    ok: false,
    diagnostics: [{ severity: "error", code, message, ...at(offset) }]
  });
  const refuseBeforeParsing = (message, offset) => ({
    ok: false,
    diagnostics: [{ severity: "error", code: "limit-exceeded", message, file, ...positionInText(text, offset) }]
  });
  const tooDeepFailure = (offset) => refuseBeforeParsing(`nesting is deeper than ${limits.maxDepth} levels (limits.max_depth)`, offset);
  if (text.trim() === "") return fail("empty-file", "the file is empty; expected a YAML mapping");
  const tooLong = findLongLine(text, limits.maxLineLength);
  if (tooLong !== void 0) {
    return refuseBeforeParsing(`line is longer than ${limits.maxLineLength} characters (limits.max_line_length)`, tooLong);
  }
  const composed = composeWithinDepth(text, limits.maxDepth, lineCounter);
  if (composed.tooDeep !== void 0) return tooDeepFailure(composed.tooDeep);
  const { document } = composed;
  const duplicates = checkKeys(document, idKeys);
  if (document.errors.length > 0 || duplicates.length > 0) {
    const firstSyntaxError = document.errors.slice(0, 1);
    return {
      ok: false,
      diagnostics: [
        ...duplicates.map((offset) => ({ severity: "error", code: "duplicate-key", message: describeYamlError("DUPLICATE_KEY", ""), ...at(offset) })),
        ...firstSyntaxError.map((error) => ({
          severity: "error",
          code: "yaml-syntax",
          message: explainYamlError(error, text) ?? describeYamlError(error.code, error.message),
          ...at(errorOffset(document, text, error))
        }))
      ]
    };
  }
  if (document.contents === null) return fail("empty-file", "the file holds only comments; expected a YAML mapping");
  if (!isMap(document.contents)) {
    return fail("not-a-mapping", `expected a YAML mapping at the top of the file, found ${describeNode(document.contents)}`, document.contents.range?.[0]);
  }
  const aliasProblem = composed.sawAlias ? checkAliases(document, limits.maxAliases * nodesPerAlias) : void 0;
  if (aliasProblem !== void 0) return fail(aliasProblem.kind === "unresolved" ? "yaml-syntax" : "yaml-alias-limit", describeAliasProblem(aliasProblem, limits), aliasProblem.offset);
  let data;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return fail("yaml-alias-limit", describeAliasProblem({ kind: "expansion", offset: 0 }, limits), firstAliasOffset(document));
  }
  const warnings = document.warnings.map((warning) => ({
    severity: "warning",
    code: "yaml-syntax",
    message: `YAML: ${warning.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim()}`,
    ...at(warning.pos[0])
  }));
  const misread = commentInValueWarnings(document, text).map(({ code, message, offset }) => ({ severity: "warning", code, message, ...at(offset) }));
  return { ok: true, document: new SourceDocument(file, data, document, lineCounter), diagnostics: [...warnings, ...misread] };
}
function composeWithinDepth(text, maxDepth, lineCounter) {
  const gauge = new NestingGauge(maxDepth);
  const parser = new Parser(lineCounter.addNewLine);
  let tooDeep;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      tooDeep = gauge.feed(lexeme);
      if (tooDeep !== void 0) return;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const composer = new Composer({ uniqueKeys: false, version: "1.2" });
  let document;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (document === void 0) {
      document = next;
    } else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"));
      break;
    }
  }
  if (tooDeep !== void 0) return { tooDeep };
  return { document, sawAlias: gauge.sawAlias };
}
function describeAliasProblem(problem, limits) {
  switch (problem.kind) {
    case "unresolved":
      return "an alias (*name) refers to an anchor (&name) that is not defined before it";
    case "cycle":
      return "an alias (*name) sits inside the node its anchor (&name) names, so the data would contain itself; write the value out instead";
    case "expansion":
      return `YAML aliases expand to more than ${limits.maxAliases} uses or ${limits.maxAliases * nodesPerAlias} added nodes (limits.max_aliases); refusing to expand them (possible "billion laughs")`;
  }
}
function errorOffset(document, text, error) {
  const [offset] = error.pos;
  if (error.code === "MISSING_CHAR" || error.message.startsWith("Flow ")) {
    let opening;
    visit(document, {
      Node(_key, node) {
        const [start, , end] = node.range ?? [];
        if (start === void 0 || end === void 0 || start >= offset || offset > end) return;
        const quoted2 = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
        if (quoted2 || isCollection(node) && node.flow === true) opening = start;
      }
    });
    if (opening !== void 0) return opening;
  }
  let first = offset;
  while (text[first] === " " || text[first] === "	") first++;
  return first < text.length && text[first] !== "\n" && text[first] !== "\r" ? first : offset;
}
function positionInText(text, offset) {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return { line, column: offset - text.lastIndexOf("\n", offset - 1) };
}
function findLongLine(text, maxLength) {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const lineEnd = end === -1 ? text.length : end;
    if (lineEnd - start > maxLength) return start + maxLength;
    if (end === -1) return void 0;
    start = end + 1;
  }
  return void 0;
}
function describeYamlError(code, message) {
  if (code === "DUPLICATE_KEY") return "duplicate key: each key may appear once in a mapping";
  return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim()}`;
}
function describeNode(node) {
  if (isSeq(node)) return "a list";
  if (isScalar(node)) return describeValue(node.value);
  return "something else";
}
function firstAliasOffset(document) {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
  });
  return offset;
}

// src/validate/compiled-schemas.js
var compiled_schemas_exports = {};
__export(compiled_schemas_exports, {
  ChangePopulation: () => ChangePopulation,
  Config: () => Config,
  ControlImplementation: () => ControlImplementation,
  Mapping: () => Mapping
});

// src/validate/schema-runtime.js
var ucs2 = __toESM(require_ucs2length(), 1);
var import_formats = __toESM(require_formats(), 1);
var ucs2length = typeof ucs2.default === "function" ? ucs2.default : ucs2.default.default;
var formats = { date: import_formats.fullFormats.date, uri: (value) => import_formats.fastFormats.uri.test(value) };

// src/validate/compiled-schemas.js
var ControlImplementation = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/control-implementation.schema.json", "title": "crosswalk ControlImplementation", "description": "An organization's implementations of ISO/IEC 27001:2022 controls, with the evidence that they operate.", "type": "object", "required": ["apiVersion", "kind", "controls"], "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1", "description": "Format version; always crosswalk/v1." }, "kind": { "const": "ControlImplementation" }, "controls": { "type": "array", "items": { "$ref": "#/$defs/control" } } }, "$defs": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$", "maxLength": 100 }, "control": { "type": "object", "required": ["id", "title", "status"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "The organization's own control id, unique across the repository." }, "title": { "type": "string", "minLength": 1 }, "implements": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "ISO/IEC 27001:2022 ids: Annex A (A.5.15) or ISMS clause (6.1.2)." }, "covers": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "SOC 2 criteria this control addresses directly, for gaps no ISO control reaches." }, "status": { "enum": ["implemented", "in-progress", "planned", "not-applicable"] }, "owner": { "type": "string", "minLength": 1 }, "justification": { "type": "string", "minLength": 1, "description": "Why the control applies (the Statement of Applicability's reason for inclusion) or does not; required when status is not-applicable." }, "description": { "type": "string", "minLength": 1, "description": "How the organization implements the control (a Statement of Applicability's implementation note)." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/evidence" } } } }, "evidence": { "type": "object", "required": ["id", "collected"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique within the control." }, "satisfies": { "type": "array", "items": { "type": "string" }, "description": "Evidence-requirement ids from the mapping." }, "type": { "type": "string", "minLength": 1, "description": "A free word: policy, ticket, log, access-review, training-record, ..." }, "path": { "type": "string", "minLength": 1, "description": "A repository-relative file or glob." }, "url": { "type": "string", "format": "uri", "description": "External evidence; counted but reported as unverified." }, "collected": { "type": "string", "format": "date", "description": "When the evidence was collected (YYYY-MM-DD)." }, "samples": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "How many samples the evidence holds; default: the number of files the path matches." }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "description": "The span of activity the item records (the quarter a review covers); start \u2264 end \u2264 collected.", "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }, "population": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many occurrences happened in the period (0: none)." }, "per_file": { "type": "boolean", "description": "Each matched non-empty file is its own instance, dated by the rightmost date its path names (YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn, YYYY-Hn, or a year as a whole folder or file name); needs a path, and declares no url, period, samples or population." }, "deviations": { "type": "array", "maxItems": 1e4, "description": "Collected evidence only: management's response to a change's exceptions, one entry per change.", "items": { "type": "object", "required": ["change", "class", "response", "approved_by"], "additionalProperties": false, "properties": { "change": { "type": "string", "minLength": 1, "maxLength": 300, "description": "The change's id as the document writes it (#812, 9fceb02), or qualified by its repository (acme/api#812, acme/api@9fceb02)." }, "class": { "enum": ["emergency", "automated-dependency", "error"] }, "response": { "type": "string", "minLength": 1, "maxLength": 4e3, "description": "Management's response: why it happened and what was done." }, "approved_by": { "type": "string", "minLength": 1, "maxLength": 300, "description": "Who approved the response; not the change's author." } } } } }, "if": { "required": ["per_file"], "properties": { "per_file": { "const": true } } }, "then": { "required": ["path"], "properties": { "path": true, "url": false, "period": false, "samples": false, "population": false } } } } };
var schema32 = { "type": "object", "required": ["id", "title", "status"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "The organization's own control id, unique across the repository." }, "title": { "type": "string", "minLength": 1 }, "implements": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "ISO/IEC 27001:2022 ids: Annex A (A.5.15) or ISMS clause (6.1.2)." }, "covers": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "SOC 2 criteria this control addresses directly, for gaps no ISO control reaches." }, "status": { "enum": ["implemented", "in-progress", "planned", "not-applicable"] }, "owner": { "type": "string", "minLength": 1 }, "justification": { "type": "string", "minLength": 1, "description": "Why the control applies (the Statement of Applicability's reason for inclusion) or does not; required when status is not-applicable." }, "description": { "type": "string", "minLength": 1, "description": "How the organization implements the control (a Statement of Applicability's implementation note)." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/evidence" } } } };
var schema33 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$", "maxLength": 100 };
var func1 = Object.prototype.hasOwnProperty;
var func2 = ucs2length;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "u");
var schema34 = { "type": "object", "required": ["id", "collected"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique within the control." }, "satisfies": { "type": "array", "items": { "type": "string" }, "description": "Evidence-requirement ids from the mapping." }, "type": { "type": "string", "minLength": 1, "description": "A free word: policy, ticket, log, access-review, training-record, ..." }, "path": { "type": "string", "minLength": 1, "description": "A repository-relative file or glob." }, "url": { "type": "string", "format": "uri", "description": "External evidence; counted but reported as unverified." }, "collected": { "type": "string", "format": "date", "description": "When the evidence was collected (YYYY-MM-DD)." }, "samples": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "How many samples the evidence holds; default: the number of files the path matches." }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "description": "The span of activity the item records (the quarter a review covers); start \u2264 end \u2264 collected.", "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }, "population": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many occurrences happened in the period (0: none)." }, "per_file": { "type": "boolean", "description": "Each matched non-empty file is its own instance, dated by the rightmost date its path names (YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn, YYYY-Hn, or a year as a whole folder or file name); needs a path, and declares no url, period, samples or population." }, "deviations": { "type": "array", "maxItems": 1e4, "description": "Collected evidence only: management's response to a change's exceptions, one entry per change.", "items": { "type": "object", "required": ["change", "class", "response", "approved_by"], "additionalProperties": false, "properties": { "change": { "type": "string", "minLength": 1, "maxLength": 300, "description": "The change's id as the document writes it (#812, 9fceb02), or qualified by its repository (acme/api#812, acme/api@9fceb02)." }, "class": { "enum": ["emergency", "automated-dependency", "error"] }, "response": { "type": "string", "minLength": 1, "maxLength": 4e3, "description": "Management's response: why it happened and what was done." }, "approved_by": { "type": "string", "minLength": 1, "maxLength": 300, "description": "Who approved the response; not the change's author." } } } } }, "if": { "required": ["per_file"], "properties": { "per_file": { "const": true } } }, "then": { "required": ["path"], "properties": { "path": true, "url": false, "period": false, "samples": false, "population": false } } };
var formats0 = formats.uri;
var formats2 = formats.date;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.per_file === void 0 && (missing0 = "per_file")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.per_file !== void 0) {
        if (true !== data.per_file) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema34.then.required, parentSchema: schema34.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.url !== void 0) {
        const err3 = { instancePath: instancePath + "/url", schemaPath: "#/then/properties/url/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema34.then.properties.url, data: data.url };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.period !== void 0) {
        const err4 = { instancePath: instancePath + "/period", schemaPath: "#/then/properties/period/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema34.then.properties.period, data: data.period };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.samples !== void 0) {
        const err5 = { instancePath: instancePath + "/samples", schemaPath: "#/then/properties/samples/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema34.then.properties.samples, data: data.samples };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.population !== void 0) {
        const err6 = { instancePath: instancePath + "/population", schemaPath: "#/then/properties/population/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema34.then.properties.population, data: data.population };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.path = true;
      props0.url = true;
      props0.period = true;
      props0.samples = true;
      props0.population = true;
      props0.per_file = true;
    }
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.if, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.collected === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "collected" }, message: "must have required property 'collected'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema34.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data5 = data.id;
      if (typeof data5 === "string") {
        if (func2(data5) > 100) {
          const err11 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern4.test(data5)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]*$", parentSchema: schema33, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.satisfies !== void 0) {
      let data6 = data.satisfies;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/satisfies/" + i0, schemaPath: "#/properties/satisfies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.satisfies.items.type, parentSchema: schema34.properties.satisfies.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/satisfies", schemaPath: "#/properties/satisfies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.satisfies.type, parentSchema: schema34.properties.satisfies, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data8 = data.type;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err16 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.type, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.type.type, parentSchema: schema34.properties.type, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data9 = data.path;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err18 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.path, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.path.type, parentSchema: schema34.properties.path, data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data10 = data.url;
      if (typeof data10 === "string") {
        if (!formats0(data10)) {
          const err20 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema34.properties.url, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.url.type, parentSchema: schema34.properties.url, data: data10 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.collected !== void 0) {
      let data11 = data.collected;
      if (typeof data11 === "string") {
        if (!formats2.validate(data11)) {
          const err22 = { instancePath: instancePath + "/collected", schemaPath: "#/properties/collected/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.collected, data: data11 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/collected", schemaPath: "#/properties/collected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.collected.type, parentSchema: schema34.properties.collected, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.samples !== void 0) {
      let data12 = data.samples;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err24 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.samples.type, parentSchema: schema34.properties.samples, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 1e9 || isNaN(data12)) {
          const err25 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema34.properties.samples, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data12 < 1 || isNaN(data12)) {
          const err26 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.samples, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.period !== void 0) {
      let data13 = data.period;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.start === void 0) {
          const err27 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema34.properties.period.required, parentSchema: schema34.properties.period, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data13.end === void 0) {
          const err28 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema34.properties.period.required, parentSchema: schema34.properties.period, data: data13 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === "start" || key1 === "end")) {
            const err29 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.period, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data13.start !== void 0) {
          let data14 = data13.start;
          if (typeof data14 === "string") {
            if (!formats2.validate(data14)) {
              const err30 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.period.properties.start, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.period.properties.start.type, parentSchema: schema34.properties.period.properties.start, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data13.end !== void 0) {
          let data15 = data13.end;
          if (typeof data15 === "string") {
            if (!formats2.validate(data15)) {
              const err32 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.period.properties.end, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.period.properties.end.type, parentSchema: schema34.properties.period.properties.end, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.period.type, parentSchema: schema34.properties.period, data: data13 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.population !== void 0) {
      let data16 = data.population;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err35 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.population.type, parentSchema: schema34.properties.population, data: data16 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 > 1e9 || isNaN(data16)) {
          const err36 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema34.properties.population, data: data16 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data16 < 0 || isNaN(data16)) {
          const err37 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.population, data: data16 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.per_file !== void 0) {
      let data17 = data.per_file;
      if (typeof data17 !== "boolean") {
        const err38 = { instancePath: instancePath + "/per_file", schemaPath: "#/properties/per_file/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.per_file.type, parentSchema: schema34.properties.per_file, data: data17 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.deviations !== void 0) {
      let data18 = data.deviations;
      if (Array.isArray(data18)) {
        if (data18.length > 1e4) {
          const err39 = { instancePath: instancePath + "/deviations", schemaPath: "#/properties/deviations/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema34.properties.deviations, data: data18 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        const len1 = data18.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data19 = data18[i1];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.change === void 0) {
              const err40 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'", schema: schema34.properties.deviations.items.required, parentSchema: schema34.properties.deviations.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.class === void 0) {
              const err41 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema34.properties.deviations.items.required, parentSchema: schema34.properties.deviations.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data19.response === void 0) {
              const err42 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/required", keyword: "required", params: { missingProperty: "response" }, message: "must have required property 'response'", schema: schema34.properties.deviations.items.required, parentSchema: schema34.properties.deviations.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data19.approved_by === void 0) {
              const err43 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/required", keyword: "required", params: { missingProperty: "approved_by" }, message: "must have required property 'approved_by'", schema: schema34.properties.deviations.items.required, parentSchema: schema34.properties.deviations.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key2 in data19) {
              if (!(key2 === "change" || key2 === "class" || key2 === "response" || key2 === "approved_by")) {
                const err44 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.deviations.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data19.change !== void 0) {
              let data20 = data19.change;
              if (typeof data20 === "string") {
                if (func2(data20) > 300) {
                  const err45 = { instancePath: instancePath + "/deviations/" + i1 + "/change", schemaPath: "#/properties/deviations/items/properties/change/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema34.properties.deviations.items.properties.change, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (func2(data20) < 1) {
                  const err46 = { instancePath: instancePath + "/deviations/" + i1 + "/change", schemaPath: "#/properties/deviations/items/properties/change/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.deviations.items.properties.change, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/deviations/" + i1 + "/change", schemaPath: "#/properties/deviations/items/properties/change/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.deviations.items.properties.change.type, parentSchema: schema34.properties.deviations.items.properties.change, data: data20 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.class !== void 0) {
              let data21 = data19.class;
              if (!(data21 === "emergency" || data21 === "automated-dependency" || data21 === "error")) {
                const err48 = { instancePath: instancePath + "/deviations/" + i1 + "/class", schemaPath: "#/properties/deviations/items/properties/class/enum", keyword: "enum", params: { allowedValues: schema34.properties.deviations.items.properties.class.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.deviations.items.properties.class.enum, parentSchema: schema34.properties.deviations.items.properties.class, data: data21 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.response !== void 0) {
              let data22 = data19.response;
              if (typeof data22 === "string") {
                if (func2(data22) > 4e3) {
                  const err49 = { instancePath: instancePath + "/deviations/" + i1 + "/response", schemaPath: "#/properties/deviations/items/properties/response/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema34.properties.deviations.items.properties.response, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (func2(data22) < 1) {
                  const err50 = { instancePath: instancePath + "/deviations/" + i1 + "/response", schemaPath: "#/properties/deviations/items/properties/response/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.deviations.items.properties.response, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/deviations/" + i1 + "/response", schemaPath: "#/properties/deviations/items/properties/response/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.deviations.items.properties.response.type, parentSchema: schema34.properties.deviations.items.properties.response, data: data22 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data19.approved_by !== void 0) {
              let data23 = data19.approved_by;
              if (typeof data23 === "string") {
                if (func2(data23) > 300) {
                  const err52 = { instancePath: instancePath + "/deviations/" + i1 + "/approved_by", schemaPath: "#/properties/deviations/items/properties/approved_by/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema34.properties.deviations.items.properties.approved_by, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (func2(data23) < 1) {
                  const err53 = { instancePath: instancePath + "/deviations/" + i1 + "/approved_by", schemaPath: "#/properties/deviations/items/properties/approved_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.deviations.items.properties.approved_by, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/deviations/" + i1 + "/approved_by", schemaPath: "#/properties/deviations/items/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.deviations.items.properties.approved_by.type, parentSchema: schema34.properties.deviations.items.properties.approved_by, data: data23 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/deviations/" + i1, schemaPath: "#/properties/deviations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.deviations.items.type, parentSchema: schema34.properties.deviations.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/deviations", schemaPath: "#/properties/deviations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.deviations.type, parentSchema: schema34.properties.deviations, data: data18 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]*$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.implements !== void 0) {
      let data2 = data.implements;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/implements", schemaPath: "#/properties/implements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.implements, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err10 = { instancePath: instancePath + "/implements/" + i0, schemaPath: "#/properties/implements/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.implements.items.type, parentSchema: schema32.properties.implements.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/implements", schemaPath: "#/properties/implements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.implements.type, parentSchema: schema32.properties.implements, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.covers !== void 0) {
      let data4 = data.covers;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err12 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.covers, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/covers/" + i1, schemaPath: "#/properties/covers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.covers.items.type, parentSchema: schema32.properties.covers.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.covers.type, parentSchema: schema32.properties.covers, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data6 = data.status;
      if (!(data6 === "implemented" || data6 === "in-progress" || data6 === "planned" || data6 === "not-applicable")) {
        const err15 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.status.enum, parentSchema: schema32.properties.status, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data7 = data.owner;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err16 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.owner, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.owner.type, parentSchema: schema32.properties.owner, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data8 = data.justification;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err18 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.justification, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.justification.type, parentSchema: schema32.properties.justification, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data9 = data.description;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.description, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data10 = data.evidence;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate22(data10[i2], { instancePath: instancePath + "/evidence/" + i2, parentData: data10, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.evidence.type, parentSchema: schema32.properties.evidence, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.controls === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controls" }, message: "must have required property 'controls'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "controls")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("crosswalk/v1" !== data0) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "crosswalk/v1" }, message: "must be equal to constant", schema: "crosswalk/v1", parentSchema: schema31.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ControlImplementation" !== data1) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ControlImplementation" }, message: "must be equal to constant", schema: "ControlImplementation", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data2 = data.controls;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/controls/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.controls.type, parentSchema: schema31.properties.controls, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Mapping = validate25;
var schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/mapping.schema.json", "title": "crosswalk Mapping", "description": "How ISO/IEC 27001:2022 controls reach SOC 2 Trust Services Criteria, and the evidence SOC 2 asks for beyond ISO.", "type": "object", "required": ["apiVersion", "kind", "name", "rows"], "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1" }, "kind": { "const": "Mapping" }, "name": { "type": "string", "minLength": 1 }, "rows": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/row" } }, "criteria": { "type": "array", "description": "SOC 2's own requirements, tested against every organization whatever ISO controls it implements: one entry per criterion.", "items": { "$ref": "#/$defs/criterion" } }, "unmapped": { "type": "array", "description": "Catalog ids the mapping leaves out on purpose, each with its reason.", "items": { "$ref": "#/$defs/unmapped" } } }, "$defs": { "frequency": { "enum": ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "per-event"], "description": "How often the control operates: periodic (annual, semiannual, quarterly, monthly) or a population sampled across the period (weekly, daily, per-event)." }, "row": { "type": "object", "required": ["iso", "tsc", "coverage"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "coverage": { "enum": ["full", "partial", "gap"] }, "notes": { "type": "string" }, "seed": { "type": "string", "description": "The control as the seed mapping wrote it (rows transcribed from the seed only)." }, "source": { "type": "string", "description": "Provenance of rows that are not the seed's." }, "corrected": { "type": "string", "minLength": 1, "description": "On a seed row whose TSC references were corrected: what the seed had, and why." }, "frequency": { "$ref": "#/$defs/frequency", "description": "On full rows: how often the control operates, for its operating evidence." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/requirement" } } } }, "requirement": { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping's rows and criteria." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "The criteria this requirement evidences: a subset of its row's tsc (default: all of them)." } } }, "criterion": { "type": "object", "required": ["tsc", "evidence"], "additionalProperties": false, "properties": { "tsc": { "type": "string", "description": "The criterion whose own requirements these are." }, "notes": { "type": "string" }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/criterionRequirement" } } } }, "criterionRequirement": { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping's rows and criteria." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 } } }, "unmapped": { "type": "object", "required": ["iso", "reason"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "reason": { "type": "string", "minLength": 1, "description": "Why it reaches no SOC 2 criterion." } } } } };
var schema44 = { "type": "object", "required": ["iso", "reason"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "reason": { "type": "string", "minLength": 1, "description": "Why it reaches no SOC 2 criterion." } } };
var schema37 = { "type": "object", "required": ["iso", "tsc", "coverage"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "coverage": { "enum": ["full", "partial", "gap"] }, "notes": { "type": "string" }, "seed": { "type": "string", "description": "The control as the seed mapping wrote it (rows transcribed from the seed only)." }, "source": { "type": "string", "description": "Provenance of rows that are not the seed's." }, "corrected": { "type": "string", "minLength": 1, "description": "On a seed row whose TSC references were corrected: what the seed had, and why." }, "frequency": { "$ref": "#/$defs/frequency", "description": "On full rows: how often the control operates, for its operating evidence." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/requirement" } } } };
var schema38 = { "enum": ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "per-event"], "description": "How often the control operates: periodic (annual, semiannual, quarterly, monthly) or a population sampled across the period (weekly, daily, per-event)." };
var schema39 = { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping's rows and criteria." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "The criteria this requirement evidences: a subset of its row's tsc (default: all of them)." } } };
var pattern6 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "description" || key0 === "frequency" || key0 === "max_age_days" || key0 === "min_samples" || key0 === "tsc")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema39.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.id.type, parentSchema: schema39.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.description.type, parentSchema: schema39.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.frequency !== void 0) {
      let data2 = data.frequency;
      if (!(data2 === "annual" || data2 === "semiannual" || data2 === "quarterly" || data2 === "monthly" || data2 === "weekly" || data2 === "daily" || data2 === "per-event")) {
        const err7 = { instancePath: instancePath + "/frequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max_age_days !== void 0) {
      let data3 = data.max_age_days;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.max_age_days.type, parentSchema: schema39.properties.max_age_days, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 36500 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema39.properties.max_age_days, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.max_age_days, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.min_samples !== void 0) {
      let data4 = data.min_samples;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.min_samples.type, parentSchema: schema39.properties.min_samples, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1e5 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema39.properties.min_samples, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.min_samples, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.tsc !== void 0) {
      let data5 = data.tsc;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err14 = { instancePath: instancePath + "/tsc", schemaPath: "#/properties/tsc/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39.properties.tsc, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string") {
            const err15 = { instancePath: instancePath + "/tsc/" + i0, schemaPath: "#/properties/tsc/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.tsc.items.type, parentSchema: schema39.properties.tsc.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/tsc", schemaPath: "#/properties/tsc/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.tsc.type, parentSchema: schema39.properties.tsc, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.iso === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iso" }, message: "must have required property 'iso'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tsc === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tsc" }, message: "must have required property 'tsc'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.coverage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema37.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.iso !== void 0) {
      let data0 = data.iso;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/iso", schemaPath: "#/properties/iso/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.iso.type, parentSchema: schema37.properties.iso, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tsc !== void 0) {
      let data1 = data.tsc;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/tsc", schemaPath: "#/properties/tsc/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema37.properties.tsc, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/tsc/" + i0, schemaPath: "#/properties/tsc/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.tsc.items.type, parentSchema: schema37.properties.tsc.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/tsc", schemaPath: "#/properties/tsc/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.tsc.type, parentSchema: schema37.properties.tsc, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      let data3 = data.coverage;
      if (!(data3 === "full" || data3 === "partial" || data3 === "gap")) {
        const err8 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/enum", keyword: "enum", params: { allowedValues: schema37.properties.coverage.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.coverage.enum, parentSchema: schema37.properties.coverage, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data4 = data.notes;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.notes.type, parentSchema: schema37.properties.notes, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.seed !== void 0) {
      let data5 = data.seed;
      if (typeof data5 !== "string") {
        const err10 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.seed.type, parentSchema: schema37.properties.seed, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data6 = data.source;
      if (typeof data6 !== "string") {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.source.type, parentSchema: schema37.properties.source, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.corrected !== void 0) {
      let data7 = data.corrected;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err12 = { instancePath: instancePath + "/corrected", schemaPath: "#/properties/corrected/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.properties.corrected, data: data7 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/corrected", schemaPath: "#/properties/corrected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.corrected.type, parentSchema: schema37.properties.corrected, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.frequency !== void 0) {
      let data8 = data.frequency;
      if (!(data8 === "annual" || data8 === "semiannual" || data8 === "quarterly" || data8 === "monthly" || data8 === "weekly" || data8 === "daily" || data8 === "per-event")) {
        const err14 = { instancePath: instancePath + "/frequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data9 = data.evidence;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate27(data9[i1], { instancePath: instancePath + "/evidence/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.evidence.type, parentSchema: schema37.properties.evidence, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema41 = { "type": "object", "required": ["tsc", "evidence"], "additionalProperties": false, "properties": { "tsc": { "type": "string", "description": "The criterion whose own requirements these are." }, "notes": { "type": "string" }, "evidence": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/criterionRequirement" } } } };
var schema42 = { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping's rows and criteria." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "description" || key0 === "frequency" || key0 === "max_age_days" || key0 === "min_samples")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema42.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.id.type, parentSchema: schema42.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.description.type, parentSchema: schema42.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.frequency !== void 0) {
      let data2 = data.frequency;
      if (!(data2 === "annual" || data2 === "semiannual" || data2 === "quarterly" || data2 === "monthly" || data2 === "weekly" || data2 === "daily" || data2 === "per-event")) {
        const err7 = { instancePath: instancePath + "/frequency", schemaPath: "#/$defs/frequency/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.max_age_days !== void 0) {
      let data3 = data.max_age_days;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.max_age_days.type, parentSchema: schema42.properties.max_age_days, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 36500 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema42.properties.max_age_days, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/max_age_days", schemaPath: "#/properties/max_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.max_age_days, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.min_samples !== void 0) {
      let data4 = data.min_samples;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.min_samples.type, parentSchema: schema42.properties.min_samples, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1e5 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema42.properties.min_samples, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/min_samples", schemaPath: "#/properties/min_samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.min_samples, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tsc === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tsc" }, message: "must have required property 'tsc'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "tsc" || key0 === "notes" || key0 === "evidence")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tsc !== void 0) {
      let data0 = data.tsc;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/tsc", schemaPath: "#/properties/tsc/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.tsc.type, parentSchema: schema41.properties.tsc, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data1 = data.notes;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.notes.type, parentSchema: schema41.properties.notes, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data2 = data.evidence;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err5 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.evidence, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate31(data2[i0], { instancePath: instancePath + "/evidence/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.evidence.type, parentSchema: schema41.properties.evidence, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "name" || key0 === "rows" || key0 === "criteria" || key0 === "unmapped")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("crosswalk/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "crosswalk/v1" }, message: "must be equal to constant", schema: "crosswalk/v1", parentSchema: schema36.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Mapping" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Mapping" }, message: "must be equal to constant", schema: "Mapping", parentSchema: schema36.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data3 = data.rows;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err9 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.rows, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate26(data3[i0], { instancePath: instancePath + "/rows/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.rows.type, parentSchema: schema36.properties.rows, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.criteria !== void 0) {
      let data5 = data.criteria;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate30(data5[i1], { instancePath: instancePath + "/criteria/" + i1, parentData: data5, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/criteria", schemaPath: "#/properties/criteria/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.criteria.type, parentSchema: schema36.properties.criteria, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.unmapped !== void 0) {
      let data7 = data.unmapped;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.iso === void 0) {
              const err12 = { instancePath: instancePath + "/unmapped/" + i2, schemaPath: "#/$defs/unmapped/required", keyword: "required", params: { missingProperty: "iso" }, message: "must have required property 'iso'", schema: schema44.required, parentSchema: schema44, data: data8 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data8.reason === void 0) {
              const err13 = { instancePath: instancePath + "/unmapped/" + i2, schemaPath: "#/$defs/unmapped/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema44.required, parentSchema: schema44, data: data8 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "iso" || key1 === "reason")) {
                const err14 = { instancePath: instancePath + "/unmapped/" + i2, schemaPath: "#/$defs/unmapped/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.iso !== void 0) {
              let data9 = data8.iso;
              if (typeof data9 !== "string") {
                const err15 = { instancePath: instancePath + "/unmapped/" + i2 + "/iso", schemaPath: "#/$defs/unmapped/properties/iso/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.iso.type, parentSchema: schema44.properties.iso, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data8.reason !== void 0) {
              let data10 = data8.reason;
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err16 = { instancePath: instancePath + "/unmapped/" + i2 + "/reason", schemaPath: "#/$defs/unmapped/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.reason, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/unmapped/" + i2 + "/reason", schemaPath: "#/$defs/unmapped/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.reason.type, parentSchema: schema44.properties.reason, data: data10 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/unmapped/" + i2, schemaPath: "#/$defs/unmapped/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/unmapped", schemaPath: "#/properties/unmapped/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.unmapped.type, parentSchema: schema36.properties.unmapped, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Config = validate34;
var schema45 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/config.schema.json", "title": "crosswalk Config (.crosswalk.yml)", "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1" }, "kind": { "const": "Config" }, "controls": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 4096 }, "description": "Globs of control-implementation files, relative to the repository root." }, "mapping": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "`default` (the audited mapping), `seed` (the seed mapping as written), or the path of a Mapping file." }, "scope": { "type": "array", "items": { "enum": ["security", "availability", "confidentiality", "processing-integrity", "privacy"] }, "description": "Categories in scope besides security, which always is." }, "as_of": { "type": "string", "format": "date" }, "audit": { "type": "object", "additionalProperties": false, "description": "What the report attests: type1 (readiness at the as-of date, the default) or type2 (operation over an observation period of 1 to 12 months).", "properties": { "type": { "enum": ["type1", "type2"] }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } } } }, "policy": { "type": "object", "additionalProperties": false, "properties": { "fail_on": { "type": "array", "items": { "enum": ["errors", "missing-evidence", "new-missing-evidence", "stale-evidence", "gaps", "readiness", "regression"] } }, "min_readiness": { "type": "number", "minimum": 0, "maximum": 100 }, "max_evidence_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "expiry_warning_days": { "type": "integer", "minimum": 0, "maximum": 36500 } } }, "oscal": { "type": "object", "additionalProperties": false, "description": "What crosswalk export oscal writes into the documents it exports.", "properties": { "namespace": { "type": "string", "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "description": "A UUID of the organization's own (crosswalk init writes a random one): the namespace the exports' version 5 UUIDs are derived from, so no two organizations share one." }, "organization": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The organization's name, as the exports' titles and parties give it (default: the repository folder's name)." } } }, "badge": { "type": "object", "description": "Readiness badge style: label, thresholds (ascending percentages) and colors (one more than thresholds). Checked on its own, so a bad badge style never stops the check." }, "evidence_issue": { "type": "object", "additionalProperties": false, "description": 'The "SOC 2 evidence due" issue the action keeps (evidence-issue: true).', "properties": { "mention_teams": { "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "pattern": "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$", "maxLength": 141 }, "description": "Teams (@org/team) the issue may mention, so GitHub notifies every member. A team not listed is written without a ping; users always may be pinged." } } }, "limits": { "type": "object", "additionalProperties": false, "description": "Bounds on what crosswalk reads and computes; raise them only for a repository that really needs it. Each has a hard maximum no configuration can pass; on a pull request the base commit's limits apply.", "properties": { "max_file_bytes": { "type": "integer", "minimum": 1, "maximum": 8388608 }, "max_total_bytes": { "type": "integer", "minimum": 1, "maximum": 134217728 }, "max_files": { "type": "integer", "minimum": 1, "maximum": 2e4 }, "max_controls": { "type": "integer", "minimum": 1, "maximum": 2e5 }, "max_depth": { "type": "integer", "minimum": 1, "maximum": 256 }, "max_aliases": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "max_line_length": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "max_glob_length": { "type": "integer", "minimum": 1, "maximum": 4096 }, "max_glob_expansion": { "type": "integer", "minimum": 1, "maximum": 4096 }, "max_repository_files": { "type": "integer", "minimum": 1, "maximum": 1e6 }, "max_glob_matches": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Glob work of a run, in path comparisons; compiling one alternative of a pattern counts 20." }, "max_evidence_patterns": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Distinct evidence paths and globs across all control files." } } } } };
var pattern8 = new RegExp("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", "u");
var pattern9 = new RegExp("^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema45.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("crosswalk/v1" !== data0) {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "crosswalk/v1" }, message: "must be equal to constant", schema: "crosswalk/v1", parentSchema: schema45.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Config" !== data1) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant", schema: "Config", parentSchema: schema45.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data2 = data.controls;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err3 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema45.properties.controls, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.controls, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) > 4096) {
              const err5 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema45.properties.controls.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err6 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.controls.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.controls.items.type, parentSchema: schema45.properties.controls.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.controls.type, parentSchema: schema45.properties.controls, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.mapping !== void 0) {
      let data4 = data.mapping;
      if (typeof data4 === "string") {
        if (func2(data4) > 4096) {
          const err9 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema45.properties.mapping, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err10 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.mapping, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.mapping.type, parentSchema: schema45.properties.mapping, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data5 = data.scope;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (!(data6 === "security" || data6 === "availability" || data6 === "confidentiality" || data6 === "processing-integrity" || data6 === "privacy")) {
            const err12 = { instancePath: instancePath + "/scope/" + i1, schemaPath: "#/properties/scope/items/enum", keyword: "enum", params: { allowedValues: schema45.properties.scope.items.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.scope.items.enum, parentSchema: schema45.properties.scope.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.scope.type, parentSchema: schema45.properties.scope, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.as_of !== void 0) {
      let data7 = data.as_of;
      if (typeof data7 === "string") {
        if (!formats2.validate(data7)) {
          const err14 = { instancePath: instancePath + "/as_of", schemaPath: "#/properties/as_of/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema45.properties.as_of, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/as_of", schemaPath: "#/properties/as_of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.as_of.type, parentSchema: schema45.properties.as_of, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.audit !== void 0) {
      let data8 = data.audit;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "type" || key1 === "period")) {
            const err16 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.audit, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data8.type !== void 0) {
          let data9 = data8.type;
          if (!(data9 === "type1" || data9 === "type2")) {
            const err17 = { instancePath: instancePath + "/audit/type", schemaPath: "#/properties/audit/properties/type/enum", keyword: "enum", params: { allowedValues: schema45.properties.audit.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.audit.properties.type.enum, parentSchema: schema45.properties.audit.properties.type, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data8.period !== void 0) {
          let data10 = data8.period;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.start === void 0) {
              const err18 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema45.properties.audit.properties.period.required, parentSchema: schema45.properties.audit.properties.period, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data10.end === void 0) {
              const err19 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema45.properties.audit.properties.period.required, parentSchema: schema45.properties.audit.properties.period, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "start" || key2 === "end")) {
                const err20 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.audit.properties.period, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data10.start !== void 0) {
              let data11 = data10.start;
              if (typeof data11 === "string") {
                if (!formats2.validate(data11)) {
                  const err21 = { instancePath: instancePath + "/audit/period/start", schemaPath: "#/properties/audit/properties/period/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema45.properties.audit.properties.period.properties.start, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/audit/period/start", schemaPath: "#/properties/audit/properties/period/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.audit.properties.period.properties.start.type, parentSchema: schema45.properties.audit.properties.period.properties.start, data: data11 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.end !== void 0) {
              let data12 = data10.end;
              if (typeof data12 === "string") {
                if (!formats2.validate(data12)) {
                  const err23 = { instancePath: instancePath + "/audit/period/end", schemaPath: "#/properties/audit/properties/period/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema45.properties.audit.properties.period.properties.end, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/audit/period/end", schemaPath: "#/properties/audit/properties/period/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.audit.properties.period.properties.end.type, parentSchema: schema45.properties.audit.properties.period.properties.end, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.audit.properties.period.type, parentSchema: schema45.properties.audit.properties.period, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.audit.type, parentSchema: schema45.properties.audit, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data13 = data.policy;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          if (!(key3 === "fail_on" || key3 === "min_readiness" || key3 === "max_evidence_age_days" || key3 === "expiry_warning_days")) {
            const err27 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.policy, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.fail_on !== void 0) {
          let data14 = data13.fail_on;
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data15 = data14[i2];
              if (!(data15 === "errors" || data15 === "missing-evidence" || data15 === "new-missing-evidence" || data15 === "stale-evidence" || data15 === "gaps" || data15 === "readiness" || data15 === "regression")) {
                const err28 = { instancePath: instancePath + "/policy/fail_on/" + i2, schemaPath: "#/properties/policy/properties/fail_on/items/enum", keyword: "enum", params: { allowedValues: schema45.properties.policy.properties.fail_on.items.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.policy.properties.fail_on.items.enum, parentSchema: schema45.properties.policy.properties.fail_on.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/policy/fail_on", schemaPath: "#/properties/policy/properties/fail_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.policy.properties.fail_on.type, parentSchema: schema45.properties.policy.properties.fail_on, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data13.min_readiness !== void 0) {
          let data16 = data13.min_readiness;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 100 || isNaN(data16)) {
              const err30 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema45.properties.policy.properties.min_readiness, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err31 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.policy.properties.min_readiness, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.properties.policy.properties.min_readiness.type, parentSchema: schema45.properties.policy.properties.min_readiness, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.max_evidence_age_days !== void 0) {
          let data17 = data13.max_evidence_age_days;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err33 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.policy.properties.max_evidence_age_days.type, parentSchema: schema45.properties.policy.properties.max_evidence_age_days, data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 36500 || isNaN(data17)) {
              const err34 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema45.properties.policy.properties.max_evidence_age_days, data: data17 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err35 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.policy.properties.max_evidence_age_days, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data13.expiry_warning_days !== void 0) {
          let data18 = data13.expiry_warning_days;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err36 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.policy.properties.expiry_warning_days.type, parentSchema: schema45.properties.policy.properties.expiry_warning_days, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 36500 || isNaN(data18)) {
              const err37 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema45.properties.policy.properties.expiry_warning_days, data: data18 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err38 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.policy.properties.expiry_warning_days, data: data18 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.policy.type, parentSchema: schema45.properties.policy, data: data13 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.oscal !== void 0) {
      let data19 = data.oscal;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key4 in data19) {
          if (!(key4 === "namespace" || key4 === "organization")) {
            const err40 = { instancePath: instancePath + "/oscal", schemaPath: "#/properties/oscal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.oscal, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data19.namespace !== void 0) {
          let data20 = data19.namespace;
          if (typeof data20 === "string") {
            if (!pattern8.test(data20)) {
              const err41 = { instancePath: instancePath + "/oscal/namespace", schemaPath: "#/properties/oscal/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$" }, message: 'must match pattern "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"', schema: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", parentSchema: schema45.properties.oscal.properties.namespace, data: data20 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/oscal/namespace", schemaPath: "#/properties/oscal/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.oscal.properties.namespace.type, parentSchema: schema45.properties.oscal.properties.namespace, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data19.organization !== void 0) {
          let data21 = data19.organization;
          if (typeof data21 === "string") {
            if (func2(data21) > 200) {
              const err43 = { instancePath: instancePath + "/oscal/organization", schemaPath: "#/properties/oscal/properties/organization/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema45.properties.oscal.properties.organization, data: data21 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (func2(data21) < 1) {
              const err44 = { instancePath: instancePath + "/oscal/organization", schemaPath: "#/properties/oscal/properties/organization/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.oscal.properties.organization, data: data21 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/oscal/organization", schemaPath: "#/properties/oscal/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.oscal.properties.organization.type, parentSchema: schema45.properties.oscal.properties.organization, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/oscal", schemaPath: "#/properties/oscal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.oscal.type, parentSchema: schema45.properties.oscal, data: data19 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.badge !== void 0) {
      let data22 = data.badge;
      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
        const err47 = { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.badge.type, parentSchema: schema45.properties.badge, data: data22 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.evidence_issue !== void 0) {
      let data23 = data.evidence_issue;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key5 in data23) {
          if (!(key5 === "mention_teams")) {
            const err48 = { instancePath: instancePath + "/evidence_issue", schemaPath: "#/properties/evidence_issue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.evidence_issue, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data23.mention_teams !== void 0) {
          let data24 = data23.mention_teams;
          if (Array.isArray(data24)) {
            if (data24.length > 100) {
              const err49 = { instancePath: instancePath + "/evidence_issue/mention_teams", schemaPath: "#/properties/evidence_issue/properties/mention_teams/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema45.properties.evidence_issue.properties.mention_teams, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (typeof data25 === "string") {
                if (func2(data25) > 141) {
                  const err50 = { instancePath: instancePath + "/evidence_issue/mention_teams/" + i3, schemaPath: "#/properties/evidence_issue/properties/mention_teams/items/maxLength", keyword: "maxLength", params: { limit: 141 }, message: "must NOT have more than 141 characters", schema: 141, parentSchema: schema45.properties.evidence_issue.properties.mention_teams.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (!pattern9.test(data25)) {
                  const err51 = { instancePath: instancePath + "/evidence_issue/mention_teams/" + i3, schemaPath: "#/properties/evidence_issue/properties/mention_teams/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$" }, message: 'must match pattern "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$"', schema: "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$", parentSchema: schema45.properties.evidence_issue.properties.mention_teams.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/evidence_issue/mention_teams/" + i3, schemaPath: "#/properties/evidence_issue/properties/mention_teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.evidence_issue.properties.mention_teams.items.type, parentSchema: schema45.properties.evidence_issue.properties.mention_teams.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            let i4 = data24.length;
            let j0;
            if (i4 > 1) {
              const indices0 = {};
              for (; i4--; ) {
                let item0 = data24[i4];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err53 = { instancePath: instancePath + "/evidence_issue/mention_teams", schemaPath: "#/properties/evidence_issue/properties/mention_teams/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)", schema: true, parentSchema: schema45.properties.evidence_issue.properties.mention_teams, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i4;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/evidence_issue/mention_teams", schemaPath: "#/properties/evidence_issue/properties/mention_teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.evidence_issue.properties.mention_teams.type, parentSchema: schema45.properties.evidence_issue.properties.mention_teams, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/evidence_issue", schemaPath: "#/properties/evidence_issue/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.evidence_issue.type, parentSchema: schema45.properties.evidence_issue, data: data23 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data26 = data.limits;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key6 in data26) {
          if (!func1.call(schema45.properties.limits.properties, key6)) {
            const err56 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.limits, data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data26.max_file_bytes !== void 0) {
          let data27 = data26.max_file_bytes;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err57 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_file_bytes.type, parentSchema: schema45.properties.limits.properties.max_file_bytes, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 8388608 || isNaN(data27)) {
              const err58 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8388608 }, message: "must be <= 8388608", schema: 8388608, parentSchema: schema45.properties.limits.properties.max_file_bytes, data: data27 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data27 < 1 || isNaN(data27)) {
              const err59 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_file_bytes, data: data27 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data26.max_total_bytes !== void 0) {
          let data28 = data26.max_total_bytes;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err60 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_total_bytes.type, parentSchema: schema45.properties.limits.properties.max_total_bytes, data: data28 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 134217728 || isNaN(data28)) {
              const err61 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 134217728 }, message: "must be <= 134217728", schema: 134217728, parentSchema: schema45.properties.limits.properties.max_total_bytes, data: data28 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err62 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_total_bytes, data: data28 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data26.max_files !== void 0) {
          let data29 = data26.max_files;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err63 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_files.type, parentSchema: schema45.properties.limits.properties.max_files, data: data29 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 2e4 || isNaN(data29)) {
              const err64 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e4 }, message: "must be <= 20000", schema: 2e4, parentSchema: schema45.properties.limits.properties.max_files, data: data29 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data29 < 1 || isNaN(data29)) {
              const err65 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_files, data: data29 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data26.max_controls !== void 0) {
          let data30 = data26.max_controls;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
            const err66 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_controls.type, parentSchema: schema45.properties.limits.properties.max_controls, data: data30 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 > 2e5 || isNaN(data30)) {
              const err67 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e5 }, message: "must be <= 200000", schema: 2e5, parentSchema: schema45.properties.limits.properties.max_controls, data: data30 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data30 < 1 || isNaN(data30)) {
              const err68 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_controls, data: data30 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data26.max_depth !== void 0) {
          let data31 = data26.max_depth;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
            const err69 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_depth.type, parentSchema: schema45.properties.limits.properties.max_depth, data: data31 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 256 || isNaN(data31)) {
              const err70 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema45.properties.limits.properties.max_depth, data: data31 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data31 < 1 || isNaN(data31)) {
              const err71 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_depth, data: data31 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data26.max_aliases !== void 0) {
          let data32 = data26.max_aliases;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err72 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_aliases.type, parentSchema: schema45.properties.limits.properties.max_aliases, data: data32 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 > 1e3 || isNaN(data32)) {
              const err73 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema45.properties.limits.properties.max_aliases, data: data32 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data32 < 1 || isNaN(data32)) {
              const err74 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_aliases, data: data32 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
        }
        if (data26.max_line_length !== void 0) {
          let data33 = data26.max_line_length;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
            const err75 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_line_length.type, parentSchema: schema45.properties.limits.properties.max_line_length, data: data33 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 > 1e5 || isNaN(data33)) {
              const err76 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema45.properties.limits.properties.max_line_length, data: data33 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data33 < 1 || isNaN(data33)) {
              const err77 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_line_length, data: data33 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        }
        if (data26.max_glob_length !== void 0) {
          let data34 = data26.max_glob_length;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
            const err78 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_glob_length.type, parentSchema: schema45.properties.limits.properties.max_glob_length, data: data34 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 > 4096 || isNaN(data34)) {
              const err79 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema45.properties.limits.properties.max_glob_length, data: data34 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data34 < 1 || isNaN(data34)) {
              const err80 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_glob_length, data: data34 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
        }
        if (data26.max_glob_expansion !== void 0) {
          let data35 = data26.max_glob_expansion;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err81 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_glob_expansion.type, parentSchema: schema45.properties.limits.properties.max_glob_expansion, data: data35 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 4096 || isNaN(data35)) {
              const err82 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema45.properties.limits.properties.max_glob_expansion, data: data35 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err83 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_glob_expansion, data: data35 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        }
        if (data26.max_repository_files !== void 0) {
          let data36 = data26.max_repository_files;
          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
            const err84 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_repository_files.type, parentSchema: schema45.properties.limits.properties.max_repository_files, data: data36 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 > 1e6 || isNaN(data36)) {
              const err85 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema45.properties.limits.properties.max_repository_files, data: data36 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data36 < 1 || isNaN(data36)) {
              const err86 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_repository_files, data: data36 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
        }
        if (data26.max_glob_matches !== void 0) {
          let data37 = data26.max_glob_matches;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err87 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_glob_matches.type, parentSchema: schema45.properties.limits.properties.max_glob_matches, data: data37 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 1e8 || isNaN(data37)) {
              const err88 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema45.properties.limits.properties.max_glob_matches, data: data37 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data37 < 1 || isNaN(data37)) {
              const err89 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_glob_matches, data: data37 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
        }
        if (data26.max_evidence_patterns !== void 0) {
          let data38 = data26.max_evidence_patterns;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
            const err90 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.limits.properties.max_evidence_patterns.type, parentSchema: schema45.properties.limits.properties.max_evidence_patterns, data: data38 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 > 1e6 || isNaN(data38)) {
              const err91 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema45.properties.limits.properties.max_evidence_patterns, data: data38 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data38 < 1 || isNaN(data38)) {
              const err92 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties.limits.properties.max_evidence_patterns, data: data38 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.limits.type, parentSchema: schema45.properties.limits, data: data26 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var ChangePopulation = validate35;
var schema46 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/change-population.schema.json", "title": "crosswalk ChangePopulation (collected evidence)", "description": "Every change that reached a branch in a period, each tested as an auditor tests a sampled change (SPEC \xA71.4). Written by `crosswalk collect github-changes`; crosswalk recomputes each change's exceptions and the summary when it scores the document.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "repository", "branch", "period", "collected", "source", "rules", "changes", "summary"], "properties": { "apiVersion": { "const": "crosswalk/v1" }, "kind": { "const": "ChangePopulation" }, "repository": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$", "maxLength": 200, "description": "OWNER/NAME" }, "branch": { "type": "string", "minLength": 1, "maxLength": 255 }, "period": { "type": "object", "additionalProperties": false, "required": ["start", "end"], "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } }, "description": "The period, in UTC days, both included." }, "collected": { "$ref": "#/$defs/time", "description": "When the document was collected: the only field that differs between two collections of the same answers." }, "source": { "type": "object", "additionalProperties": false, "required": ["api", "tool"], "properties": { "api": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "The API's base URL." }, "tool": { "type": "string", "minLength": 1, "maxLength": 200 }, "queries": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 2048 }, "description": "The requests that found the population, so they can be run again." } } }, "rules": { "type": "object", "additionalProperties": false, "required": ["requiredApprovals", "requiredChecks", "raw"], "properties": { "requiredApprovals": { "type": "integer", "minimum": 0 }, "requiredChecks": { "type": "array", "items": { "type": "string" } }, "raw": { "type": "array", "description": "GET /repos/{owner}/{repo}/rules/branches/{branch}, as answered." } } }, "changes": { "type": "array", "maxItems": 1e6, "items": { "oneOf": [{ "$ref": "#/$defs/pullRequest" }, { "$ref": "#/$defs/directCommit" }] } }, "summary": { "type": "object", "additionalProperties": false, "required": ["population", "exceptions"], "properties": { "population": { "type": "integer", "minimum": 0 }, "exceptions": { "type": "integer", "minimum": 0 } } } }, "$defs": { "time": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "description": "ISO 8601, UTC, to the second." }, "sha": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "exceptions": { "type": "array", "items": { "enum": ["no-pull-request", "no-independent-approval", "approval-not-on-final-commit", "checks-not-passing"] } }, "pullRequest": { "type": "object", "additionalProperties": false, "required": ["id", "kind", "title", "author", "mergedBy", "at", "commit", "head", "approvals", "checks", "exceptions"], "properties": { "id": { "type": "string", "pattern": "^#[1-9][0-9]*$" }, "kind": { "const": "pull-request" }, "title": { "type": "string", "maxLength": 1024 }, "author": { "type": "string", "minLength": 1, "maxLength": 255 }, "mergedBy": { "type": ["string", "null"], "maxLength": 255 }, "at": { "$ref": "#/$defs/time", "description": "The merge time." }, "commit": { "$ref": "#/$defs/sha" }, "head": { "$ref": "#/$defs/sha" }, "approvals": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["by", "at", "commit"], "properties": { "by": { "type": "string", "minLength": 1, "maxLength": 255 }, "at": { "$ref": "#/$defs/time" }, "commit": { "type": "string", "maxLength": 64 } } } }, "checks": { "enum": ["success", "failure", "pending", "none"] }, "exceptions": { "$ref": "#/$defs/exceptions" } } }, "directCommit": { "type": "object", "additionalProperties": false, "required": ["id", "kind", "title", "author", "at", "commit", "exceptions"], "properties": { "id": { "type": "string", "pattern": "^[0-9a-f]{7}$" }, "kind": { "const": "direct-commit" }, "title": { "type": "string", "maxLength": 1024 }, "author": { "type": "string", "minLength": 1, "maxLength": 255 }, "at": { "$ref": "#/$defs/time", "description": "The commit time." }, "commit": { "$ref": "#/$defs/sha" }, "exceptions": { "$ref": "#/$defs/exceptions" } } } } };
var schema47 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "description": "ISO 8601, UTC, to the second." };
var pattern10 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
var pattern11 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
var schema48 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "title", "author", "mergedBy", "at", "commit", "head", "approvals", "checks", "exceptions"], "properties": { "id": { "type": "string", "pattern": "^#[1-9][0-9]*$" }, "kind": { "const": "pull-request" }, "title": { "type": "string", "maxLength": 1024 }, "author": { "type": "string", "minLength": 1, "maxLength": 255 }, "mergedBy": { "type": ["string", "null"], "maxLength": 255 }, "at": { "$ref": "#/$defs/time", "description": "The merge time." }, "commit": { "$ref": "#/$defs/sha" }, "head": { "$ref": "#/$defs/sha" }, "approvals": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["by", "at", "commit"], "properties": { "by": { "type": "string", "minLength": 1, "maxLength": 255 }, "at": { "$ref": "#/$defs/time" }, "commit": { "type": "string", "maxLength": 64 } } } }, "checks": { "enum": ["success", "failure", "pending", "none"] }, "exceptions": { "$ref": "#/$defs/exceptions" } } };
var schema50 = { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" };
var schema53 = { "type": "array", "items": { "enum": ["no-pull-request", "no-independent-approval", "approval-not-on-final-commit", "checks-not-passing"] } };
var pattern12 = new RegExp("^#[1-9][0-9]*$", "u");
var pattern14 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.author === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.mergedBy === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mergedBy" }, message: "must have required property 'mergedBy'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.head === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.approvals === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property 'approvals'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.exceptions === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exceptions" }, message: "must have required property 'exceptions'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema48.properties, key0)) {
        const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^#[1-9][0-9]*$" }, message: 'must match pattern "^#[1-9][0-9]*$"', schema: "^#[1-9][0-9]*$", parentSchema: schema48.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.id.type, parentSchema: schema48.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("pull-request" !== data1) {
        const err14 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "pull-request" }, message: "must be equal to constant", schema: "pull-request", parentSchema: schema48.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 1024) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema48.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.title.type, parentSchema: schema48.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      let data3 = data.author;
      if (typeof data3 === "string") {
        if (func2(data3) > 255) {
          const err17 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema48.properties.author, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err18 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.author, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.author.type, parentSchema: schema48.properties.author, data: data3 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.mergedBy !== void 0) {
      let data4 = data.mergedBy;
      if (typeof data4 !== "string" && data4 !== null) {
        const err20 = { instancePath: instancePath + "/mergedBy", schemaPath: "#/properties/mergedBy/type", keyword: "type", params: { type: schema48.properties.mergedBy.type }, message: "must be string,null", schema: schema48.properties.mergedBy.type, parentSchema: schema48.properties.mergedBy, data: data4 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) > 255) {
          const err21 = { instancePath: instancePath + "/mergedBy", schemaPath: "#/properties/mergedBy/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema48.properties.mergedBy, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.at !== void 0) {
      let data5 = data.at;
      if (typeof data5 === "string") {
        if (!pattern11.test(data5)) {
          const err22 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", parentSchema: schema47, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data6 = data.commit;
      if (typeof data6 === "string") {
        if (!pattern14.test(data6)) {
          const err24 = { instancePath: instancePath + "/commit", schemaPath: "#/$defs/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema50, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/commit", schemaPath: "#/$defs/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.head !== void 0) {
      let data7 = data.head;
      if (typeof data7 === "string") {
        if (!pattern14.test(data7)) {
          const err26 = { instancePath: instancePath + "/head", schemaPath: "#/$defs/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema50, data: data7 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/head", schemaPath: "#/$defs/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data7 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data8 = data.approvals;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.by === void 0) {
              const err28 = { instancePath: instancePath + "/approvals/" + i0, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema48.properties.approvals.items.required, parentSchema: schema48.properties.approvals.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data9.at === void 0) {
              const err29 = { instancePath: instancePath + "/approvals/" + i0, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema48.properties.approvals.items.required, parentSchema: schema48.properties.approvals.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data9.commit === void 0) {
              const err30 = { instancePath: instancePath + "/approvals/" + i0, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema48.properties.approvals.items.required, parentSchema: schema48.properties.approvals.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "by" || key1 === "at" || key1 === "commit")) {
                const err31 = { instancePath: instancePath + "/approvals/" + i0, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.approvals.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.by !== void 0) {
              let data10 = data9.by;
              if (typeof data10 === "string") {
                if (func2(data10) > 255) {
                  const err32 = { instancePath: instancePath + "/approvals/" + i0 + "/by", schemaPath: "#/properties/approvals/items/properties/by/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema48.properties.approvals.items.properties.by, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (func2(data10) < 1) {
                  const err33 = { instancePath: instancePath + "/approvals/" + i0 + "/by", schemaPath: "#/properties/approvals/items/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.approvals.items.properties.by, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/approvals/" + i0 + "/by", schemaPath: "#/properties/approvals/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.approvals.items.properties.by.type, parentSchema: schema48.properties.approvals.items.properties.by, data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.at !== void 0) {
              let data11 = data9.at;
              if (typeof data11 === "string") {
                if (!pattern11.test(data11)) {
                  const err35 = { instancePath: instancePath + "/approvals/" + i0 + "/at", schemaPath: "#/$defs/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", parentSchema: schema47, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/approvals/" + i0 + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data11 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data9.commit !== void 0) {
              let data12 = data9.commit;
              if (typeof data12 === "string") {
                if (func2(data12) > 64) {
                  const err37 = { instancePath: instancePath + "/approvals/" + i0 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema48.properties.approvals.items.properties.commit, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/approvals/" + i0 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.approvals.items.properties.commit.type, parentSchema: schema48.properties.approvals.items.properties.commit, data: data12 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/approvals/" + i0, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.approvals.items.type, parentSchema: schema48.properties.approvals.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.approvals.type, parentSchema: schema48.properties.approvals, data: data8 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data13 = data.checks;
      if (!(data13 === "success" || data13 === "failure" || data13 === "pending" || data13 === "none")) {
        const err41 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/enum", keyword: "enum", params: { allowedValues: schema48.properties.checks.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.checks.enum, parentSchema: schema48.properties.checks, data: data13 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data14 = data.exceptions;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (!(data15 === "no-pull-request" || data15 === "no-independent-approval" || data15 === "approval-not-on-final-commit" || data15 === "checks-not-passing")) {
            const err42 = { instancePath: instancePath + "/exceptions/" + i1, schemaPath: "#/$defs/exceptions/items/enum", keyword: "enum", params: { allowedValues: schema53.items.enum }, message: "must be equal to one of the allowed values", schema: schema53.items.enum, parentSchema: schema53.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/exceptions", schemaPath: "#/$defs/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data14 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "type": "object", "additionalProperties": false, "required": ["id", "kind", "title", "author", "at", "commit", "exceptions"], "properties": { "id": { "type": "string", "pattern": "^[0-9a-f]{7}$" }, "kind": { "const": "direct-commit" }, "title": { "type": "string", "maxLength": 1024 }, "author": { "type": "string", "minLength": 1, "maxLength": 255 }, "at": { "$ref": "#/$defs/time", "description": "The commit time." }, "commit": { "$ref": "#/$defs/sha" }, "exceptions": { "$ref": "#/$defs/exceptions" } } };
var pattern17 = new RegExp("^[0-9a-f]{7}$", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.author === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.commit === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.exceptions === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exceptions" }, message: "must have required property 'exceptions'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "kind" || key0 === "title" || key0 === "author" || key0 === "at" || key0 === "commit" || key0 === "exceptions")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern17.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7}$" }, message: 'must match pattern "^[0-9a-f]{7}$"', schema: "^[0-9a-f]{7}$", parentSchema: schema54.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.id.type, parentSchema: schema54.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("direct-commit" !== data1) {
        const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "direct-commit" }, message: "must be equal to constant", schema: "direct-commit", parentSchema: schema54.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) > 1024) {
          const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema54.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.title.type, parentSchema: schema54.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      let data3 = data.author;
      if (typeof data3 === "string") {
        if (func2(data3) > 255) {
          const err13 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema54.properties.author, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err14 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.author, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.author.type, parentSchema: schema54.properties.author, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data4 = data.at;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err16 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", parentSchema: schema47, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/at", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.commit !== void 0) {
      let data5 = data.commit;
      if (typeof data5 === "string") {
        if (!pattern14.test(data5)) {
          const err18 = { instancePath: instancePath + "/commit", schemaPath: "#/$defs/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema50, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/commit", schemaPath: "#/$defs/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data6 = data.exceptions;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "no-pull-request" || data7 === "no-independent-approval" || data7 === "approval-not-on-final-commit" || data7 === "checks-not-passing")) {
            const err20 = { instancePath: instancePath + "/exceptions/" + i0, schemaPath: "#/$defs/exceptions/items/enum", keyword: "enum", params: { allowedValues: schema53.items.enum }, message: "must be equal to one of the allowed values", schema: schema53.items.enum, parentSchema: schema53.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/exceptions", schemaPath: "#/$defs/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.repository === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.branch === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "branch" }, message: "must have required property 'branch'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.collected === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "collected" }, message: "must have required property 'collected'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("crosswalk/v1" !== data0) {
        const err11 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "crosswalk/v1" }, message: "must be equal to constant", schema: "crosswalk/v1", parentSchema: schema46.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ChangePopulation" !== data1) {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ChangePopulation" }, message: "must be equal to constant", schema: "ChangePopulation", parentSchema: schema46.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data2 = data.repository;
      if (typeof data2 === "string") {
        if (func2(data2) > 200) {
          const err13 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema46.properties.repository, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern10.test(data2)) {
          const err14 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+/[^/\\s]+$"', schema: "^[^/\\s]+/[^/\\s]+$", parentSchema: schema46.properties.repository, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.repository.type, parentSchema: schema46.properties.repository, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.branch !== void 0) {
      let data3 = data.branch;
      if (typeof data3 === "string") {
        if (func2(data3) > 255) {
          const err16 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema46.properties.branch, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err17 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.branch, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.branch.type, parentSchema: schema46.properties.branch, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data4 = data.period;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.start === void 0) {
          const err19 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema46.properties.period.required, parentSchema: schema46.properties.period, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4.end === void 0) {
          const err20 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema46.properties.period.required, parentSchema: schema46.properties.period, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "start" || key1 === "end")) {
            const err21 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46.properties.period, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.start !== void 0) {
          let data5 = data4.start;
          if (typeof data5 === "string") {
            if (!formats2.validate(data5)) {
              const err22 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.period.properties.start, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.period.properties.start.type, parentSchema: schema46.properties.period.properties.start, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.end !== void 0) {
          let data6 = data4.end;
          if (typeof data6 === "string") {
            if (!formats2.validate(data6)) {
              const err24 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46.properties.period.properties.end, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.period.properties.end.type, parentSchema: schema46.properties.period.properties.end, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.period.type, parentSchema: schema46.properties.period, data: data4 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.collected !== void 0) {
      let data7 = data.collected;
      if (typeof data7 === "string") {
        if (!pattern11.test(data7)) {
          const err27 = { instancePath: instancePath + "/collected", schemaPath: "#/$defs/time/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", parentSchema: schema47, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/collected", schemaPath: "#/$defs/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data8 = data.source;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.api === void 0) {
          const err29 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "api" }, message: "must have required property 'api'", schema: schema46.properties.source.required, parentSchema: schema46.properties.source, data: data8 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data8.tool === void 0) {
          const err30 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema46.properties.source.required, parentSchema: schema46.properties.source, data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key2 in data8) {
          if (!(key2 === "api" || key2 === "tool" || key2 === "queries")) {
            const err31 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46.properties.source, data: data8 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data8.api !== void 0) {
          let data9 = data8.api;
          if (typeof data9 === "string") {
            if (func2(data9) > 2048) {
              const err32 = { instancePath: instancePath + "/source/api", schemaPath: "#/properties/source/properties/api/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema46.properties.source.properties.api, data: data9 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (func2(data9) < 1) {
              const err33 = { instancePath: instancePath + "/source/api", schemaPath: "#/properties/source/properties/api/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.source.properties.api, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/source/api", schemaPath: "#/properties/source/properties/api/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.source.properties.api.type, parentSchema: schema46.properties.source.properties.api, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data8.tool !== void 0) {
          let data10 = data8.tool;
          if (typeof data10 === "string") {
            if (func2(data10) > 200) {
              const err35 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema46.properties.source.properties.tool, data: data10 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (func2(data10) < 1) {
              const err36 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.source.properties.tool, data: data10 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/source/tool", schemaPath: "#/properties/source/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.source.properties.tool.type, parentSchema: schema46.properties.source.properties.tool, data: data10 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data8.queries !== void 0) {
          let data11 = data8.queries;
          if (Array.isArray(data11)) {
            if (data11.length > 50) {
              const err38 = { instancePath: instancePath + "/source/queries", schemaPath: "#/properties/source/properties/queries/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema46.properties.source.properties.queries, data: data11 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (typeof data12 === "string") {
                if (func2(data12) > 2048) {
                  const err39 = { instancePath: instancePath + "/source/queries/" + i0, schemaPath: "#/properties/source/properties/queries/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema46.properties.source.properties.queries.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/source/queries/" + i0, schemaPath: "#/properties/source/properties/queries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.source.properties.queries.items.type, parentSchema: schema46.properties.source.properties.queries.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/source/queries", schemaPath: "#/properties/source/properties/queries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.source.properties.queries.type, parentSchema: schema46.properties.source.properties.queries, data: data11 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.source.type, parentSchema: schema46.properties.source, data: data8 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data13 = data.rules;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.requiredApprovals === void 0) {
          const err43 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/required", keyword: "required", params: { missingProperty: "requiredApprovals" }, message: "must have required property 'requiredApprovals'", schema: schema46.properties.rules.required, parentSchema: schema46.properties.rules, data: data13 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data13.requiredChecks === void 0) {
          const err44 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/required", keyword: "required", params: { missingProperty: "requiredChecks" }, message: "must have required property 'requiredChecks'", schema: schema46.properties.rules.required, parentSchema: schema46.properties.rules, data: data13 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data13.raw === void 0) {
          const err45 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/required", keyword: "required", params: { missingProperty: "raw" }, message: "must have required property 'raw'", schema: schema46.properties.rules.required, parentSchema: schema46.properties.rules, data: data13 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key3 in data13) {
          if (!(key3 === "requiredApprovals" || key3 === "requiredChecks" || key3 === "raw")) {
            const err46 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46.properties.rules, data: data13 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data13.requiredApprovals !== void 0) {
          let data14 = data13.requiredApprovals;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err47 = { instancePath: instancePath + "/rules/requiredApprovals", schemaPath: "#/properties/rules/properties/requiredApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.rules.properties.requiredApprovals.type, parentSchema: schema46.properties.rules.properties.requiredApprovals, data: data14 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err48 = { instancePath: instancePath + "/rules/requiredApprovals", schemaPath: "#/properties/rules/properties/requiredApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.rules.properties.requiredApprovals, data: data14 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        }
        if (data13.requiredChecks !== void 0) {
          let data15 = data13.requiredChecks;
          if (Array.isArray(data15)) {
            const len1 = data15.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data16 = data15[i1];
              if (typeof data16 !== "string") {
                const err49 = { instancePath: instancePath + "/rules/requiredChecks/" + i1, schemaPath: "#/properties/rules/properties/requiredChecks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.rules.properties.requiredChecks.items.type, parentSchema: schema46.properties.rules.properties.requiredChecks.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/rules/requiredChecks", schemaPath: "#/properties/rules/properties/requiredChecks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.rules.properties.requiredChecks.type, parentSchema: schema46.properties.rules.properties.requiredChecks, data: data15 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data13.raw !== void 0) {
          let data17 = data13.raw;
          if (!Array.isArray(data17)) {
            const err51 = { instancePath: instancePath + "/rules/raw", schemaPath: "#/properties/rules/properties/raw/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.rules.properties.raw.type, parentSchema: schema46.properties.rules.properties.raw, data: data17 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.rules.type, parentSchema: schema46.properties.rules, data: data13 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.changes !== void 0) {
      let data18 = data.changes;
      if (Array.isArray(data18)) {
        if (data18.length > 1e6) {
          const err53 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/maxItems", keyword: "maxItems", params: { limit: 1e6 }, message: "must NOT have more than 1000000 items", schema: 1e6, parentSchema: schema46.properties.changes, data: data18 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          const _errs43 = errors;
          let valid11 = false;
          let passing0 = null;
          const _errs44 = errors;
          if (!validate36(data19, { instancePath: instancePath + "/changes/" + i2, parentData: data18, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs44 === errors;
          if (_valid0) {
            valid11 = true;
            passing0 = 0;
            var props0 = true;
          }
          const _errs45 = errors;
          if (!validate38(data19, { instancePath: instancePath + "/changes/" + i2, parentData: data18, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs45 === errors;
          if (_valid0 && valid11) {
            valid11 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid11 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = true;
              }
            }
          }
          if (!valid11) {
            const err54 = { instancePath: instancePath + "/changes/" + i2, schemaPath: "#/properties/changes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema46.properties.changes.items.oneOf, parentSchema: schema46.properties.changes.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs43;
            if (vErrors !== null) {
              if (_errs43) {
                vErrors.length = _errs43;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.properties.changes.type, parentSchema: schema46.properties.changes, data: data18 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data20 = data.summary;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.population === void 0) {
          const err56 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "population" }, message: "must have required property 'population'", schema: schema46.properties.summary.required, parentSchema: schema46.properties.summary, data: data20 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data20.exceptions === void 0) {
          const err57 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "exceptions" }, message: "must have required property 'exceptions'", schema: schema46.properties.summary.required, parentSchema: schema46.properties.summary, data: data20 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        for (const key4 in data20) {
          if (!(key4 === "population" || key4 === "exceptions")) {
            const err58 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46.properties.summary, data: data20 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data20.population !== void 0) {
          let data21 = data20.population;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err59 = { instancePath: instancePath + "/summary/population", schemaPath: "#/properties/summary/properties/population/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.summary.properties.population.type, parentSchema: schema46.properties.summary.properties.population, data: data21 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err60 = { instancePath: instancePath + "/summary/population", schemaPath: "#/properties/summary/properties/population/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.summary.properties.population, data: data21 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data20.exceptions !== void 0) {
          let data22 = data20.exceptions;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err61 = { instancePath: instancePath + "/summary/exceptions", schemaPath: "#/properties/summary/properties/exceptions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.summary.properties.exceptions.type, parentSchema: schema46.properties.summary.properties.exceptions, data: data22 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err62 = { instancePath: instancePath + "/summary/exceptions", schemaPath: "#/properties/summary/properties/exceptions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46.properties.summary.properties.exceptions, data: data22 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.properties.summary.type, parentSchema: schema46.properties.summary, data: data20 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/validate/schemas.ts
var knownKinds = ["ControlImplementation", "Mapping", "Config"];
function validatorFor(name) {
  return compiled_schemas_exports[name];
}
function checkSchema(name, document) {
  const validate = validatorFor(name);
  if (validate(document.data)) return [];
  return dropRedundant(validate.errors ?? []).map((error) => toFinding(error, document));
}
function dropRedundant(errors) {
  return errors.filter((error) => error.keyword !== "if");
}
function toFinding(error, document) {
  const path4 = parsePointer(error.instancePath);
  const field = describeField(path4);
  const report = (code, message, at, anchor = "value") => ({
    path: at,
    unknownKey: code === "unknown-key",
    diagnostic: { severity: "error", code, message, ...document.locate(at, anchor) }
  });
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(error.parentSchema.properties ?? {});
      return report("unknown-key", `unknown key ${quoteName(key)}${field ? ` in ${field}` : ""}${isWordLike(key) ? didYouMean(key, known) : ""}`, [...path4, key], "key");
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const why = missing === "path" ? ": a per_file item counts the files its path matches" : "";
      return report("missing-field", `${field || "the document"} is missing the required key "${missing}"${why}`, path4);
    }
    case "false schema": {
      const key = String(path4.at(-1));
      return report("invalid-value", `${field} cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample${key === "url" ? " (per_file needs a path)" : ""}`, path4, "key");
    }
    case "const": {
      const expected = String(error.params.allowedValue);
      const code = path4.length === 1 && path4[0] === "kind" ? "wrong-kind" : "invalid-value";
      const found = typeof error.data === "string" && knownKinds.includes(error.data) ? `"${error.data}"` : describeValue(error.data);
      return report(code, `${field} must be "${expected}", found ${found}`, path4);
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      return report("invalid-value", `${field} must be one of ${allowed.join(", ")}; found ${showValue(error.data)}${isWordLike(error.data) ? didYouMean(error.data, allowed) : ""}`, path4);
    }
    case "type":
      return report("invalid-value", `${field} must be ${article(String(error.params.type))}, found ${showValue(error.data)}`, path4);
    case "format":
      return report("invalid-value", `${field} must be ${error.params.format === "date" ? "a calendar date written YYYY-MM-DD" : `a valid ${String(error.params.format)}`}, found ${showValue(error.data)}`, path4);
    case "minItems":
      return report("invalid-value", `${field} must not be empty`, path4);
    case "minLength":
      return report("invalid-value", `${field} must not be empty`, path4);
    case "pattern":
      return report("invalid-value", `${field} may contain only letters, digits, ".", "_", ":" and "-"; found ${showValue(error.data)} with other characters`, path4);
    default:
      return report("invalid-value", `${field} ${error.message ?? "is invalid"}`, path4);
  }
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describeField(path4) {
  return path4.map((segment, index) => typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`).join("");
}
function article(type) {
  const names = { object: "a mapping", array: "a list", string: "a string", integer: "a whole number", number: "a number", boolean: "true or false" };
  return names[type] ?? `a ${type}`;
}

// src/validate/mapping-lint.ts
function lintMapping(file, text, catalogs) {
  const parsed = parseSource(file, text);
  if (!parsed.ok) return parsed.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: "error" }));
  return lintMappingDocument(parsed.document, text.split(/\r?\n/), catalogs);
}
function lintMappingDocument(document, lines, catalogs) {
  const schemaFindings = checkSchema("Mapping", document);
  const broken = (section) => new Set(schemaFindings.filter((finding2) => !finding2.unknownKey).map((finding2) => entryIndexOf(finding2.path, section)));
  const data = document.data;
  const rawRows = data.rows;
  const rows = readableEntries(rawRows, broken("rows"), readRow);
  const criteria = readableEntries(data.criteria, broken("criteria"), (raw, index) => {
    const entry = raw;
    return { index, tsc: entry.tsc, evidence: entry.evidence };
  });
  const unmapped = readableEntries(data.unmapped, broken("unmapped"), (raw, index) => ({ index, iso: raw.iso }));
  const context = { document, lines, rows, criteria, unmapped, catalogs };
  const findings = [
    ...schemaFindings.map((finding2) => ({ ...finding2.diagnostic, severity: "error" })),
    ...isoIds(context),
    ...criterionIds(context),
    ...partialRowsWithoutEvidence(context),
    ...correctedWithoutSeed(context),
    ...requirementFrequencies(context),
    ...ignoredRowFrequencies(context),
    ...evidenceOnGapRows(context),
    ...requirementIds(context),
    ...requirementCriteria(context),
    ...ungatedCriteria(context),
    ...criterionEntries(context),
    ...unmappedIds(context),
    ...repeatedRows(context),
    ...seedTitles(context),
    ...Array.isArray(rawRows) ? unreachedCriteria(context) : [],
    ...Array.isArray(rawRows) ? unlistedIsoControls(context) : []
  ];
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity]);
}
function entryIndexOf(path4, section) {
  if (path4.length === 0) return "none";
  if (path4[0] !== section) return "none";
  return typeof path4[1] === "number" ? path4[1] : "all";
}
function readableEntries(raw, broken, read) {
  if (!Array.isArray(raw) || broken.has("all")) return [];
  return raw.flatMap((entry, index) => broken.has(index) ? [] : [read(entry, index)]);
}
function readRow(raw, index) {
  const row = raw;
  return { index, iso: row.iso, tsc: row.tsc, coverage: row.coverage, seed: row.seed, corrected: row.corrected, frequency: row.frequency, evidence: row.evidence ?? [] };
}
function finding(context, severity, code, message, path4, anchor = "value") {
  return { severity, code, message, ...context.document.locate(path4, anchor) };
}
function place(context, path4) {
  const { file, line, column } = context.document.locate(path4);
  return `${file}:${line}:${column}`;
}
function isoIds(context) {
  return context.rows.flatMap((row) => {
    const verdict = judgeIsoId(row.iso, context.catalogs);
    if (verdict.kind === "known") return [];
    return [finding(context, "error", verdict.kind === "iso-2013" ? "iso-2013-id" : "unknown-iso-control", verdict.message, ["rows", row.index, "iso"])];
  });
}
function criterionIds(context) {
  const known = context.catalogs.criteriaById;
  return context.rows.flatMap(
    (row) => row.tsc.flatMap((criterion, position) => {
      const at = ["rows", row.index, "tsc", position];
      if (!known.has(criterion)) return [finding(context, "error", "unknown-tsc-criterion", `${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, known.keys())}`, at)];
      if (row.tsc.indexOf(criterion) < position) return [finding(context, "warning", "repeated-criterion", `${criterion} is listed twice in this row`, at)];
      return [];
    })
  );
}
function partialRowsWithoutEvidence(context) {
  return context.rows.filter((row) => row.coverage === "partial" && row.evidence.length === 0).map(
    (row) => finding(context, "error", "partial-without-evidence", `row ${row.iso} is partial but lists no evidence requirements: say what SOC 2 needs beyond ISO`, ["rows", row.index, "coverage"])
  );
}
function correctedWithoutSeed(context) {
  return context.rows.filter((row) => row.corrected !== void 0 && row.seed === void 0).map(
    (row) => finding(
      context,
      "error",
      "corrected-without-seed",
      `row ${row.iso} says it corrects the seed but has no seed: key; corrected: belongs on a row transcribed from the seed (say why a row of your own maps where it does in notes: or source:)`,
      ["rows", row.index, "corrected"],
      "key"
    )
  );
}
function requirementIds(context) {
  const findings = [];
  const byId = /* @__PURE__ */ new Map();
  const byShape = /* @__PURE__ */ new Map();
  const byDescription = /* @__PURE__ */ new Map();
  const lists = [
    ...context.rows.map((row) => ({ evidence: row.evidence, at: ["rows", row.index, "evidence"] })),
    ...context.criteria.map((entry) => ({ evidence: entry.evidence, at: ["criteria", entry.index, "evidence"] }))
  ];
  for (const list of lists) {
    list.evidence.forEach((requirement, position) => {
      const at = [...list.at, position, "id"];
      const first = byId.get(requirement.id);
      if (first) {
        findings.push(finding(context, "error", "duplicate-evidence-id", `evidence requirement id "${requirement.id}" is already used at ${place(context, first)}; ids must be unique across the mapping's rows and criteria`, at));
        return;
      }
      byId.set(requirement.id, at);
      const twin = sameRequirement(requirement, at, byShape, byDescription);
      if (twin) {
        findings.push(
          finding(context, "warning", "similar-requirement-ids", `evidence requirement "${requirement.id}" looks like "${twin.id}" (${place(context, twin.at)}): ${twin.why}; merge them or make the difference clear`, at)
        );
      }
    });
  }
  return findings;
}
function sameRequirement(requirement, at, byShape, byDescription) {
  const shape = idShape(requirement.id);
  const description = requirement.description.trim().replace(/\s+/g, " ").toLowerCase();
  const sameWords = byShape.get(shape);
  const sameText = byDescription.get(description);
  if (!sameWords) byShape.set(shape, { id: requirement.id, at });
  if (!sameText) byDescription.set(description, { id: requirement.id, at });
  if (sameWords) return { ...sameWords, why: "the same words in another order or number" };
  if (sameText) return { ...sameText, why: "the same description" };
  return void 0;
}
function idShape(id) {
  return id.split("-").filter((word) => word !== "").map((word) => word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word).sort().join("-");
}
function requirementCriteria(context) {
  const known = context.catalogs.criteriaById;
  return context.rows.flatMap(
    (row) => row.evidence.flatMap(
      (requirement, position) => (requirement.tsc ?? []).flatMap((criterion, index) => {
        const at = ["rows", row.index, "evidence", position, "tsc", index];
        if (!known.has(criterion)) return [finding(context, "error", "unknown-tsc-criterion", `${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, known.keys())}`, at)];
        if (!row.tsc.includes(criterion)) {
          return [
            finding(
              context,
              "error",
              "requirement-criterion-outside-row",
              `evidence requirement "${requirement.id}" gates ${criterion}, which its row ${row.iso} does not reach (${row.tsc.join(", ")}); a requirement's tsc is a subset of its row's`,
              at
            )
          ];
        }
        return [];
      })
    )
  );
}
function ungatedCriteria(context) {
  return context.rows.filter((row) => row.coverage !== "gap" && row.evidence.length > 0).flatMap((row) => {
    const gated = new Set(row.evidence.flatMap((requirement) => requirement.tsc ?? row.tsc));
    return row.tsc.flatMap(
      (criterion, index) => gated.has(criterion) || row.tsc.indexOf(criterion) < index ? [] : [
        finding(
          context,
          "error",
          "ungated-criterion",
          `${row.iso} \u2192 ${criterion}: none of the row's evidence requirements gates ${criterion}, so it would be met without evidence; add ${criterion} to the tsc of the requirement that evidences it, or add a requirement`,
          ["rows", row.index, "tsc", index]
        )
      ]
    );
  });
}
function criterionEntries(context) {
  const known = context.catalogs.criteriaById;
  return context.criteria.flatMap((entry, position) => {
    const at = ["criteria", entry.index, "tsc"];
    if (!known.has(entry.tsc)) return [finding(context, "error", "unknown-tsc-criterion", `${entry.tsc} is not a SOC 2 Trust Services Criterion${didYouMean(entry.tsc, known.keys())}`, at)];
    const first = context.criteria.slice(0, position).find((other) => other.tsc === entry.tsc);
    if (first) {
      return [
        finding(context, "error", "duplicate-criterion-entry", `${entry.tsc} already has an entry at ${place(context, ["criteria", first.index, "tsc"])}; list all of its requirements in one entry`, at)
      ];
    }
    return [];
  });
}
function unmappedIds(context) {
  return context.unmapped.flatMap((entry, position) => {
    const at = ["unmapped", entry.index, "iso"];
    const verdict = judgeIsoId(entry.iso, context.catalogs);
    if (verdict.kind !== "known") return [finding(context, "error", verdict.kind === "iso-2013" ? "iso-2013-id" : "unknown-iso-control", verdict.message, at)];
    const row = context.rows.find((candidate) => candidate.iso === entry.iso);
    if (row) return [finding(context, "warning", "unmapped-but-mapped", `${entry.iso} is listed as unmapped, but the row at ${place(context, ["rows", row.index])} maps it; drop one of the two`, at)];
    if (context.unmapped.slice(0, position).some((other) => other.iso === entry.iso)) return [finding(context, "warning", "unmapped-but-mapped", `${entry.iso} is listed as unmapped twice`, at)];
    return [];
  });
}
var populationFrequencies = frequencies.filter((frequency) => frequencyDefaults[frequency].kind === "population");
function alternatives(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
function requirementFrequencies(context) {
  const lists = [
    ...context.rows.filter((row) => row.coverage !== "gap").map((row) => ({ evidence: row.evidence, at: ["rows", row.index, "evidence"] })),
    ...context.criteria.map((entry) => ({ evidence: entry.evidence, at: ["criteria", entry.index, "evidence"] }))
  ];
  return lists.flatMap(
    (list) => list.evidence.flatMap((requirement, position) => {
      const at = [...list.at, position];
      if (requirement.frequency === void 0) {
        const samples = requirement.min_samples === void 0 ? "" : `; its min_samples counts only with ${alternatives(populationFrequencies)}`;
        return [
          finding(
            context,
            "warning",
            "missing-frequency",
            `evidence requirement "${requirement.id}" has no frequency, so it is judged as an annual one (a record a year)${samples}; say how often the control operates (${alternatives(frequencies)})`,
            at
          )
        ];
      }
      if (requirement.min_samples !== void 0 && frequencyDefaults[requirement.frequency].kind === "periodic") {
        return [
          finding(
            context,
            "warning",
            "ignored-min-samples",
            `min_samples is ignored on "${requirement.id}": a ${requirement.frequency} requirement is met by one record per window, not by a sample count; drop it, or use ${alternatives(populationFrequencies)} if the auditor samples a population`,
            [...at, "min_samples"],
            "key"
          )
        ];
      }
      return [];
    })
  );
}
function ignoredRowFrequencies(context) {
  return context.rows.flatMap((row) => {
    if (row.frequency === void 0) return [];
    const why = row.coverage === "gap" ? `row ${row.iso} is a gap, which is never scored` : row.coverage === "partial" ? `row ${row.iso} is partial: its evidence requirements carry their own frequency` : row.evidence.length > 0 ? `row ${row.iso} lists evidence requirements, which carry their own frequency and replace its operating evidence` : void 0;
    if (why === void 0) return [];
    return [finding(context, "warning", "ignored-frequency", `frequency is ignored here: ${why}; a row's frequency is for the operating evidence of a full row without requirements`, ["rows", row.index, "frequency"], "key")];
  });
}
function evidenceOnGapRows(context) {
  return context.rows.filter((row) => row.coverage === "gap" && row.evidence.length > 0).map(
    (row) => finding(context, "warning", "evidence-on-gap-row", `row ${row.iso} is a gap, so its evidence requirements are never asked for; make it partial or drop them`, ["rows", row.index, "evidence"], "key")
  );
}
function repeatedRows(context) {
  const findings = [];
  context.rows.forEach((row, position) => {
    const earlier = context.rows.slice(0, position).filter((other) => other.iso === row.iso && !distinctSeedRows(other, row));
    const sameSet = earlier.find((other) => sameCriteria(other.tsc, row.tsc));
    if (sameSet) {
      findings.push(finding(context, "warning", "repeated-row", `this row repeats ${row.iso} \u2192 ${row.tsc.join(", ")} (${place(context, ["rows", sameSet.index])}); merge the two rows`, ["rows", row.index]));
      return;
    }
    row.tsc.forEach((criterion, index) => {
      const other = earlier.find((candidate) => candidate.tsc.includes(criterion));
      if (other && row.tsc.indexOf(criterion) === index) {
        findings.push(
          finding(context, "warning", "repeated-criterion", `${row.iso} \u2192 ${criterion} is already mapped at ${place(context, ["rows", other.index])}; the row that is met more easily decides the criterion`, ["rows", row.index, "tsc", index])
        );
      }
    });
  });
  return findings;
}
function distinctSeedRows(a, b) {
  return a.seed !== void 0 && b.seed !== void 0 && a.seed !== b.seed;
}
function sameCriteria(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((criterion) => right.has(criterion));
}
function seedTitles(context) {
  return context.rows.flatMap((row) => {
    const control = context.catalogs.iso.get(row.iso);
    if (row.seed === void 0 || control === void 0) return [];
    if (titlesShareAWord(seedTitle(row.seed), control.title) || commentsNameId(rowComments(context, row), row.iso)) return [];
    return [
      finding(
        context,
        "warning",
        "seed-title-mismatch",
        `seed "${row.seed}" shares no word with ${row.iso} "${control.title}"; check the 2022 id, or say in a comment above the row why ${row.iso} is right`,
        ["rows", row.index, "seed"]
      )
    ];
  });
}
function seedTitle(seed) {
  return seed.replace(/^\s*(?:A\.)?\d+(?:\.\d+)*\s+/, "");
}
var insignificantWords = /* @__PURE__ */ new Set(["and", "or", "the", "for", "of", "to", "in", "on", "with", "use", "information", "security", "management", "control", "controls"]);
function significantWords(title) {
  return (title.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 2 && !insignificantWords.has(word));
}
function titlesShareAWord(a, b) {
  const right = significantWords(b);
  return significantWords(a).some((word) => right.some((other) => sameStem(word, other)));
}
function sameStem(a, b) {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shorter >= 4 && shared >= Math.min(5, shorter);
}
function rowComments(context, row) {
  const start = context.document.locate(["rows", row.index]).line - 1;
  const next = context.rows.find((other) => other.index > row.index);
  const end = next ? context.document.locate(["rows", next.index]).line - 1 : context.lines.length;
  const isComment = (line) => line !== void 0 && line.trimStart().startsWith("#");
  const above = [];
  for (let index = start - 1; index >= 0 && isComment(context.lines[index]); index--) above.push(context.lines[index]);
  return [...above, ...context.lines.slice(start, end).filter(isComment)];
}
function commentsNameId(comments, id) {
  const pattern = new RegExp(`(?<![\\w.])${id.replace(/\./g, "\\.")}(?!\\.?\\d)`);
  return comments.some((comment) => pattern.test(comment));
}
function unreachedCriteria(context) {
  const reached = new Set(context.rows.filter((row) => row.coverage !== "gap").flatMap((row) => row.tsc));
  return context.catalogs.criteria.filter((criterion) => !reached.has(criterion.id)).map(
    (criterion) => finding(
      context,
      "warning",
      "unreached-criterion",
      `${criterion.id} (${categoryTitle(context, criterion)}: ${criterion.subject}) is reached by no full or partial row; it can be ready only through a control that covers it`,
      ["rows"],
      "key"
    )
  );
}
function categoryTitle(context, criterion) {
  return context.catalogs.categoryTitles.get(criterion.category) ?? criterion.category;
}
function unlistedIsoControls(context) {
  const listed = [...context.rows.map((row) => row.iso), ...context.unmapped.map((entry) => entry.iso)];
  const related = (a, b) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  return [...context.catalogs.iso.values()].filter((control) => !listed.some((id) => related(id, control.id))).map(
    (control) => finding(
      context,
      "warning",
      "unlisted-iso-control",
      `${control.id} (${control.title}) is in no row and not in unmapped:; map it, or say under unmapped: why it reaches no SOC 2 criterion`,
      ["rows"],
      "key"
    )
  );
}

// yaml-data:mappings/iso27001-2022-to-soc2.yaml
var iso27001_2022_to_soc2_default = JSON.parse(`{"apiVersion":"crosswalk/v1","kind":"Mapping","name":"ISO/IEC 27001:2022 to SOC 2 TSC 2017","rows":[{"iso":"A.5.1","tsc":["CC2.2","CC5.3"],"coverage":"partial","notes":"ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.","seed":"A.5.1 Policies for Information Security","corrected":"seed had CC1.2 and CC1.3, full. CC1.2 is the board's independent oversight and CC1.3 the organization's structures, reporting lines and authorities; neither is tested on the information security policies. Documented, approved and reviewed policies are CC5.3 (deploys control activities through policies and procedures) and their distribution is CC2.2 (internal communication). The seed's own note asks for evidence of distribution and review, which SOC 2 samples and ISO does not, so the row is partial with that evidence.","evidence":[{"id":"policy-acknowledgements","description":"Policy acknowledgement records for sampled personnel from across the workforce, each showing the person accepted the current information security policies at hire or within the last year.","frequency":"per-event"},{"id":"policy-review-records","description":"The record of the last review and approval of the information security policy and each topic-specific policy (approver, date, version), within the last year.","frequency":"annual"}]},{"iso":"A.5.7","tsc":["CC3.2"],"coverage":"partial","notes":"ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.","seed":"A.5.7 Threat Intelligence","evidence":[{"id":"threat-intel-in-risk-assessment","description":"The risk assessment from the last year, showing that it considers current threats (the threat sources, actors and techniques the intelligence identified) in identifying and rating risks.","frequency":"annual"},{"id":"threat-intel-source-review","description":"A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).","frequency":"annual"}]},{"iso":"A.5.2","tsc":["CC1.3"],"coverage":"full","notes":"Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.","seed":"A.6.1 Roles & Responsibilities","corrected":"seed had CC1.4, which is attracting, developing and retaining competent people. Defining and allocating information security roles and responsibilities is CC1.3 (establishes structures, reporting lines, and defines, assigns and limits authorities and responsibilities)."},{"iso":"A.6.3","tsc":["CC1.4","CC2.2"],"coverage":"partial","notes":"ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.","seed":"A.6.3 Information Security Awareness & Training","corrected":"seed had CC5.3 (deploying control activities through policies and procedures), full. Security awareness training is tested under CC2.2 (point of focus: communicates information to improve security knowledge and awareness, through an awareness training programme) and CC1.4 (develops competent individuals through training). The seed's own note names the evidence: SOC 2 validates completion records, sampling new hires (trained within the onboarding deadline) and the whole staff (the yearly refresher), which ISO does not require at a set interval; so the row is partial with those two tests rather than any record of the programme.","evidence":[{"id":"new-hire-training-completion","description":"Training completion records for sampled new hires from the period, each showing the security awareness training was completed within the onboarding deadline the policy sets.","frequency":"per-event","min_samples":10},{"id":"annual-training-completion","description":"The completion report of the yearly security awareness training for all personnel, listing who completed it and when, with the follow-up of those who did not.","frequency":"annual"}]},{"iso":"A.7.2","tsc":["CC6.4"],"coverage":"partial","notes":"Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.","seed":"A.7.2 Physical Entry Controls","corrected":"seed had CC6.1, full. CC6.1 is logical access security; physical entry to facilities is CC6.4 (restricts physical access, and creates, removes and reviews it). SOC 2 samples the periodic review of who holds badge or key access, which ISO does not require at a set interval, so the row is partial with that review (moved here from a crosswalk A.7.2 row).","evidence":[{"id":"physical-access-review","description":"The latest quarterly review of badge or key access to the office and restricted areas, listing the holders and the reviewer's keep or revoke decision for each.","frequency":"quarterly"}]},{"iso":"8.1","tsc":["CC5.3"],"coverage":"partial","notes":"ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.","seed":"A.8.1 Operational Planning & Control","corrected":"seed had CC2.1, which is about the quality of the information internal control relies on. Clause 8.1 plans and controls the ISMS processes and keeps records that they were carried out as planned: that is CC5.3 (control activities deployed through procedures, performed in a timely manner by responsible personnel), where the seed's sampled operational records belong.","evidence":[{"id":"operational-plan-approved","description":"The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.","frequency":"annual"},{"id":"operational-procedure-records","description":"Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.","frequency":"weekly"}]},{"iso":"A.8.16","tsc":["CC7.2","CC7.3"],"coverage":"partial","notes":"Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.","seed":"A.8.16 Monitoring Activities","corrected":"seed had CC4.1, full, which is COSO monitoring of controls (ongoing and separate evaluations of whether the components of internal control are present and functioning). A.8.16 monitors networks, systems and applications for anomalous behaviour: that is CC7.2 (monitors system components for anomalies indicative of malicious acts, natural disasters and errors), and the evaluation of each alert is CC7.3 (evaluates security events to determine whether they could or have resulted in a failure to meet objectives). The seed's note names the test, alerting and response handling in practice: SOC 2 samples the period's alerts and reads how each was investigated and disposed of, so the row is partial with that sample.","evidence":[{"id":"alert-investigation-records","description":"Sampled security alerts from the period, each showing when it fired, who investigated it, what was found and its disposition (false positive, benign, or escalated to an incident with its ticket).","frequency":"per-event"}]},{"iso":"A.8.28","tsc":["CC8.1","CC7.1"],"coverage":"partial","notes":"ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.","seed":"A.8.28 Secure Coding","corrected":"seed had CC3.2 and CC6.6. CC3.2 is the entity's risk identification and analysis, and CC6.6 protects the system boundary against outside threats (firewalls, remote-access authentication); secure coding is neither. The code review the seed asks for is tested under CC8.1 (designs, develops and approves changes), and dependency scanning under CC7.1 (detects newly discovered vulnerabilities in system components).","evidence":[{"id":"code-review-records","description":"For the changes sampled for change management (change-tickets-approved), the merged pull or merge request of each, showing an approving peer review by someone other than the author recorded before the merge.","frequency":"per-event","tsc":["CC8.1"]},{"id":"dependency-scan-results","description":"Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).","frequency":"monthly","tsc":["CC7.1"]}]},{"iso":"A.5.15","tsc":["CC6.2","CC6.3"],"coverage":"full","notes":"Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.","seed":"A.9.1 Access Control Policy"},{"iso":"A.5.16","tsc":["CC6.1","CC6.2"],"coverage":"partial","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management","corrected":"seed had CC6.2, full. CC6.2 stands: registering and authorizing new users before credentials are issued is its first point of focus. A.5.16 also gives every person and system a unique identity before it reaches protected assets, which is CC6.1 (identifies and authenticates users), and the crosswalk row that said so is merged here. SOC 2 tests both on the population of joiners of the period, sampled, not on any record of the identity provider, so the row is partial with that sample. (The user access reviews the note mentions are asked for on A.5.18, whose control they belong to.)","evidence":[{"id":"user-registration-records","description":"For sampled joiners from the period, the authorized access request and the unique identity registered for each person, both dated before the credentials were issued.","frequency":"per-event","min_samples":10}]},{"iso":"A.5.18","tsc":["CC6.2","CC6.3"],"coverage":"partial","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management","corrected":"seed had CC6.2, full. CC6.2 stands: it removes access when no longer authorized and reviews the appropriateness of access credentials. A.5.18's review and modification of access rights by role is also CC6.3 (creates, modifies or removes access based on authorization; reviews access roles and rules), which the crosswalk row merged here reached. The seed's note names the test, the sampled user access reviews, and SOC 2 also samples leavers for timely removal; ISO asks for reviews \\"at regular intervals\\" and neither record at a set rate, so the row is partial with both.","evidence":[{"id":"access-review-records","description":"The quarter's user access review for each in-scope system, listing every account with its role, the reviewer's keep, change or remove decision and the ticket that carried out each change.","frequency":"quarterly"},{"id":"access-removal-records","description":"For sampled leavers and role changes from the period, the record that their access to each in-scope system was removed or changed within the deadline the access policy sets.","frequency":"per-event","min_samples":10,"tsc":["CC6.2"]}]},{"iso":"A.8.3","tsc":["CC6.1","CC6.3"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control","corrected":"seed had CC6.1 and CC6.2. CC6.2 is registering and authorizing users before credentials are issued, and removing them; restricting access to information and application functions is CC6.1 (restricts logical access) and CC6.3 (role-based access, least privilege). CC6.1 stands; CC6.2 is replaced by CC6.3."},{"iso":"A.8.5","tsc":["CC6.1","CC6.6"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control","corrected":"seed had CC6.1 and CC6.2. CC6.2 is user registration and deprovisioning, not how users authenticate. Secure authentication is CC6.1 (identifies and authenticates users) and CC6.6 (requires additional authentication, such as MFA, for access from outside the boundary). CC6.1 stands; CC6.2 is replaced by CC6.6."},{"iso":"A.8.24","tsc":["CC6.1","CC6.7"],"coverage":"full","notes":"Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"partial","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring","corrected":"seed had CC7.2, full. CC7.2 stands. The seed's note names what SOC 2 tests: logs that can carry an investigation, which the auditor checks on the logging configuration (which security events each in-scope system records, where they are kept, for how long and who can alter them) before sampling the investigations themselves on A.8.16. A log excerpt alone does not show that, so the row is partial with the configuration.","evidence":[{"id":"security-logging-configuration","description":"The logging configuration of the in-scope systems, showing the security events each records, the central store its logs reach, the retention period and who can alter or delete them.","frequency":"annual"}]},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.5.25","tsc":["CC7.3"],"coverage":"partial","notes":"ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.","seed":"A.11.2 Security Event Handling","evidence":[{"id":"incident-tickets","description":"Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.","frequency":"per-event"},{"id":"incident-retrospectives","description":"A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.","frequency":"annual"}]},{"iso":"A.7.3","tsc":["CC6.4"],"coverage":"full","notes":"Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.","seed":"A.7.4 Securing Offices, Rooms and Facilities","corrected":"seed had CC6.1 and A1.1. CC6.1 is logical access; securing offices, rooms and facilities is physical access, CC6.4. A1.1 is capacity management (measuring usage, forecasting demand) and has nothing to test on facility security; the environmental protections availability needs are A1.2, reached through A.7.5, A.7.8 and A.7.11. A1.1 is dropped."},{"iso":"A.8.6","tsc":["A1.1"],"coverage":"full","frequency":"quarterly","notes":"ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.","seed":"A.8.3 Capacity Management","corrected":"seed had A1.2 (environmental protections, backup and recovery infrastructure). Capacity management is A1.1, whose points of focus are exactly A.8.6's: measures current usage, forecasts capacity, makes changes based on the forecasts."},{"iso":"A.8.32","tsc":["CC8.1","CC6.8"],"coverage":"partial","notes":"Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.","seed":"A.8.14 Change Management","corrected":"seed had A1.3 and CC7.2. A1.3 is testing the recovery plan and CC7.2 monitoring system components for anomalies; change management is neither. SOC 2 tests it under CC8.1 (authorizes, tests, approves and deploys changes, including emergency changes), where the change tickets and approval workflow the seed asks for are sampled. The enforced workflow is also CC6.8's defined change control process, which keeps unauthorized software from reaching production. The auditor draws one sample of changes and tests each for approval, testing and peer review together: the same sampled changes answer change-tickets-approved, changes-tested-before-deployment and code-review-records (A.8.28).","evidence":[{"id":"change-tickets-approved","description":"Sampled production changes from the period (one sample for all the change tests), each showing a recorded approval that precedes its production deployment.","frequency":"per-event","tsc":["CC8.1"]},{"id":"change-approval-workflow","description":"An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.","frequency":"annual"},{"id":"changes-tested-before-deployment","description":"For the changes sampled for change-tickets-approved, the test results of each (CI run or QA sign-off) recorded before the deployment time.","frequency":"per-event","tsc":["CC8.1"]},{"id":"emergency-change-reviews","description":"The list of emergency changes made in the period, each with its retrospective review and approval within the policy window, or a system report showing there were none.","frequency":"per-event","min_samples":3,"tsc":["CC8.1"]}]},{"iso":"A.8.29","tsc":["CC8.1"],"coverage":"partial","notes":"Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.","seed":"A.8.15 Test Management","corrected":"seed had PI1.2 and PI1.3, the input and processing controls of processing integrity (edit checks, job monitoring, reconciliations). Testing a release before it goes live is tested under CC8.1 (tests system changes; approves them before deployment), where the seed's test runs and sign-offs are sampled.","evidence":[{"id":"test-execution-records","description":"Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.","frequency":"per-event"},{"id":"release-acceptance-signoff","description":"Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.","frequency":"per-event"},{"id":"release-security-test-results","description":"Security test results (static, dynamic or dependency analysis) for sampled releases from the period, each reviewed before the release was deployed.","frequency":"per-event"}]},{"iso":"A.8.8","tsc":["CC7.1","CC4.1"],"coverage":"partial","notes":"Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.","seed":"A.8.22 Management of Technical Vulnerabilities","corrected":"seed had CC7.1 and A1.1, full. CC7.1 (detects newly discovered vulnerabilities) stands. A1.1 is capacity management; remediating vulnerabilities helps availability only indirectly and no availability criterion tests it. A1.1 is dropped. The independent penetration test A.8.8's technical evaluation includes is a separate evaluation under CC4.1, whose point of focus on different types of evaluations names penetration testing. The seed's note names the test, remediation timelines sampled, and SOC 2 also expects scans every month and a penetration test every year; ISO sets none of these intervals, so the row is partial with the three.","evidence":[{"id":"vulnerability-scan-reports","description":"The vulnerability scan reports of the in-scope infrastructure and applications, one for each month of the period, with the findings by severity.","frequency":"monthly","tsc":["CC7.1"]},{"id":"vulnerability-remediation-records","description":"Sampled vulnerabilities found in the period, each showing its severity, the remediation deadline the policy sets for it and the date it was fixed, or the approved exception.","frequency":"per-event","tsc":["CC7.1"]},{"id":"penetration-test-report","description":"The report of an independent penetration test of the in-scope system from the last year, with the findings and the remediation or risk acceptance of each.","frequency":"annual"}]},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.","seed":"A.8.24 Logging","corrected":"seed had CC7.2 and A1.3. CC7.2 stands. A1.3 is testing recovery plan procedures (restores, failover exercises); logs help diagnose an outage but are not a recovery test. A1.3 is dropped."},{"iso":"A.8.27","tsc":["CC8.1"],"coverage":"full","notes":"Architecture considerations support ongoing maintainability and reliability required by Availability criteria.","seed":"A.8.27 Secure System Architecture and Engineering Principles","corrected":"seed had CC3.2 and A1.1. CC3.2 is the entity-level risk assessment; engineering principles are applied when systems are designed and built, which SOC 2 tests under CC8.1 (designs and develops changes). A1.1 is capacity management, and A1.2 (environmental protections, backup and recovery infrastructure) is not reached either: engineering principles are not availability infrastructure, and the redundancy and recovery the seed's reliability means are tested on A.8.14, A.8.13 and A.5.30. Both availability pairs are dropped."},{"iso":"A.8.2","tsc":["CC6.1","CC6.2","CC6.3"],"coverage":"partial","notes":"Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.","seed":"A.9.3 Privileged Access Rights","corrected":"seed had CC6.2 and C1.1. CC6.2 (access authorized before it is granted) stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; restricting privileged access protects every objective and is tested under CC6.3 (least privilege; reviews access roles), where the privileged access reviews are sampled, and under CC6.1, whose restriction of logical access starts with who holds administrative access. Each requirement gates only the criteria it evidences: the review CC6.1 and CC6.3, the approvals of grants CC6.2, so a missing review never blocks CC6.2's other tests.","evidence":[{"id":"privileged-access-review","description":"The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.","frequency":"quarterly","tsc":["CC6.1","CC6.3"]},{"id":"privileged-access-approvals","description":"Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.","frequency":"per-event","min_samples":10,"tsc":["CC6.2"]}]},{"iso":"A.8.4","tsc":["CC6.1","CC8.1"],"coverage":"full","frequency":"quarterly","notes":"Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.","seed":"A.9.5 Access to Source Code","corrected":"seed had CC6.6 and PI1.1. CC6.6 protects the system boundary against outside threats and PI1.1 is the definition of processing specifications; neither is about who may read or change source code. Restricting access to source code is CC6.1 (restricts logical access to software) and part of CC8.1 (only authorized changes reach the code base)."},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.","seed":"A.10.2 Key Management"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities","corrected":"seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; logging user activity protects every objective and is tested under CC7.2, not C1.1. C1.1 is dropped."},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities","corrected":"seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; monitoring user activity protects every objective and is tested under CC7.2, not C1.1. C1.1 is dropped."},{"iso":"A.5.36","tsc":["CC7.1"],"coverage":"full","frequency":"semiannual","notes":"Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.","seed":"A.11.3 Assessment for Technical Compliance"},{"iso":"5.1","tsc":["CC1.1","CC1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.1 against the CC1.1 and CC1.2 points of focus (sets the tone at the top, establishes standards of conduct, operates independently)","notes":"Clause 5.1 makes top management lead and commit to the ISMS, which is the tone at the top of CC1.1. SOC 2 asks for two things ISO does not require: written standards of conduct that management approves (CC1.1), and a board or equivalent body, independent of management, that oversees internal control (CC1.2). The auditor inspects both, and each gates only its own criterion: board minutes never hold up CC1.1. Top management's commitment is the only ISO route to CC1.2, and the board minutes make it sound; the code of conduct's acknowledgement by personnel and the board's charter are SOC 2's own tests, asked of every organization (criteria, at the end).","evidence":[{"id":"board-oversight-minutes","description":"Minutes of the board or a board committee from the period, showing it discussed security, risk and internal control matters and which of its members are independent of management.","frequency":"annual","tsc":["CC1.2"]},{"id":"code-of-conduct-approved","description":"The current code of conduct (standards of integrity and ethical behaviour) with its approval by senior management or the board and the approval date.","frequency":"annual","tsc":["CC1.1"]}]},{"iso":"5.3","tsc":["CC1.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.3 against CC1.3 (establishes reporting lines; defines, assigns and limits authorities and responsibilities)","notes":"Clause 5.3 requires top management to assign and communicate the responsibilities and authorities for ISMS roles, including reporting on ISMS performance to top management. That is CC1.3's structures, reporting lines and authorities; the SOC 2 auditor inspects the same organization chart and role assignments the ISO auditor does."},{"iso":"7.2","tsc":["CC1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.2 against CC1.4 (evaluates competence and addresses shortcomings)","notes":"Clause 7.2 requires the competence of people doing ISMS work to be determined, acquired and retained as documented evidence. SOC 2 looks wider: CC1.4 covers attracting, developing and retaining competent people across the system, so the auditor samples competence records of people in security-relevant roles. (CC1.5's performance evaluations are SOC 2's own test, asked of every organization under criteria: clause 7.2 has no performance-evaluation requirement, so it no longer reaches CC1.5.)","evidence":[{"id":"role-competence-records","description":"For sampled people in security-relevant roles, the job description stating the competence required and the training or qualification records showing they have it.","frequency":"annual"}]},{"iso":"A.5.4","tsc":["CC1.1","CC1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.4 against CC1.1 (evaluates adherence to standards of conduct) and CC1.5 (enforces accountability)","notes":"A.5.4 makes management require all personnel to apply information security in line with the policies. ISO states the duty; SOC 2 tests that managers enforce it \u2014 deviations are noticed and followed up (CC1.1 addresses deviations in a timely manner; CC1.5 enforces accountability). The auditor asks for the follow-up records.","evidence":[{"id":"manager-follow-up-records","description":"Records from the period of managers following up personnel who missed mandatory security training, policy acknowledgements or access reviews, with the outcome of each follow-up.","frequency":"annual"}]},{"iso":"A.6.1","tsc":["CC1.1","CC1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.1 against the CC1.1 and CC1.4 points of focus on considering the background of individuals","notes":"A.6.1 requires background verification of candidates before they join, proportional to the risk of the role. SOC 2 counts it towards CC1.1 and CC1.4 and tests it by sampling new hires from the whole period: each must have a completed check dated before the start date. The rule is the same; SOC 2 differs in sampling the population.","evidence":[{"id":"background-check-records","description":"Background check records for sampled new hires (employees and contractors) from the period, each showing the check level, the result and a completion date on or before the start date.","frequency":"per-event","min_samples":10}]},{"iso":"A.6.2","tsc":["CC1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.2 against CC1.1 (establishes standards of conduct; considers contractors and vendor employees)","notes":"A.6.2 puts personnel's and the organization's security responsibilities into the employment contract. CC1.1 expects people to commit to the standards of conduct when they join; SOC 2 samples new hires and contractors for the signed terms.","evidence":[{"id":"signed-employment-terms","description":"Signed employment or contractor agreements for sampled new hires from the period, each containing the security and conduct terms and signed on or before the start date.","frequency":"per-event","min_samples":10}]},{"iso":"A.6.4","tsc":["CC1.1","CC1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.4 against CC1.1 (addresses deviations in a timely manner) and CC1.5 (evaluates performance and rewards or disciplines individuals)","notes":"A.6.4 requires a formalized, communicated disciplinary process for policy violations. CC1.1 expects deviations from the standards of conduct to be addressed in a timely manner, and CC1.5 that accountability is actually enforced: the auditor asks which violations occurred in the period and what action followed. ISO requires the process; SOC 2 wants its outcomes.","evidence":[{"id":"disciplinary-case-log","description":"The log of information security policy violations in the period with the disciplinary action taken for each, or HR's signed statement that there were none.","frequency":"annual"}]},{"iso":"A.5.10","tsc":["CC1.1","CC5.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.10 against CC1.1 (establishes standards of conduct) and CC5.3 (deploys policies)","notes":"A.5.10 requires rules for the acceptable use of information and assets to be documented and implemented. They are standards of conduct (CC1.1) deployed as policy (CC5.3). SOC 2 samples personnel to see that each accepted the rules when joining.","evidence":[{"id":"acceptable-use-acknowledgements","description":"Acceptable-use acknowledgements for sampled new hires and contractors from the period, each signed by the start date.","frequency":"per-event","min_samples":10}]},{"iso":"7.3","tsc":["CC2.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.3 against CC2.2 (communicates responsibilities; communicates information to improve security knowledge and awareness)","notes":"Clause 7.3 requires everyone working under the organization's control to be aware of the policy, their contribution to the ISMS and the implications of not conforming. That is the internal communication of objectives and responsibilities CC2.2 asks for, evidenced by the same awareness programme records. (Training completion records are the operating evidence of A.6.3, which reaches CC2.2 too.)"},{"iso":"7.4","tsc":["CC2.2","CC2.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.4 against CC2.2 and CC2.3 (communicates system objectives, commitments and boundaries; enables inbound communications)","notes":"Clause 7.4 requires the ISMS to decide what to communicate, when, with whom and how, internally and externally. It is a plan; SOC 2 tests content and audience. CC2.3 expects the system description and service commitments to reach customers, with a channel for them to report incidents and complaints; CC2.2 expects objectives and their changes to reach personnel. The auditor samples both.","evidence":[{"id":"internal-control-communications","description":"Sampled internal communications from the period (all-hands notes, intranet posts, policy change notices) telling personnel about security objectives, responsibilities or changes to them.","frequency":"annual","tsc":["CC2.2"]},{"id":"external-commitments-communicated","description":"The system description and service commitments as customers receive them (trust page, contract security exhibit or SLA), including how customers report incidents and complaints.","frequency":"annual","tsc":["CC2.3"]}]},{"iso":"9.1","tsc":["CC2.1","CC4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.1 against CC2.1 (maintains quality throughout processing) and CC4.1 (considers a mix of ongoing and separate evaluations)","notes":"Clause 9.1 requires deciding what is monitored and measured, with methods that give valid results, when, and who analyses the results. That supplies CC2.1's relevant, quality information for internal control and CC4.1's ongoing evaluations. SOC 2 tests that the measurements were produced and reviewed during the period, not only defined.","evidence":[{"id":"isms-measurement-reports","description":"The security measurement or KPI report for the last half-year, showing each metric's result against its target and who reviewed it.","frequency":"semiannual"}]},{"iso":"A.6.8","tsc":["CC2.2","CC7.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.8 against CC2.2 (provides separate communication lines) and CC7.2 (implements detection policies, procedures and tools)","notes":"A.6.8 requires a way for personnel to report observed or suspected security events through appropriate channels in good time. SOC 2 tests that the channel works \u2014 sampled staff reports reached the security team and were picked up \u2014 for CC2.2 and as a detection source for CC7.2. CC2.2 also expects a confidential line for ethics and fraud concerns, which A.6.8 does not require: it is SOC 2's own requirement of CC2.2 (criteria, at the end).","evidence":[{"id":"staff-event-reports","description":"Sampled security events reported by personnel in the period (phishing reports, lost devices, suspicious activity), each showing when it was reported and when the security team acknowledged it.","frequency":"per-event","min_samples":10}]},{"iso":"A.5.14","tsc":["CC2.3","CC6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against CC6.7 (restricts the ability to perform transmission) and CC2.3 (communicates to external parties)","notes":"A.5.14 requires transfer rules, procedures or agreements for every kind of transfer facility, inside the organization and with other parties. CC6.7 restricts and protects the movement of information; CC2.3 communicates the security terms to external parties. SOC 2 tests the agreements behind the recurring external transfers that actually happen.","evidence":[{"id":"information-transfer-agreements","description":"Agreements or documented transfer terms for sampled recurring transfers of confidential data to or from external parties, showing the agreed channel and how the data is protected in transit.","frequency":"annual"}]},{"iso":"6.2","tsc":["CC3.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.2 against CC3.1 (specifies operations and compliance objectives; establishes sub-objectives)","notes":"Clause 6.2 requires measurable information security objectives consistent with the policy and the risk results. CC3.1 asks for objectives clear enough to identify risks against; in SOC 2 those are the service commitments and system requirements of the system description (availability targets, confidentiality commitments). ISMS objectives are often internal (training rates, audit findings), so the auditor wants the link to the commitments.","evidence":[{"id":"objectives-mapped-to-commitments","description":"The approved security objectives for the period, each linked to the service commitment or system requirement it supports, with its measure and owner.","frequency":"annual"}]},{"iso":"A.5.31","tsc":["CC3.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against CC3.1 (compliance objectives reflect external laws and regulations)","notes":"A.5.31 requires legal, statutory, regulatory and contractual requirements to be identified, documented and kept up to date, which is what CC3.1's compliance objectives start from. SOC 2 frames objectives around the service commitments made to customers, so the auditor wants the register to include the contractual security, availability and confidentiality commitments, not only laws. (Identifying commitments is not communicating them: CC2.3 is left to 7.4 and A.5.14.)","evidence":[{"id":"legal-and-contractual-register","description":"The register of legal, regulatory and contractual requirements, including customer security, availability and confidentiality commitments, each with an owner and a review date within the last year.","frequency":"annual"}]},{"iso":"6.1.2","tsc":["CC3.2","CC3.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.2 against CC3.2 (analyzes internal and external factors, estimates significance, identifies threats and vulnerabilities) and CC3.3 (the risk assessment considers the potential for fraud)","notes":"Clause 6.1.2 requires a defined, repeatable risk assessment: risk criteria, risks to confidentiality, integrity and availability identified with owners, analysed for likelihood and consequence, and evaluated. CC3.2 asks for the same and the auditor reads the same assessment and register. CC3.3 asks that assessment to consider fraud (incentives and pressures, opportunities including misuse of system access and management override, rationalizations). Clause 6.1.2 has no fraud requirement and ISMS registers rarely carry fraud scenarios, one of the most common findings for ISO-certified organizations in a first SOC 2 examination: the fraud risk assessment is SOC 2's own requirement of CC3.3, asked whatever ISO clauses an organization lists. (How threat intelligence feeds the assessment is tested on A.5.7; vendor risk on CC9.2.)"},{"iso":"8.2","tsc":["CC3.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.2 (identifies and analyzes risk; includes entity, subsidiary, division, operating unit and functional levels); AICPA's mapping of the TSC to ISO/IEC 27001 lists clause 8.2 under CC3.2","notes":"Clause 6.1.2 defines the risk assessment process; clause 8.2 requires it to be performed at planned intervals and the results kept. CC3.2 tests that the assessment was actually done in the period, and the dated assessment and register the ISO auditor reads are the evidence. (Assessments triggered by significant changes are evidenced on the 8.2 \u2192 CC3.4 row.)"},{"iso":"6.1.3","tsc":["CC3.2","CC5.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.3 against CC3.2 (determines how to respond to risks) and CC5.1 (integrates with risk assessment; evaluates a mix of control activity types)","notes":"Clause 6.1.3 requires risk treatment options to be chosen, the necessary controls determined and compared with Annex A, a Statement of Applicability produced and the treatment plan approved by the risk owners. That is CC3.2's response to risks and CC5.1's selection of control activities that bring risks to acceptable levels; the Statement of Applicability and treatment plan are what both auditors inspect."},{"iso":"8.2","tsc":["CC3.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.4 (assesses changes in the external environment, business model, leadership, systems and vendors)","notes":"Clause 8.2 requires risk assessments at planned intervals and when significant changes are proposed or occur. ISO sets the trigger; CC3.4 tests that the significant changes of the period (new product, system, vendor, region, leadership) were each identified and assessed, so the auditor picks the changes and looks for the assessment of each.","evidence":[{"id":"change-triggered-risk-assessments","description":"Risk assessments or risk register updates made in the period for significant changes (a new product, system, vendor, region or a re-organization), each dated and tied to the change.","frequency":"per-event","min_samples":2}]},{"iso":"A.5.8","tsc":["CC3.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.8 against CC3.4 (assesses changes in systems and technology)","notes":"A.5.8 integrates information security into project management, with security risks and requirements assessed early and throughout each project. For CC3.4 SOC 2 samples projects of the period and looks for the documented security assessment of each.","evidence":[{"id":"project-security-assessments","description":"Security risk assessments for sampled projects started or delivered in the period, each showing the risks identified and the security requirements agreed.","frequency":"per-event","min_samples":3}]},{"iso":"9.2","tsc":["CC4.1","CC4.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.2 against CC4.1 (considers a mix of ongoing and separate evaluations; objectively evaluates) and CC4.2 (assesses results; communicates deficiencies to parties responsible for corrective action)","notes":"Clause 9.2 requires an internal audit programme at planned intervals, with criteria and scope, auditors chosen for objectivity and impartiality, and results reported to relevant management: CC4.1's separate evaluations and CC4.2's communication of the deficiencies they find. The SOC 2 auditor inspects the same programme and reports (keep the programme's scope in line with the SOC 2 system description)."},{"iso":"A.5.35","tsc":["CC4.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.35 against CC4.1 (objectively evaluates; uses knowledgeable personnel)","notes":"A.5.35 requires the approach to information security and its implementation to be reviewed independently at planned intervals and on significant change \u2014 an objective, separate evaluation under CC4.1. The independent review report is the evidence in both frameworks."},{"iso":"A.5.36","tsc":["CC4.1"],"coverage":"full","frequency":"semiannual","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.36 against CC4.1 (integrates with business processes; considers different types of evaluations)","notes":"The seed maps A.5.36 to CC7.1. Its regular reviews of compliance with the policy, topic-specific policies, rules and standards are also CC4.1's ongoing evaluations of whether controls are present and functioning; the review records are the same."},{"iso":"9.3","tsc":["CC4.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.3 against CC4.2 (communicates deficiencies to senior management; monitors corrective action)","notes":"Clause 9.3 requires top management to review the ISMS at planned intervals with defined inputs (nonconformities, audit results, risk status) and outputs (improvement decisions). SOC 2 uses it for CC4.2: deficiencies reach senior management and are corrected. What SOC 2 adds is follow-through: the auditor checks the decisions were tracked to closure, not only minuted. (It no longer reaches CC1.2: a management review is management reviewing its own system, not the board's oversight independent of management, which CC1.2 tests on the board's minutes under clause 5.1.)","evidence":[{"id":"management-review-minutes","description":"Minutes of the last management review showing the attendees, the clause 9.3.2 inputs considered and the decisions taken.","frequency":"annual"},{"id":"management-review-actions","description":"The action log from the last management review, each action with an owner, a due date and its current status, showing overdue actions were escalated.","frequency":"annual"}]},{"iso":"10.2","tsc":["CC4.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 10.2 against CC4.2 (assesses results, communicates deficiencies, monitors corrective action)","notes":"Clause 10.2 requires each nonconformity to be reacted to, its causes evaluated, corrective action taken and its effectiveness reviewed, all documented. That is CC4.2's evaluation, communication and correction of control deficiencies; the corrective-action register is what both auditors inspect."},{"iso":"5.2","tsc":["CC5.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.2 against CC5.3 (establishes policies and procedures to support deployment of management's directives; establishes responsibility and accountability for executing policies)","notes":"Clause 5.2 requires top management to establish an information security policy that sets the objectives' framework and the commitments, documented, communicated within the organization and available to interested parties. That is CC5.3's management directive deployed through policy, and the auditor inspects the same approved, communicated policy. The policy itself is a design document: the row asks for a record that it was approved and communicated (A.5.1 asks for the topic-specific policies' reviews and acknowledgements)."},{"iso":"A.8.25","tsc":["CC5.2","CC8.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.25 against CC5.2 (establishes technology acquisition, development and maintenance process control activities) and CC8.1 (manages changes throughout the system life cycle; designs and develops changes)","notes":"A.8.25 requires rules for the secure development of software and systems to be established and applied: separate environments, secure coding guidance, security requirements in design, checkpoints, secure repositories and version control. Those are CC5.2's general control activities over technology development and maintenance, and the life-cycle frame of CC8.1. The records a SOC 2 auditor samples for CC8.1 (code reviews, tested and approved changes) are asked for on the A.8.28, A.8.29 and A.8.32 rows."},{"iso":"A.5.37","tsc":["CC5.2","CC5.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.37 against CC5.3 (establishes policies and procedures to support deployment of management's directives) and CC5.2 (technology infrastructure control activities)","notes":"A.5.37 requires documented operating procedures for information processing facilities (installation, backup, scheduling, error handling, restart and recovery, monitoring, maintenance), available to the people who need them. They are CC5.3's procedures that put policy into action and CC5.2's technology infrastructure control activities; whether each procedure operates is tested under the criterion it serves."},{"iso":"A.5.3","tsc":["CC1.3","CC5.1","CC6.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.3 against CC1.3 (defines, assigns and limits authorities and responsibilities), CC5.1 (addresses segregation of duties) and CC6.3 (uses role-based access controls)","notes":"A.5.3 requires conflicting duties and areas of responsibility to be segregated: CC1.3 limits authorities, CC5.1 names segregation of duties. SOC 2 tests whether the segregation holds in the systems: the auditor compares role assignments with the segregation matrix (nobody can both approve and deploy a change, or both request and approve access) for CC1.3, CC5.1 and CC6.3.","evidence":[{"id":"segregation-of-duties-review","description":"The latest review of role assignments in in-scope systems against the segregation-of-duties matrix, listing the conflicts found and how each was removed or compensated.","frequency":"annual"}]},{"iso":"A.5.15","tsc":["CC6.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.15 against CC6.1 (restricts logical access; manages points of access; identifies and authenticates users); AICPA's mapping of the TSC to ISO/IEC 27001 files the access control policy (2013 A.9.1.1, now A.5.15) under CC6.1","notes":"The seed files A.5.15 under CC6.2 and CC6.3 only. Its rules for physical and logical access, set from business and security requirements and implemented, are first of all CC6.1's logical access security over protected information assets; the auditor inspects the access rules in force (identity provider, cloud console, application roles), not the policy alone."},{"iso":"A.5.9","tsc":["CC6.1","CC2.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.9 against CC6.1 (identifies and manages the inventory of information assets) and CC2.1 (2022 points of focus \\"manages assets\\" and \\"documents data flow\\", which identify, inventory and manage the information assets the system relies on)","notes":"A.5.9 requires an accurate, up-to-date inventory of information and associated assets, with owners. CC6.1 names the same thing, and the 2022 points of focus of CC2.1 ask for it as the basis of quality information: assets identified, inventoried and managed, and where data flows between them. The SOC 2 auditor inspects the inventory as of a date and tests completeness by comparing it with what actually exists in the cloud accounts, device management and SaaS consoles; once in the period is the test, not once a quarter.","evidence":[{"id":"asset-inventory-current","description":"The asset inventory as reviewed within the last year, each asset with an owner and a classification, reconciled against system-generated listings (cloud accounts, device management, SaaS admin consoles).","frequency":"annual"}]},{"iso":"A.5.17","tsc":["CC6.1","CC6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.17 against CC6.1 (manages credentials for infrastructure and software) and CC6.6 (protects identification and authentication credentials)","notes":"A.5.17 controls how authentication information is allocated and managed. SOC 2 tests the enforced configuration rather than the procedure: password, MFA and session rules in the identity provider, and how service secrets are stored and rotated.","evidence":[{"id":"authentication-configuration","description":"An export of the enforced authentication settings for in-scope systems (identity provider password, MFA and session policies; secrets manager storage and rotation settings).","frequency":"annual"}]},{"iso":"A.8.18","tsc":["CC6.1","CC6.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.18 against CC6.1 (restricts logical access) and CC6.3 (reviews access roles and rules)","notes":"A.8.18 restricts and tightly controls utility programs that can override system and application controls. SOC 2 tests who can use them (break-glass accounts, database consoles, root or hypervisor tools) as part of restricted access and least privilege, through a periodic review.","evidence":[{"id":"privileged-utility-access-review","description":"The latest quarterly review of who can run privileged utilities and break-glass tooling, with the reviewer's keep or remove decision for each person.","frequency":"quarterly"}]},{"iso":"A.8.22","tsc":["CC6.1","CC6.6"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.22 against CC6.1 (considers network segmentation) and CC6.6 (implements boundary protection systems)","notes":"A.8.22 segregates groups of information services, users and systems in the networks. It is CC6.1's network segmentation and part of CC6.6's boundary protection; the auditor inspects the same network design and segmentation rules the ISO auditor does."},{"iso":"A.7.7","tsc":["CC6.1","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.7 against CC6.1 (restricts logical access) and C1.1 (protects confidential information)","notes":"A.7.7 requires clear desk rules for papers and removable media and clear screen rules for information processing facilities. SOC 2 does not name clear desk, but auditors test its technical half \u2014 an enforced screen lock \u2014 under CC6.1, and the handling of confidential papers under C1.1, and they want a check in the period rather than a policy alone (once a year: SOC 2 sets no interval and auditors do not sample walkthroughs quarter by quarter).","evidence":[{"id":"clear-desk-and-screen-checks","description":"The latest periodic clear desk and clear screen walkthrough record, with the findings and follow-up, and the device-management setting that enforces screen lock after inactivity.","frequency":"annual"}]},{"iso":"A.6.5","tsc":["CC6.2","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.5 against CC6.2 (removes access to protected assets when appropriate) and C1.1 (protects confidential information)","notes":"A.6.5 requires the responsibilities that remain valid after termination or change of employment, chiefly confidentiality, to be defined, enforced and communicated. SOC 2 tests it with a sample of leavers from the period: access removed within the policy deadline (CC6.2) and the continuing confidentiality duties reminded at exit (C1.1).","evidence":[{"id":"leaver-offboarding-records","description":"Offboarding records for sampled leavers from the period, each showing the last day, when all access was removed (within the policy deadline) and the exit reminder of continuing confidentiality duties.","frequency":"per-event","min_samples":10}]},{"iso":"A.7.1","tsc":["CC6.4"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.1 against CC6.4 (restricts physical access to facilities and protected information assets)","notes":"A.7.1 requires security perimeters to be defined and used to protect areas that contain information and other associated assets. That is the design of CC6.4's restricted physical access. Where production runs at a cloud provider, its data-centre perimeter is tested through the provider's own SOC 2 report (see CC9.2)."},{"iso":"A.7.4","tsc":["CC6.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.4 against CC6.4 (restricts physical access to facilities)","notes":"A.7.4 requires premises to be continuously monitored for unauthorized physical access (guards, alarms, video). Monitoring supports CC6.4 but is not one of its principal points of focus, so it cannot carry the criterion alone; SOC 2 asks for proof the monitoring works and its alarms are answered.","evidence":[{"id":"physical-monitoring-records","description":"The latest check that intrusion alarms and cameras work, with sampled alarm events from the period and the response to each.","frequency":"annual"}]},{"iso":"A.7.6","tsc":["CC6.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.6 against CC6.4 (restricts physical access to protected information assets)","notes":"A.7.6 sets security measures for working in secure areas (supervised third-party work, no unauthorized recording). It narrows who does what inside the CC6.4 perimeter; SOC 2 samples the records of third parties working in secure areas.","evidence":[{"id":"secure-area-work-records","description":"Records of sampled third-party or unscheduled work in secure areas during the period, each showing who authorized and who escorted or supervised it.","frequency":"per-event","min_samples":3}]},{"iso":"A.7.8","tsc":["CC6.4","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.8 against A1.2 (implements and maintains environmental protection mechanisms) and CC6.4","notes":"A.7.8 requires equipment to be sited securely and protected from environmental threats and unauthorized access \u2014 A1.2's environmental protections and CC6.4's protected information assets, inspected the same way in both audits (for cloud-hosted production, through the provider's report)."},{"iso":"A.5.11","tsc":["CC6.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.11 against CC6.5 (identifies data and software for disposal; removes data from entity control)","notes":"A.5.11 requires personnel and other parties to return the organization's assets when their employment or contract changes or ends. SOC 2 tests it with the leavers sample: each device came back, so the data on it did not leave with the person before being wiped or reissued.","evidence":[{"id":"asset-return-records","description":"For sampled leavers from the period, the record that each device and other asset issued to them was returned, with the return date.","frequency":"per-event","min_samples":10}]},{"iso":"A.7.14","tsc":["CC6.5","C1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.14 against CC6.5 (removes data and software from entity control) and C1.2 (destroys confidential information)","notes":"A.7.14 requires equipment with storage media to be verified so that sensitive data and licensed software were removed or securely overwritten before disposal or re-use. That is CC6.5 and the physical side of C1.2. The rule is the same in both frameworks; SOC 2 samples the disposals of the period and matches each certificate to the asset inventory.","evidence":[{"id":"media-destruction-certificates","description":"Wipe or destruction certificates for sampled devices and storage media disposed of or re-used in the period, each matched to its asset inventory entry.","frequency":"per-event","min_samples":5}]},{"iso":"A.7.10","tsc":["CC6.5","CC6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.10 against CC6.7 (protects removal media) and CC6.5 (removes data from entity control)","notes":"A.7.10 manages storage media through acquisition, use, transport and disposal according to the classification scheme. SOC 2 tests the enforcement on endpoints (removable media blocked or encrypted) for CC6.7 and the disposal of media for CC6.5.","evidence":[{"id":"removable-media-controls","description":"The device-management configuration that blocks or encrypts removable media on in-scope endpoints, with its compliance status and any approved exceptions.","frequency":"annual"}]},{"iso":"A.8.20","tsc":["CC6.6","CC6.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.20 against CC6.6 (restricts access; implements boundary protection systems) and CC6.1 (manages points of access; restricts logical access to the network)","notes":"A.8.20 requires networks and network devices to be secured, managed and controlled. CC6.6 tests the boundary in operation: firewall and security group rules deny by default and the rule sets are reviewed periodically, so the auditor samples the review. The same rules are CC6.1's management of the points of access to the infrastructure. Auditors expect the rule review at least twice a year, not every quarter.","evidence":[{"id":"network-rule-review","description":"The latest half-yearly review of firewall and security group rules for in-scope networks, with the reviewer's keep, change or remove decision for each rule.","frequency":"semiannual"}]},{"iso":"A.8.21","tsc":["CC6.6"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.21 against CC6.6 (implements boundary protection systems)","notes":"A.8.21 requires the security mechanisms, service levels and requirements of network services (CDN, WAF, DNS, connectivity) to be identified, implemented and monitored. They are CC6.6's boundary protection systems, inspected through the same configuration in both audits."},{"iso":"A.6.7","tsc":["CC6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.7 against CC6.6 (requires additional authentication or credentials for access from outside the boundary)","notes":"A.6.7 requires security measures when personnel work remotely. CC6.6 tests how access from outside the network boundary is restricted \u2014 managed device, MFA, encrypted connection \u2014 and a remote-working policy alone does not show that; the auditor wants the enforcing configuration.","evidence":[{"id":"remote-access-enforcement","description":"An export of the configuration that enforces the conditions for remote access to internal systems (device trust or posture checks, MFA, VPN or zero-trust proxy policy).","frequency":"annual"}]},{"iso":"A.7.9","tsc":["CC6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.9 against CC6.7 (protects mobile devices)","notes":"A.7.9 requires assets used off-site (laptops, phones) to be protected. That is CC6.7's protection of mobile devices, and SOC 2 tests it on the devices themselves: encrypted, locked and wipeable when they leave the premises, and wiped when lost. Any record of the control (a disposal certificate, a policy) does not show that, so the row names it. Fleet-wide encryption is also evidenced under A.8.1.","evidence":[{"id":"mobile-device-protection","description":"The device-management report from the last year showing the laptops and phones used off-site are encrypted, screen-locked and remotely wipeable, with the devices lost or stolen in the period and the remote wipe of each.","frequency":"annual"}]},{"iso":"A.8.1","tsc":["CC6.7","CC6.8"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.1 against CC6.7 (protects mobile devices) and CC6.8 (uses antivirus and anti-malware software; restricts software installation)","notes":"A.8.1 protects information on, processed by or reachable from user endpoint devices. ISO audits check the policy and a few devices; SOC 2 tests the whole fleet against the inventory \u2014 disk encryption (CC6.7), malware protection and restricted installation (CC6.8) \u2014 from the device-management and EDR compliance report.","evidence":[{"id":"endpoint-compliance-report","description":"A device-management or EDR compliance report from the last quarter covering all in-scope endpoints, showing encryption, agent health and OS patch status, reconciled to the asset inventory.","frequency":"quarterly"}]},{"iso":"A.8.12","tsc":["CC6.7","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.12 against CC6.7 (restricts the ability to perform transmission) and C1.1 (protects confidential information)","notes":"A.8.12 applies data leakage prevention to systems, networks and devices holding sensitive information. SOC 2 tests the rules in force and what happened to the alerts they raised, as a restriction on transmission (CC6.7) and a protection of confidential information (C1.1).","evidence":[{"id":"dlp-rules-and-alerts","description":"The data leakage prevention rules in force and sampled alerts from the period, each with its triage outcome.","frequency":"per-event"}]},{"iso":"A.8.7","tsc":["CC6.8"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.7 against CC6.8 (uses antivirus and anti-malware software)","notes":"A.8.7 requires protection against malware, supported by user awareness. That is CC6.8's prevention and detection of malicious software, inspected the same way; fleet coverage is evidenced under A.8.1."},{"iso":"A.8.23","tsc":["CC6.8"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.23 against CC6.8 (scans information assets from outside the entity for malware)","notes":"A.8.23 manages access to external websites to reduce exposure to malicious content. It supports CC6.8 but cannot carry it; SOC 2 inspects the filtering policy in force and that it covers the endpoint fleet.","evidence":[{"id":"web-filtering-configuration","description":"The web filtering policy in force (blocked categories, enforcement point) with the number of endpoints it covers.","frequency":"annual"}]},{"iso":"A.8.19","tsc":["CC6.8","CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.19 against CC6.8 (restricts application and software installation) and CC8.1 (deploys system changes)","notes":"A.8.19 requires procedures to manage software installation on operational systems securely. SOC 2 tests that installation is restricted (CC6.8) and that software reaches production only through the change process (CC8.1): the auditor inspects how the restriction is enforced and who can bypass it.","evidence":[{"id":"software-installation-restrictions","description":"Configuration showing how installation of software on production systems is restricted (immutable images, the deployment pipeline as the only path, no interactive administrator rights), with the list of who can bypass it.","frequency":"annual"}]},{"iso":"A.8.9","tsc":["CC7.1"],"coverage":"full","frequency":"monthly","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC7.1 (uses defined configuration standards; monitors infrastructure and software; implements change-detection mechanisms)","notes":"A.8.9 requires configurations, including security configurations, to be established, documented, implemented, monitored and reviewed. CC7.1 asks for defined configuration standards and detection of changes to them; the drift monitoring ISO requires is what the SOC 2 auditor inspects."},{"iso":"A.5.6","tsc":["CC7.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.6 against CC7.1 (detecting newly discovered vulnerabilities)","notes":"A.5.6 keeps contact with special interest groups and security forums. For CC7.1 it is one source of newly discovered vulnerabilities; SOC 2 looks for advisories that actually arrived and were acted on.","evidence":[{"id":"security-advisory-intake","description":"A record from the last quarter of advisories received from security forums, vendors and interest groups, each with the triage decision or the ticket it produced.","frequency":"quarterly"}]},{"iso":"A.8.17","tsc":["CC7.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.17 against CC7.2 (designs detection measures; implements filters to analyze anomalies)","notes":"A.8.17 synchronizes clocks to approved time sources so events can be correlated. It supports CC7.2's analysis of anomalies but cannot carry the criterion; SOC 2 inspects the time source configuration of the logging and production systems.","evidence":[{"id":"time-synchronization-configuration","description":"The time synchronization configuration of in-scope production and logging systems, naming the approved time source and how drift is alerted.","frequency":"annual"}]},{"iso":"A.5.24","tsc":["CC7.3","CC7.4","CC7.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.24 against CC7.3 (responds to security incidents per defined procedures; evaluates events), CC7.4 (assigns roles and responsibilities; develops communication protocols) and CC7.5 (implements incident-recovery plan testing)","notes":"A.5.24 requires incident management to be planned and prepared: processes, roles and responsibilities defined, established and communicated, including how events are assessed and classified. SOC 2 tests the plan in use \u2014 the criteria for declaring an incident (CC7.3), roles and communication protocols (CC7.4) \u2014 and that the response and recovery plan was exercised in the period (CC7.5), which ISO does not require.","evidence":[{"id":"incident-response-exercise","description":"The report of an incident response test or tabletop exercise held in the last year, with the scenario, participants, findings and the plan updates that followed.","frequency":"annual"}]},{"iso":"A.5.26","tsc":["CC7.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against CC7.4 (contains, mitigates and ends security incidents; communicates remediation activities)","notes":"A.5.26 requires incidents to be responded to according to the documented procedures. ISO and SOC 2 agree on the rule; SOC 2 tests it on the incidents of the period \u2014 each contained, resolved and communicated to affected parties as the plan and customer commitments say.","evidence":[{"id":"incident-response-records","description":"Records of the security incidents of the period (all of them when there are few), each showing containment, resolution, communication to affected parties and closure as the plan requires.","frequency":"per-event","min_samples":5}]},{"iso":"A.5.27","tsc":["CC7.5"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.27 against CC7.5 (determines root cause; implements changes to prevent and detect recurrences; improves response and recovery procedures)","notes":"A.5.27 requires knowledge gained from incidents to be used to strengthen and improve controls. That is CC7.5's root cause analysis, preventive changes and improved procedures; the lessons-learned records and their actions are the evidence in both audits."},{"iso":"A.5.28","tsc":["CC7.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.28 against CC7.4 (obtains understanding of the nature of the incident)","notes":"A.5.28 requires procedures to identify, collect, acquire and preserve evidence of security events. It supports CC7.4's analysis of incidents but not the whole response; SOC 2 looks for the procedure applied to a real incident (chain of custody).","evidence":[{"id":"forensic-evidence-records","description":"For a sampled incident of the period, the evidence collection record showing what was preserved, by whom, when and where it is held (chain of custody).","frequency":"per-event","min_samples":2}]},{"iso":"A.5.5","tsc":["CC2.3","CC7.4","P6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.5 against CC2.3 (communicates with regulators and other external parties), CC7.4 (develops and implements communication protocols for security incidents) and P6.6 (provides notice of breaches and incidents)","notes":"A.5.5 requires contact with relevant authorities to be established and maintained: the regulators and authorities among CC2.3's external parties. SOC 2 uses it where incidents and breaches must be reported to regulators and law enforcement (CC7.4, P6.6) and checks that the contacts and deadlines are current.","evidence":[{"id":"authority-notification-contacts","description":"The current list of authorities to notify (data protection regulator, CERT, law enforcement), with when each must be notified and the deadline, checked within the last year.","frequency":"annual"}]},{"iso":"A.8.9","tsc":["CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC8.1 (creates baseline configuration of IT technology; configures software)","notes":"A.8.9's documented configurations are CC8.1's baseline configuration. SOC 2 wants the baselines approved, and changes to them made through the change process, so the auditor asks for the approved baselines in force.","evidence":[{"id":"approved-configuration-baselines","description":"The approved baseline configurations (hardening standards, base images, infrastructure-as-code modules) in force for in-scope components, with the approver and approval date.","frequency":"annual"}]},{"iso":"A.8.31","tsc":["CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.31 against CC8.1 (tests system changes; deploys system changes)","notes":"A.8.31 separates development, test and production environments. CC8.1 relies on the separation so that changes are tested before they reach production; SOC 2 samples deployments to check each build went through the test or staging environment first.","evidence":[{"id":"changes-promoted-through-staging","description":"Sampled production deployments from the period, each showing the same build was deployed to and passed in the test or staging environment before production.","frequency":"per-event"}]},{"iso":"A.8.30","tsc":["CC8.1","CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.30 against CC8.1 (manages changes throughout the system life cycle) and CC9.2 (assesses vendor and business partner performance)","notes":"A.8.30 requires the organization to direct, monitor and review outsourced development. SOC 2 tests that outsourced code passes the same change controls as in-house code (CC8.1) and that the developer is managed as a vendor (CC9.2).","evidence":[{"id":"outsourced-development-oversight","description":"For each outsourced development engagement in the period, the contract's security requirements and records that its deliveries went through the organization's review and testing before deployment.","frequency":"annual"}]},{"iso":"A.5.29","tsc":["CC9.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.29 against CC9.1 (considers mitigation of risks of business disruption)","notes":"A.5.29 requires planning how to maintain information security at an appropriate level during disruption. With A.5.30 it is CC9.1's mitigation of business disruption risk. CC9.1 also asks whether insurance is used to mitigate financial impact, which ISO does not cover; auditors note it but rarely make it an exception."},{"iso":"A.5.30","tsc":["CC9.1","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against CC9.1 and A1.2 (implements alternate processing infrastructure)","notes":"A.5.30 requires ICT readiness to be planned, implemented, maintained and tested from business continuity objectives and requirements (business impact analysis, recovery objectives). That is CC9.1's disruption risk mitigation and A1.2's recovery infrastructure. Testing is evidenced on the A1.3 row below."},{"iso":"A.8.14","tsc":["CC9.1","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.14 against A1.2 (implements alternate processing infrastructure) and CC9.1","notes":"A.8.14 requires information processing facilities to be implemented with enough redundancy to meet availability requirements. That is A1.2's alternate processing infrastructure and part of CC9.1; the architecture (zones, replicas, failover) is inspected the same way."},{"iso":"A.8.13","tsc":["CC9.1","A1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.2 (determines data requiring backup; performs data backup; addresses offsite storage) and CC9.1","notes":"A.8.13 requires backup copies of information, software and systems to be maintained and regularly tested per an agreed backup policy. The policy is shared ground; SOC 2 samples the daily backup jobs across the period and checks failures were followed up. Restore testing is on the A.8.13 \u2192 A1.3 row.","evidence":[{"id":"backup-job-records","description":"Results of sampled backup jobs from across the period (from the backup system's job log), with every failure followed up to a successful backup.","frequency":"daily"}]},{"iso":"A.5.19","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.19 against CC9.2 (assesses vendor and business partner risks)","notes":"A.5.19 requires processes to manage the information security risks of supplier products and services. ISO looks at the process; SOC 2 samples critical and high-risk vendors and asks for each one's risk assessment from the last year.","evidence":[{"id":"vendor-risk-assessments","description":"Risk assessments of sampled critical and high-risk vendors performed within the last year, each with the assurance reviewed, findings and the resulting rating.","frequency":"annual"}]},{"iso":"A.5.20","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against CC9.2 (establishes requirements for vendor engagements; obtains confidentiality commitments from vendors)","notes":"A.5.20 requires information security requirements to be agreed with each supplier. SOC 2 samples the agreements of vendors with access to the system or its data and reads the security, confidentiality, incident notification and right-to-audit terms.","evidence":[{"id":"supplier-agreement-security-terms","description":"Signed agreements of sampled vendors with access to the system or its data, each showing the security, confidentiality and incident notification terms.","frequency":"annual"}]},{"iso":"A.5.21","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.21 against CC9.2 (assesses vendor and business partner risks)","notes":"A.5.21 manages security risks in the ICT product and service supply chain (components, sub-suppliers). SOC 2 treats it as part of vendor risk (CC9.2), and looks at how subservice organizations of the key vendors were identified and considered.","evidence":[{"id":"ict-supply-chain-review","description":"The latest review of the ICT supply chain of critical services, listing key components and sub-suppliers (subservice organizations) and the risks identified.","frequency":"annual"}]},{"iso":"A.5.22","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.22 against CC9.2 (assesses vendor and business partner performance; implements procedures for addressing issues identified)","notes":"A.5.22 requires supplier security practices and service delivery to be monitored, reviewed and evaluated regularly. SOC 2 tests it as the annual review of each critical vendor's SOC 2 or equivalent report \u2014 exceptions, carve-outs and complementary user entity controls mapped to the organization's own controls.","evidence":[{"id":"vendor-assurance-reviews","description":"Reviews from the last year of sampled critical vendors' SOC 2 or equivalent reports, each noting exceptions, carved-out subservice organizations and how the complementary user entity controls are met.","frequency":"annual"}]},{"iso":"A.5.23","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.23 against CC9.2 (establishes requirements for vendor engagements; assigns responsibility)","notes":"A.5.23 requires processes for acquiring, using, managing and exiting cloud services. For CC9.2 SOC 2 looks at the shared-responsibility split with each cloud provider and who owns the customer-side controls.","evidence":[{"id":"cloud-shared-responsibility-matrix","description":"The shared-responsibility matrix for each in-scope cloud service, naming the customer-side controls and their owners, reviewed within the last year.","frequency":"annual"}]},{"iso":"A.7.5","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.5 against A1.2 (identifies environmental threats; implements and maintains environmental protection mechanisms)","notes":"A.7.5 requires protection against physical and environmental threats (fire, flood, power surges) to be designed and implemented. That is A1.2's environmental protection; for cloud-hosted production it is tested through the provider's SOC 2 report."},{"iso":"A.7.11","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.11 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.11 protects information processing facilities from failures of supporting utilities (power, cooling, telecoms). That is A1.2's environmental protection mechanisms (UPS, generators, redundant cooling), inspected the same way."},{"iso":"A.7.12","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.12 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.12 protects power and data cables from interception, interference and damage. For A1.2 it is part of the physical infrastructure protection; most SaaS organizations rely on the hosting provider's report for it."},{"iso":"A.7.13","tsc":["A1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.13 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.13 requires equipment to be maintained correctly to keep it available. SOC 2 checks the maintenance actually happened on the schedule for the equipment the organization itself runs.","evidence":[{"id":"equipment-maintenance-records","description":"Maintenance records from the period for equipment the organization operates itself (UPS, cooling, network equipment), against the maintenance schedule.","frequency":"annual"}]},{"iso":"A.8.13","tsc":["A1.3","PI1.5","CC7.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.3 (tests integrity and completeness of backup data), PI1.5 (stores data completely and accurately) and CC7.5 (restores the affected environment; implements incident-recovery plan testing)","notes":"A.8.13 asks for backups to be tested regularly; A1.3 tests that restores were actually performed and the restored data checked for integrity and completeness, which also supports PI1.5's complete and accurate storage and CC7.5's ability to restore the environment an incident damaged. SOC 2 wants a restore test in the period: yearly is what auditors expect, more often is the organization's choice.","evidence":[{"id":"restore-test-records","description":"The latest restore test from the last year, showing what was restored, the integrity and completeness checks run on the restored data and the time it took.","frequency":"annual"}]},{"iso":"A.5.30","tsc":["A1.3","CC7.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against A1.3 (implements business continuity plan testing) and CC7.5 (implements incident-recovery plan testing; restores the affected environment)","notes":"A.5.30 requires ICT continuity plans to be tested; A1.3 asks for the recovery plan to be tested during the period, with results against the recovery objectives and follow-up of what failed, and CC7.5 for the recovery from incidents to be tested the same way. ISO leaves the frequency to the organization, SOC 2 expects at least yearly.","evidence":[{"id":"continuity-test-report","description":"The report of a disaster recovery or business continuity test from the last year, with recovery time and point achieved against the objectives, issues found and their follow-up.","frequency":"annual"}]},{"iso":"A.5.12","tsc":["C1.1","CC2.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.12 against C1.1 (identifies confidential information) and CC2.1 (2022 point of focus classifies information)","notes":"A.5.12 requires information to be classified by its confidentiality, integrity, availability and stakeholder requirements. That is C1.1's identification of confidential information and the classification of information CC2.1's 2022 points of focus ask for; the classification scheme and its application to the inventory are inspected alike."},{"iso":"A.5.13","tsc":["C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.13 against C1.1 (identifies confidential information)","notes":"A.5.13 requires labelling procedures in line with the classification scheme. SOC 2 does not require labels as such, but uses them to test that confidential information can be recognized where it lives \u2014 data stores, documents, exports.","evidence":[{"id":"classification-labels-applied","description":"Sampled data stores and documents holding confidential information, each showing the classification label or tag the labelling procedure requires.","frequency":"annual"}]},{"iso":"A.6.6","tsc":["C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.6 against C1.1 (identifies and maintains confidential information) and the CC9.2 point of focus on confidentiality commitments","notes":"A.6.6 requires confidentiality or non-disclosure agreements to be identified, documented, reviewed and signed by personnel and other relevant parties. The requirement matches; SOC 2 samples the signatures of new hires, contractors and third parties given access to confidential information in the period.","evidence":[{"id":"signed-ndas","description":"Signed confidentiality or non-disclosure agreements for sampled new hires, contractors and third parties given access to confidential information in the period.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.11","tsc":["C1.1","P4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.11 against C1.1 (protects confidential information) and P4.1 (uses personal information for intended purposes)","notes":"A.8.11 requires data masking in line with the access control policy and legal requirements. It limits exposure of confidential (C1.1) and personal information (P4.1) to the people and purposes that need it; SOC 2 inspects the masking rules in force and where they apply.","evidence":[{"id":"data-masking-rules","description":"The masking or pseudonymization rules in force for confidential and personal data fields, and the systems or views where they apply (non-production, support tools, analytics).","frequency":"annual"}]},{"iso":"A.8.33","tsc":["C1.1","CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.33 against C1.1 (protects confidential information) and the CC8.1 point of focus on protecting confidential information in changes","notes":"A.8.33 requires test information to be selected, protected and managed. For C1.1 SOC 2 checks that confidential production data does not end up in test environments, or is masked when it must; CC8.1's point of focus on protecting confidential information during system design, development and testing asks the same of the change process.","evidence":[{"id":"test-data-protection","description":"Evidence of how test data is produced and protected, such as the control that prevents copying production data to non-production accounts or the masking job's configuration and last run.","frequency":"annual"}]},{"iso":"A.5.33","tsc":["C1.1","PI1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.1 (protects confidential information from destruction) and PI1.5 (protects stored items; archives and protects system records)","notes":"A.5.33 protects records from loss, destruction, falsification and unauthorized access or release. C1.1 protects confidential information from destruction during its retention period and PI1.5 stores data completely and accurately; SOC 2 inspects how the stores are protected in practice (immutability, versioning, access).","evidence":[{"id":"records-protection-configuration","description":"Configuration of the stores holding records and customer data (object lock or immutability, versioning, access restrictions), showing they are protected against deletion and alteration.","frequency":"annual"}]},{"iso":"A.5.33","tsc":["C1.2","P4.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.2 (identifies confidential information for destruction) and P4.2 (retains personal information)","notes":"A.5.33's guidance asks for retention schedules. C1.2 and P4.2 test that information is kept for the defined period and then identified for disposal; ISO asks for the schedule, SOC 2 also for proof that it is applied to the data stores.","evidence":[{"id":"retention-schedule","description":"The approved retention schedule listing each category of records, confidential information and personal information with its retention period and basis.","frequency":"annual"},{"id":"retention-enforcement","description":"Configuration or job records showing the retention periods are applied in the main data stores (lifecycle rules, purge jobs), with the last run.","frequency":"annual"}]},{"iso":"A.8.10","tsc":["C1.2","P4.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.10 against C1.2 (destroys confidential information) and P4.3 (captures, identifies and flags requests for deletion; disposes of personal information)","notes":"A.8.10 requires information to be deleted when no longer required. C1.2 and P4.3 test that it happened \u2014 customer data deleted at contract end, retention-expiry purges, deletion requests honoured, including backups within the stated time \u2014 on a sample of the period's deletions.","evidence":[{"id":"data-deletion-records","description":"Records of sampled deletions in the period (customer data at contract end, retention-expiry purges, deletion requests), each showing what was deleted, when, and the confirmation.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.26","tsc":["PI1.1","PI1.2","PI1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.26 against PI1.1 (defines information specifications and data necessary), PI1.2 (defines characteristics of processing inputs; evaluates processing inputs) and PI1.4 (protects output; distributes output only to intended parties); ISO/IEC 27002:2022 8.26 on transactional services (complete transmission, no mis-routing or unauthorized alteration)","notes":"A.8.26 requires information security requirements to be identified when applications are developed or acquired, including the integrity of transactional services: complete transmission, no mis-routing, no unauthorized alteration. PI1.1 asks more: the processing specifications (inputs, processing rules, outputs) defined and communicated to users; PI1.2 asks for input controls that check completeness and accuracy; PI1.4 for output that is complete, accurate and reaches only its intended recipients, which is the transactional requirement applied to what the system delivers. ISO requires none of the records, so each is evidenced here and gates only its own criterion.","evidence":[{"id":"processing-specifications","description":"The documented processing specifications for in-scope services (input definitions, processing rules, output definitions) as communicated to users, for example API or product documentation, reviewed within the last year.","frequency":"annual","tsc":["PI1.1"]},{"id":"input-validation-controls","description":"The input validation rules for the main input channels (schemas, edit checks, rejection handling) and sampled records of rejected or corrected inputs from the period.","frequency":"per-event","tsc":["PI1.2"]},{"id":"output-completeness-checks","description":"The checks that outputs are complete and accurate before release (reconciliations to input counts, control totals, delivery acknowledgements) and sampled outputs from the period showing each check ran and exceptions were corrected.","frequency":"per-event","tsc":["PI1.4"]}]},{"iso":"A.8.28","tsc":["PI1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.28 against PI1.2 (evaluates processing inputs; creates and maintains records of system inputs)","notes":"A.8.28's secure coding principles include validating inputs, which is PI1.2's check that inputs are complete and accurate; SOC 2 looks for that check being enforced on real changes, not only written in a guideline. (Output encoding, the other half of the principle, is a defence against injection, not PI1.4's complete and accurate delivery of output: PI1.4 is reached through A.5.14.)","evidence":[{"id":"input-output-validation-checks","description":"Static analysis or code review rules that require input validation and output encoding, with their results for sampled releases from the period.","frequency":"per-event"}]},{"iso":"A.5.37","tsc":["PI1.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.37 against PI1.3 (defines processing specifications; detects and corrects production errors; records system processing activities); ISO/IEC 27002:2022 5.37 on scheduling requirements and the handling of errors during job execution","notes":"A.5.37's documented operating procedures cover how information is processed, job scheduling and its interdependencies, and the handling of errors and exceptional conditions during job execution, with restart and recovery. That is PI1.3's processing performed to specification, with errors detected and corrected, the sound ISO route to the criterion. SOC 2 tests the jobs run in the period, not the procedure: the auditor samples runs and follows their failures to correction.","evidence":[{"id":"processing-job-monitoring","description":"The schedule of in-scope processing jobs with the monitoring that flags failed, late or incomplete runs, and sampled runs from the period showing each completed or had its error corrected.","frequency":"per-event"}]},{"iso":"A.8.16","tsc":["PI1.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.16 against PI1.3 (detects and corrects production errors; records system processing activities)","notes":"A.8.16 monitors networks, systems and applications for anomalous behaviour. PI1.3 needs monitoring aimed at processing itself \u2014 failed jobs, reconciliation breaks, late runs \u2014 and the correction of each; SOC 2 samples those exceptions.","evidence":[{"id":"processing-exception-records","description":"Sampled processing exceptions from the period (failed or late jobs, reconciliation breaks, rejected outputs), each showing how it was detected and corrected.","frequency":"per-event"}]},{"iso":"A.5.14","tsc":["PI1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against PI1.4 (distributes output only to intended parties; creates and maintains records of system output activities)","notes":"A.5.14's transfer rules protect information sent to other parties. PI1.4 asks that outputs reach only the intended recipients, complete and accurate, with a record of delivery; SOC 2 samples output deliveries.","evidence":[{"id":"output-delivery-records","description":"Records of sampled output deliveries from the period (reports, exports, API deliveries), each showing the recipient was the intended one and the output was complete.","frequency":"per-event"}]},{"iso":"A.5.34","tsc":["P1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P1.1 (provides notice to data subjects; uses clear and conspicuous language)","notes":"A.5.34 requires the privacy obligations of applicable law to be identified and met; a privacy notice is usually one of them, but ISO does not require one. P1.1 tests the notice itself: published, current, covering purposes, collection, use, retention, disclosure, rights and contact.","evidence":[{"id":"privacy-notice","description":"The privacy notice as published to data subjects, with its version, publication date and the sections on purposes, collection, use, retention, disclosure, rights and contact.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P2.1","P3.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P2.1 (communicates choices; obtains implicit or explicit consent) and P3.2 (obtains explicit consent for sensitive information)","notes":"ISO/IEC 27001:2022 itself asks for no choice and consent practice, but A.5.34 requires the privacy and PII-protection requirements of applicable law to be identified and met, and where consent is the basis for processing, obtaining it (explicitly, for sensitive information) is one of them. This row is therefore the route to P2.1 and P3.2 through the privacy programme, and SOC 2 tests the consent requests data subjects actually see; the records of consent given are sampled on the legal-requirements row (A.5.31, next).","evidence":[{"id":"consent-mechanisms","description":"The consent requests data subjects see (sign-up forms, consent banners, in-product prompts), each with what it asks consent for, the notice version it points to and, for sensitive information, the explicit consent step.","frequency":"annual"}]},{"iso":"A.5.31","tsc":["P2.1","P3.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against P2.1 (documents and obtains consent) and P3.2 (obtains explicit consent for sensitive information)","notes":"Where privacy law makes consent the basis for processing, A.5.31 requires that requirement to be identified and met. That is the only ISO route to choice and consent. SOC 2 samples the consent records themselves: what was consented to, when, against which notice version, and explicit consent for sensitive information.","evidence":[{"id":"consent-records","description":"Consent records for sampled data subjects from the period, each showing what was consented to, when, the notice version shown and, for sensitive information, that consent was explicit.","frequency":"per-event"}]},{"iso":"A.5.34","tsc":["P3.1","P4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P3.1 (limits the collection of personal information) and P4.1 (uses personal information for intended purposes)","notes":"To meet PII-protection law under A.5.34 an organization needs to know what personal information it holds and why, but ISO does not require a record of processing. P3.1 and P4.1 test that collection and use are limited to the stated purposes, starting from that record.","evidence":[{"id":"personal-data-inventory","description":"The record of processing activities listing each category of personal information, its source, purpose, legal basis, the systems holding it and who may use it, reviewed within the last year.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P5.1","P5.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P5.1 (authenticates data subjects' identity; permits access) and P5.2 (permits data subjects to update or correct personal information)","notes":"Data subject rights come from the privacy law A.5.34 points to, not from ISO. P5.1 and P5.2 test the requests of the period: identity verified, access given or correction made within the deadline, and denials explained.","evidence":[{"id":"data-subject-request-log","description":"The log of data subject access and correction requests in the period, with sampled requests showing identity verification, the response date against the deadline and the outcome.","frequency":"per-event","min_samples":10}]},{"iso":"A.5.34","tsc":["P6.1","P6.2","P6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P6.1 (discloses personal information only to appropriate third parties), P6.2 (creates and retains record of authorized disclosures) and P6.7 (identifies types of personal information and handling process)","notes":"A.5.34 covers PII shared with processors only in so far as the law requires. P6.1, P6.2 and P6.7 test disclosure as a practice: a list of who receives personal information and why, a record of each authorized disclosure (including law-enforcement requests), and the ability to account for what is held and disclosed.","evidence":[{"id":"personal-data-disclosure-register","description":"The register of third parties that receive personal information (purpose, categories, legal basis or consent) and the record of authorized disclosures made in the period, including law-enforcement requests.","frequency":"annual"}]},{"iso":"A.5.26","tsc":["P6.3","P6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against P6.3 (creates and retains record of detected or reported unauthorized disclosures) and P6.6 (provides notice of breaches and incidents)","notes":"A PII breach is a security incident, so A.5.26's response process handles it, but ISO does not require a breach register or notification of affected data subjects. P6.3 and P6.6 test both: every unauthorized disclosure recorded and assessed, and notices sent to data subjects and regulators within the legal and contractual deadlines.","evidence":[{"id":"privacy-breach-register","description":"The register of detected or reported unauthorized disclosures of personal information in the period, each with its assessment, whether notification was required and the notices sent with dates.","frequency":"annual"}]},{"iso":"A.5.20","tsc":["P6.4","P6.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against P6.4 (obtains privacy commitments from vendors) and P6.5 (third parties report actual or suspected unauthorized disclosures)","notes":"A.5.20 puts security requirements into supplier agreements. P6.4 and P6.5 ask for privacy commitments specifically: processing only on instructions, sub-processor approval and notification of unauthorized disclosures. SOC 2 samples the data processing agreements of vendors that handle personal information.","evidence":[{"id":"processor-agreements","description":"Signed data processing agreements of sampled vendors that process personal information, each showing the processing instructions, sub-processor terms and the breach notification obligation and deadline.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P7.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P7.1 (ensures accuracy, completeness and relevance of personal information)","notes":"Accuracy of personal information is a privacy-law principle A.5.34 points to; ISO itself only protects integrity against unauthorized change. P7.1 tests how personal information is kept accurate, complete and relevant in practice.","evidence":[{"id":"personal-data-quality-review","description":"The procedure and the latest records showing personal information is kept accurate, complete and relevant (self-service updates, periodic quality checks, removal of data no longer relevant).","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P8.1 (addresses inquiries, complaints and disputes; documents and reports compliance review results)","notes":"ISO checks compliance with A.5.34 through its internal audit, but has no process for privacy inquiries, complaints and disputes from data subjects. P8.1 tests both the complaints handled in the period and a periodic review of compliance with the privacy commitments.","evidence":[{"id":"privacy-inquiries-and-complaints","description":"The log of privacy inquiries, complaints and disputes in the period, each with the response, resolution and date.","frequency":"annual"},{"id":"privacy-compliance-review","description":"The latest review of compliance with the privacy notice and privacy commitments, with instances of noncompliance found and their remediation.","frequency":"annual"}]}],"criteria":[{"tsc":"CC1.1","notes":"CC1.1's standards of conduct are tested on the people bound by them: the auditor samples personnel for their acknowledgement of the code of conduct at hire and each year. ISO/IEC 27001:2022 has no code of conduct; its acceptable-use rules (A.5.10) and terms of employment (A.6.2) are narrower and are tested on their own rows.","evidence":[{"id":"code-of-conduct-acknowledgements","description":"Acknowledgements of the code of conduct by sampled personnel from the period, each signed at hire or within the last year.","frequency":"per-event"}]},{"tsc":"CC1.2","notes":"CC1.2 asks for a board, or an equivalent body, that is independent of management and oversees internal control. ISO/IEC 27001:2022 stops at top management, so an ISO program never shows it; the auditor reads the charter that gives the body its oversight and names its independent members (its minutes are asked for on clause 5.1's row).","evidence":[{"id":"board-oversight-charter","description":"The charter or terms of reference of the board or committee that oversees internal control, naming its members, which of them are independent of management, and the security and risk matters it oversees.","frequency":"annual"}]},{"tsc":"CC1.5","notes":"CC1.5 holds people accountable for their internal control responsibilities through performance measures, evaluations and rewards or discipline. ISO/IEC 27001:2022 has no performance evaluation (clause 7.2 is competence), so the auditor samples the evaluations of the last cycle whatever the ISO program says.","evidence":[{"id":"performance-evaluations","description":"Completed performance evaluations from the last review cycle for sampled employees, each assessing how the person met their security and control responsibilities.","frequency":"annual"}]},{"tsc":"CC2.2","notes":"CC2.2 expects a separate communication line, such as a whistle-blower hotline, through which personnel can raise concerns about ethics, fraud or internal control outside their line of management, anonymously if they choose. A.6.8 asks only for a channel to report security events, so the auditor inspects this line whatever the ISO program says.","evidence":[{"id":"confidential-reporting-line","description":"The confidential channel (hotline or equivalent) through which personnel can report ethics, fraud and internal control concerns outside their line of management, as communicated to them, with who receives the reports and how they are followed up.","frequency":"annual"}]},{"tsc":"CC3.3","notes":"CC3.3 requires the risk assessment to consider the potential for fraud: incentives and pressures, opportunities (including misuse of system access and management override) and rationalizations. Clause 6.1.2 has no fraud requirement and ISMS registers rarely carry fraud scenarios, so this is asked of every organization.","evidence":[{"id":"fraud-risk-assessment","description":"The fraud risk assessment from the last year (a section of the risk assessment or a separate document) covering fraud types, incentives and pressures, opportunities including misuse of system access and management override, and the responses chosen.","frequency":"annual"}]},{"tsc":"C1.2","notes":"C1.2's principal test is the confidential information the organization holds for its customers: when a contract ends or its retention expires, it is disposed of (backups included) as committed. Wiping retired laptops (A.7.14) is the physical side only; the auditor samples the customers that left in the period whatever ISO controls are listed.","evidence":[{"id":"customer-data-disposal-records","description":"For sampled customer contracts that ended in the period, the record that the customer's confidential data was returned or disposed of, backups included, within the deadline the contract sets.","frequency":"per-event","min_samples":5}]}],"unmapped":[{"iso":"4.1","reason":"Understanding the organization and its context has no SOC 2 criterion of its own; the internal and external factors it identifies are tested where they feed the risk assessment (6.1.2 and 8.2 on CC3.2)."},{"iso":"4.2","reason":"The needs and expectations of interested parties are tested where they become requirements, in the legal and contractual register (A.5.31 on CC3.1) and the commitments communicated to customers (7.4 on CC2.3)."},{"iso":"4.3","reason":"The ISMS scope is not a criterion; SOC 2's boundary is the system description management writes for the report, whose commitments are tested on CC2.3."},{"iso":"4.4","reason":"Establishing and continually improving the ISMS as a whole is tested through its parts; no criterion asks for a management system."},{"iso":"6.1.1","reason":"The general planning of actions to address risks and opportunities is carried out by the risk assessment and treatment (6.1.2 and 6.1.3 on CC3.2, CC3.3 and CC5.1); it has no test of its own."},{"iso":"6.3","reason":"Planning changes to the ISMS itself is management-system housekeeping; the changes SOC 2 tests are those that affect internal control (8.2 and A.5.8 on CC3.4) and system changes (CC8.1)."},{"iso":"7.1","reason":"Providing resources for the ISMS has no SOC 2 test; the people side is competence (7.2 on CC1.4)."},{"iso":"7.5","reason":"Control of documented information is inspected with each document it governs (policy reviews on A.5.1, procedures on A.5.37); no criterion tests document control as such."},{"iso":"8.3","reason":"Implementing the risk treatment plan is the controls themselves, each tested under the criterion it serves; the plan and its approval are tested on 6.1.3 (CC3.2, CC5.1)."},{"iso":"10.1","reason":"Continual improvement has no SOC 2 criterion; the correction of deficiencies is CC4.2, reached through 10.2 and 9.3."},{"iso":"A.5.32","reason":"Intellectual property rights (licence and copyright compliance) are a legal obligation outside the Trust Services Criteria; software acquired only from known sources is tested through A.8.19 (CC6.8) and A.8.1."},{"iso":"A.8.34","reason":"Protecting systems during audit testing matters to the ISMS's own audits; no criterion or point of focus asks for it and no SOC 2 auditor samples it."}]}`);

// yaml-data:mappings/iso27001-2022-to-soc2-seed.yaml
var iso27001_2022_to_soc2_seed_default = JSON.parse('{"apiVersion":"crosswalk/v1","kind":"Mapping","name":"ISO/IEC 27001:2022 to SOC 2 TSC 2017 (seed, as written)","rows":[{"iso":"A.5.1","tsc":["CC1.2","CC1.3"],"coverage":"full","notes":"ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.","seed":"A.5.1 Policies for Information Security"},{"iso":"A.5.7","tsc":["CC3.2"],"coverage":"partial","notes":"ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.","seed":"A.5.7 Threat Intelligence","evidence":[{"id":"threat-intel-in-risk-assessment","description":"Risk assessment records (risk register entries or assessment minutes) showing how specific threat intelligence changed a risk rating or its treatment.","frequency":"annual"},{"id":"threat-intel-source-review","description":"A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).","frequency":"quarterly"}]},{"iso":"A.5.2","tsc":["CC1.4"],"coverage":"full","notes":"Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.","seed":"A.6.1 Roles & Responsibilities"},{"iso":"A.6.3","tsc":["CC5.3"],"coverage":"full","notes":"ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.","seed":"A.6.3 Information Security Awareness & Training"},{"iso":"A.7.2","tsc":["CC6.1"],"coverage":"full","notes":"Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.","seed":"A.7.2 Physical Entry Controls"},{"iso":"8.1","tsc":["CC2.1"],"coverage":"partial","notes":"ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.","seed":"A.8.1 Operational Planning & Control","evidence":[{"id":"operational-plan-approved","description":"The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.","frequency":"annual"},{"id":"operational-procedure-records","description":"Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.","frequency":"weekly"}]},{"iso":"A.8.16","tsc":["CC4.1"],"coverage":"full","frequency":"daily","notes":"Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.","seed":"A.8.16 Monitoring Activities"},{"iso":"A.8.28","tsc":["CC3.2","CC6.6"],"coverage":"partial","notes":"ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.","seed":"A.8.28 Secure Coding","evidence":[{"id":"code-review-records","description":"Sampled merged changes (pull or merge requests), each showing an approving peer review by someone other than the author recorded before the merge.","frequency":"per-event"},{"id":"dependency-scan-results","description":"Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).","frequency":"monthly"}]},{"iso":"A.5.15","tsc":["CC6.2","CC6.3"],"coverage":"full","notes":"Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.","seed":"A.9.1 Access Control Policy"},{"iso":"A.5.16","tsc":["CC6.2"],"coverage":"full","frequency":"weekly","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.5.18","tsc":["CC6.2"],"coverage":"full","frequency":"per-event","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.8.3","tsc":["CC6.1","CC6.2"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control"},{"iso":"A.8.5","tsc":["CC6.1","CC6.2"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control"},{"iso":"A.8.24","tsc":["CC6.1","CC6.7"],"coverage":"full","notes":"Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.5.25","tsc":["CC7.3"],"coverage":"partial","notes":"ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.","seed":"A.11.2 Security Event Handling","evidence":[{"id":"incident-tickets","description":"Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.","frequency":"per-event"},{"id":"incident-retrospectives","description":"A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.","frequency":"annual"}]},{"iso":"A.7.3","tsc":["CC6.1","A1.1"],"coverage":"full","notes":"Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.","seed":"A.7.4 Securing Offices, Rooms and Facilities"},{"iso":"A.8.6","tsc":["A1.2"],"coverage":"full","frequency":"monthly","notes":"ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.","seed":"A.8.3 Capacity Management"},{"iso":"A.8.32","tsc":["A1.3","CC7.2"],"coverage":"partial","notes":"Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.","seed":"A.8.14 Change Management","evidence":[{"id":"change-tickets-approved","description":"Sampled change tickets, each showing a recorded approval that precedes the production deployment of that change.","frequency":"per-event"},{"id":"change-approval-workflow","description":"An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.","frequency":"annual"}]},{"iso":"A.8.29","tsc":["PI1.2","PI1.3"],"coverage":"partial","notes":"Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.","seed":"A.8.15 Test Management","evidence":[{"id":"test-execution-records","description":"Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.","frequency":"per-event"},{"id":"release-acceptance-signoff","description":"Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.","frequency":"per-event"}]},{"iso":"A.8.8","tsc":["CC7.1","A1.1"],"coverage":"full","frequency":"monthly","notes":"Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.","seed":"A.8.22 Management of Technical Vulnerabilities"},{"iso":"A.8.15","tsc":["CC7.2","A1.3"],"coverage":"full","frequency":"daily","notes":"Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.","seed":"A.8.24 Logging"},{"iso":"A.8.27","tsc":["CC3.2","A1.1"],"coverage":"full","notes":"Architecture considerations support ongoing maintainability and reliability required by Availability criteria.","seed":"A.8.27 Secure System Architecture and Engineering Principles"},{"iso":"A.8.2","tsc":["CC6.2","C1.1"],"coverage":"partial","notes":"Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.","seed":"A.9.3 Privileged Access Rights","evidence":[{"id":"privileged-access-review","description":"The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.","frequency":"quarterly"},{"id":"privileged-access-approvals","description":"Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.4","tsc":["CC6.6","PI1.1"],"coverage":"full","frequency":"quarterly","notes":"Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.","seed":"A.9.5 Access to Source Code"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.","seed":"A.10.2 Key Management"},{"iso":"A.8.15","tsc":["C1.1","CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities"},{"iso":"A.8.16","tsc":["C1.1","CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities"},{"iso":"A.5.36","tsc":["CC7.1"],"coverage":"full","frequency":"quarterly","notes":"Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.","seed":"A.11.3 Assessment for Technical Compliance"}]}');

// src/validate/mapping.ts
function validateMapping(document, origin, catalogs) {
  const errors = lintMappingDocument(document, [], catalogs).filter((finding2) => finding2.severity === "error");
  if (errors.length > 0) return { mapping: void 0, problems: errors };
  return { mapping: buildMapping(document.data, origin), problems: [] };
}
function buildMapping(raw, origin) {
  const requirements = /* @__PURE__ */ new Map();
  const rows = raw.rows.map((row) => {
    const mappedRow = {
      iso: row.iso,
      tsc: row.tsc,
      coverage: row.coverage,
      notes: row.notes,
      seed: row.seed,
      source: row.source,
      corrected: row.corrected,
      frequency: row.frequency,
      evidence: (row.evidence ?? []).map((requirement) => ({ ...requirementOf(requirement), gates: requirement.tsc ?? row.tsc }))
    };
    for (const requirement of mappedRow.evidence) requirements.set(requirement.id, { kind: "row", requirement, row: mappedRow });
    return mappedRow;
  });
  const criteria = (raw.criteria ?? []).map((entry) => {
    const criterion = { tsc: entry.tsc, notes: entry.notes, evidence: entry.evidence.map(requirementOf) };
    for (const requirement of criterion.evidence) requirements.set(requirement.id, { kind: "criterion", requirement, criterion });
    return criterion;
  });
  const unmapped = (raw.unmapped ?? []).map(({ iso, reason }) => ({ iso, reason }));
  return { name: raw.name, origin, rows, criteria, unmapped, requirements };
}
function requirementOf(requirement) {
  return {
    id: requirement.id,
    description: requirement.description,
    frequency: requirement.frequency,
    maxAgeDays: requirement.max_age_days,
    minSamples: requirement.min_samples
  };
}

// src/load/repository-source.ts
import { open as open2, stat as stat3 } from "node:fs/promises";
import path3 from "node:path";
var concurrency = 64;
function diskSource(root, tracked) {
  return {
    root,
    index: (maxEntries) => indexRepository(root, maxEntries),
    async sizes(files) {
      const sizes = /* @__PURE__ */ new Map();
      for (let start = 0; start < files.length; start += concurrency) {
        await Promise.all(
          files.slice(start, start + concurrency).map(async (file) => {
            const info = await stat3(path3.join(root, file)).catch(() => void 0);
            if (info !== void 0) sizes.set(file, info.size);
          })
        );
      }
      return sizes;
    },
    read: (file, shown, maxBytes) => readRegularFile(path3.join(root, file), shown, maxBytes),
    async readStart(file, maxBytes) {
      let handle;
      try {
        handle = await open2(path3.join(root, file), "r");
        const buffer = Buffer.alloc(maxBytes);
        const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
        return buffer.subarray(0, bytesRead);
      } catch {
        return void 0;
      } finally {
        await handle?.close();
      }
    },
    readNamed: (file, shown, maxBytes) => readConfinedFile({ root, tracked }, file, shown, maxBytes)
  };
}

// src/load/mapping.ts
var defaultMappingFile = "mappings/iso27001-2022-to-soc2.yaml";
var seedMappingFile = "mappings/iso27001-2022-to-soc2-seed.yaml";
async function loadMapping(source, catalogs, root, tracked, files = diskSource(root, tracked)) {
  if (source.kind === "default") return loadDefaultMapping();
  if (source.kind === "seed") return loadSeedMapping();
  const shown = relativeInside(root, source.path) ?? source.path;
  return validatedMapping(shown, await readMappingText(files, source.path, shown), source.path, catalogs);
}
function loadDefaultMapping() {
  return buildMapping(iso27001_2022_to_soc2_default, "default");
}
function loadSeedMapping() {
  return buildMapping(iso27001_2022_to_soc2_seed_default, "seed");
}
function otherShippedMappings(inUse) {
  return [
    ...inUse.origin === "default" ? [] : [shippedDefault ??= loadDefaultMapping()],
    ...inUse.origin === "seed" ? [] : [shippedSeed ??= loadSeedMapping()]
  ];
}
var shippedDefault;
var shippedSeed;
function validatedMapping(file, text, origin, catalogs) {
  const parsed = parseSource(file, text);
  const result = parsed.ok ? validateMapping(parsed.document, origin, catalogs) : { mapping: void 0, problems: parsed.diagnostics };
  if (result.mapping) return result.mapping;
  const [first, ...rest] = result.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more problems)` : "";
  throw new UsageError(`mapping ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : "is invalid"}${more}`);
}
async function readMappingText(files, file, displayName) {
  const bytes = await files.readNamed(file, `mapping ${displayName}`, maxMappingBytes);
  if (bytes === void 0) throw new UsageError(`cannot read mapping ${displayName}: no such file`);
  const decoded = decodeUtf8(displayName, bytes);
  if (!decoded.ok) throw new UsageError(`mapping ${displayName}: ${decoded.diagnostic.message}`);
  return decoded.text;
}

export {
  describeValue,
  quoteName,
  isWordLike,
  ChangePopulation,
  checkSchema,
  maxConfigBytes,
  maxMappingBytes,
  readConfinedFile,
  readRegularFile,
  tooLarge,
  isInGitFolder,
  relativeInside,
  decodeUtf8,
  parseSource,
  indexRepository,
  diskSource,
  lintMapping,
  defaultMappingFile,
  seedMappingFile,
  loadMapping,
  loadDefaultMapping,
  otherShippedMappings
};
