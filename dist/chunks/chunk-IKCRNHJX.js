import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  defaultLimits,
  didYouMean,
  frequencies,
  frequencyDefaults,
  judgeIsoId
} from "./chunk-A3TXCLUC.js";
import {
  severityRank
} from "./chunk-YGSFOW3Y.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-LVNFLO5R.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length2(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
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
    function date(str2) {
      const matches = DATE.exec(str2);
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
      return function time(str2) {
        const matches = TIME.exec(str2);
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
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
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
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
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
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// mappings/iso27001-2022.json
var iso27001_2022_default = {
  name: "ISO/IEC 27001:2022",
  annexA: [
    { id: "A.5.1", title: "Policies for information security", theme: "Organizational" },
    { id: "A.5.2", title: "Information security roles and responsibilities", theme: "Organizational" },
    { id: "A.5.3", title: "Segregation of duties", theme: "Organizational" },
    { id: "A.5.4", title: "Management responsibilities", theme: "Organizational" },
    { id: "A.5.5", title: "Contact with authorities", theme: "Organizational" },
    { id: "A.5.6", title: "Contact with special interest groups", theme: "Organizational" },
    { id: "A.5.7", title: "Threat intelligence", theme: "Organizational" },
    { id: "A.5.8", title: "Information security in project management", theme: "Organizational" },
    { id: "A.5.9", title: "Inventory of information and other associated assets", theme: "Organizational" },
    { id: "A.5.10", title: "Acceptable use of information and other associated assets", theme: "Organizational" },
    { id: "A.5.11", title: "Return of assets", theme: "Organizational" },
    { id: "A.5.12", title: "Classification of information", theme: "Organizational" },
    { id: "A.5.13", title: "Labelling of information", theme: "Organizational" },
    { id: "A.5.14", title: "Information transfer", theme: "Organizational" },
    { id: "A.5.15", title: "Access control", theme: "Organizational" },
    { id: "A.5.16", title: "Identity management", theme: "Organizational" },
    { id: "A.5.17", title: "Authentication information", theme: "Organizational" },
    { id: "A.5.18", title: "Access rights", theme: "Organizational" },
    { id: "A.5.19", title: "Information security in supplier relationships", theme: "Organizational" },
    { id: "A.5.20", title: "Addressing information security within supplier agreements", theme: "Organizational" },
    { id: "A.5.21", title: "Managing information security in the ICT supply chain", theme: "Organizational" },
    { id: "A.5.22", title: "Monitoring, review and change management of supplier services", theme: "Organizational" },
    { id: "A.5.23", title: "Information security for use of cloud services", theme: "Organizational" },
    { id: "A.5.24", title: "Information security incident management planning and preparation", theme: "Organizational" },
    { id: "A.5.25", title: "Assessment and decision on information security events", theme: "Organizational" },
    { id: "A.5.26", title: "Response to information security incidents", theme: "Organizational" },
    { id: "A.5.27", title: "Learning from information security incidents", theme: "Organizational" },
    { id: "A.5.28", title: "Collection of evidence", theme: "Organizational" },
    { id: "A.5.29", title: "Information security during disruption", theme: "Organizational" },
    { id: "A.5.30", title: "ICT readiness for business continuity", theme: "Organizational" },
    { id: "A.5.31", title: "Legal, statutory, regulatory and contractual requirements", theme: "Organizational" },
    { id: "A.5.32", title: "Intellectual property rights", theme: "Organizational" },
    { id: "A.5.33", title: "Protection of records", theme: "Organizational" },
    { id: "A.5.34", title: "Privacy and protection of PII", theme: "Organizational" },
    { id: "A.5.35", title: "Independent review of information security", theme: "Organizational" },
    { id: "A.5.36", title: "Compliance with policies, rules and standards for information security", theme: "Organizational" },
    { id: "A.5.37", title: "Documented operating procedures", theme: "Organizational" },
    { id: "A.6.1", title: "Screening", theme: "People" },
    { id: "A.6.2", title: "Terms and conditions of employment", theme: "People" },
    { id: "A.6.3", title: "Information security awareness, education and training", theme: "People" },
    { id: "A.6.4", title: "Disciplinary process", theme: "People" },
    { id: "A.6.5", title: "Responsibilities after termination or change of employment", theme: "People" },
    { id: "A.6.6", title: "Confidentiality or non-disclosure agreements", theme: "People" },
    { id: "A.6.7", title: "Remote working", theme: "People" },
    { id: "A.6.8", title: "Information security event reporting", theme: "People" },
    { id: "A.7.1", title: "Physical security perimeters", theme: "Physical" },
    { id: "A.7.2", title: "Physical entry", theme: "Physical" },
    { id: "A.7.3", title: "Securing offices, rooms and facilities", theme: "Physical" },
    { id: "A.7.4", title: "Physical security monitoring", theme: "Physical" },
    { id: "A.7.5", title: "Protecting against physical and environmental threats", theme: "Physical" },
    { id: "A.7.6", title: "Working in secure areas", theme: "Physical" },
    { id: "A.7.7", title: "Clear desk and clear screen", theme: "Physical" },
    { id: "A.7.8", title: "Equipment siting and protection", theme: "Physical" },
    { id: "A.7.9", title: "Security of assets off-premises", theme: "Physical" },
    { id: "A.7.10", title: "Storage media", theme: "Physical" },
    { id: "A.7.11", title: "Supporting utilities", theme: "Physical" },
    { id: "A.7.12", title: "Cabling security", theme: "Physical" },
    { id: "A.7.13", title: "Equipment maintenance", theme: "Physical" },
    { id: "A.7.14", title: "Secure disposal or re-use of equipment", theme: "Physical" },
    { id: "A.8.1", title: "User endpoint devices", theme: "Technological" },
    { id: "A.8.2", title: "Privileged access rights", theme: "Technological" },
    { id: "A.8.3", title: "Information access restriction", theme: "Technological" },
    { id: "A.8.4", title: "Access to source code", theme: "Technological" },
    { id: "A.8.5", title: "Secure authentication", theme: "Technological" },
    { id: "A.8.6", title: "Capacity management", theme: "Technological" },
    { id: "A.8.7", title: "Protection against malware", theme: "Technological" },
    { id: "A.8.8", title: "Management of technical vulnerabilities", theme: "Technological" },
    { id: "A.8.9", title: "Configuration management", theme: "Technological" },
    { id: "A.8.10", title: "Information deletion", theme: "Technological" },
    { id: "A.8.11", title: "Data masking", theme: "Technological" },
    { id: "A.8.12", title: "Data leakage prevention", theme: "Technological" },
    { id: "A.8.13", title: "Information backup", theme: "Technological" },
    { id: "A.8.14", title: "Redundancy of information processing facilities", theme: "Technological" },
    { id: "A.8.15", title: "Logging", theme: "Technological" },
    { id: "A.8.16", title: "Monitoring activities", theme: "Technological" },
    { id: "A.8.17", title: "Clock synchronization", theme: "Technological" },
    { id: "A.8.18", title: "Use of privileged utility programs", theme: "Technological" },
    { id: "A.8.19", title: "Installation of software on operational systems", theme: "Technological" },
    { id: "A.8.20", title: "Networks security", theme: "Technological" },
    { id: "A.8.21", title: "Security of network services", theme: "Technological" },
    { id: "A.8.22", title: "Segregation of networks", theme: "Technological" },
    { id: "A.8.23", title: "Web filtering", theme: "Technological" },
    { id: "A.8.24", title: "Use of cryptography", theme: "Technological" },
    { id: "A.8.25", title: "Secure development life cycle", theme: "Technological" },
    { id: "A.8.26", title: "Application security requirements", theme: "Technological" },
    { id: "A.8.27", title: "Secure system architecture and engineering principles", theme: "Technological" },
    { id: "A.8.28", title: "Secure coding", theme: "Technological" },
    { id: "A.8.29", title: "Security testing in development and acceptance", theme: "Technological" },
    { id: "A.8.30", title: "Outsourced development", theme: "Technological" },
    { id: "A.8.31", title: "Separation of development, test and production environments", theme: "Technological" },
    { id: "A.8.32", title: "Change management", theme: "Technological" },
    { id: "A.8.33", title: "Test information", theme: "Technological" },
    { id: "A.8.34", title: "Protection of information systems during audit testing", theme: "Technological" }
  ],
  clauses: [
    { id: "4.1", title: "Understanding the organization and its context" },
    { id: "4.2", title: "Understanding the needs and expectations of interested parties" },
    { id: "4.3", title: "Determining the scope of the information security management system" },
    { id: "4.4", title: "Information security management system" },
    { id: "5.1", title: "Leadership and commitment" },
    { id: "5.2", title: "Policy" },
    { id: "5.3", title: "Organizational roles, responsibilities and authorities" },
    { id: "6.1", title: "Actions to address risks and opportunities" },
    { id: "6.1.1", title: "General" },
    { id: "6.1.2", title: "Information security risk assessment" },
    { id: "6.1.3", title: "Information security risk treatment" },
    { id: "6.2", title: "Information security objectives and planning to achieve them" },
    { id: "6.3", title: "Planning of changes" },
    { id: "7.1", title: "Resources" },
    { id: "7.2", title: "Competence" },
    { id: "7.3", title: "Awareness" },
    { id: "7.4", title: "Communication" },
    { id: "7.5", title: "Documented information" },
    { id: "7.5.1", title: "General" },
    { id: "7.5.2", title: "Creating and updating" },
    { id: "7.5.3", title: "Control of documented information" },
    { id: "8.1", title: "Operational planning and control" },
    { id: "8.2", title: "Information security risk assessment" },
    { id: "8.3", title: "Information security risk treatment" },
    { id: "9.1", title: "Monitoring, measurement, analysis and evaluation" },
    { id: "9.2", title: "Internal audit" },
    { id: "9.2.1", title: "General" },
    { id: "9.2.2", title: "Internal audit programme" },
    { id: "9.3", title: "Management review" },
    { id: "9.3.1", title: "General" },
    { id: "9.3.2", title: "Management review inputs" },
    { id: "9.3.3", title: "Management review results" },
    { id: "10.1", title: "Continual improvement" },
    { id: "10.2", title: "Nonconformity and corrective action" }
  ]
};

// mappings/iso27001-2013-to-2022.json
var iso27001_2013_to_2022_default = {
  name: "ISO/IEC 27001:2013 Annex A to 2022 correspondence",
  correspondence: [
    { iso2013: "A.5.1.1", title: "Policies for information security", iso2022: ["A.5.1"] },
    { iso2013: "A.5.1.2", title: "Review of the policies for information security", iso2022: ["A.5.1"] },
    { iso2013: "A.6.1.1", title: "Information security roles and responsibilities", iso2022: ["A.5.2"] },
    { iso2013: "A.6.1.2", title: "Segregation of duties", iso2022: ["A.5.3"] },
    { iso2013: "A.6.1.3", title: "Contact with authorities", iso2022: ["A.5.5"] },
    { iso2013: "A.6.1.4", title: "Contact with special interest groups", iso2022: ["A.5.6"] },
    { iso2013: "A.6.1.5", title: "Information security in project management", iso2022: ["A.5.8"] },
    { iso2013: "A.6.2.1", title: "Mobile device policy", iso2022: ["A.8.1"] },
    { iso2013: "A.6.2.2", title: "Teleworking", iso2022: ["A.6.7"] },
    { iso2013: "A.7.1.1", title: "Screening", iso2022: ["A.6.1"] },
    { iso2013: "A.7.1.2", title: "Terms and conditions of employment", iso2022: ["A.6.2"] },
    { iso2013: "A.7.2.1", title: "Management responsibilities", iso2022: ["A.5.4"] },
    { iso2013: "A.7.2.2", title: "Information security awareness, education and training", iso2022: ["A.6.3"] },
    { iso2013: "A.7.2.3", title: "Disciplinary process", iso2022: ["A.6.4"] },
    { iso2013: "A.7.3.1", title: "Termination or change of employment responsibilities", iso2022: ["A.6.5"] },
    { iso2013: "A.8.1.1", title: "Inventory of assets", iso2022: ["A.5.9"] },
    { iso2013: "A.8.1.2", title: "Ownership of assets", iso2022: ["A.5.9"] },
    { iso2013: "A.8.1.3", title: "Acceptable use of assets", iso2022: ["A.5.10"] },
    { iso2013: "A.8.1.4", title: "Return of assets", iso2022: ["A.5.11"] },
    { iso2013: "A.8.2.1", title: "Classification of information", iso2022: ["A.5.12"] },
    { iso2013: "A.8.2.2", title: "Labelling of information", iso2022: ["A.5.13"] },
    { iso2013: "A.8.2.3", title: "Handling of assets", iso2022: ["A.5.10"] },
    { iso2013: "A.8.3.1", title: "Management of removable media", iso2022: ["A.7.10"] },
    { iso2013: "A.8.3.2", title: "Disposal of media", iso2022: ["A.7.10"] },
    { iso2013: "A.8.3.3", title: "Physical media transfer", iso2022: ["A.7.10"] },
    { iso2013: "A.9.1.1", title: "Access control policy", iso2022: ["A.5.15"] },
    { iso2013: "A.9.1.2", title: "Access to networks and network services", iso2022: ["A.5.15"] },
    { iso2013: "A.9.2.1", title: "User registration and de-registration", iso2022: ["A.5.16"] },
    { iso2013: "A.9.2.2", title: "User access provisioning", iso2022: ["A.5.18"] },
    { iso2013: "A.9.2.3", title: "Management of privileged access rights", iso2022: ["A.8.2"] },
    { iso2013: "A.9.2.4", title: "Management of secret authentication information of users", iso2022: ["A.5.17"] },
    { iso2013: "A.9.2.5", title: "Review of user access rights", iso2022: ["A.5.18"] },
    { iso2013: "A.9.2.6", title: "Removal or adjustment of access rights", iso2022: ["A.5.18"] },
    { iso2013: "A.9.3.1", title: "Use of secret authentication information", iso2022: ["A.5.17"] },
    { iso2013: "A.9.4.1", title: "Information access restriction", iso2022: ["A.8.3"] },
    { iso2013: "A.9.4.2", title: "Secure log-on procedures", iso2022: ["A.8.5"] },
    { iso2013: "A.9.4.3", title: "Password management system", iso2022: ["A.5.17"] },
    { iso2013: "A.9.4.4", title: "Use of privileged utility programs", iso2022: ["A.8.18"] },
    { iso2013: "A.9.4.5", title: "Access control to program source code", iso2022: ["A.8.4"] },
    { iso2013: "A.10.1.1", title: "Policy on the use of cryptographic controls", iso2022: ["A.8.24"] },
    { iso2013: "A.10.1.2", title: "Key management", iso2022: ["A.8.24"] },
    { iso2013: "A.11.1.1", title: "Physical security perimeter", iso2022: ["A.7.1"] },
    { iso2013: "A.11.1.2", title: "Physical entry controls", iso2022: ["A.7.2"] },
    { iso2013: "A.11.1.3", title: "Securing offices, rooms and facilities", iso2022: ["A.7.3"] },
    { iso2013: "A.11.1.4", title: "Protecting against external and environmental threats", iso2022: ["A.7.5"] },
    { iso2013: "A.11.1.5", title: "Working in secure areas", iso2022: ["A.7.6"] },
    { iso2013: "A.11.1.6", title: "Delivery and loading areas", iso2022: ["A.7.2"] },
    { iso2013: "A.11.2.1", title: "Equipment siting and protection", iso2022: ["A.7.8"] },
    { iso2013: "A.11.2.2", title: "Supporting utilities", iso2022: ["A.7.11"] },
    { iso2013: "A.11.2.3", title: "Cabling security", iso2022: ["A.7.12"] },
    { iso2013: "A.11.2.4", title: "Equipment maintenance", iso2022: ["A.7.13"] },
    { iso2013: "A.11.2.5", title: "Removal of assets", iso2022: ["A.7.10"] },
    { iso2013: "A.11.2.6", title: "Security of equipment and assets off-premises", iso2022: ["A.7.9"] },
    { iso2013: "A.11.2.7", title: "Secure disposal or re-use of equipment", iso2022: ["A.7.14"] },
    { iso2013: "A.11.2.8", title: "Unattended user equipment", iso2022: ["A.8.1"] },
    { iso2013: "A.11.2.9", title: "Clear desk and clear screen policy", iso2022: ["A.7.7"] },
    { iso2013: "A.12.1.1", title: "Documented operating procedures", iso2022: ["A.5.37"] },
    { iso2013: "A.12.1.2", title: "Change management", iso2022: ["A.8.32"] },
    { iso2013: "A.12.1.3", title: "Capacity management", iso2022: ["A.8.6"] },
    { iso2013: "A.12.1.4", title: "Separation of development, testing and operational environments", iso2022: ["A.8.31"] },
    { iso2013: "A.12.2.1", title: "Controls against malware", iso2022: ["A.8.7"] },
    { iso2013: "A.12.3.1", title: "Information backup", iso2022: ["A.8.13"] },
    { iso2013: "A.12.4.1", title: "Event logging", iso2022: ["A.8.15"] },
    { iso2013: "A.12.4.2", title: "Protection of log information", iso2022: ["A.8.15"] },
    { iso2013: "A.12.4.3", title: "Administrator and operator logs", iso2022: ["A.8.15"] },
    { iso2013: "A.12.4.4", title: "Clock synchronisation", iso2022: ["A.8.17"] },
    { iso2013: "A.12.5.1", title: "Installation of software on operational systems", iso2022: ["A.8.19"] },
    { iso2013: "A.12.6.1", title: "Management of technical vulnerabilities", iso2022: ["A.8.8"] },
    { iso2013: "A.12.6.2", title: "Restrictions on software installation", iso2022: ["A.8.19"] },
    { iso2013: "A.12.7.1", title: "Information systems audit controls", iso2022: ["A.8.34"] },
    { iso2013: "A.13.1.1", title: "Network controls", iso2022: ["A.8.20"] },
    { iso2013: "A.13.1.2", title: "Security of network services", iso2022: ["A.8.21"] },
    { iso2013: "A.13.1.3", title: "Segregation in networks", iso2022: ["A.8.22"] },
    { iso2013: "A.13.2.1", title: "Information transfer policies and procedures", iso2022: ["A.5.14"] },
    { iso2013: "A.13.2.2", title: "Agreements on information transfer", iso2022: ["A.5.14"] },
    { iso2013: "A.13.2.3", title: "Electronic messaging", iso2022: ["A.5.14"] },
    { iso2013: "A.13.2.4", title: "Confidentiality or non-disclosure agreements", iso2022: ["A.6.6"] },
    { iso2013: "A.14.1.1", title: "Information security requirements analysis and specification", iso2022: ["A.5.8"] },
    { iso2013: "A.14.1.2", title: "Securing application services on public networks", iso2022: ["A.8.26"] },
    { iso2013: "A.14.1.3", title: "Protecting application services transactions", iso2022: ["A.8.26"] },
    { iso2013: "A.14.2.1", title: "Secure development policy", iso2022: ["A.8.25"] },
    { iso2013: "A.14.2.2", title: "System change control procedures", iso2022: ["A.8.32"] },
    { iso2013: "A.14.2.3", title: "Technical review of applications after operating platform changes", iso2022: ["A.8.32"] },
    { iso2013: "A.14.2.4", title: "Restrictions on changes to software packages", iso2022: ["A.8.32"] },
    { iso2013: "A.14.2.5", title: "Secure system engineering principles", iso2022: ["A.8.27"] },
    { iso2013: "A.14.2.6", title: "Secure development environment", iso2022: ["A.8.31"] },
    { iso2013: "A.14.2.7", title: "Outsourced development", iso2022: ["A.8.30"] },
    { iso2013: "A.14.2.8", title: "System security testing", iso2022: ["A.8.29"] },
    { iso2013: "A.14.2.9", title: "System acceptance testing", iso2022: ["A.8.29"] },
    { iso2013: "A.14.3.1", title: "Protection of test data", iso2022: ["A.8.33"] },
    { iso2013: "A.15.1.1", title: "Information security policy for supplier relationships", iso2022: ["A.5.19"] },
    { iso2013: "A.15.1.2", title: "Addressing security within supplier agreements", iso2022: ["A.5.20"] },
    { iso2013: "A.15.1.3", title: "Information and communication technology supply chain", iso2022: ["A.5.21"] },
    { iso2013: "A.15.2.1", title: "Monitoring and review of supplier services", iso2022: ["A.5.22"] },
    { iso2013: "A.15.2.2", title: "Managing changes to supplier services", iso2022: ["A.5.22"] },
    { iso2013: "A.16.1.1", title: "Responsibilities and procedures", iso2022: ["A.5.24"] },
    { iso2013: "A.16.1.2", title: "Reporting information security events", iso2022: ["A.6.8"] },
    { iso2013: "A.16.1.3", title: "Reporting information security weaknesses", iso2022: ["A.6.8"] },
    { iso2013: "A.16.1.4", title: "Assessment of and decision on information security events", iso2022: ["A.5.25"] },
    { iso2013: "A.16.1.5", title: "Response to information security incidents", iso2022: ["A.5.26"] },
    { iso2013: "A.16.1.6", title: "Learning from information security incidents", iso2022: ["A.5.27"] },
    { iso2013: "A.16.1.7", title: "Collection of evidence", iso2022: ["A.5.28"] },
    { iso2013: "A.17.1.1", title: "Planning information security continuity", iso2022: ["A.5.29"] },
    { iso2013: "A.17.1.2", title: "Implementing information security continuity", iso2022: ["A.5.29"] },
    { iso2013: "A.17.1.3", title: "Verify, review and evaluate information security continuity", iso2022: ["A.5.29"] },
    { iso2013: "A.17.2.1", title: "Availability of information processing facilities", iso2022: ["A.8.14"] },
    { iso2013: "A.18.1.1", title: "Identification of applicable legislation and contractual requirements", iso2022: ["A.5.31"] },
    { iso2013: "A.18.1.2", title: "Intellectual property rights", iso2022: ["A.5.32"] },
    { iso2013: "A.18.1.3", title: "Protection of records", iso2022: ["A.5.33"] },
    { iso2013: "A.18.1.4", title: "Privacy and protection of personally identifiable information", iso2022: ["A.5.34"] },
    { iso2013: "A.18.1.5", title: "Regulation of cryptographic controls", iso2022: ["A.5.31"] },
    { iso2013: "A.18.2.1", title: "Independent review of information security", iso2022: ["A.5.35"] },
    { iso2013: "A.18.2.2", title: "Compliance with security policies and standards", iso2022: ["A.5.36"] },
    { iso2013: "A.18.2.3", title: "Technical compliance review", iso2022: ["A.5.36", "A.8.8"] }
  ]
};

// mappings/soc2-tsc-2017.json
var soc2_tsc_2017_default = {
  name: "SOC 2 Trust Services Criteria (2017, points of focus revised 2022)",
  categories: [
    { id: "security", title: "Security (Common Criteria)" },
    { id: "availability", title: "Availability" },
    { id: "confidentiality", title: "Confidentiality" },
    { id: "processing-integrity", title: "Processing Integrity" },
    { id: "privacy", title: "Privacy" }
  ],
  series: [
    { id: "CC1", title: "Control environment" },
    { id: "CC2", title: "Communication and information" },
    { id: "CC3", title: "Risk assessment" },
    { id: "CC4", title: "Monitoring activities" },
    { id: "CC5", title: "Control activities" },
    { id: "CC6", title: "Logical and physical access controls" },
    { id: "CC7", title: "System operations" },
    { id: "CC8", title: "Change management" },
    { id: "CC9", title: "Risk mitigation" },
    { id: "A1", title: "Additional criteria for availability" },
    { id: "C1", title: "Additional criteria for confidentiality" },
    { id: "PI1", title: "Additional criteria for processing integrity" },
    { id: "P1", title: "Notice" },
    { id: "P2", title: "Choice and consent" },
    { id: "P3", title: "Collection" },
    { id: "P4", title: "Use, retention and disposal" },
    { id: "P5", title: "Access" },
    { id: "P6", title: "Disclosure and notification" },
    { id: "P7", title: "Quality" },
    { id: "P8", title: "Monitoring and enforcement" }
  ],
  criteria: [
    { id: "CC1.1", category: "security", series: "CC1", subject: "Commitment to integrity and ethical values" },
    { id: "CC1.2", category: "security", series: "CC1", subject: "Board independence and oversight of internal control" },
    { id: "CC1.3", category: "security", series: "CC1", subject: "Management structures, reporting lines and authorities" },
    { id: "CC1.4", category: "security", series: "CC1", subject: "Attracting, developing and retaining competent personnel" },
    { id: "CC1.5", category: "security", series: "CC1", subject: "Holding individuals accountable for control responsibilities" },
    { id: "CC2.1", category: "security", series: "CC2", subject: "Relevant, quality information supporting internal control" },
    { id: "CC2.2", category: "security", series: "CC2", subject: "Internal communication of control objectives and responsibilities" },
    { id: "CC2.3", category: "security", series: "CC2", subject: "Communication with external parties about internal control" },
    { id: "CC3.1", category: "security", series: "CC3", subject: "Specifying objectives clearly enough to identify risks" },
    { id: "CC3.2", category: "security", series: "CC3", subject: "Identifying and analyzing risks to objectives" },
    { id: "CC3.3", category: "security", series: "CC3", subject: "Considering potential for fraud in risk assessment" },
    { id: "CC3.4", category: "security", series: "CC3", subject: "Identifying and assessing changes affecting internal control" },
    { id: "CC4.1", category: "security", series: "CC4", subject: "Ongoing and separate evaluations of controls" },
    { id: "CC4.2", category: "security", series: "CC4", subject: "Communicating and remediating internal control deficiencies" },
    { id: "CC5.1", category: "security", series: "CC5", subject: "Selecting and developing risk-mitigating control activities" },
    { id: "CC5.2", category: "security", series: "CC5", subject: "General control activities over technology" },
    { id: "CC5.3", category: "security", series: "CC5", subject: "Deploying controls through policies and procedures" },
    { id: "CC6.1", category: "security", series: "CC6", subject: "Logical access security software and infrastructure" },
    { id: "CC6.2", category: "security", series: "CC6", subject: "User registration, authorization and deprovisioning" },
    { id: "CC6.3", category: "security", series: "CC6", subject: "Role-based access with least privilege and segregation" },
    { id: "CC6.4", category: "security", series: "CC6", subject: "Restricting physical access to facilities and assets" },
    { id: "CC6.5", category: "security", series: "CC6", subject: "Protecting data when disposing of physical assets" },
    { id: "CC6.6", category: "security", series: "CC6", subject: "Protection against threats from outside system boundaries" },
    { id: "CC6.7", category: "security", series: "CC6", subject: "Restricting and protecting information in transmission and movement" },
    { id: "CC6.8", category: "security", series: "CC6", subject: "Preventing or detecting unauthorized or malicious software" },
    { id: "CC7.1", category: "security", series: "CC7", subject: "Detecting configuration changes and newly discovered vulnerabilities" },
    { id: "CC7.2", category: "security", series: "CC7", subject: "Monitoring system components for anomalies and attacks" },
    { id: "CC7.3", category: "security", series: "CC7", subject: "Evaluating security events to identify incidents" },
    { id: "CC7.4", category: "security", series: "CC7", subject: "Responding to identified security incidents" },
    { id: "CC7.5", category: "security", series: "CC7", subject: "Recovering from identified security incidents" },
    { id: "CC8.1", category: "security", series: "CC8", subject: "Authorized, tested and approved changes" },
    { id: "CC9.1", category: "security", series: "CC9", subject: "Mitigating risks from business disruptions" },
    { id: "CC9.2", category: "security", series: "CC9", subject: "Managing vendor and business partner risks" },
    { id: "A1.1", category: "availability", series: "A1", subject: "Capacity monitoring and demand planning" },
    { id: "A1.2", category: "availability", series: "A1", subject: "Environmental protections, backup and recovery infrastructure" },
    { id: "A1.3", category: "availability", series: "A1", subject: "Testing recovery plan procedures" },
    { id: "C1.1", category: "confidentiality", series: "C1", subject: "Identifying and maintaining confidential information" },
    { id: "C1.2", category: "confidentiality", series: "C1", subject: "Disposing of confidential information" },
    { id: "PI1.1", category: "processing-integrity", series: "PI1", subject: "Defining and communicating processing specifications" },
    { id: "PI1.2", category: "processing-integrity", series: "PI1", subject: "Complete and accurate system inputs" },
    { id: "PI1.3", category: "processing-integrity", series: "PI1", subject: "Complete, accurate and timely system processing" },
    { id: "PI1.4", category: "processing-integrity", series: "PI1", subject: "Complete, accurate and timely system outputs" },
    { id: "PI1.5", category: "processing-integrity", series: "PI1", subject: "Complete and accurate storage of inputs and outputs" },
    { id: "P1.1", category: "privacy", series: "P1", subject: "Notice to data subjects about privacy practices" },
    { id: "P2.1", category: "privacy", series: "P2", subject: "Choice and consent for personal information" },
    { id: "P3.1", category: "privacy", series: "P3", subject: "Collecting personal information consistent with objectives" },
    { id: "P3.2", category: "privacy", series: "P3", subject: "Explicit consent for collecting sensitive personal information" },
    { id: "P4.1", category: "privacy", series: "P4", subject: "Limiting use of personal information to stated purposes" },
    { id: "P4.2", category: "privacy", series: "P4", subject: "Retention of personal information" },
    { id: "P4.3", category: "privacy", series: "P4", subject: "Secure disposal of personal information" },
    { id: "P5.1", category: "privacy", series: "P5", subject: "Data subject access to their personal information" },
    { id: "P5.2", category: "privacy", series: "P5", subject: "Correction and amendment of personal information" },
    { id: "P6.1", category: "privacy", series: "P6", subject: "Disclosure to third parties with consent" },
    { id: "P6.2", category: "privacy", series: "P6", subject: "Recording authorized disclosures of personal information" },
    { id: "P6.3", category: "privacy", series: "P6", subject: "Recording unauthorized disclosures and breaches" },
    { id: "P6.4", category: "privacy", series: "P6", subject: "Privacy commitments from vendors and third parties" },
    { id: "P6.5", category: "privacy", series: "P6", subject: "Third parties notifying the entity of unauthorized disclosures" },
    { id: "P6.6", category: "privacy", series: "P6", subject: "Notifying affected parties of breaches and incidents" },
    { id: "P6.7", category: "privacy", series: "P6", subject: "Accounting of held and disclosed personal information" },
    { id: "P7.1", category: "privacy", series: "P7", subject: "Accuracy, completeness and relevance of personal information" },
    { id: "P8.1", category: "privacy", series: "P8", subject: "Handling privacy inquiries, complaints and disputes" }
  ]
};

// src/load/catalogs.ts
var catalogs;
function loadCatalogs() {
  catalogs ??= buildCatalogs();
  return catalogs;
}
function buildCatalogs() {
  const iso = /* @__PURE__ */ new Map();
  for (const { id, title } of iso27001_2022_default.annexA) iso.set(id, { id, title, kind: "annex-a" });
  for (const { id, title } of iso27001_2022_default.clauses) iso.set(id, { id, title, kind: "clause" });
  const criteria = soc2_tsc_2017_default.criteria.map(({ id, category, series, subject }) => ({
    id,
    category,
    series,
    subject
  }));
  const iso2013 = new Map(
    iso27001_2013_to_2022_default.correspondence.map(({ iso2013: id, title, iso2022 }) => [id, { id, title, replacedBy: iso2022 }])
  );
  return {
    iso,
    criteria,
    criteriaById: new Map(criteria.map((criterion) => [criterion.id, criterion])),
    categoryTitles: new Map(soc2_tsc_2017_default.categories.map(({ id, title }) => [id, title])),
    seriesTitles: new Map(soc2_tsc_2017_default.series.map(({ id, title }) => [id, title])),
    iso2013
  };
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

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path2) {
  const ctrl = callVisitor(key, node, visitor, path2);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path2, ctrl);
    return visit_(key, ctrl, visitor, path2);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path2 = Object.freeze(path2.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path2);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path2 = Object.freeze(path2.concat(node));
      const ck = visit_("key", node.key, visitor, path2);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path2);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path2) {
  const ctrl = await callVisitor(key, node, visitor, path2);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path2, ctrl);
    return visitAsync_(key, ctrl, visitor, path2);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path2 = Object.freeze(path2.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path2);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path2 = Object.freeze(path2.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path2);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path2);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path2) {
  if (typeof visitor === "function")
    return visitor(key, node, path2);
  if (isMap(node))
    return visitor.Map?.(key, node, path2);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path2);
  if (isPair(node))
    return visitor.Pair?.(key, node, path2);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path2);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path2);
  return void 0;
}
function replaceNode(key, path2, node) {
  const parent = path2[path2.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml2, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type2) {
    Object.defineProperty(this, NODE_TYPE, { value: type2 });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count2 = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count2)
        count2 = c;
    }
    return count2;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map3 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map3.items.push(value);
    return map3;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema5, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema5.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema5[MAP] : Symbol.iterator in Object(value) ? schema5[SEQ] : schema5[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema5, path2, value) {
  let v = value;
  for (let i = path2.length - 1; i >= 0; --i) {
    const k = path2[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema5,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type2, schema5) {
    super(type2);
    Object.defineProperty(this, "schema", {
      value: schema5,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema5) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema5)
      copy.schema = schema5;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema5) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path2, value) {
    if (isEmptyPath(path2))
      this.add(value);
    else {
      const [key, ...rest] = path2;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path2) {
    const [key, ...rest] = path2;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path2, keepScalar) {
    const [key, ...rest] = path2;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path2) {
    const [key, ...rest] = path2;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path2, value) {
    const [key, ...rest] = path2;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text;
  if (onFold)
    onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text.length;
    if (fold === 0)
      res = `
${indent}${text.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text[fold]}\\`;
      res += `
${indent}${text.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text[++i];
    } else {
      do {
        ch = text[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json2 = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json2;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
    if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
      str2 += json2.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json2[i + 1]) {
        case "u":
          {
            str2 += json2.slice(start, i);
            const code = json2.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json2.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json2.slice(start, i) + "\n\n";
            while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json2[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json2.slice(start) : json2;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.BLOCK_FOLDED ? false : type2 === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type2 !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type: type2, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type2 !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type: type2 } = item;
  if (type2 !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type2 = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type2);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map3, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map3, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map3, it);
  else
    mergeValue(ctx, map3, source);
}
function mergeValue(ctx, map3, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map3 instanceof Map) {
      if (!map3.has(key))
        map3.set(key, value2);
    } else if (map3 instanceof Set) {
      map3.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map3, key)) {
      Object.defineProperty(map3, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map3;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map3, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map3, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map3, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map3 instanceof Map) {
      map3.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map3 instanceof Set) {
      map3.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map3)
        Object.defineProperty(map3, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map3[stringKey] = jsValue;
    }
  }
  return map3;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema5) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema5);
    if (isNode(value))
      value = value.clone(schema5);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema5) {
    super(MAP, schema5);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema5, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map3 = new this(schema5);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map3.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema5.sortMapEntries === "function") {
      map3.items.sort(schema5.sortMapEntries);
    }
    return map3;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type2) {
    const map3 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map3);
    for (const item of this.items)
      addPairToJSMap(ctx, map3, item);
    return map3;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map3, onError) {
    if (!isMap(map3))
      onError("Expected a mapping for this tag");
    return map3;
  },
  createNode: (schema5, obj, ctx) => YAMLMap.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema5) {
    super(SEQ, schema5);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq3 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq3);
    let i = 0;
    for (const item of this.items)
      seq3.push(toJS(item, String(i++), ctx));
    return seq3;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema5, obj, ctx) {
    const { replacer } = ctx;
    const seq3 = new this(schema5);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq3.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq3;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq3, onError) {
    if (!isSeq(seq3))
      onError("Expected a sequence for this tag");
    return seq3;
  },
  createNode: (schema5, obj, ctx) => YAMLSeq.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type2 ?? (type2 = Scalar.BLOCK_LITERAL);
    if (type2 !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type2 === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq3, onError) {
  if (isSeq(seq3)) {
    for (let i = 0; i < seq3.items.length; ++i) {
      let item = seq3.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq3.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq3;
}
function createPairs(schema5, iterable, ctx) {
  const { replacer } = ctx;
  const pairs3 = new YAMLSeq(schema5);
  pairs3.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs3.items.push(createPair(key, value, ctx));
    }
  return pairs3;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map3 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map3);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map3.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map3.set(key, value);
    }
    return map3;
  }
  static from(schema5, iterable, ctx) {
    const pairs3 = createPairs(schema5, iterable, ctx);
    const omap3 = new this();
    omap3.items = pairs3.items;
    return omap3;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq3, onError) {
    const pairs3 = resolvePairs(seq3, onError);
    const seenKeys = [];
    for (const { key } of pairs3.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs3);
  },
  createNode: (schema5, iterable, ctx) => YAMLOMap.from(schema5, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema5) {
    super(schema5);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema5, iterable, ctx) {
    const { replacer } = ctx;
    const set3 = new this(schema5);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set3.items.push(createPair(value, null, ctx));
      }
    return set3;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema5, iterable, ctx) => YAMLSet.from(schema5, iterable, ctx),
  resolve(map3, onError) {
    if (isMap(map3)) {
      if (map3.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map3);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map3;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema5, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema5 === "string" && schema5 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge3);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path2, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path2, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path2) {
    if (isEmptyPath(path2)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path2, keepScalar) {
    if (isEmptyPath(path2))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path2) {
    if (isEmptyPath(path2))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path2) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path2, value) {
    if (isEmptyPath(path2)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path2), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path2, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json2,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count: count2, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count2);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count2 = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count2);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map3 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map3.comment)
            map3.comment += "\n" + keyProps.comment;
          else
            map3.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map3.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map3.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map3.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map3.range = [bm.offset, offset, commentEnd ?? offset];
  return map3;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq3 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq3.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq3.items.push(node);
  }
  seq3.range = [bs.offset, offset, commentEnd ?? offset];
  return seq3;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep = "";
    for (const token of end) {
      const { source, type: type2 } = token;
      switch (type2) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep + cb;
          sep = "";
          break;
        }
        case "newline":
          if (comment)
            sep += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (const st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map3 = coll;
        if (mapIncludes(ctx, map3.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map3.items.push(pair);
      } else {
        const map3 = new YAMLMap(ctx.schema);
        map3.flow = true;
        map3.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map3.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map3);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type2 = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart2 = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart2 = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart2; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart2; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type2 === Scalar.BLOCK_LITERAL) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep === " ")
        sep = "\n";
      else if (!prevMoreIndented && sep === "\n")
        sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n")
        value += "\n";
      else
        sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type: type2, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type: type2, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type2) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep === "\n")
        res += sep;
      else
        sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type2)
    scalar.type = type2;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema5, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema5[SCALAR];
  const matchWithTest = [];
  for (const tag of schema5.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema5.knownTags[tagName];
  if (kt && !kt.collection) {
    schema5.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema5[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema5 }, value, token, onError) {
  const tag = schema5.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema5[SCALAR];
  if (schema5.compat) {
    const compat = schema5.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema5[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path2) => {
  let item = cst;
  for (const [field, index] of path2) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path2) => {
  const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
  const field = path2[path2.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path2, item, visitor) {
  let ctrl = visitor(item, path2);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path2);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type2) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type2)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type2 = tokenType(source);
    if (!type2) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type2 === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type2;
      yield* this.step();
      switch (type2) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep;
      if (scalar.end) {
        sep = scalar.end;
        sep.push(this.sourceToken);
        delete scalar.end;
      } else
        sep = [this.sourceToken];
      const map3 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map3;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map3) {
    const it = map3.items[map3.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map3.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map3.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map3.indent)) {
            const prev = map3.items[map3.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map3.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map3.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map3.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map3.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map3.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map3.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map3.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep = it.sep;
              sep.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map3.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map3.items.push({ start, key: fs, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs);
          } else {
            Object.assign(it, { key: fs, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map3);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map3.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq3) {
    const it = seq3.items[seq3.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq3.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq3.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq3.indent)) {
            const prev = seq3.items[seq3.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq3.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq3.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq3.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq3.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq3.indent) {
      const bv = this.startBlockValue(seq3);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs, sep: [] });
          else if (it.sep)
            this.stack.push(fs);
          else
            Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        const map3 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map3;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type2) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type: type2,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}

// src/validate/describe-value.ts
var maxQuotedLength = 200;
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

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string2, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1) {
      result += string2;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string2, max) {
    return common2.repeat(" ", max - string2.length) + string2;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map22) {
    const result = {};
    if (map22 !== null) {
      Object.keys(map22).forEach(function(style) {
        map22[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema4;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema4;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema22, name) {
    const result = [];
    schema22[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema22(definition) {
    return this.extend(definition);
  }
  Schema22.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema22.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema4 = Schema22;
  return schema4;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq2;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq2;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq2 = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq2;
}
var map2;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map2;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map2 = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map2;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema22 = requireSchema();
  failsafe = new Schema22({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int3;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int3;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int3 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int3;
}
var float3;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float3;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float3 = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float3;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp2;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp2;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp2 = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp2;
}
var merge2;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge2;
}
var binary2;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary2;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map22.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map22 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map22.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map22[bits >> 18 & 63];
        result += map22[bits >> 12 & 63];
        result += map22[bits >> 6 & 63];
        result += map22[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map22[bits >> 18 & 63];
      result += map22[bits >> 12 & 63];
      result += map22[bits >> 6 & 63];
      result += map22[bits & 63];
    } else if (tail === 2) {
      result += map22[bits >> 10 & 63];
      result += map22[bits >> 4 & 63];
      result += map22[bits << 2 & 63];
      result += map22[64];
    } else if (tail === 1) {
      result += map22[bits >> 2 & 63];
      result += map22[bits << 4 & 63];
      result += map22[64];
      result += map22[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary2 = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary2;
}
var omap2;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap2;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap2 = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap2;
}
var pairs2;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs2;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs2 = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs2;
}
var set2;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set2;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set2 = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set2;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count2) {
    if (count2 === 1) {
      state.result += " ";
    } else if (count2 > 1) {
      state.result += common2.repeat("\n", count2 - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode2(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode2(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode2(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode2(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode2(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode2(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode2(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema22, map22) {
    if (map22 === null) return {};
    const result = {};
    const keys = Object.keys(map22);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map22[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema22.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string2 = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string2.length) + string2;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string2, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string2.length;
    while (position < length) {
      let line;
      const next = string2.indexOf("\n", position);
      if (next === -1) {
        line = string2.slice(position);
        position = length;
      } else {
        line = string2.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string2, pos) {
    const first = string2.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string2.length) {
      second = string2.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string2) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string2);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string2, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string2, 0)) && isPlainSafeLast(codePointAt(string2, string2.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string2, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string2, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string2)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string2)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string2, level, iskey, inblock) {
    state.dump = (function() {
      if (string2.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string2) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string2)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string2 + '"' : "'" + string2 + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string2,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string2;
        case STYLE_SINGLE:
          return "'" + string2.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(string2, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(foldString(string2, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string2) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string2, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string2) ? String(indentPerLevel) : "";
    const clip = string2[string2.length - 1] === "\n";
    const keep = clip && (string2[string2.length - 2] === "\n" || string2 === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string2) {
    return string2[string2.length - 1] === "\n" ? string2.slice(0, -1) : string2;
  }
  function foldString(string2, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string2.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string2.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string2.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string2[0] === "\n" || string2[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string2)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string2) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string2, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string2[i];
        if (char >= 65536) result += string2[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema: Schema2,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/load/yaml-fast.ts
var NotForTheFastPath = class extends Error {
};
var coreScalarTags = new Schema({ schema: "core" }).tags.filter((tag) => tag.default === true && "test" in tag && tag.test !== void 0);
var maybeNotAString = /^[-+.0-9~nNtTfF]/;
var maxImplicitKeyLength = 1024;
function parseWellFormed(text, maxDepth, idKeys2) {
  if (!mayBeWellFormed(text)) return void 0;
  const numberSources = /* @__PURE__ */ new Map();
  const stack = [];
  let root;
  const listener = (event, state) => {
    if (event === "open") {
      stack.push({ opened: state.position, children: [] });
      return;
    }
    const frame = stack.pop();
    const built = buildNode(text, frame, state, stack.length + 1, maxDepth, numberSources);
    const parent = stack.at(-1);
    if (parent === void 0) root = built;
    else parent.children.push(built);
  };
  let data;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false, maxDepth: maxDepth + 2, listener });
  } catch {
    return void 0;
  }
  if (root === void 0 || typeof root.located === "number" || !("names" in root.located) || root.value !== data) return void 0;
  keepIdsAsWritten(data, root.located, idKeys2, numberSources, false);
  return { data, root: root.located };
}
function mayBeWellFormed(text) {
  if (text.charCodeAt(0) === 65279) return false;
  if (text.includes("	") || /^%/m.test(text) || /\r(?!\n)/.test(text)) return false;
  if (/[\]}"']#|[|>][-+0-9]*#/.test(text)) return false;
  if (/^(?:---|\.\.\.)[ ]+[^#\s]/m.test(text)) return false;
  return !/^[ \t]*[^\s#][^\n#]*[ \t]#[^\s#]/m.test(text);
}
function buildNode(text, frame, state, depth, maxDepth, numberSources) {
  const start = contentStart(text, frame.opened);
  const first = text.charCodeAt(start);
  if (first === 38 || first === 42 || first === 33) throw new NotForTheFastPath();
  const value = state.result;
  const only = frame.children.length === 1 ? frame.children[0] : void 0;
  if (only !== void 0 && typeof value === "object" && value !== null && only.value === value) return { ...only, opened: frame.opened };
  switch (state.kind) {
    case "mapping":
      if (depth > maxDepth) throw new NotForTheFastPath();
      return { located: mappingOf(text, start, first === 123, frame.children, value, state.position), value, opened: frame.opened };
    case "sequence":
      if (depth > maxDepth) throw new NotForTheFastPath();
      return { located: sequenceOf(text, start, first === 91, frame.children, value, state.position), value, opened: frame.opened };
    case "scalar":
      if (first === 34 || first === 39) {
        if (text.lastIndexOf("\n", state.position - 1) > start) throw new NotForTheFastPath();
      } else if (first !== 124 && first !== 62) {
        checkPlainScalar(text, start, state.position, value, numberSources);
      }
      return { located: start, value, opened: frame.opened };
    default:
      return { located: emptyNodeStart(text, frame.opened), value, opened: frame.opened };
  }
}
function mappingOf(text, start, flow, children, value, end) {
  const pairs3 = !flow && children.length % 2 === 1 ? children.slice(0, -1) : children;
  if (pairs3.length % 2 === 1 || flow && spansLines(text, start, end)) throw new NotForTheFastPath();
  const names = [];
  const keyStarts = [];
  const values = [];
  for (let index = 0; index < pairs3.length; index += 2) {
    const key = pairs3[index];
    const item = pairs3[index + 1];
    if (typeof key.value !== "string" || typeof key.located !== "number" || key.value === "__proto__") throw new NotForTheFastPath();
    if (!Object.hasOwn(value, key.value) || !Object.is(value[key.value], item.value)) throw new NotForTheFastPath();
    if (item.opened - key.located > maxImplicitKeyLength) throw new NotForTheFastPath();
    names.push(key.value);
    keyStarts.push(key.located);
    values.push(item.located);
  }
  if (names.length !== Object.keys(value).length) throw new NotForTheFastPath();
  return { start, names, keyStarts, values };
}
function sequenceOf(text, start, flow, children, value, end) {
  if (children.length !== value.length || flow && spansLines(text, start, end)) throw new NotForTheFastPath();
  const items = [];
  for (const [index, child] of children.entries()) {
    if (!Object.is(child.value, value[index])) throw new NotForTheFastPath();
    items.push(child.located);
  }
  return { start, items };
}
function checkPlainScalar(text, start, end, value, numberSources) {
  if (typeof value === "string") {
    if (maybeNotAString.test(value) && typeof resolveAsYamlDoes(value) !== "string") throw new NotForTheFastPath();
    return;
  }
  const source = plainSource(text, start, end);
  if (!Object.is(resolveAsYamlDoes(source), value)) throw new NotForTheFastPath();
  if (typeof value === "number") numberSources.set(start, source);
}
function resolveAsYamlDoes(source) {
  const tag = coreScalarTags.find((candidate) => candidate.test.test(source));
  if (tag === void 0) return source;
  const resolved = tag.resolve(source, () => void 0, {});
  return isScalar(resolved) ? resolved.value : resolved;
}
function plainSource(text, start, end) {
  let stop = start;
  while (stop < end) {
    const code = text.charCodeAt(stop);
    if (code === 10 || code === 13 || code === 35 && stop > start && text.charCodeAt(stop - 1) === 32) break;
    stop++;
  }
  return text.slice(start, stop).trimEnd();
}
function keepIdsAsWritten(container, located, idKeys2, numberSources, underIdKey) {
  const visit3 = (value, node, idKey, replace) => {
    if (typeof node === "number") {
      if (idKey && typeof value === "number") replace(numberSources.get(node));
    } else {
      keepIdsAsWritten(value, node, idKeys2, numberSources, idKey);
    }
  };
  if ("names" in located) {
    const mapping = container;
    for (const [index, name] of located.names.entries()) {
      visit3(mapping[name], located.values[index], idKeys2.has(name), (text) => mapping[name] = text);
    }
  } else {
    const sequence = container;
    for (const [index, item] of located.items.entries()) visit3(sequence[index], item, underIdKey, (text) => sequence[index] = text);
  }
}
function contentStart(text, offset) {
  let at = offset;
  for (; ; ) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 10 || code === 13) at++;
    else if (code === 35) {
      const lineEnd = text.indexOf("\n", at);
      if (lineEnd === -1) return text.length;
      at = lineEnd + 1;
    } else return at;
  }
}
function emptyNodeStart(text, offset) {
  let at = offset;
  while (text.charCodeAt(at) === 32) at++;
  return at;
}
function spansLines(text, start, end) {
  const lineBreak = text.indexOf("\n", start);
  return lineBreak !== -1 && lineBreak < end;
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
  constructor(file, data, nodes, lineCounter) {
    this.file = file;
    this.data = data;
    this.nodes = nodes;
    this.lineCounter = lineCounter;
  }
  file;
  data;
  nodes;
  lineCounter;
  /** The location of the node at `path`, or of its deepest existing ancestor. */
  locate(path2, anchor = "value") {
    return this.locationOfOffset(this.nodes.offsetOf(path2, anchor));
  }
  locationOfOffset(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }
};
var DocumentNodeStarts = class {
  constructor(document) {
    this.document = document;
  }
  document;
  /** A large mapping's keys, indexed the first time a path goes through it: locating stays linear however many findings it has. */
  keyIndex = /* @__PURE__ */ new WeakMap();
  resolvedAliases = /* @__PURE__ */ new Map();
  offsetOf(path2, anchor) {
    return this.nodeAt(path2, anchor)?.range?.[0] ?? 0;
  }
  nodeAt(path2, anchor) {
    let node = this.document.contents;
    for (const [index, segment] of path2.entries()) {
      const last = index === path2.length - 1;
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
  pairsOf(map3) {
    let pairs3 = this.keyIndex.get(map3);
    if (pairs3 === void 0) {
      pairs3 = /* @__PURE__ */ new Map();
      for (const pair of map3.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : void 0;
        if (name !== void 0 && !pairs3.has(name)) pairs3.set(name, pair);
      }
      this.keyIndex.set(map3, pairs3);
    }
    return pairs3;
  }
  /** The node an alias names. The library searches the whole document for it, so each alias is resolved once. */
  resolve(alias) {
    if (!this.resolvedAliases.has(alias)) this.resolvedAliases.set(alias, alias.resolve(this.document));
    return this.resolvedAliases.get(alias);
  }
};
var LocatedNodeStarts = class {
  constructor(root) {
    this.root = root;
  }
  root;
  keyIndex = /* @__PURE__ */ new WeakMap();
  offsetOf(path2, anchor) {
    let node = this.root;
    for (const [index, segment] of path2.entries()) {
      if (typeof node === "number") return node;
      if ("names" in node) {
        const name = String(segment);
        const at = node.names.length <= indexedFrom ? node.names.indexOf(name) : this.indexOf(node).get(name) ?? -1;
        if (at === -1) return node.start;
        if (index === path2.length - 1 && anchor === "key") return node.keyStarts[at];
        node = node.values[at];
      } else if (typeof segment === "number" && node.items[segment] !== void 0) {
        node = node.items[segment];
      } else {
        return node.start;
      }
    }
    return typeof node === "number" ? node : node.start;
  }
  indexOf(mapping) {
    let index = this.keyIndex.get(mapping);
    if (index === void 0) {
      index = new Map(mapping.names.map((name, at) => [name, at]));
      this.keyIndex.set(mapping, index);
    }
    return index;
  }
};
function countLines(text) {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineCounter.addNewLine(index + 1);
  return lineCounter;
}
function parseSource(file, text, limits = defaultParseLimits, parsers = "fast-path-first") {
  try {
    return parseChecked(file, text, limits, parsers);
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    return {
      ok: false,
      diagnostics: [{ severity: "error", code: "yaml-syntax", message: `the YAML parser could not read this file (${kind}); it is not scored`, file, line: 1, column: 1 }]
    };
  }
}
function parseChecked(file, text, limits, parsers) {
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
  const wellFormed = parsers === "fast-path-first" ? parseWellFormed(text, limits.maxDepth, idKeys) : void 0;
  if (wellFormed !== void 0) return { ok: true, document: new SourceDocument(file, wellFormed.data, new LocatedNodeStarts(wellFormed.root), countLines(text)), diagnostics: [] };
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
  return { ok: true, document: new SourceDocument(file, data, new DocumentNodeStarts(document), lineCounter), diagnostics: [...warnings, ...misread] };
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
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/control-implementation.schema.json", "title": "crosswalk ControlImplementation", "description": "An organization's implementations of ISO/IEC 27001:2022 controls, with the evidence that they operate.", "type": "object", "required": ["apiVersion", "kind", "controls"], "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1", "description": "Format version; always crosswalk/v1." }, "kind": { "const": "ControlImplementation" }, "controls": { "type": "array", "items": { "$ref": "#/$defs/control" } } }, "$defs": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$", "maxLength": 100 }, "control": { "type": "object", "required": ["id", "title", "status"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "The organization's own control id, unique across the repository." }, "title": { "type": "string", "minLength": 1 }, "implements": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "ISO/IEC 27001:2022 ids: Annex A (A.5.15) or ISMS clause (6.1.2)." }, "covers": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "SOC 2 criteria this control addresses directly, for gaps no ISO control reaches." }, "status": { "enum": ["implemented", "in-progress", "planned", "not-applicable"] }, "owner": { "type": "string", "minLength": 1 }, "justification": { "type": "string", "minLength": 1, "description": "Why the control does not apply; required when status is not-applicable." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/evidence" } } } }, "evidence": { "type": "object", "required": ["id", "collected"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique within the control." }, "satisfies": { "type": "array", "items": { "type": "string" }, "description": "Evidence-requirement ids from the mapping." }, "type": { "type": "string", "minLength": 1, "description": "A free word: policy, ticket, log, access-review, training-record, ..." }, "path": { "type": "string", "minLength": 1, "description": "A repository-relative file or glob." }, "url": { "type": "string", "format": "uri", "description": "External evidence; counted but reported as unverified." }, "collected": { "type": "string", "format": "date", "description": "When the evidence was collected (YYYY-MM-DD)." }, "samples": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "How many samples the evidence holds; default: the number of files the path matches." }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "description": "The span of activity the item records (the quarter a review covers); start \u2264 end \u2264 collected.", "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }, "population": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many occurrences happened in the period (0: none)." } } } } };
var schema32 = { "type": "object", "required": ["id", "title", "status"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "The organization's own control id, unique across the repository." }, "title": { "type": "string", "minLength": 1 }, "implements": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "ISO/IEC 27001:2022 ids: Annex A (A.5.15) or ISMS clause (6.1.2)." }, "covers": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "SOC 2 criteria this control addresses directly, for gaps no ISO control reaches." }, "status": { "enum": ["implemented", "in-progress", "planned", "not-applicable"] }, "owner": { "type": "string", "minLength": 1 }, "justification": { "type": "string", "minLength": 1, "description": "Why the control does not apply; required when status is not-applicable." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/evidence" } } } };
var schema33 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$", "maxLength": 100 };
var func1 = ucs2length;
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "u");
var schema34 = { "type": "object", "required": ["id", "collected"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/id", "description": "Unique within the control." }, "satisfies": { "type": "array", "items": { "type": "string" }, "description": "Evidence-requirement ids from the mapping." }, "type": { "type": "string", "minLength": 1, "description": "A free word: policy, ticket, log, access-review, training-record, ..." }, "path": { "type": "string", "minLength": 1, "description": "A repository-relative file or glob." }, "url": { "type": "string", "format": "uri", "description": "External evidence; counted but reported as unverified." }, "collected": { "type": "string", "format": "date", "description": "When the evidence was collected (YYYY-MM-DD)." }, "samples": { "type": "integer", "minimum": 1, "maximum": 1e9, "description": "How many samples the evidence holds; default: the number of files the path matches." }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "description": "The span of activity the item records (the quarter a review covers); start \u2264 end \u2264 collected.", "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }, "population": { "type": "integer", "minimum": 0, "maximum": 1e9, "description": "How many occurrences happened in the period (0: none)." } } };
var func5 = Object.prototype.hasOwnProperty;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.collected === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "collected" }, message: "must have required property 'collected'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func5.call(schema34.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
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
        if (func1(data0) > 100) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:-]*$", parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.satisfies !== void 0) {
      let data1 = data.satisfies;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/satisfies/" + i0, schemaPath: "#/properties/satisfies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.satisfies.items.type, parentSchema: schema34.properties.satisfies.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/satisfies", schemaPath: "#/properties/satisfies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.satisfies.type, parentSchema: schema34.properties.satisfies, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.type, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.type.type, parentSchema: schema34.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data4 = data.path;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err10 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.path, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.path.type, parentSchema: schema34.properties.path, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data5 = data.url;
      if (typeof data5 === "string") {
        if (!formats0(data5)) {
          const err12 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema34.properties.url, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.url.type, parentSchema: schema34.properties.url, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.collected !== void 0) {
      let data6 = data.collected;
      if (typeof data6 === "string") {
        if (!formats2.validate(data6)) {
          const err14 = { instancePath: instancePath + "/collected", schemaPath: "#/properties/collected/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.collected, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/collected", schemaPath: "#/properties/collected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.collected.type, parentSchema: schema34.properties.collected, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.samples !== void 0) {
      let data7 = data.samples;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err16 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.samples.type, parentSchema: schema34.properties.samples, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1e9 || isNaN(data7)) {
          const err17 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema34.properties.samples, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7 < 1 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.samples, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.period !== void 0) {
      let data8 = data.period;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.start === void 0) {
          const err19 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema34.properties.period.required, parentSchema: schema34.properties.period, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data8.end === void 0) {
          const err20 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema34.properties.period.required, parentSchema: schema34.properties.period, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "start" || key1 === "end")) {
            const err21 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.period, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data8.start !== void 0) {
          let data9 = data8.start;
          if (typeof data9 === "string") {
            if (!formats2.validate(data9)) {
              const err22 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.period.properties.start, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/period/start", schemaPath: "#/properties/period/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.period.properties.start.type, parentSchema: schema34.properties.period.properties.start, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.end !== void 0) {
          let data10 = data8.end;
          if (typeof data10 === "string") {
            if (!formats2.validate(data10)) {
              const err24 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.period.properties.end, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/period/end", schemaPath: "#/properties/period/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.period.properties.end.type, parentSchema: schema34.properties.period.properties.end, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.period.type, parentSchema: schema34.properties.period, data: data8 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.population !== void 0) {
      let data11 = data.population;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err27 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.population.type, parentSchema: schema34.properties.population, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 > 1e9 || isNaN(data11)) {
          const err28 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema34.properties.population, data: data11 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err29 = { instancePath: instancePath + "/population", schemaPath: "#/properties/population/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.population, data: data11 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
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
      if (!(key0 === "id" || key0 === "title" || key0 === "implements" || key0 === "covers" || key0 === "status" || key0 === "owner" || key0 === "justification" || key0 === "evidence")) {
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
        if (func1(data0) > 100) {
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
        if (func1(data1) < 1) {
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
        if (func1(data7) < 1) {
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
        if (func1(data8) < 1) {
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
    if (data.evidence !== void 0) {
      let data9 = data.evidence;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate22(data9[i2], { instancePath: instancePath + "/evidence/" + i2, parentData: data9, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.evidence.type, parentSchema: schema32.properties.evidence, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
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
var schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/mapping.schema.json", "title": "crosswalk Mapping", "description": "How ISO/IEC 27001:2022 controls reach SOC 2 Trust Services Criteria, and the evidence SOC 2 asks for beyond ISO.", "type": "object", "required": ["apiVersion", "kind", "name", "rows"], "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1" }, "kind": { "const": "Mapping" }, "name": { "type": "string", "minLength": 1 }, "rows": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/row" } } }, "$defs": { "frequency": { "enum": ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "per-event"], "description": "How often the control operates: periodic (annual, semiannual, quarterly, monthly) or a population sampled across the period (weekly, daily, per-event)." }, "row": { "type": "object", "required": ["iso", "tsc", "coverage"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "coverage": { "enum": ["full", "partial", "gap"] }, "notes": { "type": "string" }, "seed": { "type": "string", "description": "The control as the seed mapping wrote it (rows transcribed from the seed only)." }, "source": { "type": "string", "description": "Provenance of rows that are not the seed's." }, "corrected": { "type": "string", "minLength": 1, "description": "On a seed row whose TSC references were corrected: what the seed had, and why." }, "frequency": { "$ref": "#/$defs/frequency", "description": "On full rows: how often the control operates, for its operating evidence." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/requirement" } } } }, "requirement": { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 } } } } };
var schema37 = { "type": "object", "required": ["iso", "tsc", "coverage"], "additionalProperties": false, "properties": { "iso": { "type": "string", "description": "ISO/IEC 27001:2022 id: Annex A or ISMS clause." }, "tsc": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "coverage": { "enum": ["full", "partial", "gap"] }, "notes": { "type": "string" }, "seed": { "type": "string", "description": "The control as the seed mapping wrote it (rows transcribed from the seed only)." }, "source": { "type": "string", "description": "Provenance of rows that are not the seed's." }, "corrected": { "type": "string", "minLength": 1, "description": "On a seed row whose TSC references were corrected: what the seed had, and why." }, "frequency": { "$ref": "#/$defs/frequency", "description": "On full rows: how often the control operates, for its operating evidence." }, "evidence": { "type": "array", "items": { "$ref": "#/$defs/requirement" } } } };
var schema38 = { "enum": ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "per-event"], "description": "How often the control operates: periodic (annual, semiannual, quarterly, monthly) or a population sampled across the period (weekly, daily, per-event)." };
var schema39 = { "type": "object", "required": ["id", "description"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "Unique across the mapping." }, "description": { "type": "string", "minLength": 1 }, "frequency": { "$ref": "#/$defs/frequency" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "min_samples": { "type": "integer", "minimum": 1, "maximum": 1e5 } } };
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
      if (!(key0 === "id" || key0 === "description" || key0 === "frequency" || key0 === "max_age_days" || key0 === "min_samples")) {
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
        if (func1(data1) < 1) {
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
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
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
      if (!func5.call(schema37.properties, key0)) {
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
        if (func1(data7) < 1) {
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
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "name" || key0 === "rows")) {
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
        if (func1(data2) < 1) {
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
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Config = validate30;
var schema41 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://crosswalk.dev/schemas/v1/config.schema.json", "title": "crosswalk Config (.crosswalk.yml)", "type": "object", "additionalProperties": false, "properties": { "apiVersion": { "const": "crosswalk/v1" }, "kind": { "const": "Config" }, "controls": { "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 4096 }, "description": "Globs of control-implementation files, relative to the repository root." }, "mapping": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "`default` (the audited mapping), `seed` (the seed mapping as written), or the path of a Mapping file." }, "scope": { "type": "array", "items": { "enum": ["security", "availability", "confidentiality", "processing-integrity", "privacy"] }, "description": "Categories in scope besides security, which always is." }, "as_of": { "type": "string", "format": "date" }, "audit": { "type": "object", "additionalProperties": false, "description": "What the report attests: type1 (readiness at the as-of date, the default) or type2 (operation over an observation period of 1 to 12 months).", "properties": { "type": { "enum": ["type1", "type2"] }, "period": { "type": "object", "required": ["start", "end"], "additionalProperties": false, "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } } } }, "policy": { "type": "object", "additionalProperties": false, "properties": { "fail_on": { "type": "array", "items": { "enum": ["errors", "missing-evidence", "new-missing-evidence", "stale-evidence", "gaps", "readiness", "regression"] } }, "min_readiness": { "type": "number", "minimum": 0, "maximum": 100 }, "max_evidence_age_days": { "type": "integer", "minimum": 1, "maximum": 36500 }, "expiry_warning_days": { "type": "integer", "minimum": 0, "maximum": 36500 } } }, "badge": { "type": "object", "description": "Readiness badge style: label, thresholds (ascending percentages) and colors (one more than thresholds). Checked on its own, so a bad badge style never stops the check." }, "limits": { "type": "object", "additionalProperties": false, "description": "Bounds on what crosswalk reads and computes; raise them only for a repository that really needs it. Each has a hard maximum no configuration can pass; on a pull request the base commit's limits apply.", "properties": { "max_file_bytes": { "type": "integer", "minimum": 1, "maximum": 8388608 }, "max_total_bytes": { "type": "integer", "minimum": 1, "maximum": 134217728 }, "max_files": { "type": "integer", "minimum": 1, "maximum": 2e4 }, "max_controls": { "type": "integer", "minimum": 1, "maximum": 2e5 }, "max_depth": { "type": "integer", "minimum": 1, "maximum": 256 }, "max_aliases": { "type": "integer", "minimum": 1, "maximum": 1e3 }, "max_line_length": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "max_glob_length": { "type": "integer", "minimum": 1, "maximum": 4096 }, "max_glob_expansion": { "type": "integer", "minimum": 1, "maximum": 4096 }, "max_repository_files": { "type": "integer", "minimum": 1, "maximum": 1e6 }, "max_glob_matches": { "type": "integer", "minimum": 1, "maximum": 1e8, "description": "Glob work of a run, in path comparisons; compiling one alternative of a pattern counts 20." }, "max_evidence_patterns": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "Distinct evidence paths and globs across all control files." } } } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    for (const key0 in data) {
      if (!func5.call(schema41.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
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
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "crosswalk/v1" }, message: "must be equal to constant", schema: "crosswalk/v1", parentSchema: schema41.properties.apiVersion, data: data0 };
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
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant", schema: "Config", parentSchema: schema41.properties.kind, data: data1 };
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
          const err3 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema41.properties.controls, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.controls, data: data2 };
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
            if (func1(data3) > 4096) {
              const err5 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema41.properties.controls.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err6 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.controls.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/controls/" + i0, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.controls.items.type, parentSchema: schema41.properties.controls.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.controls.type, parentSchema: schema41.properties.controls, data: data2 };
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
        if (func1(data4) > 4096) {
          const err9 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema41.properties.mapping, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err10 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.mapping, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.mapping.type, parentSchema: schema41.properties.mapping, data: data4 };
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
            const err12 = { instancePath: instancePath + "/scope/" + i1, schemaPath: "#/properties/scope/items/enum", keyword: "enum", params: { allowedValues: schema41.properties.scope.items.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.scope.items.enum, parentSchema: schema41.properties.scope.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.scope.type, parentSchema: schema41.properties.scope, data: data5 };
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
          const err14 = { instancePath: instancePath + "/as_of", schemaPath: "#/properties/as_of/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema41.properties.as_of, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/as_of", schemaPath: "#/properties/as_of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.as_of.type, parentSchema: schema41.properties.as_of, data: data7 };
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
            const err16 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.audit, data: data8 };
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
            const err17 = { instancePath: instancePath + "/audit/type", schemaPath: "#/properties/audit/properties/type/enum", keyword: "enum", params: { allowedValues: schema41.properties.audit.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.audit.properties.type.enum, parentSchema: schema41.properties.audit.properties.type, data: data9 };
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
              const err18 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema41.properties.audit.properties.period.required, parentSchema: schema41.properties.audit.properties.period, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data10.end === void 0) {
              const err19 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema41.properties.audit.properties.period.required, parentSchema: schema41.properties.audit.properties.period, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "start" || key2 === "end")) {
                const err20 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.audit.properties.period, data: data10 };
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
                  const err21 = { instancePath: instancePath + "/audit/period/start", schemaPath: "#/properties/audit/properties/period/properties/start/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema41.properties.audit.properties.period.properties.start, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/audit/period/start", schemaPath: "#/properties/audit/properties/period/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.audit.properties.period.properties.start.type, parentSchema: schema41.properties.audit.properties.period.properties.start, data: data11 };
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
                  const err23 = { instancePath: instancePath + "/audit/period/end", schemaPath: "#/properties/audit/properties/period/properties/end/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema41.properties.audit.properties.period.properties.end, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/audit/period/end", schemaPath: "#/properties/audit/properties/period/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.audit.properties.period.properties.end.type, parentSchema: schema41.properties.audit.properties.period.properties.end, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/audit/period", schemaPath: "#/properties/audit/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.audit.properties.period.type, parentSchema: schema41.properties.audit.properties.period, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.audit.type, parentSchema: schema41.properties.audit, data: data8 };
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
            const err27 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.policy, data: data13 };
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
                const err28 = { instancePath: instancePath + "/policy/fail_on/" + i2, schemaPath: "#/properties/policy/properties/fail_on/items/enum", keyword: "enum", params: { allowedValues: schema41.properties.policy.properties.fail_on.items.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.policy.properties.fail_on.items.enum, parentSchema: schema41.properties.policy.properties.fail_on.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/policy/fail_on", schemaPath: "#/properties/policy/properties/fail_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.policy.properties.fail_on.type, parentSchema: schema41.properties.policy.properties.fail_on, data: data14 };
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
              const err30 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema41.properties.policy.properties.min_readiness, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err31 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.policy.properties.min_readiness, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/policy/min_readiness", schemaPath: "#/properties/policy/properties/min_readiness/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.policy.properties.min_readiness.type, parentSchema: schema41.properties.policy.properties.min_readiness, data: data16 };
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
            const err33 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.policy.properties.max_evidence_age_days.type, parentSchema: schema41.properties.policy.properties.max_evidence_age_days, data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 36500 || isNaN(data17)) {
              const err34 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema41.properties.policy.properties.max_evidence_age_days, data: data17 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err35 = { instancePath: instancePath + "/policy/max_evidence_age_days", schemaPath: "#/properties/policy/properties/max_evidence_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.policy.properties.max_evidence_age_days, data: data17 };
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
            const err36 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.policy.properties.expiry_warning_days.type, parentSchema: schema41.properties.policy.properties.expiry_warning_days, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 36500 || isNaN(data18)) {
              const err37 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500", schema: 36500, parentSchema: schema41.properties.policy.properties.expiry_warning_days, data: data18 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err38 = { instancePath: instancePath + "/policy/expiry_warning_days", schemaPath: "#/properties/policy/properties/expiry_warning_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.policy.properties.expiry_warning_days, data: data18 };
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
        const err39 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.policy.type, parentSchema: schema41.properties.policy, data: data13 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.badge !== void 0) {
      let data19 = data.badge;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
        const err40 = { instancePath: instancePath + "/badge", schemaPath: "#/properties/badge/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.badge.type, parentSchema: schema41.properties.badge, data: data19 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data20 = data.limits;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key4 in data20) {
          if (!func5.call(schema41.properties.limits.properties, key4)) {
            const err41 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.limits, data: data20 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data20.max_file_bytes !== void 0) {
          let data21 = data20.max_file_bytes;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err42 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_file_bytes.type, parentSchema: schema41.properties.limits.properties.max_file_bytes, data: data21 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 > 8388608 || isNaN(data21)) {
              const err43 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8388608 }, message: "must be <= 8388608", schema: 8388608, parentSchema: schema41.properties.limits.properties.max_file_bytes, data: data21 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data21 < 1 || isNaN(data21)) {
              const err44 = { instancePath: instancePath + "/limits/max_file_bytes", schemaPath: "#/properties/limits/properties/max_file_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_file_bytes, data: data21 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data20.max_total_bytes !== void 0) {
          let data22 = data20.max_total_bytes;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err45 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_total_bytes.type, parentSchema: schema41.properties.limits.properties.max_total_bytes, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 134217728 || isNaN(data22)) {
              const err46 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 134217728 }, message: "must be <= 134217728", schema: 134217728, parentSchema: schema41.properties.limits.properties.max_total_bytes, data: data22 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data22 < 1 || isNaN(data22)) {
              const err47 = { instancePath: instancePath + "/limits/max_total_bytes", schemaPath: "#/properties/limits/properties/max_total_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_total_bytes, data: data22 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
        if (data20.max_files !== void 0) {
          let data23 = data20.max_files;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err48 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_files.type, parentSchema: schema41.properties.limits.properties.max_files, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 2e4 || isNaN(data23)) {
              const err49 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e4 }, message: "must be <= 20000", schema: 2e4, parentSchema: schema41.properties.limits.properties.max_files, data: data23 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data23 < 1 || isNaN(data23)) {
              const err50 = { instancePath: instancePath + "/limits/max_files", schemaPath: "#/properties/limits/properties/max_files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_files, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
        if (data20.max_controls !== void 0) {
          let data24 = data20.max_controls;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err51 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_controls.type, parentSchema: schema41.properties.limits.properties.max_controls, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 2e5 || isNaN(data24)) {
              const err52 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e5 }, message: "must be <= 200000", schema: 2e5, parentSchema: schema41.properties.limits.properties.max_controls, data: data24 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data24 < 1 || isNaN(data24)) {
              const err53 = { instancePath: instancePath + "/limits/max_controls", schemaPath: "#/properties/limits/properties/max_controls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_controls, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
        if (data20.max_depth !== void 0) {
          let data25 = data20.max_depth;
          if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
            const err54 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_depth.type, parentSchema: schema41.properties.limits.properties.max_depth, data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 256 || isNaN(data25)) {
              const err55 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema41.properties.limits.properties.max_depth, data: data25 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data25 < 1 || isNaN(data25)) {
              const err56 = { instancePath: instancePath + "/limits/max_depth", schemaPath: "#/properties/limits/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_depth, data: data25 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data20.max_aliases !== void 0) {
          let data26 = data20.max_aliases;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err57 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_aliases.type, parentSchema: schema41.properties.limits.properties.max_aliases, data: data26 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 > 1e3 || isNaN(data26)) {
              const err58 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema41.properties.limits.properties.max_aliases, data: data26 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data26 < 1 || isNaN(data26)) {
              const err59 = { instancePath: instancePath + "/limits/max_aliases", schemaPath: "#/properties/limits/properties/max_aliases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_aliases, data: data26 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
        if (data20.max_line_length !== void 0) {
          let data27 = data20.max_line_length;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err60 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_line_length.type, parentSchema: schema41.properties.limits.properties.max_line_length, data: data27 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 > 1e5 || isNaN(data27)) {
              const err61 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema41.properties.limits.properties.max_line_length, data: data27 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data27 < 1 || isNaN(data27)) {
              const err62 = { instancePath: instancePath + "/limits/max_line_length", schemaPath: "#/properties/limits/properties/max_line_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_line_length, data: data27 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data20.max_glob_length !== void 0) {
          let data28 = data20.max_glob_length;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err63 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_glob_length.type, parentSchema: schema41.properties.limits.properties.max_glob_length, data: data28 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 4096 || isNaN(data28)) {
              const err64 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema41.properties.limits.properties.max_glob_length, data: data28 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err65 = { instancePath: instancePath + "/limits/max_glob_length", schemaPath: "#/properties/limits/properties/max_glob_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_glob_length, data: data28 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data20.max_glob_expansion !== void 0) {
          let data29 = data20.max_glob_expansion;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err66 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_glob_expansion.type, parentSchema: schema41.properties.limits.properties.max_glob_expansion, data: data29 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 4096 || isNaN(data29)) {
              const err67 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema41.properties.limits.properties.max_glob_expansion, data: data29 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data29 < 1 || isNaN(data29)) {
              const err68 = { instancePath: instancePath + "/limits/max_glob_expansion", schemaPath: "#/properties/limits/properties/max_glob_expansion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_glob_expansion, data: data29 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data20.max_repository_files !== void 0) {
          let data30 = data20.max_repository_files;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
            const err69 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_repository_files.type, parentSchema: schema41.properties.limits.properties.max_repository_files, data: data30 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 > 1e6 || isNaN(data30)) {
              const err70 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema41.properties.limits.properties.max_repository_files, data: data30 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data30 < 1 || isNaN(data30)) {
              const err71 = { instancePath: instancePath + "/limits/max_repository_files", schemaPath: "#/properties/limits/properties/max_repository_files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_repository_files, data: data30 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data20.max_glob_matches !== void 0) {
          let data31 = data20.max_glob_matches;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
            const err72 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_glob_matches.type, parentSchema: schema41.properties.limits.properties.max_glob_matches, data: data31 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 > 1e8 || isNaN(data31)) {
              const err73 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema41.properties.limits.properties.max_glob_matches, data: data31 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data31 < 1 || isNaN(data31)) {
              const err74 = { instancePath: instancePath + "/limits/max_glob_matches", schemaPath: "#/properties/limits/properties/max_glob_matches/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_glob_matches, data: data31 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
        }
        if (data20.max_evidence_patterns !== void 0) {
          let data32 = data20.max_evidence_patterns;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err75 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.limits.properties.max_evidence_patterns.type, parentSchema: schema41.properties.limits.properties.max_evidence_patterns, data: data32 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 > 1e6 || isNaN(data32)) {
              const err76 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema41.properties.limits.properties.max_evidence_patterns, data: data32 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data32 < 1 || isNaN(data32)) {
              const err77 = { instancePath: instancePath + "/limits/max_evidence_patterns", schemaPath: "#/properties/limits/properties/max_evidence_patterns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.limits.properties.max_evidence_patterns, data: data32 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.limits.type, parentSchema: schema41.properties.limits, data: data20 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
  } else {
    const err79 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err79];
    } else {
      vErrors.push(err79);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

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
  const path2 = parsePointer(error.instancePath);
  const field = describeField(path2);
  const report = (code, message, at, anchor = "value") => ({
    path: at,
    unknownKey: code === "unknown-key",
    diagnostic: { severity: "error", code, message, ...document.locate(at, anchor) }
  });
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(error.parentSchema.properties ?? {});
      return report("unknown-key", `unknown key ${quoteName(key)}${field ? ` in ${field}` : ""}${isWordLike(key) ? didYouMean(key, known) : ""}`, [...path2, key], "key");
    }
    case "required":
      return report("missing-field", `${field || "the document"} is missing the required key "${String(error.params.missingProperty)}"`, path2);
    case "const": {
      const expected = String(error.params.allowedValue);
      const code = path2.length === 1 && path2[0] === "kind" ? "wrong-kind" : "invalid-value";
      const found = typeof error.data === "string" && knownKinds.includes(error.data) ? `"${error.data}"` : describeValue(error.data);
      return report(code, `${field} must be "${expected}", found ${found}`, path2);
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      return report("invalid-value", `${field} must be one of ${allowed.join(", ")}; found ${describeValue(error.data)}${isWordLike(error.data) ? didYouMean(error.data, allowed) : ""}`, path2);
    }
    case "type":
      return report("invalid-value", `${field} must be ${article(String(error.params.type))}, found ${describeValue(error.data)}`, path2);
    case "format":
      return report("invalid-value", `${field} must be ${error.params.format === "date" ? "a calendar date written YYYY-MM-DD" : `a valid ${String(error.params.format)}`}, found ${describeValue(error.data)}`, path2);
    case "minItems":
      return report("invalid-value", `${field} must not be empty`, path2);
    case "minLength":
      return report("invalid-value", `${field} must not be empty`, path2);
    case "pattern":
      return report("invalid-value", `${field} may contain only letters, digits, ".", "_", ":" and "-"; found ${describeValue(error.data)} with other characters`, path2);
    default:
      return report("invalid-value", `${field} ${error.message ?? "is invalid"}`, path2);
  }
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describeField(path2) {
  return path2.map((segment, index) => typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`).join("");
}
function article(type2) {
  const names = { object: "a mapping", array: "a list", string: "a string", integer: "a whole number", number: "a number", boolean: "true or false" };
  return names[type2] ?? `a ${type2}`;
}

// src/validate/mapping-lint.ts
function lintMapping(file, text, catalogs2) {
  const parsed = parseSource(file, text);
  if (!parsed.ok) return parsed.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: "error" }));
  return lintMappingDocument(parsed.document, text.split(/\r?\n/), catalogs2);
}
function lintMappingDocument(document, lines, catalogs2) {
  const schemaFindings = checkSchema("Mapping", document);
  const brokenRows = new Set(schemaFindings.filter((finding2) => !finding2.unknownKey).map((finding2) => rowIndexOf(finding2.path)));
  const rawRows = document.data.rows;
  const rows = Array.isArray(rawRows) && !brokenRows.has("all") ? readableRows(rawRows, brokenRows) : [];
  const context = { document, lines, rows, catalogs: catalogs2 };
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
    ...repeatedRows(context),
    ...seedTitles(context),
    ...Array.isArray(rawRows) ? unreachedCriteria(context) : []
  ];
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity]);
}
function rowIndexOf(path2) {
  if (path2.length === 0) return "none";
  if (path2[0] !== "rows") return "none";
  return typeof path2[1] === "number" ? path2[1] : "all";
}
function readableRows(rawRows, broken) {
  return rawRows.flatMap((raw, index) => {
    if (broken.has(index)) return [];
    const row = raw;
    return [{ index, iso: row.iso, tsc: row.tsc, coverage: row.coverage, seed: row.seed, corrected: row.corrected, frequency: row.frequency, evidence: row.evidence ?? [] }];
  });
}
function finding(context, severity, code, message, path2, anchor = "value") {
  return { severity, code, message, ...context.document.locate(path2, anchor) };
}
function place(context, path2) {
  const { file, line, column } = context.document.locate(path2);
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
  for (const row of context.rows) {
    row.evidence.forEach((requirement, position) => {
      const at = ["rows", row.index, "evidence", position, "id"];
      const first = byId.get(requirement.id);
      if (first) {
        findings.push(finding(context, "error", "duplicate-evidence-id", `evidence requirement id "${requirement.id}" is already used at ${place(context, first)}; ids must be unique across the mapping`, at));
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
var populationFrequencies = frequencies.filter((frequency) => frequencyDefaults[frequency].kind === "population");
function alternatives(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
function requirementFrequencies(context) {
  return context.rows.filter((row) => row.coverage !== "gap").flatMap(
    (row) => row.evidence.flatMap((requirement, position) => {
      const at = ["rows", row.index, "evidence", position];
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

// yaml-data:mappings/iso27001-2022-to-soc2.yaml
var iso27001_2022_to_soc2_default = JSON.parse(`{"apiVersion":"crosswalk/v1","kind":"Mapping","name":"ISO/IEC 27001:2022 to SOC 2 TSC 2017","rows":[{"iso":"A.5.1","tsc":["CC2.2","CC5.3"],"coverage":"partial","notes":"ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.","seed":"A.5.1 Policies for Information Security","corrected":"seed had CC1.2 and CC1.3, full. CC1.2 is the board's independent oversight and CC1.3 the organization's structures, reporting lines and authorities; neither is tested on the information security policies. Documented, approved and reviewed policies are CC5.3 (deploys control activities through policies and procedures) and their distribution is CC2.2 (internal communication). The seed's own note asks for evidence of distribution and review, which SOC 2 samples and ISO does not, so the row is partial with that evidence.","evidence":[{"id":"policy-acknowledgements","description":"Policy acknowledgement records for sampled personnel from across the workforce, each showing the person accepted the current information security policies at hire or within the last year.","frequency":"per-event"},{"id":"policy-review-records","description":"The record of the last review and approval of the information security policy and each topic-specific policy (approver, date, version), within the last year.","frequency":"annual"}]},{"iso":"A.5.7","tsc":["CC3.2"],"coverage":"partial","notes":"ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.","seed":"A.5.7 Threat Intelligence","evidence":[{"id":"threat-intel-in-risk-assessment","description":"Risk assessment records (risk register entries or assessment minutes) showing how specific threat intelligence changed a risk rating or its treatment.","frequency":"annual"},{"id":"threat-intel-source-review","description":"A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).","frequency":"quarterly"}]},{"iso":"A.5.2","tsc":["CC1.3"],"coverage":"full","notes":"Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.","seed":"A.6.1 Roles & Responsibilities","corrected":"seed had CC1.4, which is attracting, developing and retaining competent people. Defining and allocating information security roles and responsibilities is CC1.3 (establishes structures, reporting lines, and defines, assigns and limits authorities and responsibilities)."},{"iso":"A.6.3","tsc":["CC1.4","CC2.2"],"coverage":"full","notes":"ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.","seed":"A.6.3 Information Security Awareness & Training","corrected":"seed had CC5.3 (deploying control activities through policies and procedures). Security awareness training is tested under CC2.2 (point of focus: communicates information to improve security knowledge and awareness, through an awareness training programme) and CC1.4 (develops competent individuals through training)."},{"iso":"A.7.2","tsc":["CC6.4"],"coverage":"partial","notes":"Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.","seed":"A.7.2 Physical Entry Controls","corrected":"seed had CC6.1, full. CC6.1 is logical access security; physical entry to facilities is CC6.4 (restricts physical access, and creates, removes and reviews it). SOC 2 samples the periodic review of who holds badge or key access, which ISO does not require at a set interval, so the row is partial with that review (moved here from a crosswalk A.7.2 row).","evidence":[{"id":"physical-access-review","description":"The latest quarterly review of badge or key access to the office and restricted areas, listing the holders and the reviewer's keep or revoke decision for each.","frequency":"quarterly"}]},{"iso":"8.1","tsc":["CC5.3"],"coverage":"partial","notes":"ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.","seed":"A.8.1 Operational Planning & Control","corrected":"seed had CC2.1, which is about the quality of the information internal control relies on. Clause 8.1 plans and controls the ISMS processes and keeps records that they were carried out as planned: that is CC5.3 (control activities deployed through procedures, performed in a timely manner by responsible personnel), where the seed's sampled operational records belong.","evidence":[{"id":"operational-plan-approved","description":"The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.","frequency":"annual"},{"id":"operational-procedure-records","description":"Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.","frequency":"weekly"}]},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.","seed":"A.8.16 Monitoring Activities","corrected":"seed had CC4.1, which is COSO monitoring of controls (ongoing and separate evaluations of whether the components of internal control are present and functioning). A.8.16 monitors networks, systems and applications for anomalous behaviour: that is CC7.2 (monitors system components for anomalies indicative of malicious acts, natural disasters and errors), where SOC 2 tests alerting and response handling."},{"iso":"A.8.28","tsc":["CC8.1","CC7.1"],"coverage":"partial","notes":"ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.","seed":"A.8.28 Secure Coding","corrected":"seed had CC3.2 and CC6.6. CC3.2 is the entity's risk identification and analysis, and CC6.6 protects the system boundary against outside threats (firewalls, remote-access authentication); secure coding is neither. The code review the seed asks for is tested under CC8.1 (designs, develops and approves changes), and dependency scanning under CC7.1 (detects newly discovered vulnerabilities in system components).","evidence":[{"id":"code-review-records","description":"Sampled merged changes (pull or merge requests), each showing an approving peer review by someone other than the author recorded before the merge.","frequency":"per-event"},{"id":"dependency-scan-results","description":"Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).","frequency":"monthly"}]},{"iso":"A.5.15","tsc":["CC6.2","CC6.3"],"coverage":"full","notes":"Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.","seed":"A.9.1 Access Control Policy"},{"iso":"A.5.16","tsc":["CC6.2"],"coverage":"full","frequency":"weekly","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.5.18","tsc":["CC6.2"],"coverage":"full","frequency":"per-event","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.8.3","tsc":["CC6.1","CC6.3"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control","corrected":"seed had CC6.1 and CC6.2. CC6.2 is registering and authorizing users before credentials are issued, and removing them; restricting access to information and application functions is CC6.1 (restricts logical access) and CC6.3 (role-based access, least privilege). CC6.1 stands; CC6.2 is replaced by CC6.3."},{"iso":"A.8.5","tsc":["CC6.1","CC6.6"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control","corrected":"seed had CC6.1 and CC6.2. CC6.2 is user registration and deprovisioning, not how users authenticate. Secure authentication is CC6.1 (identifies and authenticates users) and CC6.6 (requires additional authentication, such as MFA, for access from outside the boundary). CC6.1 stands; CC6.2 is replaced by CC6.6."},{"iso":"A.8.24","tsc":["CC6.1","CC6.7"],"coverage":"full","notes":"Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.5.25","tsc":["CC7.3"],"coverage":"partial","notes":"ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.","seed":"A.11.2 Security Event Handling","evidence":[{"id":"incident-tickets","description":"Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.","frequency":"per-event"},{"id":"incident-retrospectives","description":"A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.","frequency":"annual"}]},{"iso":"A.7.3","tsc":["CC6.4"],"coverage":"full","notes":"Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.","seed":"A.7.4 Securing Offices, Rooms and Facilities","corrected":"seed had CC6.1 and A1.1. CC6.1 is logical access; securing offices, rooms and facilities is physical access, CC6.4. A1.1 is capacity management (measuring usage, forecasting demand) and has nothing to test on facility security; the environmental protections availability needs are A1.2, reached through A.7.5, A.7.8 and A.7.11. A1.1 is dropped."},{"iso":"A.8.6","tsc":["A1.1"],"coverage":"full","frequency":"monthly","notes":"ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.","seed":"A.8.3 Capacity Management","corrected":"seed had A1.2 (environmental protections, backup and recovery infrastructure). Capacity management is A1.1, whose points of focus are exactly A.8.6's: measures current usage, forecasts capacity, makes changes based on the forecasts."},{"iso":"A.8.32","tsc":["CC8.1"],"coverage":"partial","notes":"Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.","seed":"A.8.14 Change Management","corrected":"seed had A1.3 and CC7.2. A1.3 is testing the recovery plan and CC7.2 monitoring system components for anomalies; change management is neither. SOC 2 tests it under CC8.1 (authorizes, tests, approves and deploys changes, including emergency changes), where the change tickets and approval workflow the seed asks for are sampled.","evidence":[{"id":"change-tickets-approved","description":"Sampled change tickets, each showing a recorded approval that precedes the production deployment of that change.","frequency":"per-event"},{"id":"change-approval-workflow","description":"An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.","frequency":"annual"},{"id":"changes-tested-before-deployment","description":"Sampled production changes from the period, each showing the test results (CI run or QA sign-off) recorded before the deployment time.","frequency":"per-event"},{"id":"emergency-change-reviews","description":"The list of emergency changes made in the period, each with its retrospective review and approval within the policy window, or a system report showing there were none.","frequency":"per-event","min_samples":3}]},{"iso":"A.8.29","tsc":["CC8.1"],"coverage":"partial","notes":"Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.","seed":"A.8.15 Test Management","corrected":"seed had PI1.2 and PI1.3, the input and processing controls of processing integrity (edit checks, job monitoring, reconciliations). Testing a release before it goes live is tested under CC8.1 (tests system changes; approves them before deployment), where the seed's test runs and sign-offs are sampled.","evidence":[{"id":"test-execution-records","description":"Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.","frequency":"per-event"},{"id":"release-acceptance-signoff","description":"Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.","frequency":"per-event"},{"id":"release-security-test-results","description":"Security test results (static, dynamic or dependency analysis) for sampled releases from the period, each reviewed before the release was deployed.","frequency":"per-event"}]},{"iso":"A.8.8","tsc":["CC7.1"],"coverage":"full","frequency":"monthly","notes":"Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.","seed":"A.8.22 Management of Technical Vulnerabilities","corrected":"seed had CC7.1 and A1.1. CC7.1 (detects newly discovered vulnerabilities) stands. A1.1 is capacity management; remediating vulnerabilities helps availability only indirectly and no availability criterion tests it. A1.1 is dropped."},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.","seed":"A.8.24 Logging","corrected":"seed had CC7.2 and A1.3. CC7.2 stands. A1.3 is testing recovery plan procedures (restores, failover exercises); logs help diagnose an outage but are not a recovery test. A1.3 is dropped."},{"iso":"A.8.27","tsc":["CC8.1","A1.2"],"coverage":"full","notes":"Architecture considerations support ongoing maintainability and reliability required by Availability criteria.","seed":"A.8.27 Secure System Architecture and Engineering Principles","corrected":"seed had CC3.2 and A1.1. CC3.2 is the entity-level risk assessment; engineering principles are applied when systems are designed and built, which SOC 2 tests under CC8.1 (designs and develops changes). A1.1 is capacity management; the reliability the seed means is designed-in redundancy and recovery infrastructure, A1.2."},{"iso":"A.8.2","tsc":["CC6.2","CC6.3"],"coverage":"partial","notes":"Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.","seed":"A.9.3 Privileged Access Rights","corrected":"seed had CC6.2 and C1.1. CC6.2 (access authorized before it is granted) stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; restricting privileged access protects every objective and is tested under CC6.3 (least privilege; reviews access roles), where the privileged access reviews are sampled.","evidence":[{"id":"privileged-access-review","description":"The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.","frequency":"quarterly"},{"id":"privileged-access-approvals","description":"Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.4","tsc":["CC6.1","CC8.1"],"coverage":"full","frequency":"quarterly","notes":"Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.","seed":"A.9.5 Access to Source Code","corrected":"seed had CC6.6 and PI1.1. CC6.6 protects the system boundary against outside threats and PI1.1 is the definition of processing specifications; neither is about who may read or change source code. Restricting access to source code is CC6.1 (restricts logical access to software) and part of CC8.1 (only authorized changes reach the code base)."},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.","seed":"A.10.2 Key Management"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities","corrected":"seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; logging user activity protects every objective and is tested under CC7.2, not C1.1. C1.1 is dropped."},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities","corrected":"seed had C1.1 and CC7.2. CC7.2 stands. C1.1 is identifying confidential information and protecting it from destruction over its retention; monitoring user activity protects every objective and is tested under CC7.2, not C1.1. C1.1 is dropped."},{"iso":"A.5.36","tsc":["CC7.1"],"coverage":"full","frequency":"quarterly","notes":"Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.","seed":"A.11.3 Assessment for Technical Compliance"},{"iso":"5.1","tsc":["CC1.1","CC1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.1 against the CC1.1 and CC1.2 points of focus (sets the tone at the top, establishes standards of conduct, operates independently)","notes":"Clause 5.1 makes top management lead and commit to the ISMS, which is the tone at the top of CC1.1. SOC 2 asks for two things ISO does not require: written standards of conduct that personnel commit to (CC1.1), and a board or equivalent body, independent of management, that oversees internal control (CC1.2). The auditor inspects both.","evidence":[{"id":"board-oversight-minutes","description":"Minutes of the board or a board committee from the period, showing it discussed security, risk and internal control matters and which of its members are independent of management.","frequency":"annual"},{"id":"code-of-conduct-approved","description":"The current code of conduct (standards of integrity and ethical behaviour) with its approval by senior management or the board and the approval date.","frequency":"annual"}]},{"iso":"5.3","tsc":["CC1.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 5.3 against CC1.3 (establishes reporting lines; defines, assigns and limits authorities and responsibilities)","notes":"Clause 5.3 requires top management to assign and communicate the responsibilities and authorities for ISMS roles, including reporting on ISMS performance to top management. That is CC1.3's structures, reporting lines and authorities; the SOC 2 auditor inspects the same organization chart and role assignments the ISO auditor does."},{"iso":"7.2","tsc":["CC1.4","CC1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.2 against CC1.4 (evaluates competence) and CC1.5 (establishes performance measures, evaluates performance)","notes":"Clause 7.2 requires the competence of people doing ISMS work to be determined, acquired and retained as documented evidence. SOC 2 looks wider: CC1.4 covers attracting, developing and retaining competent people across the system, and CC1.5 holds them accountable through performance measures and evaluations. ISO has no performance-evaluation requirement, so the auditor samples evaluations as well as competence records.","evidence":[{"id":"role-competence-records","description":"For sampled people in security-relevant roles, the job description stating the competence required and the training or qualification records showing they have it.","frequency":"annual"},{"id":"performance-evaluations","description":"Completed performance evaluations from the last review cycle for sampled employees, each assessing how the person met their security and control responsibilities.","frequency":"annual"}]},{"iso":"A.5.4","tsc":["CC1.1","CC1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.4 against CC1.1 (evaluates adherence to standards of conduct) and CC1.5 (enforces accountability)","notes":"A.5.4 makes management require all personnel to apply information security in line with the policies. ISO states the duty; SOC 2 tests that managers enforce it \u2014 deviations are noticed and followed up (CC1.1 addresses deviations in a timely manner; CC1.5 enforces accountability). The auditor asks for the follow-up records.","evidence":[{"id":"manager-follow-up-records","description":"Records from the period of managers following up personnel who missed mandatory security training, policy acknowledgements or access reviews, with the outcome of each follow-up.","frequency":"quarterly"}]},{"iso":"A.6.1","tsc":["CC1.1","CC1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.1 against the CC1.1 and CC1.4 points of focus on considering the background of individuals","notes":"A.6.1 requires background verification of candidates before they join, proportional to the risk of the role. SOC 2 counts it towards CC1.1 and CC1.4 and tests it by sampling new hires from the whole period: each must have a completed check dated before the start date. The rule is the same; SOC 2 differs in sampling the population.","evidence":[{"id":"background-check-records","description":"Background check records for sampled new hires (employees and contractors) from the period, each showing the check level, the result and a completion date on or before the start date.","frequency":"per-event","min_samples":10}]},{"iso":"A.6.2","tsc":["CC1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.2 against CC1.1 (establishes standards of conduct; considers contractors and vendor employees)","notes":"A.6.2 puts personnel's and the organization's security responsibilities into the employment contract. CC1.1 expects people to commit to the standards of conduct when they join; SOC 2 samples new hires and contractors for the signed terms.","evidence":[{"id":"signed-employment-terms","description":"Signed employment or contractor agreements for sampled new hires from the period, each containing the security and conduct terms and signed on or before the start date.","frequency":"per-event","min_samples":10}]},{"iso":"A.6.4","tsc":["CC1.1","CC1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.4 against CC1.1 (addresses deviations in a timely manner) and CC1.5 (evaluates performance and rewards or disciplines individuals)","notes":"A.6.4 requires a formalized, communicated disciplinary process for policy violations. CC1.1 expects deviations from the standards of conduct to be addressed in a timely manner, and CC1.5 that accountability is actually enforced: the auditor asks which violations occurred in the period and what action followed. ISO requires the process; SOC 2 wants its outcomes.","evidence":[{"id":"disciplinary-case-log","description":"The log of information security policy violations in the period with the disciplinary action taken for each, or HR's signed statement that there were none.","frequency":"annual"}]},{"iso":"A.5.10","tsc":["CC1.1","CC5.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.10 against CC1.1 (establishes standards of conduct) and CC5.3 (deploys policies)","notes":"A.5.10 requires rules for the acceptable use of information and assets to be documented and implemented. They are standards of conduct (CC1.1) deployed as policy (CC5.3). SOC 2 samples personnel to see that each accepted the rules when joining.","evidence":[{"id":"acceptable-use-acknowledgements","description":"Acceptable-use acknowledgements for sampled new hires and contractors from the period, each signed by the start date.","frequency":"per-event","min_samples":10}]},{"iso":"7.3","tsc":["CC2.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.3 against CC2.2 (communicates responsibilities; communicates information to improve security knowledge and awareness)","notes":"Clause 7.3 requires everyone working under the organization's control to be aware of the policy, their contribution to the ISMS and the implications of not conforming. That is the internal communication of objectives and responsibilities CC2.2 asks for, evidenced by the same awareness programme records. (Training completion records are the operating evidence of A.6.3, which reaches CC2.2 too.)"},{"iso":"7.4","tsc":["CC2.2","CC2.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 7.4 against CC2.2 and CC2.3 (communicates system objectives, commitments and boundaries; enables inbound communications)","notes":"Clause 7.4 requires the ISMS to decide what to communicate, when, with whom and how, internally and externally. It is a plan; SOC 2 tests content and audience. CC2.3 expects the system description and service commitments to reach customers, with a channel for them to report incidents and complaints; CC2.2 expects objectives and their changes to reach personnel. The auditor samples both.","evidence":[{"id":"internal-control-communications","description":"Sampled internal communications from the period (all-hands notes, intranet posts, policy change notices) telling personnel about security objectives, responsibilities or changes to them.","frequency":"quarterly"},{"id":"external-commitments-communicated","description":"The system description and service commitments as customers receive them (trust page, contract security exhibit or SLA), including how customers report incidents and complaints.","frequency":"annual"}]},{"iso":"9.1","tsc":["CC2.1","CC4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.1 against CC2.1 (maintains quality throughout processing) and CC4.1 (considers a mix of ongoing and separate evaluations)","notes":"Clause 9.1 requires deciding what is monitored and measured, with methods that give valid results, when, and who analyses the results. That supplies CC2.1's relevant, quality information for internal control and CC4.1's ongoing evaluations. SOC 2 tests that the measurements were produced and reviewed during the period, not only defined.","evidence":[{"id":"isms-measurement-reports","description":"The security measurement or KPI report for the last quarter, showing each metric's result against its target and who reviewed it.","frequency":"quarterly"}]},{"iso":"A.6.8","tsc":["CC2.2","CC7.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.8 against CC2.2 (provides separate communication lines) and CC7.2 (implements detection policies, procedures and tools)","notes":"A.6.8 requires a way for personnel to report observed or suspected security events through appropriate channels in good time. SOC 2 tests that the channel works \u2014 sampled staff reports reached the security team and were picked up \u2014 for CC2.2 and as a detection source for CC7.2. CC2.2 also expects a confidential line for ethics and fraud concerns, which A.6.8 does not require.","evidence":[{"id":"staff-event-reports","description":"Sampled security events reported by personnel in the period (phishing reports, lost devices, suspicious activity), each showing when it was reported and when the security team acknowledged it.","frequency":"per-event","min_samples":10}]},{"iso":"A.5.14","tsc":["CC2.3","CC6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against CC6.7 (restricts the ability to perform transmission) and CC2.3 (communicates to external parties)","notes":"A.5.14 requires transfer rules, procedures or agreements for every kind of transfer facility, inside the organization and with other parties. CC6.7 restricts and protects the movement of information; CC2.3 communicates the security terms to external parties. SOC 2 tests the agreements behind the recurring external transfers that actually happen.","evidence":[{"id":"information-transfer-agreements","description":"Agreements or documented transfer terms for sampled recurring transfers of confidential data to or from external parties, showing the agreed channel and how the data is protected in transit.","frequency":"annual"}]},{"iso":"6.2","tsc":["CC3.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.2 against CC3.1 (specifies operations and compliance objectives; establishes sub-objectives)","notes":"Clause 6.2 requires measurable information security objectives consistent with the policy and the risk results. CC3.1 asks for objectives clear enough to identify risks against; in SOC 2 those are the service commitments and system requirements of the system description (availability targets, confidentiality commitments). ISMS objectives are often internal (training rates, audit findings), so the auditor wants the link to the commitments.","evidence":[{"id":"objectives-mapped-to-commitments","description":"The approved security objectives for the period, each linked to the service commitment or system requirement it supports, with its measure and owner.","frequency":"annual"}]},{"iso":"A.5.31","tsc":["CC3.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against CC3.1 (compliance objectives reflect external laws and regulations)","notes":"A.5.31 requires legal, statutory, regulatory and contractual requirements to be identified, documented and kept up to date, which is what CC3.1's compliance objectives start from. SOC 2 frames objectives around the service commitments made to customers, so the auditor wants the register to include the contractual security, availability and confidentiality commitments, not only laws. (Identifying commitments is not communicating them: CC2.3 is left to 7.4 and A.5.14.)","evidence":[{"id":"legal-and-contractual-register","description":"The register of legal, regulatory and contractual requirements, including customer security, availability and confidentiality commitments, each with an owner and a review date within the last year.","frequency":"annual"}]},{"iso":"6.1.2","tsc":["CC3.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.2 against CC3.2 (analyzes internal and external factors, estimates significance, identifies threats and vulnerabilities)","notes":"Clause 6.1.2 requires a defined, repeatable risk assessment: risk criteria, risks to confidentiality, integrity and availability identified with owners, analysed for likelihood and consequence, and evaluated. CC3.2 asks for the same and the auditor reads the same assessment and register. (How threat intelligence feeds it is tested on A.5.7; vendor risk on CC9.2.)"},{"iso":"6.1.2","tsc":["CC3.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.2 against CC3.3 (considers various types of fraud; assesses incentives, pressures, opportunities, attitudes and rationalizations)","notes":"CC3.3 requires the risk assessment to consider the potential for fraud: incentives and pressures, opportunities (including misuse of system access and management override) and rationalizations. Clause 6.1.2 has no fraud requirement and ISMS risk registers rarely carry fraud scenarios; this is one of the most common findings for ISO-certified organizations in a first SOC 2 examination.","evidence":[{"id":"fraud-risk-assessment","description":"The fraud risk assessment from the last year (a section of the risk assessment or a separate document) covering fraud types, incentives and pressures, opportunities including misuse of system access and management override, and the responses chosen.","frequency":"annual"}]},{"iso":"8.2","tsc":["CC3.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.2 (identifies and analyzes risk; includes entity, subsidiary, division, operating unit and functional levels); AICPA's mapping of the TSC to ISO/IEC 27001 lists clause 8.2 under CC3.2","notes":"Clause 6.1.2 defines the risk assessment process; clause 8.2 requires it to be performed at planned intervals and the results kept. CC3.2 tests that the assessment was actually done in the period, and the dated assessment and register the ISO auditor reads are the evidence. (Assessments triggered by significant changes are evidenced on the 8.2 \u2192 CC3.4 row.)"},{"iso":"6.1.3","tsc":["CC3.2","CC5.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 6.1.3 against CC3.2 (determines how to respond to risks) and CC5.1 (integrates with risk assessment; evaluates a mix of control activity types)","notes":"Clause 6.1.3 requires risk treatment options to be chosen, the necessary controls determined and compared with Annex A, a Statement of Applicability produced and the treatment plan approved by the risk owners. That is CC3.2's response to risks and CC5.1's selection of control activities that bring risks to acceptable levels; the Statement of Applicability and treatment plan are what both auditors inspect."},{"iso":"8.2","tsc":["CC3.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 8.2 against CC3.4 (assesses changes in the external environment, business model, leadership, systems and vendors)","notes":"Clause 8.2 requires risk assessments at planned intervals and when significant changes are proposed or occur. ISO sets the trigger; CC3.4 tests that the significant changes of the period (new product, system, vendor, region, leadership) were each identified and assessed, so the auditor picks the changes and looks for the assessment of each.","evidence":[{"id":"change-triggered-risk-assessments","description":"Risk assessments or risk register updates made in the period for significant changes (a new product, system, vendor, region or a re-organization), each dated and tied to the change.","frequency":"per-event","min_samples":2}]},{"iso":"A.5.8","tsc":["CC3.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.8 against CC3.4 (assesses changes in systems and technology)","notes":"A.5.8 integrates information security into project management, with security risks and requirements assessed early and throughout each project. For CC3.4 SOC 2 samples projects of the period and looks for the documented security assessment of each.","evidence":[{"id":"project-security-assessments","description":"Security risk assessments for sampled projects started or delivered in the period, each showing the risks identified and the security requirements agreed.","frequency":"per-event","min_samples":3}]},{"iso":"9.2","tsc":["CC4.1","CC4.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.2 against CC4.1 (considers a mix of ongoing and separate evaluations; objectively evaluates) and CC4.2 (assesses results; communicates deficiencies to parties responsible for corrective action)","notes":"Clause 9.2 requires an internal audit programme at planned intervals, with criteria and scope, auditors chosen for objectivity and impartiality, and results reported to relevant management: CC4.1's separate evaluations and CC4.2's communication of the deficiencies they find. The SOC 2 auditor inspects the same programme and reports (keep the programme's scope in line with the SOC 2 system description)."},{"iso":"A.5.35","tsc":["CC4.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.35 against CC4.1 (objectively evaluates; uses knowledgeable personnel)","notes":"A.5.35 requires the approach to information security and its implementation to be reviewed independently at planned intervals and on significant change \u2014 an objective, separate evaluation under CC4.1. The independent review report is the evidence in both frameworks."},{"iso":"A.5.36","tsc":["CC4.1"],"coverage":"full","frequency":"quarterly","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.36 against CC4.1 (integrates with business processes; considers different types of evaluations)","notes":"The seed maps A.5.36 to CC7.1. Its regular reviews of compliance with the policy, topic-specific policies, rules and standards are also CC4.1's ongoing evaluations of whether controls are present and functioning; the review records are the same."},{"iso":"9.3","tsc":["CC1.2","CC4.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 9.3 against CC4.2 (communicates deficiencies; monitors corrective action) and CC1.2 (establishes oversight responsibilities)","notes":"Clause 9.3 requires top management to review the ISMS at planned intervals with defined inputs (nonconformities, audit results, risk status) and outputs (improvement decisions). SOC 2 uses it for CC4.2 \u2014 deficiencies reach senior management and are corrected \u2014 and for the oversight of CC1.2. What SOC 2 adds is follow-through: the auditor checks the decisions were tracked to closure, not only minuted.","evidence":[{"id":"management-review-minutes","description":"Minutes of the last management review showing the attendees, the clause 9.3.2 inputs considered and the decisions taken.","frequency":"annual"},{"id":"management-review-actions","description":"The action log from the last management review, each action with an owner, a due date and its current status, showing overdue actions were escalated.","frequency":"annual"}]},{"iso":"10.2","tsc":["CC4.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 and AICPA TSC 2017 (rev. 2022) \u2014 clause 10.2 against CC4.2 (assesses results, communicates deficiencies, monitors corrective action)","notes":"Clause 10.2 requires each nonconformity to be reacted to, its causes evaluated, corrective action taken and its effectiveness reviewed, all documented. That is CC4.2's evaluation, communication and correction of control deficiencies; the corrective-action register is what both auditors inspect."},{"iso":"A.8.25","tsc":["CC5.2","CC8.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.25 against CC5.2 (establishes technology acquisition, development and maintenance process control activities) and CC8.1 (manages changes throughout the system life cycle; designs and develops changes)","notes":"A.8.25 requires rules for the secure development of software and systems to be established and applied: separate environments, secure coding guidance, security requirements in design, checkpoints, secure repositories and version control. Those are CC5.2's general control activities over technology development and maintenance, and the life-cycle frame of CC8.1. The records a SOC 2 auditor samples for CC8.1 (code reviews, tested and approved changes) are asked for on the A.8.28, A.8.29 and A.8.32 rows."},{"iso":"A.5.37","tsc":["CC5.2","CC5.3"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.37 against CC5.3 (establishes policies and procedures to support deployment of management's directives) and CC5.2 (technology infrastructure control activities)","notes":"A.5.37 requires documented operating procedures for information processing facilities (installation, backup, scheduling, error handling, restart and recovery, monitoring, maintenance), available to the people who need them. They are CC5.3's procedures that put policy into action and CC5.2's technology infrastructure control activities; whether each procedure operates is tested under the criterion it serves."},{"iso":"A.5.3","tsc":["CC1.3","CC5.1","CC6.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.3 against CC1.3 (defines, assigns and limits authorities and responsibilities), CC5.1 (addresses segregation of duties) and CC6.3 (uses role-based access controls)","notes":"A.5.3 requires conflicting duties and areas of responsibility to be segregated: CC1.3 limits authorities, CC5.1 names segregation of duties. SOC 2 tests whether the segregation holds in the systems: the auditor compares role assignments with the segregation matrix (nobody can both approve and deploy a change, or both request and approve access) for CC1.3, CC5.1 and CC6.3.","evidence":[{"id":"segregation-of-duties-review","description":"The latest review of role assignments in in-scope systems against the segregation-of-duties matrix, listing the conflicts found and how each was removed or compensated.","frequency":"annual"}]},{"iso":"A.5.15","tsc":["CC6.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.15 against CC6.1 (restricts logical access; manages points of access; identifies and authenticates users); AICPA's mapping of the TSC to ISO/IEC 27001 files the access control policy (2013 A.9.1.1, now A.5.15) under CC6.1","notes":"The seed files A.5.15 under CC6.2 and CC6.3 only. Its rules for physical and logical access, set from business and security requirements and implemented, are first of all CC6.1's logical access security over protected information assets; the auditor inspects the access rules in force (identity provider, cloud console, application roles), not the policy alone."},{"iso":"A.5.16","tsc":["CC6.1"],"coverage":"full","frequency":"weekly","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.16 against CC6.1 (identifies and authenticates users \u2014 persons, infrastructure and software are identified before they access information assets)","notes":"A.5.16 manages the full life cycle of identities: unique identities for people and systems, shared identities only where justified, identities removed when no longer needed. CC6.1 requires every person, service and device to be identified before it reaches protected assets, which is the same control; the seed's row takes the registration side to CC6.2. Identities are created and removed as people join and leave, so SOC 2 samples them from the period (weekly band: a few dozen a year)."},{"iso":"A.5.18","tsc":["CC6.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.18 against CC6.3 (creates, modifies or removes access based on authorization; uses role-based access; reviews access roles and rules); the user access reviews the seed's A.5.18 note says SOC 2 samples","notes":"A.5.18 requires access rights to be provisioned, reviewed, modified and removed according to the access control policy. The seed takes it to CC6.2 (registration and removal); the role and least-privilege half is CC6.3, and the review of access rights that both criteria name is what the seed's note says SOC 2 samples. ISO asks for reviews \\"at regular intervals\\"; SOC 2 expects each quarter of the period to have one, with every change it decided carried out.","evidence":[{"id":"access-review-records","description":"The quarter's user access review for each in-scope system, listing every account with its role, the reviewer's keep, change or remove decision and the ticket that carried out each change.","frequency":"quarterly"}]},{"iso":"A.5.9","tsc":["CC6.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.9 against CC6.1 (identifies and manages the inventory of information assets)","notes":"A.5.9 requires an accurate, up-to-date inventory of information and associated assets, with owners. CC6.1 names the same thing; the SOC 2 auditor tests completeness by comparing the inventory with what actually exists in the cloud accounts, device management and SaaS consoles.","evidence":[{"id":"asset-inventory-current","description":"The asset inventory as of the last quarter, each asset with an owner and a classification, reconciled against system-generated listings (cloud accounts, device management, SaaS admin consoles).","frequency":"quarterly"}]},{"iso":"A.5.17","tsc":["CC6.1","CC6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.17 against CC6.1 (manages credentials for infrastructure and software) and CC6.6 (protects identification and authentication credentials)","notes":"A.5.17 controls how authentication information is allocated and managed. SOC 2 tests the enforced configuration rather than the procedure: password, MFA and session rules in the identity provider, and how service secrets are stored and rotated.","evidence":[{"id":"authentication-configuration","description":"An export of the enforced authentication settings for in-scope systems (identity provider password, MFA and session policies; secrets manager storage and rotation settings).","frequency":"annual"}]},{"iso":"A.8.18","tsc":["CC6.1","CC6.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.18 against CC6.1 (restricts logical access) and CC6.3 (reviews access roles and rules)","notes":"A.8.18 restricts and tightly controls utility programs that can override system and application controls. SOC 2 tests who can use them (break-glass accounts, database consoles, root or hypervisor tools) as part of restricted access and least privilege, through a periodic review.","evidence":[{"id":"privileged-utility-access-review","description":"The latest quarterly review of who can run privileged utilities and break-glass tooling, with the reviewer's keep or remove decision for each person.","frequency":"quarterly"}]},{"iso":"A.8.22","tsc":["CC6.1","CC6.6"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.22 against CC6.1 (considers network segmentation) and CC6.6 (implements boundary protection systems)","notes":"A.8.22 segregates groups of information services, users and systems in the networks. It is CC6.1's network segmentation and part of CC6.6's boundary protection; the auditor inspects the same network design and segmentation rules the ISO auditor does."},{"iso":"A.7.7","tsc":["CC6.1","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.7 against CC6.1 (restricts logical access) and C1.1 (protects confidential information)","notes":"A.7.7 requires clear desk rules for papers and removable media and clear screen rules for information processing facilities. SOC 2 does not name clear desk, but auditors test its technical half \u2014 an enforced screen lock \u2014 under CC6.1, and the handling of confidential papers under C1.1, and they want periodic checks rather than a policy alone.","evidence":[{"id":"clear-desk-and-screen-checks","description":"The latest periodic clear desk and clear screen walkthrough record, with the findings and follow-up, and the device-management setting that enforces screen lock after inactivity.","frequency":"quarterly"}]},{"iso":"A.6.5","tsc":["CC6.2","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.5 against CC6.2 (removes access to protected assets when appropriate) and C1.1 (protects confidential information)","notes":"A.6.5 requires the responsibilities that remain valid after termination or change of employment, chiefly confidentiality, to be defined, enforced and communicated. SOC 2 tests it with a sample of leavers from the period: access removed within the policy deadline (CC6.2) and the continuing confidentiality duties reminded at exit (C1.1).","evidence":[{"id":"leaver-offboarding-records","description":"Offboarding records for sampled leavers from the period, each showing the last day, when all access was removed (within the policy deadline) and the exit reminder of continuing confidentiality duties.","frequency":"per-event","min_samples":10}]},{"iso":"A.7.1","tsc":["CC6.4"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.1 against CC6.4 (restricts physical access to facilities and protected information assets)","notes":"A.7.1 requires security perimeters to be defined and used to protect areas that contain information and other associated assets. That is the design of CC6.4's restricted physical access. Where production runs at a cloud provider, its data-centre perimeter is tested through the provider's own SOC 2 report (see CC9.2)."},{"iso":"A.7.4","tsc":["CC6.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.4 against CC6.4 (restricts physical access to facilities)","notes":"A.7.4 requires premises to be continuously monitored for unauthorized physical access (guards, alarms, video). Monitoring supports CC6.4 but is not one of its principal points of focus, so it cannot carry the criterion alone; SOC 2 asks for proof the monitoring works and its alarms are answered.","evidence":[{"id":"physical-monitoring-records","description":"The latest check that intrusion alarms and cameras work, with sampled alarm events from the period and the response to each.","frequency":"annual"}]},{"iso":"A.7.6","tsc":["CC6.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.6 against CC6.4 (restricts physical access to protected information assets)","notes":"A.7.6 sets security measures for working in secure areas (supervised third-party work, no unauthorized recording). It narrows who does what inside the CC6.4 perimeter; SOC 2 samples the records of third parties working in secure areas.","evidence":[{"id":"secure-area-work-records","description":"Records of sampled third-party or unscheduled work in secure areas during the period, each showing who authorized and who escorted or supervised it.","frequency":"per-event","min_samples":3}]},{"iso":"A.7.8","tsc":["CC6.4","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.8 against A1.2 (implements and maintains environmental protection mechanisms) and CC6.4","notes":"A.7.8 requires equipment to be sited securely and protected from environmental threats and unauthorized access \u2014 A1.2's environmental protections and CC6.4's protected information assets, inspected the same way in both audits (for cloud-hosted production, through the provider's report)."},{"iso":"A.5.11","tsc":["CC6.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.11 against CC6.5 (identifies data and software for disposal; removes data from entity control)","notes":"A.5.11 requires personnel and other parties to return the organization's assets when their employment or contract changes or ends. SOC 2 tests it with the leavers sample: each device came back, so the data on it did not leave with the person before being wiped or reissued.","evidence":[{"id":"asset-return-records","description":"For sampled leavers from the period, the record that each device and other asset issued to them was returned, with the return date.","frequency":"per-event","min_samples":10}]},{"iso":"A.7.14","tsc":["CC6.5","C1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.14 against CC6.5 (removes data and software from entity control) and C1.2 (destroys confidential information)","notes":"A.7.14 requires equipment with storage media to be verified so that sensitive data and licensed software were removed or securely overwritten before disposal or re-use. That is CC6.5 and the physical side of C1.2. The rule is the same in both frameworks; SOC 2 samples the disposals of the period and matches each certificate to the asset inventory.","evidence":[{"id":"media-destruction-certificates","description":"Wipe or destruction certificates for sampled devices and storage media disposed of or re-used in the period, each matched to its asset inventory entry.","frequency":"per-event","min_samples":5}]},{"iso":"A.7.10","tsc":["CC6.5","CC6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.10 against CC6.7 (protects removal media) and CC6.5 (removes data from entity control)","notes":"A.7.10 manages storage media through acquisition, use, transport and disposal according to the classification scheme. SOC 2 tests the enforcement on endpoints (removable media blocked or encrypted) for CC6.7 and the disposal of media for CC6.5.","evidence":[{"id":"removable-media-controls","description":"The device-management configuration that blocks or encrypts removable media on in-scope endpoints, with its compliance status and any approved exceptions.","frequency":"annual"}]},{"iso":"A.8.20","tsc":["CC6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.20 against CC6.6 (restricts access; implements boundary protection systems)","notes":"A.8.20 requires networks and network devices to be secured, managed and controlled. CC6.6 tests the boundary in operation: firewall and security group rules deny by default and the rule sets are reviewed periodically, so the auditor samples the review.","evidence":[{"id":"network-rule-review","description":"The latest quarterly review of firewall and security group rules for in-scope networks, with the reviewer's keep, change or remove decision for each rule.","frequency":"quarterly"}]},{"iso":"A.8.21","tsc":["CC6.6"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.21 against CC6.6 (implements boundary protection systems)","notes":"A.8.21 requires the security mechanisms, service levels and requirements of network services (CDN, WAF, DNS, connectivity) to be identified, implemented and monitored. They are CC6.6's boundary protection systems, inspected through the same configuration in both audits."},{"iso":"A.6.7","tsc":["CC6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.7 against CC6.6 (requires additional authentication or credentials for access from outside the boundary)","notes":"A.6.7 requires security measures when personnel work remotely. CC6.6 tests how access from outside the network boundary is restricted \u2014 managed device, MFA, encrypted connection \u2014 and a remote-working policy alone does not show that; the auditor wants the enforcing configuration.","evidence":[{"id":"remote-access-enforcement","description":"An export of the configuration that enforces the conditions for remote access to internal systems (device trust or posture checks, MFA, VPN or zero-trust proxy policy).","frequency":"annual"}]},{"iso":"A.7.9","tsc":["CC6.7"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.9 against CC6.7 (protects mobile devices)","notes":"A.7.9 requires assets used off-site (laptops, phones) to be protected. That is CC6.7's protection of mobile devices; fleet-wide encryption is evidenced under A.8.1."},{"iso":"A.8.1","tsc":["CC6.7","CC6.8"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.1 against CC6.7 (protects mobile devices) and CC6.8 (uses antivirus and anti-malware software; restricts software installation)","notes":"A.8.1 protects information on, processed by or reachable from user endpoint devices. ISO audits check the policy and a few devices; SOC 2 tests the whole fleet against the inventory \u2014 disk encryption (CC6.7), malware protection and restricted installation (CC6.8) \u2014 from the device-management and EDR compliance report.","evidence":[{"id":"endpoint-compliance-report","description":"A device-management or EDR compliance report from the last quarter covering all in-scope endpoints, showing encryption, agent health and OS patch status, reconciled to the asset inventory.","frequency":"quarterly"}]},{"iso":"A.8.12","tsc":["CC6.7","C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.12 against CC6.7 (restricts the ability to perform transmission) and C1.1 (protects confidential information)","notes":"A.8.12 applies data leakage prevention to systems, networks and devices holding sensitive information. SOC 2 tests the rules in force and what happened to the alerts they raised, as a restriction on transmission (CC6.7) and a protection of confidential information (C1.1).","evidence":[{"id":"dlp-rules-and-alerts","description":"The data leakage prevention rules in force and sampled alerts from the period, each with its triage outcome.","frequency":"per-event"}]},{"iso":"A.8.7","tsc":["CC6.8"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.7 against CC6.8 (uses antivirus and anti-malware software)","notes":"A.8.7 requires protection against malware, supported by user awareness. That is CC6.8's prevention and detection of malicious software, inspected the same way; fleet coverage is evidenced under A.8.1."},{"iso":"A.8.23","tsc":["CC6.8"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.23 against CC6.8 (scans information assets from outside the entity for malware)","notes":"A.8.23 manages access to external websites to reduce exposure to malicious content. It supports CC6.8 but cannot carry it; SOC 2 inspects the filtering policy in force and that it covers the endpoint fleet.","evidence":[{"id":"web-filtering-configuration","description":"The web filtering policy in force (blocked categories, enforcement point) with the number of endpoints it covers.","frequency":"annual"}]},{"iso":"A.8.19","tsc":["CC6.8","CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.19 against CC6.8 (restricts application and software installation) and CC8.1 (deploys system changes)","notes":"A.8.19 requires procedures to manage software installation on operational systems securely. SOC 2 tests that installation is restricted (CC6.8) and that software reaches production only through the change process (CC8.1): the auditor inspects how the restriction is enforced and who can bypass it.","evidence":[{"id":"software-installation-restrictions","description":"Configuration showing how installation of software on production systems is restricted (immutable images, the deployment pipeline as the only path, no interactive administrator rights), with the list of who can bypass it.","frequency":"annual"}]},{"iso":"A.8.9","tsc":["CC7.1"],"coverage":"full","frequency":"monthly","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC7.1 (uses defined configuration standards; monitors infrastructure and software; implements change-detection mechanisms)","notes":"A.8.9 requires configurations, including security configurations, to be established, documented, implemented, monitored and reviewed. CC7.1 asks for defined configuration standards and detection of changes to them; the drift monitoring ISO requires is what the SOC 2 auditor inspects."},{"iso":"A.5.6","tsc":["CC7.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.6 against CC7.1 (detecting newly discovered vulnerabilities)","notes":"A.5.6 keeps contact with special interest groups and security forums. For CC7.1 it is one source of newly discovered vulnerabilities; SOC 2 looks for advisories that actually arrived and were acted on.","evidence":[{"id":"security-advisory-intake","description":"A record from the last quarter of advisories received from security forums, vendors and interest groups, each with the triage decision or the ticket it produced.","frequency":"quarterly"}]},{"iso":"A.8.17","tsc":["CC7.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.17 against CC7.2 (designs detection measures; implements filters to analyze anomalies)","notes":"A.8.17 synchronizes clocks to approved time sources so events can be correlated. It supports CC7.2's analysis of anomalies but cannot carry the criterion; SOC 2 inspects the time source configuration of the logging and production systems.","evidence":[{"id":"time-synchronization-configuration","description":"The time synchronization configuration of in-scope production and logging systems, naming the approved time source and how drift is alerted.","frequency":"annual"}]},{"iso":"A.5.24","tsc":["CC7.3","CC7.4","CC7.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.24 against CC7.3 (responds to security incidents per defined procedures; evaluates events), CC7.4 (assigns roles and responsibilities; develops communication protocols) and CC7.5 (implements incident-recovery plan testing)","notes":"A.5.24 requires incident management to be planned and prepared: processes, roles and responsibilities defined, established and communicated, including how events are assessed and classified. SOC 2 tests the plan in use \u2014 the criteria for declaring an incident (CC7.3), roles and communication protocols (CC7.4) \u2014 and that the response and recovery plan was exercised in the period (CC7.5), which ISO does not require.","evidence":[{"id":"incident-response-exercise","description":"The report of an incident response test or tabletop exercise held in the last year, with the scenario, participants, findings and the plan updates that followed.","frequency":"annual"}]},{"iso":"A.5.26","tsc":["CC7.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against CC7.4 (contains, mitigates and ends security incidents; communicates remediation activities)","notes":"A.5.26 requires incidents to be responded to according to the documented procedures. ISO and SOC 2 agree on the rule; SOC 2 tests it on the incidents of the period \u2014 each contained, resolved and communicated to affected parties as the plan and customer commitments say.","evidence":[{"id":"incident-response-records","description":"Records of the security incidents of the period (all of them when there are few), each showing containment, resolution, communication to affected parties and closure as the plan requires.","frequency":"per-event","min_samples":5}]},{"iso":"A.5.27","tsc":["CC7.5"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.27 against CC7.5 (determines root cause; implements changes to prevent and detect recurrences; improves response and recovery procedures)","notes":"A.5.27 requires knowledge gained from incidents to be used to strengthen and improve controls. That is CC7.5's root cause analysis, preventive changes and improved procedures; the lessons-learned records and their actions are the evidence in both audits."},{"iso":"A.5.28","tsc":["CC7.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.28 against CC7.4 (obtains understanding of the nature of the incident)","notes":"A.5.28 requires procedures to identify, collect, acquire and preserve evidence of security events. It supports CC7.4's analysis of incidents but not the whole response; SOC 2 looks for the procedure applied to a real incident (chain of custody).","evidence":[{"id":"forensic-evidence-records","description":"For a sampled incident of the period, the evidence collection record showing what was preserved, by whom, when and where it is held (chain of custody).","frequency":"per-event","min_samples":2}]},{"iso":"A.5.5","tsc":["CC2.3","CC7.4","P6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.5 against CC2.3 (communicates with regulators and other external parties), CC7.4 (develops and implements communication protocols for security incidents) and P6.6 (provides notice of breaches and incidents)","notes":"A.5.5 requires contact with relevant authorities to be established and maintained: the regulators and authorities among CC2.3's external parties. SOC 2 uses it where incidents and breaches must be reported to regulators and law enforcement (CC7.4, P6.6) and checks that the contacts and deadlines are current.","evidence":[{"id":"authority-notification-contacts","description":"The current list of authorities to notify (data protection regulator, CERT, law enforcement), with when each must be notified and the deadline, checked within the last year.","frequency":"annual"}]},{"iso":"A.8.9","tsc":["CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.9 against CC8.1 (creates baseline configuration of IT technology; configures software)","notes":"A.8.9's documented configurations are CC8.1's baseline configuration. SOC 2 wants the baselines approved, and changes to them made through the change process, so the auditor asks for the approved baselines in force.","evidence":[{"id":"approved-configuration-baselines","description":"The approved baseline configurations (hardening standards, base images, infrastructure-as-code modules) in force for in-scope components, with the approver and approval date.","frequency":"annual"}]},{"iso":"A.8.31","tsc":["CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.31 against CC8.1 (tests system changes; deploys system changes)","notes":"A.8.31 separates development, test and production environments. CC8.1 relies on the separation so that changes are tested before they reach production; SOC 2 samples deployments to check each build went through the test or staging environment first.","evidence":[{"id":"changes-promoted-through-staging","description":"Sampled production deployments from the period, each showing the same build was deployed to and passed in the test or staging environment before production.","frequency":"per-event"}]},{"iso":"A.8.30","tsc":["CC8.1","CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.30 against CC8.1 (manages changes throughout the system life cycle) and CC9.2 (assesses vendor and business partner performance)","notes":"A.8.30 requires the organization to direct, monitor and review outsourced development. SOC 2 tests that outsourced code passes the same change controls as in-house code (CC8.1) and that the developer is managed as a vendor (CC9.2).","evidence":[{"id":"outsourced-development-oversight","description":"For each outsourced development engagement in the period, the contract's security requirements and records that its deliveries went through the organization's review and testing before deployment.","frequency":"annual"}]},{"iso":"A.5.29","tsc":["CC9.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.29 against CC9.1 (considers mitigation of risks of business disruption)","notes":"A.5.29 requires planning how to maintain information security at an appropriate level during disruption. With A.5.30 it is CC9.1's mitigation of business disruption risk. CC9.1 also asks whether insurance is used to mitigate financial impact, which ISO does not cover; auditors note it but rarely make it an exception."},{"iso":"A.5.30","tsc":["CC9.1","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against CC9.1 and A1.2 (implements alternate processing infrastructure)","notes":"A.5.30 requires ICT readiness to be planned, implemented, maintained and tested from business continuity objectives and requirements (business impact analysis, recovery objectives). That is CC9.1's disruption risk mitigation and A1.2's recovery infrastructure. Testing is evidenced on the A1.3 row below."},{"iso":"A.8.14","tsc":["CC9.1","A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.14 against A1.2 (implements alternate processing infrastructure) and CC9.1","notes":"A.8.14 requires information processing facilities to be implemented with enough redundancy to meet availability requirements. That is A1.2's alternate processing infrastructure and part of CC9.1; the architecture (zones, replicas, failover) is inspected the same way."},{"iso":"A.8.13","tsc":["CC9.1","A1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.2 (determines data requiring backup; performs data backup; addresses offsite storage) and CC9.1","notes":"A.8.13 requires backup copies of information, software and systems to be maintained and regularly tested per an agreed backup policy. The policy is shared ground; SOC 2 samples the daily backup jobs across the period and checks failures were followed up. Restore testing is on the A.8.13 \u2192 A1.3 row.","evidence":[{"id":"backup-job-records","description":"Results of sampled backup jobs from across the period (from the backup system's job log), with every failure followed up to a successful backup.","frequency":"daily"}]},{"iso":"A.5.19","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.19 against CC9.2 (assesses vendor and business partner risks)","notes":"A.5.19 requires processes to manage the information security risks of supplier products and services. ISO looks at the process; SOC 2 samples critical and high-risk vendors and asks for each one's risk assessment from the last year.","evidence":[{"id":"vendor-risk-assessments","description":"Risk assessments of sampled critical and high-risk vendors performed within the last year, each with the assurance reviewed, findings and the resulting rating.","frequency":"annual"}]},{"iso":"A.5.20","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against CC9.2 (establishes requirements for vendor engagements; obtains confidentiality commitments from vendors)","notes":"A.5.20 requires information security requirements to be agreed with each supplier. SOC 2 samples the agreements of vendors with access to the system or its data and reads the security, confidentiality, incident notification and right-to-audit terms.","evidence":[{"id":"supplier-agreement-security-terms","description":"Signed agreements of sampled vendors with access to the system or its data, each showing the security, confidentiality and incident notification terms.","frequency":"annual"}]},{"iso":"A.5.21","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.21 against CC9.2 (assesses vendor and business partner risks)","notes":"A.5.21 manages security risks in the ICT product and service supply chain (components, sub-suppliers). SOC 2 treats it as part of vendor risk (CC9.2), and looks at how subservice organizations of the key vendors were identified and considered.","evidence":[{"id":"ict-supply-chain-review","description":"The latest review of the ICT supply chain of critical services, listing key components and sub-suppliers (subservice organizations) and the risks identified.","frequency":"annual"}]},{"iso":"A.5.22","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.22 against CC9.2 (assesses vendor and business partner performance; implements procedures for addressing issues identified)","notes":"A.5.22 requires supplier security practices and service delivery to be monitored, reviewed and evaluated regularly. SOC 2 tests it as the annual review of each critical vendor's SOC 2 or equivalent report \u2014 exceptions, carve-outs and complementary user entity controls mapped to the organization's own controls.","evidence":[{"id":"vendor-assurance-reviews","description":"Reviews from the last year of sampled critical vendors' SOC 2 or equivalent reports, each noting exceptions, carved-out subservice organizations and how the complementary user entity controls are met.","frequency":"annual"}]},{"iso":"A.5.23","tsc":["CC9.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.23 against CC9.2 (establishes requirements for vendor engagements; assigns responsibility)","notes":"A.5.23 requires processes for acquiring, using, managing and exiting cloud services. For CC9.2 SOC 2 looks at the shared-responsibility split with each cloud provider and who owns the customer-side controls.","evidence":[{"id":"cloud-shared-responsibility-matrix","description":"The shared-responsibility matrix for each in-scope cloud service, naming the customer-side controls and their owners, reviewed within the last year.","frequency":"annual"}]},{"iso":"A.7.5","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.5 against A1.2 (identifies environmental threats; implements and maintains environmental protection mechanisms)","notes":"A.7.5 requires protection against physical and environmental threats (fire, flood, power surges) to be designed and implemented. That is A1.2's environmental protection; for cloud-hosted production it is tested through the provider's SOC 2 report."},{"iso":"A.7.11","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.11 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.11 protects information processing facilities from failures of supporting utilities (power, cooling, telecoms). That is A1.2's environmental protection mechanisms (UPS, generators, redundant cooling), inspected the same way."},{"iso":"A.7.12","tsc":["A1.2"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.12 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.12 protects power and data cables from interception, interference and damage. For A1.2 it is part of the physical infrastructure protection; most SaaS organizations rely on the hosting provider's report for it."},{"iso":"A.7.13","tsc":["A1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.7.13 against A1.2 (implements and maintains environmental protection mechanisms)","notes":"A.7.13 requires equipment to be maintained correctly to keep it available. SOC 2 checks the maintenance actually happened on the schedule for the equipment the organization itself runs.","evidence":[{"id":"equipment-maintenance-records","description":"Maintenance records from the period for equipment the organization operates itself (UPS, cooling, network equipment), against the maintenance schedule.","frequency":"annual"}]},{"iso":"A.8.13","tsc":["A1.3","PI1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.13 against A1.3 (tests integrity and completeness of backup data) and PI1.5 (stores data completely and accurately)","notes":"A.8.13 asks for backups to be tested regularly; A1.3 tests that restores were actually performed and the restored data checked for integrity and completeness, which also supports PI1.5's complete and accurate storage. SOC 2 wants the restore records of the period.","evidence":[{"id":"restore-test-records","description":"The latest restore test from the last quarter, showing what was restored, the integrity and completeness checks run on the restored data and the time it took.","frequency":"quarterly"}]},{"iso":"A.5.30","tsc":["A1.3","CC7.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.30 against A1.3 (implements business continuity plan testing) and CC7.5 (implements incident-recovery plan testing; restores the affected environment)","notes":"A.5.30 requires ICT continuity plans to be tested; A1.3 asks for the recovery plan to be tested during the period, with results against the recovery objectives and follow-up of what failed, and CC7.5 for the recovery from incidents to be tested the same way. ISO leaves the frequency to the organization, SOC 2 expects at least yearly.","evidence":[{"id":"continuity-test-report","description":"The report of a disaster recovery or business continuity test from the last year, with recovery time and point achieved against the objectives, issues found and their follow-up.","frequency":"annual"}]},{"iso":"A.5.12","tsc":["C1.1"],"coverage":"full","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.12 against C1.1 (identifies confidential information)","notes":"A.5.12 requires information to be classified by its confidentiality, integrity, availability and stakeholder requirements. That is C1.1's identification of confidential information; the classification scheme and its application to the inventory are inspected alike."},{"iso":"A.5.13","tsc":["C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.13 against C1.1 (identifies confidential information)","notes":"A.5.13 requires labelling procedures in line with the classification scheme. SOC 2 does not require labels as such, but uses them to test that confidential information can be recognized where it lives \u2014 data stores, documents, exports.","evidence":[{"id":"classification-labels-applied","description":"Sampled data stores and documents holding confidential information, each showing the classification label or tag the labelling procedure requires.","frequency":"annual"}]},{"iso":"A.6.6","tsc":["C1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.6.6 against C1.1 (identifies and maintains confidential information) and the CC9.2 point of focus on confidentiality commitments","notes":"A.6.6 requires confidentiality or non-disclosure agreements to be identified, documented, reviewed and signed by personnel and other relevant parties. The requirement matches; SOC 2 samples the signatures of new hires, contractors and third parties given access to confidential information in the period.","evidence":[{"id":"signed-ndas","description":"Signed confidentiality or non-disclosure agreements for sampled new hires, contractors and third parties given access to confidential information in the period.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.11","tsc":["C1.1","P4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.11 against C1.1 (protects confidential information) and P4.1 (uses personal information for intended purposes)","notes":"A.8.11 requires data masking in line with the access control policy and legal requirements. It limits exposure of confidential (C1.1) and personal information (P4.1) to the people and purposes that need it; SOC 2 inspects the masking rules in force and where they apply.","evidence":[{"id":"data-masking-rules","description":"The masking or pseudonymization rules in force for confidential and personal data fields, and the systems or views where they apply (non-production, support tools, analytics).","frequency":"annual"}]},{"iso":"A.8.33","tsc":["C1.1","CC8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.33 against C1.1 (protects confidential information) and the CC8.1 point of focus on protecting confidential information in changes","notes":"A.8.33 requires test information to be selected, protected and managed. For C1.1 SOC 2 checks that confidential production data does not end up in test environments, or is masked when it must; CC8.1's point of focus on protecting confidential information during system design, development and testing asks the same of the change process.","evidence":[{"id":"test-data-protection","description":"Evidence of how test data is produced and protected, such as the control that prevents copying production data to non-production accounts or the masking job's configuration and last run.","frequency":"annual"}]},{"iso":"A.5.33","tsc":["C1.1","PI1.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.1 (protects confidential information from destruction) and PI1.5 (protects stored items; archives and protects system records)","notes":"A.5.33 protects records from loss, destruction, falsification and unauthorized access or release. C1.1 protects confidential information from destruction during its retention period and PI1.5 stores data completely and accurately; SOC 2 inspects how the stores are protected in practice (immutability, versioning, access).","evidence":[{"id":"records-protection-configuration","description":"Configuration of the stores holding records and customer data (object lock or immutability, versioning, access restrictions), showing they are protected against deletion and alteration.","frequency":"annual"}]},{"iso":"A.5.33","tsc":["C1.2","P4.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.33 against C1.2 (identifies confidential information for destruction) and P4.2 (retains personal information)","notes":"A.5.33's guidance asks for retention schedules. C1.2 and P4.2 test that information is kept for the defined period and then identified for disposal; ISO asks for the schedule, SOC 2 also for proof that it is applied to the data stores.","evidence":[{"id":"retention-schedule","description":"The approved retention schedule listing each category of records, confidential information and personal information with its retention period and basis.","frequency":"annual"},{"id":"retention-enforcement","description":"Configuration or job records showing the retention periods are applied in the main data stores (lifecycle rules, purge jobs), with the last run.","frequency":"annual"}]},{"iso":"A.8.10","tsc":["C1.2","P4.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.10 against C1.2 (destroys confidential information) and P4.3 (captures, identifies and flags requests for deletion; disposes of personal information)","notes":"A.8.10 requires information to be deleted when no longer required. C1.2 and P4.3 test that it happened \u2014 customer data deleted at contract end, retention-expiry purges, deletion requests honoured, including backups within the stated time \u2014 on a sample of the period's deletions.","evidence":[{"id":"data-deletion-records","description":"Records of sampled deletions in the period (customer data at contract end, retention-expiry purges, deletion requests), each showing what was deleted, when, and the confirmation.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.26","tsc":["PI1.1","PI1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.26 against PI1.1 (defines information specifications and data necessary) and PI1.2 (defines characteristics of processing inputs; evaluates processing inputs)","notes":"A.8.26 requires information security requirements to be identified when applications are developed or acquired, including integrity of transactional services. PI1.1 asks more: the processing specifications (inputs, processing rules, outputs) defined and communicated to users; PI1.2 asks for input controls that check completeness and accuracy. ISO requires neither, so both are evidenced here.","evidence":[{"id":"processing-specifications","description":"The documented processing specifications for in-scope services (input definitions, processing rules, output definitions) as communicated to users, for example API or product documentation, reviewed within the last year.","frequency":"annual"},{"id":"input-validation-controls","description":"The input validation rules for the main input channels (schemas, edit checks, rejection handling) and sampled records of rejected or corrected inputs from the period.","frequency":"per-event"}]},{"iso":"A.8.28","tsc":["PI1.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.28 against PI1.2 (evaluates processing inputs; creates and maintains records of system inputs)","notes":"A.8.28's secure coding principles include validating inputs, which is PI1.2's check that inputs are complete and accurate; SOC 2 looks for that check being enforced on real changes, not only written in a guideline. (Output encoding, the other half of the principle, is a defence against injection, not PI1.4's complete and accurate delivery of output: PI1.4 is reached through A.5.14.)","evidence":[{"id":"input-output-validation-checks","description":"Static analysis or code review rules that require input validation and output encoding, with their results for sampled releases from the period.","frequency":"per-event"}]},{"iso":"A.8.16","tsc":["PI1.3"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.8.16 against PI1.3 (detects and corrects production errors; records system processing activities)","notes":"A.8.16 monitors networks, systems and applications for anomalous behaviour. PI1.3 needs monitoring aimed at processing itself \u2014 failed jobs, reconciliation breaks, late runs \u2014 and the correction of each; SOC 2 samples those exceptions.","evidence":[{"id":"processing-exception-records","description":"Sampled processing exceptions from the period (failed or late jobs, reconciliation breaks, rejected outputs), each showing how it was detected and corrected.","frequency":"per-event"}]},{"iso":"A.5.14","tsc":["PI1.4"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.14 against PI1.4 (distributes output only to intended parties; creates and maintains records of system output activities)","notes":"A.5.14's transfer rules protect information sent to other parties. PI1.4 asks that outputs reach only the intended recipients, complete and accurate, with a record of delivery; SOC 2 samples output deliveries.","evidence":[{"id":"output-delivery-records","description":"Records of sampled output deliveries from the period (reports, exports, API deliveries), each showing the recipient was the intended one and the output was complete.","frequency":"per-event"}]},{"iso":"A.5.34","tsc":["P1.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P1.1 (provides notice to data subjects; uses clear and conspicuous language)","notes":"A.5.34 requires the privacy obligations of applicable law to be identified and met; a privacy notice is usually one of them, but ISO does not require one. P1.1 tests the notice itself: published, current, covering purposes, collection, use, retention, disclosure, rights and contact.","evidence":[{"id":"privacy-notice","description":"The privacy notice as published to data subjects, with its version, publication date and the sections on purposes, collection, use, retention, disclosure, rights and contact.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P2.1","P3.2"],"coverage":"gap","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P2.1 (obtains implicit or explicit consent) and P3.2 (obtains explicit consent for sensitive information)","notes":"Nothing in ISO/IEC 27001:2022 asks for choice and consent: A.5.34 is about protecting PII, not about obtaining consent to collect or use it. Consent is reached only through the legal requirements register (A.5.31, next row) where law makes consent the basis for processing."},{"iso":"A.5.31","tsc":["P2.1","P3.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.31 against P2.1 (documents and obtains consent) and P3.2 (obtains explicit consent for sensitive information)","notes":"Where privacy law makes consent the basis for processing, A.5.31 requires that requirement to be identified and met. That is the only ISO route to choice and consent. SOC 2 samples the consent records themselves: what was consented to, when, against which notice version, and explicit consent for sensitive information.","evidence":[{"id":"consent-records","description":"Consent records for sampled data subjects from the period, each showing what was consented to, when, the notice version shown and, for sensitive information, that consent was explicit.","frequency":"per-event"}]},{"iso":"A.5.34","tsc":["P3.1","P4.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P3.1 (limits the collection of personal information) and P4.1 (uses personal information for intended purposes)","notes":"To meet PII-protection law under A.5.34 an organization needs to know what personal information it holds and why, but ISO does not require a record of processing. P3.1 and P4.1 test that collection and use are limited to the stated purposes, starting from that record.","evidence":[{"id":"personal-data-inventory","description":"The record of processing activities listing each category of personal information, its source, purpose, legal basis, the systems holding it and who may use it, reviewed within the last year.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P5.1","P5.2"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P5.1 (authenticates data subjects' identity; permits access) and P5.2 (permits data subjects to update or correct personal information)","notes":"Data subject rights come from the privacy law A.5.34 points to, not from ISO. P5.1 and P5.2 test the requests of the period: identity verified, access given or correction made within the deadline, and denials explained.","evidence":[{"id":"data-subject-request-log","description":"The log of data subject access and correction requests in the period, with sampled requests showing identity verification, the response date against the deadline and the outcome.","frequency":"per-event","min_samples":10}]},{"iso":"A.5.34","tsc":["P6.1","P6.2","P6.7"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P6.1 (discloses personal information only to appropriate third parties), P6.2 (creates and retains record of authorized disclosures) and P6.7 (identifies types of personal information and handling process)","notes":"A.5.34 covers PII shared with processors only in so far as the law requires. P6.1, P6.2 and P6.7 test disclosure as a practice: a list of who receives personal information and why, a record of each authorized disclosure (including law-enforcement requests), and the ability to account for what is held and disclosed.","evidence":[{"id":"personal-data-disclosure-register","description":"The register of third parties that receive personal information (purpose, categories, legal basis or consent) and the record of authorized disclosures made in the period, including law-enforcement requests.","frequency":"annual"}]},{"iso":"A.5.26","tsc":["P6.3","P6.6"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.26 against P6.3 (creates and retains record of detected or reported unauthorized disclosures) and P6.6 (provides notice of breaches and incidents)","notes":"A PII breach is a security incident, so A.5.26's response process handles it, but ISO does not require a breach register or notification of affected data subjects. P6.3 and P6.6 test both: every unauthorized disclosure recorded and assessed, and notices sent to data subjects and regulators within the legal and contractual deadlines.","evidence":[{"id":"privacy-breach-register","description":"The register of detected or reported unauthorized disclosures of personal information in the period, each with its assessment, whether notification was required and the notices sent with dates.","frequency":"annual"}]},{"iso":"A.5.20","tsc":["P6.4","P6.5"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.20 against P6.4 (obtains privacy commitments from vendors) and P6.5 (third parties report actual or suspected unauthorized disclosures)","notes":"A.5.20 puts security requirements into supplier agreements. P6.4 and P6.5 ask for privacy commitments specifically: processing only on instructions, sub-processor approval and notification of unauthorized disclosures. SOC 2 samples the data processing agreements of vendors that handle personal information.","evidence":[{"id":"processor-agreements","description":"Signed data processing agreements of sampled vendors that process personal information, each showing the processing instructions, sub-processor terms and the breach notification obligation and deadline.","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P7.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P7.1 (ensures accuracy, completeness and relevance of personal information)","notes":"Accuracy of personal information is a privacy-law principle A.5.34 points to; ISO itself only protects integrity against unauthorized change. P7.1 tests how personal information is kept accurate, complete and relevant in practice.","evidence":[{"id":"personal-data-quality-review","description":"The procedure and the latest records showing personal information is kept accurate, complete and relevant (self-service updates, periodic quality checks, removal of data no longer relevant).","frequency":"annual"}]},{"iso":"A.5.34","tsc":["P8.1"],"coverage":"partial","source":"crosswalk analysis of ISO/IEC 27001:2022 Annex A and AICPA TSC 2017 (rev. 2022) \u2014 A.5.34 against P8.1 (addresses inquiries, complaints and disputes; documents and reports compliance review results)","notes":"ISO checks compliance with A.5.34 through its internal audit, but has no process for privacy inquiries, complaints and disputes from data subjects. P8.1 tests both the complaints handled in the period and a periodic review of compliance with the privacy commitments.","evidence":[{"id":"privacy-inquiries-and-complaints","description":"The log of privacy inquiries, complaints and disputes in the period, each with the response, resolution and date.","frequency":"annual"},{"id":"privacy-compliance-review","description":"The latest review of compliance with the privacy notice and privacy commitments, with instances of noncompliance found and their remediation.","frequency":"annual"}]}]}`);

// yaml-data:mappings/iso27001-2022-to-soc2-seed.yaml
var iso27001_2022_to_soc2_seed_default = JSON.parse('{"apiVersion":"crosswalk/v1","kind":"Mapping","name":"ISO/IEC 27001:2022 to SOC 2 TSC 2017 (seed, as written)","rows":[{"iso":"A.5.1","tsc":["CC1.2","CC1.3"],"coverage":"full","notes":"ISO policy governance aligns to SOC 2 expectations for documented and approved policies. SOC 2 will require evidence of distribution & review.","seed":"A.5.1 Policies for Information Security"},{"iso":"A.5.7","tsc":["CC3.2"],"coverage":"partial","notes":"ISO expects proactive threat awareness; SOC 2 expects threat considerations embedded into risk assessments. Evidence of how intel informs risk must be shown.","seed":"A.5.7 Threat Intelligence","evidence":[{"id":"threat-intel-in-risk-assessment","description":"Risk assessment records (risk register entries or assessment minutes) showing how specific threat intelligence changed a risk rating or its treatment.","frequency":"annual"},{"id":"threat-intel-source-review","description":"A log of the threat intelligence sources and advisories reviewed, each with the date, reviewer and triage decision (not relevant, monitor, or actioned with a ticket).","frequency":"quarterly"}]},{"iso":"A.5.2","tsc":["CC1.4"],"coverage":"full","notes":"Clear definition of responsibilities maps well. SOC 2 requires traceability into role assignments and approvals.","seed":"A.6.1 Roles & Responsibilities"},{"iso":"A.6.3","tsc":["CC5.3"],"coverage":"full","notes":"ISO requires training planning; SOC 2 validates completion records. Evidence depth is higher under SOC 2.","seed":"A.6.3 Information Security Awareness & Training"},{"iso":"A.7.2","tsc":["CC6.1"],"coverage":"full","notes":"Physical access controls align closely; SOC 2 requires logs or supporting evidence for testing.","seed":"A.7.2 Physical Entry Controls"},{"iso":"8.1","tsc":["CC2.1"],"coverage":"partial","notes":"ISO provides structure, SOC 2 needs operational consistency demonstrated through sampled evidence.","seed":"A.8.1 Operational Planning & Control","evidence":[{"id":"operational-plan-approved","description":"The approved plan and criteria for the ISMS operational processes, showing approver, approval date and the processes, owners and acceptance criteria it covers.","frequency":"annual"},{"id":"operational-procedure-records","description":"Sampled operational records such as runbook executions or completed checklists, each dated and attributed, showing the documented procedures were followed consistently.","frequency":"weekly"}]},{"iso":"A.8.16","tsc":["CC4.1"],"coverage":"full","frequency":"daily","notes":"Monitoring expectations support SOC 2 control evaluations. SOC 2 tests alerting and response handling in practice.","seed":"A.8.16 Monitoring Activities"},{"iso":"A.8.28","tsc":["CC3.2","CC6.6"],"coverage":"partial","notes":"ISO control supports SOC 2 secure development expectations. SOC 2 typically requires code review evidence and dependency controls.","seed":"A.8.28 Secure Coding","evidence":[{"id":"code-review-records","description":"Sampled merged changes (pull or merge requests), each showing an approving peer review by someone other than the author recorded before the merge.","frequency":"per-event"},{"id":"dependency-scan-results","description":"Dependency or software-composition scan output for the in-scope repositories, with each finding triaged (fixed, ticketed or risk-accepted).","frequency":"monthly"}]},{"iso":"A.5.15","tsc":["CC6.2","CC6.3"],"coverage":"full","notes":"Alignment is strong. SOC 2 requires MFA & provisioning evidence, not just policy presence.","seed":"A.9.1 Access Control Policy"},{"iso":"A.5.16","tsc":["CC6.2"],"coverage":"full","frequency":"weekly","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.5.18","tsc":["CC6.2"],"coverage":"full","frequency":"per-event","notes":"Access provisioning and review expectations overlap well. SOC 2 will sample user access reviews.","seed":"A.9.2 User Access Management"},{"iso":"A.8.3","tsc":["CC6.1","CC6.2"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control"},{"iso":"A.8.5","tsc":["CC6.1","CC6.2"],"coverage":"full","notes":"ISO and SOC 2 alignment is high \u2014 both require defined controls and monitoring.","seed":"A.9.4 System & Application Access Control"},{"iso":"A.8.24","tsc":["CC6.1","CC6.7"],"coverage":"full","notes":"Encryption expectations align. SOC 2 requires proof of key management, rotation practices where applicable.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.15","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.8.16","tsc":["CC7.2"],"coverage":"full","frequency":"daily","notes":"ISO logs + SOC alerting expectations complement each other. SOC 2 focuses on investigation outcomes.","seed":"A.11.1 Logging & Monitoring"},{"iso":"A.5.25","tsc":["CC7.3"],"coverage":"partial","notes":"ISO requires processes; SOC 2 validates incidents with evidence. Retrospective testing fills gaps.","seed":"A.11.2 Security Event Handling","evidence":[{"id":"incident-tickets","description":"Sampled security event or incident tickets, each showing triage, classification (event or incident, severity) and the decision taken, with timestamps and assignee.","frequency":"per-event"},{"id":"incident-retrospectives","description":"A post-incident review or tabletop exercise report (retrospective testing of the event-handling process) with findings and follow-up actions.","frequency":"annual"}]},{"iso":"A.7.3","tsc":["CC6.1","A1.1"],"coverage":"full","notes":"Physical protections support both Security and Availability criteria. SOC 2 requires logs or physical review evidence during testing.","seed":"A.7.4 Securing Offices, Rooms and Facilities"},{"iso":"A.8.6","tsc":["A1.2"],"coverage":"full","frequency":"monthly","notes":"ISO\u2019s expectation for capacity planning aligns with SOC 2 availability controls. Evidence typically includes monitoring thresholds and capacity plans.","seed":"A.8.3 Capacity Management"},{"iso":"A.8.32","tsc":["A1.3","CC7.2"],"coverage":"partial","notes":"Change controls support Availability, but SOC 2 requires audited change tickets and approval workflows. Gaps usually relate to operational proof rather than missing processes.","seed":"A.8.14 Change Management","evidence":[{"id":"change-tickets-approved","description":"Sampled change tickets, each showing a recorded approval that precedes the production deployment of that change.","frequency":"per-event"},{"id":"change-approval-workflow","description":"An export of the enforced change-approval workflow configuration, such as branch protection rules requiring review or the CAB approval settings in the ticketing tool.","frequency":"annual"}]},{"iso":"A.8.29","tsc":["PI1.2","PI1.3"],"coverage":"partial","notes":"Test processes contribute to service reliability. SOC 2 looks for consistent execution and evidence retention.","seed":"A.8.15 Test Management","evidence":[{"id":"test-execution-records","description":"Test run reports (CI results or test management exports) for sampled releases, showing which tests ran, their results and the release they belong to.","frequency":"per-event"},{"id":"release-acceptance-signoff","description":"Retained acceptance sign-offs for sampled releases, naming who accepted the release, when, and against which acceptance criteria.","frequency":"per-event"}]},{"iso":"A.8.8","tsc":["CC7.1","A1.1"],"coverage":"full","frequency":"monthly","notes":"Vulnerability handling supports Availability through proactive remediation. SOC 2 sampling commonly tests remediation timelines.","seed":"A.8.22 Management of Technical Vulnerabilities"},{"iso":"A.8.15","tsc":["CC7.2","A1.3"],"coverage":"full","frequency":"daily","notes":"Logging contributes to understanding service impact and incident diagnosis. SOC 2 requires logs tied to investigations.","seed":"A.8.24 Logging"},{"iso":"A.8.27","tsc":["CC3.2","A1.1"],"coverage":"full","notes":"Architecture considerations support ongoing maintainability and reliability required by Availability criteria.","seed":"A.8.27 Secure System Architecture and Engineering Principles"},{"iso":"A.8.2","tsc":["CC6.2","C1.1"],"coverage":"partial","notes":"Privileged controls protect Confidentiality. SOC 2 requires evidence of reviews and confirmations.","seed":"A.9.3 Privileged Access Rights","evidence":[{"id":"privileged-access-review","description":"The most recent periodic review of privileged accounts, listing each account with the reviewer confirmation or removal decision and the review date.","frequency":"quarterly"},{"id":"privileged-access-approvals","description":"Approval records (tickets or access-request logs) for sampled privileged access grants, showing who approved each grant and when, before access was given.","frequency":"per-event","min_samples":10}]},{"iso":"A.8.4","tsc":["CC6.6","PI1.1"],"coverage":"full","frequency":"quarterly","notes":"Restricting code access protects confidentiality and integrity of internal systems. SOC 2 typically samples access lists.","seed":"A.9.5 Access to Source Code"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Encryption provides direct support for Confidentiality criteria. SOC 2 looks for key lifecycle evidence.","seed":"A.10.1 Cryptographic Controls"},{"iso":"A.8.24","tsc":["C1.1"],"coverage":"full","notes":"Key management practices are directly relevant to confidentiality. SOC 2 requires verification of enforcement and rotation procedures.","seed":"A.10.2 Key Management"},{"iso":"A.8.15","tsc":["C1.1","CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities"},{"iso":"A.8.16","tsc":["C1.1","CC7.2"],"coverage":"full","frequency":"daily","notes":"Monitoring user actions is relevant to confidentiality protections. Evidence depth is the differentiator under SOC 2.","seed":"A.11.1 Logging and Monitoring of Activities"},{"iso":"A.5.36","tsc":["CC7.1"],"coverage":"full","frequency":"quarterly","notes":"Ongoing assessments support evaluation of confidentiality controls. SOC 2 will verify assessment records or tool output.","seed":"A.11.3 Assessment for Technical Compliance"}]}');

// src/validate/mapping.ts
function validateMapping(document, origin, catalogs2) {
  const errors = lintMappingDocument(document, [], catalogs2).filter((finding2) => finding2.severity === "error");
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
      evidence: (row.evidence ?? []).map((requirement) => ({
        id: requirement.id,
        description: requirement.description,
        frequency: requirement.frequency,
        maxAgeDays: requirement.max_age_days,
        minSamples: requirement.min_samples
      }))
    };
    for (const requirement of mappedRow.evidence) requirements.set(requirement.id, { requirement, row: mappedRow });
    return mappedRow;
  });
  return { name: raw.name, origin, rows, requirements };
}

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

// src/load/mapping.ts
var defaultMappingFile = "mappings/iso27001-2022-to-soc2.yaml";
var seedMappingFile = "mappings/iso27001-2022-to-soc2-seed.yaml";
async function loadMapping(source, catalogs2, root, tracked) {
  if (source.kind === "default") return loadDefaultMapping();
  if (source.kind === "seed") return loadSeedMapping();
  const shown = relativeInside(root, source.path) ?? source.path;
  return validatedMapping(shown, await readMappingText(root, tracked, source.path, shown), source.path, catalogs2);
}
function loadDefaultMapping() {
  return buildMapping(iso27001_2022_to_soc2_default, "default");
}
function loadSeedMapping() {
  return buildMapping(iso27001_2022_to_soc2_seed_default, "seed");
}
function validatedMapping(file, text, origin, catalogs2) {
  const parsed = parseSource(file, text);
  const result = parsed.ok ? validateMapping(parsed.document, origin, catalogs2) : { mapping: void 0, problems: parsed.diagnostics };
  if (result.mapping) return result.mapping;
  const [first, ...rest] = result.problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more problems)` : "";
  throw new UsageError(`mapping ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : "is invalid"}${more}`);
}
async function readMappingText(root, tracked, file, displayName) {
  const bytes = await readConfinedFile({ root, tracked }, file, `mapping ${displayName}`, maxMappingBytes);
  if (bytes === void 0) throw new UsageError(`cannot read mapping ${displayName}: no such file`);
  const decoded = decodeUtf8(displayName, bytes);
  if (!decoded.ok) throw new UsageError(`mapping ${displayName}: ${decoded.diagnostic.message}`);
  return decoded.text;
}

// src/load/directory.ts
import { stat as stat2 } from "node:fs/promises";
async function existingDirectory(dir, name = dir) {
  const info = await stat2(dir).catch(() => void 0);
  if (!info?.isDirectory()) throw new UsageError(`${name} is not a directory`);
  return dir;
}

// src/write-text.ts
import { open as open2 } from "node:fs/promises";
var charactersPerWrite = 1 << 20;
async function writeTextFile(file, text) {
  const handle = await open2(file, "w");
  try {
    let start = 0;
    while (start < text.length) {
      let end = Math.min(start + charactersPerWrite, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      await handle.write(text.slice(start, end));
      start = end;
    }
  } finally {
    await handle.close();
  }
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}

export {
  loadCatalogs,
  describeValue,
  quoteName,
  isWordLike,
  checkSchema,
  maxConfigBytes,
  readConfinedFile,
  readRegularFile,
  isInGitFolder,
  relativeInside,
  decodeUtf8,
  isScalar,
  isSeq,
  visit,
  Document,
  parseDocument,
  parseSource,
  lintMapping,
  defaultMappingFile,
  seedMappingFile,
  loadMapping,
  loadDefaultMapping,
  existingDirectory,
  writeTextFile
};
