import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-UJACGHRY.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/validate/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closestMatch(written, candidates) {
  const needle = written.toLowerCase();
  const list = [...candidates];
  const unpadded = withoutLeadingZeros(needle);
  const same = unpadded === needle ? void 0 : list.find((candidate) => candidate.toLowerCase() === unpadded);
  if (same !== void 0) return same;
  const swapped = list.filter((candidate) => isTransposition(needle, candidate.toLowerCase())).sort()[0];
  if (swapped !== void 0) return swapped;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best;
  for (const candidate of list) {
    const score = (0, import_fastest_levenshtein.distance)(needle, candidate.toLowerCase());
    if (score <= limit && (best === void 0 || score < best.score || score === best.score && candidate < best.candidate)) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
}
function closestRequirementId(written, candidates) {
  const list = [...candidates];
  const close = closestMatch(written, list);
  if (close !== void 0) return close;
  const prefix = `${written.toLowerCase()}-`;
  return list.filter((candidate) => candidate.toLowerCase().startsWith(prefix)).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
function didYouMean(written, candidates) {
  const match = closestMatch(written, candidates);
  return match === void 0 ? "" : `; did you mean "${match}"?`;
}
function isTransposition(a, b) {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, index) => char === b[index] ? [] : [index]);
  const [first, second] = differ;
  return differ.length === 2 && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
function withoutLeadingZeros(id) {
  return id.replace(/(^|\D)0+(?=\d)/g, "$1");
}

// src/text.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// src/validate/iso-ids.ts
function judgeIsoId(id, catalogs) {
  if (catalogs.iso.has(id)) return { kind: "known" };
  const exact = catalogs.iso2013.get(id);
  if (exact) {
    return {
      kind: "iso-2013",
      message: `${id} is an ISO/IEC 27001:2013 id ("${exact.title}"); in ISO/IEC 27001:2022 it is ${describe2022(exact.replacedBy, catalogs)}`
    };
  }
  const grouped = [...catalogs.iso2013.values()].filter((entry) => entry.id.startsWith(`${id}.`));
  if (grouped.length > 0) {
    const replacements = [...new Set(grouped.flatMap((entry) => entry.replacedBy))].sort(compareIsoIds);
    return {
      kind: "iso-2013",
      message: `${id} is an ISO/IEC 27001:2013 objective (${grouped.map((entry) => entry.id).join(", ")}); in ISO/IEC 27001:2022 its controls are ${describe2022(replacements, catalogs)}`
    };
  }
  const unpadded = withoutLeadingZeros(id);
  if (unpadded !== id) {
    const meant = judgeIsoId(unpadded, catalogs);
    if (meant.kind === "known") return { kind: "unknown", message: `${id} is not an ISO/IEC 27001:2022 id as the standard writes it; did you mean "${unpadded}"? (ids have no leading zeros)` };
    if (meant.kind === "iso-2013") return { kind: "iso-2013", message: `${id} (written without leading zeros: ${meant.message})` };
  }
  return { kind: "unknown", message: `${id} is not an ISO/IEC 27001:2022 Annex A control or ISMS clause${didYouMean(id, catalogs.iso.keys())}` };
}
function describe2022(ids, catalogs) {
  return ids.map((id) => `${id} (${catalogs.iso.get(id)?.title ?? "unknown"})`).join(", ");
}
function compareIsoIds(a, b) {
  const key = (id) => id.startsWith("A.") ? [1, ...id.slice(2).split(".").map(Number)] : [0, ...id.split(".").map(Number)];
  const left = key(a);
  const right = key(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
function compareNullableIso(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareIsoIds(a, b);
}

export {
  closestMatch,
  closestRequirementId,
  didYouMean,
  plural,
  judgeIsoId,
  compareIsoIds,
  compareNullableIso
};
