var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/color-name/index.js
var require_color_name = __commonJS({
  "node_modules/color-name/index.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      "aliceblue": [240, 248, 255],
      "antiquewhite": [250, 235, 215],
      "aqua": [0, 255, 255],
      "aquamarine": [127, 255, 212],
      "azure": [240, 255, 255],
      "beige": [245, 245, 220],
      "bisque": [255, 228, 196],
      "black": [0, 0, 0],
      "blanchedalmond": [255, 235, 205],
      "blue": [0, 0, 255],
      "blueviolet": [138, 43, 226],
      "brown": [165, 42, 42],
      "burlywood": [222, 184, 135],
      "cadetblue": [95, 158, 160],
      "chartreuse": [127, 255, 0],
      "chocolate": [210, 105, 30],
      "coral": [255, 127, 80],
      "cornflowerblue": [100, 149, 237],
      "cornsilk": [255, 248, 220],
      "crimson": [220, 20, 60],
      "cyan": [0, 255, 255],
      "darkblue": [0, 0, 139],
      "darkcyan": [0, 139, 139],
      "darkgoldenrod": [184, 134, 11],
      "darkgray": [169, 169, 169],
      "darkgreen": [0, 100, 0],
      "darkgrey": [169, 169, 169],
      "darkkhaki": [189, 183, 107],
      "darkmagenta": [139, 0, 139],
      "darkolivegreen": [85, 107, 47],
      "darkorange": [255, 140, 0],
      "darkorchid": [153, 50, 204],
      "darkred": [139, 0, 0],
      "darksalmon": [233, 150, 122],
      "darkseagreen": [143, 188, 143],
      "darkslateblue": [72, 61, 139],
      "darkslategray": [47, 79, 79],
      "darkslategrey": [47, 79, 79],
      "darkturquoise": [0, 206, 209],
      "darkviolet": [148, 0, 211],
      "deeppink": [255, 20, 147],
      "deepskyblue": [0, 191, 255],
      "dimgray": [105, 105, 105],
      "dimgrey": [105, 105, 105],
      "dodgerblue": [30, 144, 255],
      "firebrick": [178, 34, 34],
      "floralwhite": [255, 250, 240],
      "forestgreen": [34, 139, 34],
      "fuchsia": [255, 0, 255],
      "gainsboro": [220, 220, 220],
      "ghostwhite": [248, 248, 255],
      "gold": [255, 215, 0],
      "goldenrod": [218, 165, 32],
      "gray": [128, 128, 128],
      "green": [0, 128, 0],
      "greenyellow": [173, 255, 47],
      "grey": [128, 128, 128],
      "honeydew": [240, 255, 240],
      "hotpink": [255, 105, 180],
      "indianred": [205, 92, 92],
      "indigo": [75, 0, 130],
      "ivory": [255, 255, 240],
      "khaki": [240, 230, 140],
      "lavender": [230, 230, 250],
      "lavenderblush": [255, 240, 245],
      "lawngreen": [124, 252, 0],
      "lemonchiffon": [255, 250, 205],
      "lightblue": [173, 216, 230],
      "lightcoral": [240, 128, 128],
      "lightcyan": [224, 255, 255],
      "lightgoldenrodyellow": [250, 250, 210],
      "lightgray": [211, 211, 211],
      "lightgreen": [144, 238, 144],
      "lightgrey": [211, 211, 211],
      "lightpink": [255, 182, 193],
      "lightsalmon": [255, 160, 122],
      "lightseagreen": [32, 178, 170],
      "lightskyblue": [135, 206, 250],
      "lightslategray": [119, 136, 153],
      "lightslategrey": [119, 136, 153],
      "lightsteelblue": [176, 196, 222],
      "lightyellow": [255, 255, 224],
      "lime": [0, 255, 0],
      "limegreen": [50, 205, 50],
      "linen": [250, 240, 230],
      "magenta": [255, 0, 255],
      "maroon": [128, 0, 0],
      "mediumaquamarine": [102, 205, 170],
      "mediumblue": [0, 0, 205],
      "mediumorchid": [186, 85, 211],
      "mediumpurple": [147, 112, 219],
      "mediumseagreen": [60, 179, 113],
      "mediumslateblue": [123, 104, 238],
      "mediumspringgreen": [0, 250, 154],
      "mediumturquoise": [72, 209, 204],
      "mediumvioletred": [199, 21, 133],
      "midnightblue": [25, 25, 112],
      "mintcream": [245, 255, 250],
      "mistyrose": [255, 228, 225],
      "moccasin": [255, 228, 181],
      "navajowhite": [255, 222, 173],
      "navy": [0, 0, 128],
      "oldlace": [253, 245, 230],
      "olive": [128, 128, 0],
      "olivedrab": [107, 142, 35],
      "orange": [255, 165, 0],
      "orangered": [255, 69, 0],
      "orchid": [218, 112, 214],
      "palegoldenrod": [238, 232, 170],
      "palegreen": [152, 251, 152],
      "paleturquoise": [175, 238, 238],
      "palevioletred": [219, 112, 147],
      "papayawhip": [255, 239, 213],
      "peachpuff": [255, 218, 185],
      "peru": [205, 133, 63],
      "pink": [255, 192, 203],
      "plum": [221, 160, 221],
      "powderblue": [176, 224, 230],
      "purple": [128, 0, 128],
      "rebeccapurple": [102, 51, 153],
      "red": [255, 0, 0],
      "rosybrown": [188, 143, 143],
      "royalblue": [65, 105, 225],
      "saddlebrown": [139, 69, 19],
      "salmon": [250, 128, 114],
      "sandybrown": [244, 164, 96],
      "seagreen": [46, 139, 87],
      "seashell": [255, 245, 238],
      "sienna": [160, 82, 45],
      "silver": [192, 192, 192],
      "skyblue": [135, 206, 235],
      "slateblue": [106, 90, 205],
      "slategray": [112, 128, 144],
      "slategrey": [112, 128, 144],
      "snow": [255, 250, 250],
      "springgreen": [0, 255, 127],
      "steelblue": [70, 130, 180],
      "tan": [210, 180, 140],
      "teal": [0, 128, 128],
      "thistle": [216, 191, 216],
      "tomato": [255, 99, 71],
      "turquoise": [64, 224, 208],
      "violet": [238, 130, 238],
      "wheat": [245, 222, 179],
      "white": [255, 255, 255],
      "whitesmoke": [245, 245, 245],
      "yellow": [255, 255, 0],
      "yellowgreen": [154, 205, 50]
    };
  }
});

// node_modules/css-unit-converter/index.js
var require_css_unit_converter = __commonJS({
  "node_modules/css-unit-converter/index.js"(exports2, module2) {
    var conversions = {
      // length
      "px": {
        "px": 1,
        "cm": 96 / 2.54,
        "mm": 96 / 25.4,
        "in": 96,
        "pt": 96 / 72,
        "pc": 16
      },
      "cm": {
        "px": 2.54 / 96,
        "cm": 1,
        "mm": 0.1,
        "in": 2.54,
        "pt": 2.54 / 72,
        "pc": 2.54 / 6
      },
      "mm": {
        "px": 25.4 / 96,
        "cm": 10,
        "mm": 1,
        "in": 25.4,
        "pt": 25.4 / 72,
        "pc": 25.4 / 6
      },
      "in": {
        "px": 1 / 96,
        "cm": 1 / 2.54,
        "mm": 1 / 25.4,
        "in": 1,
        "pt": 1 / 72,
        "pc": 1 / 6
      },
      "pt": {
        "px": 0.75,
        "cm": 72 / 2.54,
        "mm": 72 / 25.4,
        "in": 72,
        "pt": 1,
        "pc": 12
      },
      "pc": {
        "px": 6 / 96,
        "cm": 6 / 2.54,
        "mm": 6 / 25.4,
        "in": 6,
        "pt": 6 / 72,
        "pc": 1
      },
      // angle
      "deg": {
        "deg": 1,
        "grad": 0.9,
        "rad": 180 / Math.PI,
        "turn": 360
      },
      "grad": {
        "deg": 400 / 360,
        "grad": 1,
        "rad": 200 / Math.PI,
        "turn": 400
      },
      "rad": {
        "deg": Math.PI / 180,
        "grad": Math.PI / 200,
        "rad": 1,
        "turn": Math.PI * 2
      },
      "turn": {
        "deg": 1 / 360,
        "grad": 1 / 400,
        "rad": 0.5 / Math.PI,
        "turn": 1
      },
      // time
      "s": {
        "s": 1,
        "ms": 1 / 1e3
      },
      "ms": {
        "s": 1e3,
        "ms": 1
      },
      // frequency
      "Hz": {
        "Hz": 1,
        "kHz": 1e3
      },
      "kHz": {
        "Hz": 1 / 1e3,
        "kHz": 1
      },
      // resolution
      "dpi": {
        "dpi": 1,
        "dpcm": 1 / 2.54,
        "dppx": 1 / 96
      },
      "dpcm": {
        "dpi": 2.54,
        "dpcm": 1,
        "dppx": 2.54 / 96
      },
      "dppx": {
        "dpi": 96,
        "dpcm": 96 / 2.54,
        "dppx": 1
      }
    };
    module2.exports = function(value, sourceUnit, targetUnit, precision) {
      if (!conversions.hasOwnProperty(targetUnit))
        throw new Error("Cannot convert to " + targetUnit);
      if (!conversions[targetUnit].hasOwnProperty(sourceUnit))
        throw new Error("Cannot convert from " + sourceUnit + " to " + targetUnit);
      var converted = conversions[targetUnit][sourceUnit] * value;
      if (precision !== false) {
        precision = Math.pow(10, parseInt(precision) || 5);
        return Math.round(converted * precision) / precision;
      }
      return converted;
    };
  }
});

// node_modules/css-color-converter/lib/index.js
var require_lib = __commonJS({
  "node_modules/css-color-converter/lib/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", {
      value: true
    });
    exports2.fromRgba = fromRgba;
    exports2.fromRgb = fromRgb;
    exports2.fromHsla = fromHsla;
    exports2.fromHsl = fromHsl;
    exports2.fromString = fromString2;
    exports2["default"] = void 0;
    var _colorName = _interopRequireDefault(require_color_name());
    var _cssUnitConverter = _interopRequireDefault(require_css_unit_converter());
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, descriptor.key, descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      return Constructor;
    }
    function _slicedToArray(arr, i) {
      return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _unsupportedIterableToArray(arr, i) || _nonIterableRest();
    }
    function _nonIterableRest() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
    }
    function _unsupportedIterableToArray(o, minLen) {
      if (!o) return;
      if (typeof o === "string") return _arrayLikeToArray(o, minLen);
      var n = Object.prototype.toString.call(o).slice(8, -1);
      if (n === "Object" && o.constructor) n = o.constructor.name;
      if (n === "Map" || n === "Set") return Array.from(o);
      if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray(o, minLen);
    }
    function _arrayLikeToArray(arr, len) {
      if (len == null || len > arr.length) len = arr.length;
      for (var i = 0, arr2 = new Array(len); i < len; i++) {
        arr2[i] = arr[i];
      }
      return arr2;
    }
    function _iterableToArrayLimit(arr, i) {
      if (typeof Symbol === "undefined" || !(Symbol.iterator in Object(arr))) return;
      var _arr = [];
      var _n = true;
      var _d = false;
      var _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
          _arr.push(_s.value);
          if (i && _arr.length === i) break;
        }
      } catch (err) {
        _d = true;
        _e = err;
      } finally {
        try {
          if (!_n && _i["return"] != null) _i["return"]();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles(arr) {
      if (Array.isArray(arr)) return arr;
    }
    var hex = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})?$/;
    var shortHex = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])?$/;
    var rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)(?:\s*,\s*(0|1|0?\.\d+|\d+%))?\s*\)$/;
    var rgbfn = /^rgba?\(\s*(\d+)\s+(\d+)\s+(\d+)(?:\s*\/\s*(0|1|0?\.\d+|\d+%))?\s*\)$/;
    var rgbperc = /^rgba?\(\s*(\d+%)\s*,\s*(\d+%)\s*,\s*(\d+%)(?:\s*,\s*(0|1|0?\.\d+|\d+%))?\s*\)$/;
    var rgbpercfn = /^rgba?\(\s*(\d+%)\s+(\d+%)\s+(\d+%)(?:\s*\/\s*(0|1|0?\.\d+|\d+%))?\s*\)$/;
    var hsl = /^hsla?\(\s*(\d+)(deg|rad|grad|turn)?\s*,\s*(\d+)%\s*,\s*(\d+)%(?:\s*,\s*(0|1|0?\.\d+|\d+%))?\s*\)$/;
    function contains(haystack, needle) {
      return haystack.indexOf(needle) > -1;
    }
    function rgbToHsl(r, g, b) {
      var rprim = r / 255;
      var gprim = g / 255;
      var bprim = b / 255;
      var cmax = Math.max(rprim, gprim, bprim);
      var cmin = Math.min(rprim, gprim, bprim);
      var delta = cmax - cmin;
      var l = (cmax + cmin) / 2;
      if (delta === 0) {
        return [0, 0, l * 100];
      }
      var s = delta / (1 - Math.abs(2 * l - 1));
      var h = (function() {
        switch (cmax) {
          case rprim: {
            return (gprim - bprim) / delta % 6;
          }
          case gprim: {
            return (bprim - rprim) / delta + 2;
          }
          default: {
            return (rprim - gprim) / delta + 4;
          }
        }
      })();
      return [h * 60, s * 100, l * 100];
    }
    function hslToRgb(h, s, l) {
      var hprim = h / 60;
      var sprim = s / 100;
      var lprim = l / 100;
      var c = (1 - Math.abs(2 * lprim - 1)) * sprim;
      var x = c * (1 - Math.abs(hprim % 2 - 1));
      var m = lprim - c / 2;
      var _ref = (function() {
        if (hprim < 1) return [c, x, 0];
        if (hprim < 2) return [x, c, 0];
        if (hprim < 3) return [0, c, x];
        if (hprim < 4) return [0, x, c];
        if (hprim < 5) return [x, 0, c];
        return [c, 0, x];
      })(), _ref2 = _slicedToArray(_ref, 3), rprim = _ref2[0], gprim = _ref2[1], bprim = _ref2[2];
      return [(rprim + m) * 255, (gprim + m) * 255, (bprim + m) * 255];
    }
    var Color = /* @__PURE__ */ (function() {
      function Color2(_ref3) {
        var _ref4 = _slicedToArray(_ref3, 4), r = _ref4[0], g = _ref4[1], b = _ref4[2], a = _ref4[3];
        _classCallCheck(this, Color2);
        this.values = [Math.max(Math.min(parseInt(r, 10), 255), 0), Math.max(Math.min(parseInt(g, 10), 255), 0), Math.max(Math.min(parseInt(b, 10), 255), 0), a == null ? 1 : Math.max(Math.min(parseFloat(a), 255), 0)];
      }
      _createClass(Color2, [{
        key: "toRgbString",
        value: function toRgbString() {
          var _this$values = _slicedToArray(this.values, 4), r = _this$values[0], g = _this$values[1], b = _this$values[2], a = _this$values[3];
          if (a === 1) {
            return "rgb(".concat(r, ", ").concat(g, ", ").concat(b, ")");
          }
          return "rgba(".concat(r, ", ").concat(g, ", ").concat(b, ", ").concat(a, ")");
        }
      }, {
        key: "toHslString",
        value: function toHslString() {
          var _this$toHslaArray = this.toHslaArray(), _this$toHslaArray2 = _slicedToArray(_this$toHslaArray, 4), h = _this$toHslaArray2[0], s = _this$toHslaArray2[1], l = _this$toHslaArray2[2], a = _this$toHslaArray2[3];
          if (a === 1) {
            return "hsl(".concat(h, ", ").concat(s, "%, ").concat(l, "%)");
          }
          return "hsla(".concat(h, ", ").concat(s, "%, ").concat(l, "%, ").concat(a, ")");
        }
      }, {
        key: "toHexString",
        value: function toHexString() {
          var _this$values2 = _slicedToArray(this.values, 4), r = _this$values2[0], g = _this$values2[1], b = _this$values2[2], a = _this$values2[3];
          r = Number(r).toString(16).padStart(2, "0");
          g = Number(g).toString(16).padStart(2, "0");
          b = Number(b).toString(16).padStart(2, "0");
          a = a < 1 ? parseInt(a * 255, 10).toString(16).padStart(2, "0") : "";
          return "#".concat(r).concat(g).concat(b).concat(a);
        }
      }, {
        key: "toRgbaArray",
        value: function toRgbaArray() {
          return this.values;
        }
      }, {
        key: "toHslaArray",
        value: function toHslaArray() {
          var _this$values3 = _slicedToArray(this.values, 4), r = _this$values3[0], g = _this$values3[1], b = _this$values3[2], a = _this$values3[3];
          var _rgbToHsl = rgbToHsl(r, g, b), _rgbToHsl2 = _slicedToArray(_rgbToHsl, 3), h = _rgbToHsl2[0], s = _rgbToHsl2[1], l = _rgbToHsl2[2];
          return [h, s, l, a];
        }
      }]);
      return Color2;
    })();
    function fromRgba(_ref5) {
      var _ref6 = _slicedToArray(_ref5, 4), r = _ref6[0], g = _ref6[1], b = _ref6[2], a = _ref6[3];
      return new Color([r, g, b, a]);
    }
    function fromRgb(_ref7) {
      var _ref8 = _slicedToArray(_ref7, 3), r = _ref8[0], g = _ref8[1], b = _ref8[2];
      return fromRgba([r, g, b, 1]);
    }
    function fromHsla(_ref9) {
      var _ref10 = _slicedToArray(_ref9, 4), h = _ref10[0], s = _ref10[1], l = _ref10[2], a = _ref10[3];
      var _hslToRgb = hslToRgb(h, s, l), _hslToRgb2 = _slicedToArray(_hslToRgb, 3), r = _hslToRgb2[0], g = _hslToRgb2[1], b = _hslToRgb2[2];
      return fromRgba([r, g, b, a]);
    }
    function fromHsl(_ref11) {
      var _ref12 = _slicedToArray(_ref11, 3), h = _ref12[0], s = _ref12[1], l = _ref12[2];
      return fromHsla([h, s, l, 1]);
    }
    function fromHexString(str) {
      var _ref13 = hex.exec(str) || shortHex.exec(str), _ref14 = _slicedToArray(_ref13, 5), r = _ref14[1], g = _ref14[2], b = _ref14[3], a = _ref14[4];
      r = parseInt(r.length < 2 ? r.repeat(2) : r, 16);
      g = parseInt(g.length < 2 ? g.repeat(2) : g, 16);
      b = parseInt(b.length < 2 ? b.repeat(2) : b, 16);
      a = a && (parseInt(a.length < 2 ? a.repeat(2) : a, 16) / 255).toPrecision(1) || 1;
      return fromRgba([r, g, b, a]);
    }
    function fromRgbString(str) {
      var _ref15 = rgb.exec(str) || rgbperc.exec(str) || rgbfn.exec(str) || rgbpercfn.exec(str), _ref16 = _slicedToArray(_ref15, 5), r = _ref16[1], g = _ref16[2], b = _ref16[3], a = _ref16[4];
      r = contains(r, "%") ? parseInt(r, 10) * 255 / 100 : parseInt(r, 10);
      g = contains(g, "%") ? parseInt(g, 10) * 255 / 100 : parseInt(g, 10);
      b = contains(b, "%") > 0 ? parseInt(b, 10) * 255 / 100 : parseInt(b, 10);
      a = a === void 0 ? 1 : parseFloat(a) / (contains(a, "%") ? 100 : 1);
      return fromRgba([r, g, b, a]);
    }
    function fromHslString(str) {
      var _hsl$exec = hsl.exec(str), _hsl$exec2 = _slicedToArray(_hsl$exec, 6), h = _hsl$exec2[1], unit = _hsl$exec2[2], s = _hsl$exec2[3], l = _hsl$exec2[4], a = _hsl$exec2[5];
      unit = unit || "deg";
      h = (0, _cssUnitConverter["default"])(parseFloat(h), unit, "deg");
      s = parseFloat(s);
      l = parseFloat(l);
      a = a === void 0 ? 1 : parseFloat(a) / (contains(a, "%") ? 100 : 1);
      return fromHsla([h, s, l, a]);
    }
    function fromString2(str) {
      if (_colorName["default"][str]) {
        return fromRgb(_colorName["default"][str]);
      }
      if (hex.test(str) || shortHex.test(str)) {
        return fromHexString(str);
      }
      if (rgb.test(str) || rgbperc.test(str) || rgbfn.test(str) || rgbpercfn.test(str)) {
        return fromRgbString(str);
      }
      if (hsl.test(str)) {
        return fromHslString(str);
      }
      return null;
    }
    var _default = {
      fromString: fromString2,
      fromRgb,
      fromRgba,
      fromHsl,
      fromHsla
    };
    exports2["default"] = _default;
  }
});

// node_modules/badge-maker/lib/color.js
function isHexColor(s = "") {
  return hexColorRegex.test(s);
}
function isCSSColor(color) {
  return typeof color === "string" && (0, import_css_color_converter.fromString)(color.trim());
}
function normalizeColor(color) {
  if (color === void 0) {
    return void 0;
  } else if (color in namedColors) {
    return color;
  } else if (color in aliases) {
    return aliases[color];
  } else if (isHexColor(color)) {
    return `#${color.toString().toLowerCase()}`;
  } else if (isCSSColor(color)) {
    return color.toLowerCase();
  } else {
    return void 0;
  }
}
function toSvgColor(color) {
  const normalized = normalizeColor(color);
  if (normalized in namedColors) {
    return namedColors[normalized];
  } else if (normalized in resolvedAliases) {
    return resolvedAliases[normalized];
  } else {
    return normalized;
  }
}
function brightness(color) {
  if (color) {
    const cssColor = (0, import_css_color_converter.fromString)(color);
    if (cssColor) {
      const rgb = cssColor.toRgbaArray();
      return +((rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114) / 255e3).toFixed(2);
    }
  }
  return 0;
}
var import_css_color_converter, namedColors, aliases, resolvedAliases, hexColorRegex;
var init_color = __esm({
  "node_modules/badge-maker/lib/color.js"() {
    import_css_color_converter = __toESM(require_lib(), 1);
    namedColors = {
      brightgreen: "#4b0",
      green: "#67ac09",
      yellow: "#d8b800",
      yellowgreen: "#95991a",
      orange: "#ea7233",
      red: "#dd4343",
      blue: "#007ec6",
      grey: "#555",
      lightgrey: "#939393"
    };
    aliases = {
      gray: "grey",
      lightgray: "lightgrey",
      critical: "red",
      important: "orange",
      success: "brightgreen",
      informational: "blue",
      inactive: "lightgrey"
    };
    resolvedAliases = {};
    Object.entries(aliases).forEach(([alias, original]) => {
      resolvedAliases[alias] = namedColors[original];
    });
    hexColorRegex = /^([\da-f]{3}){1,2}$/i;
  }
});

// node_modules/binary-search/index.js
var require_binary_search = __commonJS({
  "node_modules/binary-search/index.js"(exports2, module2) {
    module2.exports = function(haystack, needle, comparator, low, high) {
      var mid, cmp;
      if (low === void 0)
        low = 0;
      else {
        low = low | 0;
        if (low < 0 || low >= haystack.length)
          throw new RangeError("invalid lower bound");
      }
      if (high === void 0)
        high = haystack.length - 1;
      else {
        high = high | 0;
        if (high < low || high >= haystack.length)
          throw new RangeError("invalid upper bound");
      }
      while (low <= high) {
        mid = low + (high - low >>> 1);
        cmp = +comparator(haystack[mid], needle, mid, haystack);
        if (cmp < 0)
          low = mid + 1;
        else if (cmp > 0)
          high = mid - 1;
        else
          return mid;
      }
      return ~low;
    };
  }
});

// node_modules/char-width-table-consumer/src/consumer.js
var require_consumer = __commonJS({
  "node_modules/char-width-table-consumer/src/consumer.js"(exports2, module2) {
    "use strict";
    var fs = require("fs");
    var bs = require_binary_search();
    var { promisify } = require("util");
    var readFile = promisify(fs.readFile);
    module2.exports = class CharWidthTableConsumer {
      constructor(data) {
        this.data = data;
        this.emWidth = this.widthOf("m");
      }
      static create(data) {
        return new CharWidthTableConsumer(data);
      }
      static async load(path) {
        const json = await readFile(path);
        const data = JSON.parse(json);
        return new CharWidthTableConsumer(data);
      }
      static loadSync(path) {
        const json = fs.readFileSync(path);
        const data = JSON.parse(json);
        return new CharWidthTableConsumer(data);
      }
      static isControlChar(charCode) {
        return charCode <= 31 || charCode === 127;
      }
      widthOfCharCode(charCode) {
        if (this.constructor.isControlChar(charCode)) {
          return 0;
        }
        const index = bs(this.data, charCode, ([lower], needle) => lower - needle);
        if (index >= 0) {
          const [, , width] = this.data[index];
          return width;
        } else {
          const candidateIndex = -index - 2;
          const [lower, upper, width] = this.data[candidateIndex];
          if (charCode >= lower && charCode <= upper) {
            return width;
          } else {
            return void 0;
          }
        }
      }
      widthOf(text, { guess = true } = {}) {
        return Array.from(text).reduce((accumWidth, char) => {
          const charWidth = this.widthOfCharCode(char.codePointAt(0));
          if (charWidth === void 0) {
            if (guess) {
              return accumWidth + this.emWidth;
            } else {
              throw Error(
                `No width available for character code ${char.codePointAt(0)}`
              );
            }
          } else {
            return accumWidth + charWidth;
          }
        }, 0);
      }
    };
  }
});

// node_modules/char-width-table-consumer/src/index.js
var require_src = __commonJS({
  "node_modules/char-width-table-consumer/src/index.js"(exports2, module2) {
    "use strict";
    var CharWidthTableConsumer = require_consumer();
    var {
      create: createConsumer,
      load: loadConsumer,
      loadSync: loadConsumerSync
    } = CharWidthTableConsumer;
    module2.exports = {
      createConsumer,
      loadConsumer,
      loadConsumerSync,
      CharWidthTableConsumer
    };
  }
});

// node_modules/anafanafo/index.js
var require_anafanafo = __commonJS({
  "node_modules/anafanafo/index.js"(exports2, module2) {
    "use strict";
    var { createConsumer } = require_src();
    var { readFileSync } = require("node:fs");
    var readFontTable = (name) => {
      for (const folder of ["./fonts/", "../fonts/"]) {
        let file;
        try {
          file = require.resolve(folder + name);
        } catch {
          continue;
        }
        return JSON.parse(readFileSync(file, "utf8"));
      }
      throw new Error(`crosswalk: the badge font table ${name} is missing beside the bundle`);
    };
    var lazyConsumer = (load) => {
      let consumer;
      return { widthOf: (...args) => (consumer ??= createConsumer(load())).widthOf(...args) };
    };
    var consumers = {
      "10px Verdana": lazyConsumer(() => readFontTable("verdana-10px-normal.json")),
      "bold 10px Verdana": lazyConsumer(() => readFontTable("verdana-10px-bold.json")),
      "11px Verdana": lazyConsumer(() => readFontTable("verdana-11px-normal.json")),
      "bold 11px Helvetica": lazyConsumer(() => readFontTable("helvetica-11px-bold.json"))
    };
    module2.exports = function measure(text, { font, ...rest }) {
      const consumer = consumers[font];
      if (!consumer) {
        throw Error(
          `Unknown font "${font}", expected ${Object.keys(consumers).join(", ")}`
        );
      }
      return consumer.widthOf(text, { ...rest });
    };
  }
});

// node_modules/badge-maker/lib/xml.js
function stripXmlWhitespace(xml) {
  return xml.replace(/>\s+/g, ">").replace(/<\s+/g, "<").trim();
}
function escapeXml(s) {
  if (typeof s === "number") {
    return s;
  } else if (s === void 0 || typeof s !== "string") {
    return void 0;
  } else {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  }
}
var XmlElement, ElementList;
var init_xml = __esm({
  "node_modules/badge-maker/lib/xml.js"() {
    XmlElement = class {
      /**
       * Xml Element Constructor
       *
       * @param {object} attrs Refer to individual attrs
       * @param {string} attrs.name
       *    Name of the XML tag
       * @param {Array.<string|XmlElement>} [attrs.content=[]]
       *    Array of objects to render inside the tag. content may contain a mix of
       *    string and XmlElement objects. If content is `[]` or omitted the
       *    element will be rendered as a self-closing element.
       * @param {object} [attrs.attrs={}]
       *    Object representing the tag's attributes as name/value pairs
       */
      constructor({ name, content = [], attrs = {} }) {
        this.name = name;
        this.content = content;
        this.attrs = attrs;
      }
      /**
       * Render the XML element to a string, applying appropriate escaping
       *
       * @returns {string} String representation of the XML element
       */
      render() {
        const attrsStr = Object.entries(this.attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
        if (this.content.length > 0) {
          const content = this.content.map(function(el) {
            if (typeof el.render === "function") {
              return el.render();
            } else {
              return escapeXml(el);
            }
          }).join(" ");
          return stripXmlWhitespace(
            `<${this.name}${attrsStr}>${content}</${this.name}>`
          );
        }
        return stripXmlWhitespace(`<${this.name}${attrsStr}/>`);
      }
    };
    ElementList = class {
      constructor({ content = [] }) {
        this.content = content;
      }
      render() {
        return this.content.reduce(
          (acc, el) => typeof el.render === "function" ? acc + el.render() : acc + escapeXml(el),
          ""
        );
      }
    };
  }
});

// node_modules/badge-maker/lib/badge-renderers.js
function capitalize(s) {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
function colorsForBackground(color) {
  const brightnessThreshold = 0.69;
  if (brightness(color) <= brightnessThreshold) {
    return { textColor: DEFAULT_TEXT_FILL, shadowColor: "#010101" };
  } else {
    return { textColor: "#333", shadowColor: "#ccc" };
  }
}
function withTextFill(attrs, textColor) {
  return textColor === DEFAULT_TEXT_FILL ? attrs : { ...attrs, fill: textColor };
}
function roundUpToOdd(val) {
  return val % 2 === 0 ? val + 1 : val;
}
function preferredWidthOf(str, options) {
  return roundUpToOdd((0, import_anafanafo.default)(str, options) | 0);
}
function createAccessibleText({ label, message }) {
  const labelPrefix = label ? `${label}: ` : "";
  return labelPrefix + message;
}
function hasLinks({ links }) {
  const [leftLink, rightLink] = links || [];
  const hasLeftLink = leftLink && leftLink.length;
  const hasRightLink = rightLink && rightLink.length;
  const hasLink = hasLeftLink && hasRightLink;
  return { hasLink, hasLeftLink, hasRightLink };
}
function shouldWrapBodyWithLink({ links }) {
  const { hasLeftLink, hasRightLink } = hasLinks({ links });
  return hasLeftLink && !hasRightLink;
}
function getLogoElement({ logo, horizPadding, badgeHeight, logoWidth }) {
  const logoHeight = 14;
  if (!logo) return "";
  return new XmlElement({
    name: "image",
    attrs: {
      x: horizPadding,
      y: 0.5 * (badgeHeight - logoHeight),
      width: logoWidth,
      height: logoHeight,
      href: logo
    }
  });
}
function renderBadge({ links, leftWidth, rightWidth, height, accessibleText }, content) {
  const width = leftWidth + rightWidth;
  const leftLink = links[0];
  const { hasLink } = hasLinks({ links });
  const title = hasLink ? "" : new XmlElement({ name: "title", content: [accessibleText] });
  const body = shouldWrapBodyWithLink({ links }) ? new XmlElement({
    name: "a",
    content,
    attrs: { target: "_blank", href: leftLink }
  }) : new ElementList({ content });
  const svgAttrs = {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height
  };
  if (!hasLink) {
    svgAttrs.role = "img";
    svgAttrs["aria-label"] = accessibleText;
  }
  const svg = new XmlElement({
    name: "svg",
    content: [title, body],
    attrs: svgAttrs
  });
  return svg.render();
}
function social({
  label,
  message,
  links = [],
  logo,
  logoWidth,
  logoPadding,
  color = "#4b0",
  labelColor = "#555",
  idSuffix = ""
}) {
  label = capitalize(label);
  const externalHeight = 20;
  const internalHeight = 19;
  const labelHorizPadding = 5;
  const messageHorizPadding = 4;
  const horizGutter = 6;
  const totalLogoWidth = logoWidth + logoPadding;
  const hasMessage = message.length;
  const font = "bold 11px Helvetica";
  const labelTextWidth = preferredWidthOf(label, { font });
  const messageTextWidth = preferredWidthOf(message, { font });
  const labelRectWidth = labelTextWidth + totalLogoWidth + 2 * labelHorizPadding;
  const messageRectWidth = messageTextWidth + 2 * messageHorizPadding;
  const [leftLink, rightLink] = links;
  const { hasLeftLink, hasRightLink, hasLink } = hasLinks({ links });
  const accessibleText = createAccessibleText({ label, message });
  function getMessageBubble() {
    if (!hasMessage) return "";
    const messageBubbleMainX = labelRectWidth + horizGutter + 0.5;
    const messageBubbleNotchX = labelRectWidth + horizGutter;
    const content = [
      new XmlElement({
        name: "rect",
        attrs: {
          x: messageBubbleMainX,
          y: ".5",
          width: messageRectWidth,
          height: internalHeight,
          rx: 2,
          fill: "#fafafa"
        }
      }),
      new XmlElement({
        name: "rect",
        attrs: {
          x: messageBubbleNotchX,
          y: 7.5,
          width: ".5",
          height: 5,
          stroke: "#fafafa"
        }
      }),
      new XmlElement({
        name: "path",
        attrs: {
          d: `M${messageBubbleMainX} 6.5 l-3 3v1 l3 3`,
          fill: "#fafafa"
        }
      })
    ];
    return new ElementList({ content });
  }
  function getLabelText() {
    const labelTextX = FONT_SCALE_UP_FACTOR * (totalLogoWidth + labelTextWidth / 2 + labelHorizPadding);
    const labelTextLength = FONT_SCALE_UP_FACTOR * labelTextWidth;
    const shouldWrapWithLink = hasLeftLink && !shouldWrapBodyWithLink({ links });
    const rect = new XmlElement({
      name: "rect",
      attrs: {
        id: `llink${idSuffix}`,
        stroke: "#d5d5d5",
        fill: `url(#a${idSuffix})`,
        x: ".5",
        y: ".5",
        width: labelRectWidth,
        height: internalHeight,
        rx: 2
      }
    });
    const shadow = new XmlElement({
      name: "text",
      content: [label],
      attrs: {
        "aria-hidden": "true",
        x: labelTextX,
        y: 150,
        fill: "#fff",
        transform: FONT_SCALE_DOWN_VALUE,
        textLength: labelTextLength
      }
    });
    const text = new XmlElement({
      name: "text",
      content: [label],
      attrs: {
        x: labelTextX,
        y: 140,
        transform: FONT_SCALE_DOWN_VALUE,
        textLength: labelTextLength
      }
    });
    return shouldWrapWithLink ? new XmlElement({
      name: "a",
      content: [shadow, text, rect],
      attrs: { target: "_blank", href: leftLink }
    }) : new ElementList({ content: [rect, shadow, text] });
  }
  function getMessageText() {
    if (!hasMessage) return "";
    const messageTextX = FONT_SCALE_UP_FACTOR * (labelRectWidth + horizGutter + messageRectWidth / 2);
    const messageTextLength = FONT_SCALE_UP_FACTOR * messageTextWidth;
    const rect = new XmlElement({
      name: "rect",
      attrs: {
        width: messageRectWidth + 1,
        x: labelRectWidth + horizGutter,
        height: internalHeight + 1,
        fill: "rgba(0,0,0,0)"
      }
    });
    const shadow = new XmlElement({
      name: "text",
      content: [message],
      attrs: {
        "aria-hidden": "true",
        x: messageTextX,
        y: 150,
        fill: "#fff",
        transform: FONT_SCALE_DOWN_VALUE,
        textLength: messageTextLength
      }
    });
    const text = new XmlElement({
      name: "text",
      content: [message],
      attrs: {
        id: `rlink${idSuffix}`,
        x: messageTextX,
        y: 140,
        transform: FONT_SCALE_DOWN_VALUE,
        textLength: messageTextLength
      }
    });
    return hasRightLink ? new XmlElement({
      name: "a",
      content: [rect, shadow, text],
      attrs: { target: "_blank", href: rightLink }
    }) : new ElementList({ content: [shadow, text] });
  }
  const style = new XmlElement({
    name: "style",
    content: [
      `a:hover #llink${idSuffix}{fill:url(#b${idSuffix});stroke:#ccc}a:hover #rlink${idSuffix}{fill:#4183c4}`
    ]
  });
  const gradients = new ElementList({
    content: [
      new XmlElement({
        name: "linearGradient",
        content: [
          new XmlElement({
            name: "stop",
            attrs: {
              offset: 0,
              "stop-color": "#fcfcfc",
              "stop-opacity": 0
            }
          }),
          new XmlElement({
            name: "stop",
            attrs: { offset: 1, "stop-opacity": ".1" }
          })
        ],
        attrs: { id: `a${idSuffix}`, x2: 0, y2: "100%" }
      }),
      new XmlElement({
        name: "linearGradient",
        content: [
          new XmlElement({
            name: "stop",
            attrs: { offset: 0, "stop-color": "#ccc", "stop-opacity": ".1" }
          }),
          new XmlElement({
            name: "stop",
            attrs: { offset: 1, "stop-opacity": ".1" }
          })
        ],
        attrs: { id: `b${idSuffix}`, x2: 0, y2: "100%" }
      })
    ]
  });
  const labelRect = new XmlElement({
    name: "rect",
    attrs: {
      stroke: "none",
      fill: "#fcfcfc",
      x: ".5",
      y: ".5",
      width: labelRectWidth,
      height: internalHeight,
      rx: 2
    }
  });
  const messageBubble = getMessageBubble();
  const labelText = getLabelText();
  const messageText = getMessageText();
  const backgroundGroup = new XmlElement({
    name: "g",
    content: [labelRect, messageBubble],
    attrs: { stroke: "#d5d5d5" }
  });
  const foregroundGroup = new XmlElement({
    name: "g",
    content: [labelText, messageText],
    attrs: {
      "aria-hidden": `${!hasLink}`,
      fill: "#333",
      "text-anchor": "middle",
      "font-family": SOCIAL_FONT_FAMILY,
      "text-rendering": "geometricPrecision",
      "font-weight": 700,
      "font-size": "110px",
      "line-height": "14px"
    }
  });
  const logoElement = getLogoElement({
    logo,
    horizPadding: labelHorizPadding,
    badgeHeight: externalHeight,
    logoWidth
  });
  return renderBadge(
    {
      links,
      leftWidth: labelRectWidth + 1,
      rightWidth: hasMessage ? horizGutter + messageRectWidth : 0,
      accessibleText,
      height: externalHeight
    },
    [style, gradients, backgroundGroup, logoElement, foregroundGroup]
  );
}
function forTheBadge({
  label,
  message,
  links,
  logo,
  logoWidth,
  color = "#4b0",
  labelColor
}) {
  const FONT_SIZE = 10;
  const BADGE_HEIGHT = 28;
  const TEXT_MARGIN = 12;
  const LOGO_MARGIN = 9;
  const LOGO_TEXT_GUTTER = 6;
  const LETTER_SPACING = 1.25;
  label = label.toUpperCase();
  message = message.toUpperCase();
  const [leftLink, rightLink] = links;
  const { hasLeftLink, hasRightLink } = hasLinks({ links });
  const outLabelColor = labelColor || "#555";
  const labelTextWidth = label.length ? ((0, import_anafanafo.default)(label, { font: `${FONT_SIZE}px Verdana` }) | 0) + LETTER_SPACING * label.length : 0;
  const messageTextWidth = message.length ? ((0, import_anafanafo.default)(message, { font: `bold ${FONT_SIZE}px Verdana` }) | 0) + LETTER_SPACING * message.length : 0;
  const hasLabel = Boolean(label.length);
  const noText = !hasLabel && !message;
  const needsLabelRect = hasLabel || logo && labelColor;
  const gutter = noText ? LOGO_TEXT_GUTTER - LOGO_MARGIN : LOGO_TEXT_GUTTER;
  let logoMinX, labelTextMinX;
  if (logo) {
    logoMinX = LOGO_MARGIN;
    labelTextMinX = logoMinX + logoWidth + gutter;
  } else {
    labelTextMinX = TEXT_MARGIN;
  }
  let labelRectWidth, messageTextMinX, messageRectWidth;
  if (needsLabelRect) {
    if (hasLabel) {
      labelRectWidth = labelTextMinX + labelTextWidth + TEXT_MARGIN;
    } else {
      labelRectWidth = 2 * LOGO_MARGIN + logoWidth;
    }
    messageTextMinX = labelRectWidth + TEXT_MARGIN;
    messageRectWidth = 2 * TEXT_MARGIN + messageTextWidth;
  } else {
    if (logo) {
      messageTextMinX = TEXT_MARGIN + logoWidth + gutter;
      messageRectWidth = 2 * TEXT_MARGIN + logoWidth + gutter + messageTextWidth;
    } else {
      messageTextMinX = TEXT_MARGIN;
      messageRectWidth = 2 * TEXT_MARGIN + messageTextWidth;
    }
  }
  const logoElement = getLogoElement({
    logo,
    horizPadding: logoMinX,
    badgeHeight: BADGE_HEIGHT,
    logoWidth
  });
  function getLabelElement() {
    const { textColor } = colorsForBackground(outLabelColor);
    const midX = labelTextMinX + 0.5 * labelTextWidth;
    const text = new XmlElement({
      name: "text",
      content: [label],
      attrs: withTextFill(
        {
          transform: FONT_SCALE_DOWN_VALUE,
          x: FONT_SCALE_UP_FACTOR * midX,
          y: 175,
          textLength: FONT_SCALE_UP_FACTOR * labelTextWidth
        },
        textColor
      )
    });
    if (hasLeftLink && !shouldWrapBodyWithLink({ links })) {
      const rect = new XmlElement({
        name: "rect",
        attrs: {
          width: labelRectWidth,
          height: BADGE_HEIGHT,
          fill: "rgba(0,0,0,0)"
        }
      });
      return new XmlElement({
        name: "a",
        content: [rect, text],
        attrs: {
          target: "_blank",
          href: leftLink
        }
      });
    } else {
      return text;
    }
  }
  function getMessageElement() {
    const { textColor } = colorsForBackground(color);
    const midX = messageTextMinX + 0.5 * messageTextWidth;
    const text = new XmlElement({
      name: "text",
      content: [message],
      attrs: withTextFill(
        {
          transform: FONT_SCALE_DOWN_VALUE,
          x: FONT_SCALE_UP_FACTOR * midX,
          y: 175,
          textLength: FONT_SCALE_UP_FACTOR * messageTextWidth,
          "font-weight": "bold"
        },
        textColor
      )
    });
    if (hasRightLink) {
      const rect = new XmlElement({
        name: "rect",
        attrs: {
          width: messageRectWidth,
          height: BADGE_HEIGHT,
          x: labelRectWidth || 0,
          fill: "rgba(0,0,0,0)"
        }
      });
      return new XmlElement({
        name: "a",
        content: [rect, text],
        attrs: {
          target: "_blank",
          href: rightLink
        }
      });
    } else {
      return text;
    }
  }
  let backgroundContent;
  if (needsLabelRect) {
    backgroundContent = [
      new XmlElement({
        name: "rect",
        attrs: {
          width: labelRectWidth,
          height: BADGE_HEIGHT,
          fill: outLabelColor
        }
      }),
      new XmlElement({
        name: "rect",
        attrs: {
          x: labelRectWidth,
          width: messageRectWidth,
          height: BADGE_HEIGHT,
          fill: color
        }
      })
    ];
  } else {
    backgroundContent = [
      new XmlElement({
        name: "rect",
        attrs: {
          width: messageRectWidth,
          height: BADGE_HEIGHT,
          fill: color
        }
      })
    ];
  }
  const backgroundGroup = new XmlElement({
    name: "g",
    content: backgroundContent,
    attrs: {
      "shape-rendering": "crispEdges"
    }
  });
  const foregroundGroup = new XmlElement({
    name: "g",
    content: [
      logoElement,
      hasLabel ? getLabelElement() : "",
      getMessageElement()
    ],
    attrs: {
      fill: DEFAULT_TEXT_FILL,
      "text-anchor": "middle",
      "font-family": FONT_FAMILY,
      "text-rendering": "geometricPrecision",
      "font-size": FONT_SCALE_UP_FACTOR * FONT_SIZE
    }
  });
  return renderBadge(
    {
      links,
      leftWidth: labelRectWidth || 0,
      rightWidth: messageRectWidth,
      accessibleText: createAccessibleText({ label, message }),
      height: BADGE_HEIGHT
    },
    [backgroundGroup, foregroundGroup]
  );
}
var import_anafanafo, FONT_SCALE_UP_FACTOR, FONT_SCALE_DOWN_VALUE, FONT_FAMILY, WIDTH_FONT, SOCIAL_FONT_FAMILY, DEFAULT_TEXT_FILL, Badge, Plastic, Flat, FlatSquare, badge_renderers_default;
var init_badge_renderers = __esm({
  "node_modules/badge-maker/lib/badge-renderers.js"() {
    import_anafanafo = __toESM(require_anafanafo(), 1);
    init_color();
    init_xml();
    FONT_SCALE_UP_FACTOR = 10;
    FONT_SCALE_DOWN_VALUE = "scale(.1)";
    FONT_FAMILY = "Verdana,Geneva,DejaVu Sans,sans-serif";
    WIDTH_FONT = "11px Verdana";
    SOCIAL_FONT_FAMILY = "Helvetica Neue,Helvetica,Arial,sans-serif";
    DEFAULT_TEXT_FILL = "#fff";
    Badge = class {
      static get height() {
        throw new Error("Not implemented");
      }
      static get verticalMargin() {
        throw new Error("Not implemented");
      }
      static get shadow() {
        throw new Error("Not implemented");
      }
      constructor({
        label,
        message,
        links,
        logo,
        logoWidth,
        logoPadding,
        color = "#4b0",
        labelColor,
        idSuffix = ""
      }) {
        const horizPadding = 5;
        const hasLogo = !!logo;
        const totalLogoWidth = logoWidth + logoPadding;
        const accessibleText = createAccessibleText({ label, message });
        const hasLabel = label.length || labelColor;
        if (labelColor == null) {
          labelColor = "#555";
        }
        labelColor = hasLabel || hasLogo ? labelColor : color;
        const labelMargin = totalLogoWidth + 1;
        const labelWidth = label.length ? preferredWidthOf(label, { font: WIDTH_FONT }) : 0;
        const leftWidth = hasLabel ? labelWidth + 2 * horizPadding + totalLogoWidth : 0;
        const messageWidth = preferredWidthOf(message, { font: WIDTH_FONT });
        let messageMargin = leftWidth - (message.length ? 1 : 0);
        if (!hasLabel) {
          if (hasLogo) {
            messageMargin = messageMargin + totalLogoWidth + horizPadding;
          } else {
            messageMargin = messageMargin + 1;
          }
        }
        let rightWidth = messageWidth + 2 * horizPadding;
        if (hasLogo && !hasLabel) {
          rightWidth += totalLogoWidth + (message.length ? horizPadding - 1 : 0);
        }
        const width = leftWidth + rightWidth;
        this.horizPadding = horizPadding;
        this.labelMargin = labelMargin;
        this.messageMargin = messageMargin;
        this.links = links;
        this.labelWidth = labelWidth;
        this.messageWidth = messageWidth;
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
        this.width = width;
        this.labelColor = labelColor;
        this.color = color;
        this.label = label;
        this.message = message;
        this.accessibleText = accessibleText;
        this.idSuffix = idSuffix;
        this.logoElement = getLogoElement({
          logo,
          horizPadding,
          badgeHeight: this.constructor.height,
          logoWidth
        });
        this.foregroundGroupElement = this.getForegroundGroupElement();
      }
      static render(params) {
        return new this(params).render();
      }
      getTextElement({ leftMargin, content, link, color, textWidth, linkWidth }) {
        if (!content.length) return "";
        const { textColor, shadowColor } = colorsForBackground(color);
        const x = FONT_SCALE_UP_FACTOR * (leftMargin + 0.5 * textWidth + this.horizPadding);
        const y = 140 + this.constructor.verticalMargin;
        const textLength = FONT_SCALE_UP_FACTOR * textWidth;
        let element;
        if (this.constructor.shadow) {
          const text = new XmlElement({
            name: "text",
            content: [content],
            attrs: withTextFill({ x, y, textLength }, textColor)
          });
          const shadowY = y + 10;
          const shadowText = new XmlElement({
            name: "text",
            content: [content],
            attrs: { x, y: shadowY, "fill-opacity": ".3", textLength }
          });
          const shadowBlur = new XmlElement({
            name: "text",
            content: [content],
            attrs: {
              x,
              y: shadowY,
              "fill-opacity": ".8",
              filter: "url(#blur)",
              textLength
            }
          });
          const shadowGroup = new XmlElement({
            name: "g",
            content: [shadowBlur, shadowText],
            attrs: { "aria-hidden": "true", fill: shadowColor }
          });
          element = new XmlElement({
            name: "g",
            content: [shadowGroup, text],
            attrs: { transform: FONT_SCALE_DOWN_VALUE }
          });
        } else {
          element = new XmlElement({
            name: "text",
            content: [content],
            attrs: withTextFill(
              { x, y, textLength, transform: FONT_SCALE_DOWN_VALUE },
              textColor
            )
          });
        }
        if (!link) {
          return element;
        }
        const rect = new XmlElement({
          name: "rect",
          attrs: {
            width: linkWidth,
            x: leftMargin > 1 ? leftMargin + 1 : 0,
            height: this.constructor.height,
            fill: "rgba(0,0,0,0)"
          }
        });
        return new XmlElement({
          name: "a",
          content: [rect, element],
          attrs: { target: "_blank", href: link }
        });
      }
      getLabelElement() {
        const leftLink = this.links[0];
        return this.getTextElement({
          leftMargin: this.labelMargin,
          content: this.label,
          link: !shouldWrapBodyWithLink({ links: this.links }) ? leftLink : void 0,
          color: this.labelColor,
          textWidth: this.labelWidth,
          linkWidth: this.leftWidth
        });
      }
      getMessageElement() {
        const rightLink = this.links[1];
        return this.getTextElement({
          leftMargin: this.messageMargin,
          content: this.message,
          link: rightLink,
          color: this.color,
          textWidth: this.messageWidth,
          linkWidth: this.rightWidth
        });
      }
      getClipPathElement(rx) {
        return new XmlElement({
          name: "clipPath",
          content: [
            new XmlElement({
              name: "rect",
              attrs: {
                width: this.width,
                height: this.constructor.height,
                rx
              }
            })
          ],
          attrs: { id: `r${this.idSuffix}` }
        });
      }
      getBackgroundGroupElement({ withGradient, attrs }) {
        const leftRect = new XmlElement({
          name: "rect",
          attrs: {
            width: this.leftWidth,
            height: this.constructor.height,
            fill: this.labelColor
          }
        });
        const rightRect = new XmlElement({
          name: "rect",
          attrs: {
            x: this.leftWidth,
            width: this.rightWidth,
            height: this.constructor.height,
            fill: this.color
          }
        });
        const gradient = new XmlElement({
          name: "rect",
          attrs: {
            width: this.width,
            height: this.constructor.height,
            fill: `url(#s${this.idSuffix})`
          }
        });
        const content = withGradient ? [leftRect, rightRect, gradient] : [leftRect, rightRect];
        return new XmlElement({ name: "g", content, attrs });
      }
      getForegroundGroupElement() {
        return new XmlElement({
          name: "g",
          content: [
            this.logoElement,
            this.getLabelElement(),
            this.getMessageElement()
          ],
          attrs: {
            fill: DEFAULT_TEXT_FILL,
            "text-anchor": "middle",
            "font-family": FONT_FAMILY,
            "text-rendering": "geometricPrecision",
            "font-size": 110
          }
        });
      }
      getBlurElement() {
        return new XmlElement({
          name: "filter",
          content: [
            new XmlElement({
              name: "feGaussianBlur",
              attrs: { stdDeviation: "16" }
            })
          ],
          attrs: { id: "blur" }
        });
      }
      render() {
        throw new Error("Not implemented");
      }
    };
    Plastic = class extends Badge {
      static get height() {
        return 18;
      }
      static get verticalMargin() {
        return -10;
      }
      static get shadow() {
        return true;
      }
      render() {
        const gradient = new XmlElement({
          name: "linearGradient",
          content: [
            new XmlElement({
              name: "stop",
              attrs: { offset: 0, "stop-color": "#fff", "stop-opacity": ".7" }
            }),
            new XmlElement({
              name: "stop",
              attrs: { offset: ".1", "stop-color": "#aaa", "stop-opacity": ".1" }
            }),
            new XmlElement({
              name: "stop",
              attrs: { offset: ".9", "stop-color": "#000", "stop-opacity": ".3" }
            }),
            new XmlElement({
              name: "stop",
              attrs: { offset: 1, "stop-color": "#000", "stop-opacity": ".5" }
            })
          ],
          attrs: { id: `s${this.idSuffix}`, x2: 0, y2: "100%" }
        });
        const blur = this.getBlurElement();
        const clipPath = this.getClipPathElement(4);
        const backgroundGroup = this.getBackgroundGroupElement({
          withGradient: true,
          attrs: { "clip-path": `url(#r${this.idSuffix})` }
        });
        return renderBadge(
          {
            links: this.links,
            leftWidth: this.leftWidth,
            rightWidth: this.rightWidth,
            accessibleText: this.accessibleText,
            height: this.constructor.height
          },
          [blur, gradient, clipPath, backgroundGroup, this.foregroundGroupElement]
        );
      }
    };
    Flat = class extends Badge {
      static get height() {
        return 20;
      }
      static get verticalMargin() {
        return 0;
      }
      static get shadow() {
        return true;
      }
      render() {
        const blur = this.getBlurElement();
        const gradient = new XmlElement({
          name: "linearGradient",
          content: [
            new XmlElement({
              name: "stop",
              attrs: { offset: 0, "stop-color": "#bbb", "stop-opacity": ".1" }
            }),
            new XmlElement({
              name: "stop",
              attrs: { offset: 1, "stop-opacity": ".1" }
            })
          ],
          attrs: { id: `s${this.idSuffix}`, x2: 0, y2: "100%" }
        });
        const clipPath = this.getClipPathElement(3);
        const backgroundGroup = this.getBackgroundGroupElement({
          withGradient: true,
          attrs: { "clip-path": `url(#r${this.idSuffix})` }
        });
        return renderBadge(
          {
            links: this.links,
            leftWidth: this.leftWidth,
            rightWidth: this.rightWidth,
            accessibleText: this.accessibleText,
            height: this.constructor.height
          },
          [blur, gradient, clipPath, backgroundGroup, this.foregroundGroupElement]
        );
      }
    };
    FlatSquare = class extends Badge {
      static get height() {
        return 20;
      }
      static get verticalMargin() {
        return 0;
      }
      static get shadow() {
        return false;
      }
      render() {
        const backgroundGroup = this.getBackgroundGroupElement({
          withGradient: false,
          attrs: { "shape-rendering": "crispEdges" }
        });
        return renderBadge(
          {
            links: this.links,
            leftWidth: this.leftWidth,
            rightWidth: this.rightWidth,
            accessibleText: this.accessibleText,
            height: this.constructor.height
          },
          [backgroundGroup, this.foregroundGroupElement]
        );
      }
    };
    badge_renderers_default = {
      plastic: (params) => Plastic.render(params),
      flat: (params) => Flat.render(params),
      "flat-square": (params) => FlatSquare.render(params),
      social,
      "for-the-badge": forTheBadge
    };
  }
});

// node_modules/badge-maker/lib/constants.js
var DEFAULT_LOGO_HEIGHT;
var init_constants = __esm({
  "node_modules/badge-maker/lib/constants.js"() {
    DEFAULT_LOGO_HEIGHT = 14;
  }
});

// node_modules/badge-maker/lib/make-badge.js
function makeBadge({
  format,
  style = "flat",
  label,
  message,
  color,
  labelColor,
  logo,
  logoSize,
  logoWidth,
  links = ["", ""],
  idSuffix
}) {
  label = `${label}`.trim();
  message = `${message}`.trim();
  if (format === "json") {
    return JSON.stringify({
      label,
      message,
      logoWidth,
      // Only call normalizeColor for the JSON case: this is handled
      // internally by toSvgColor in the SVG case.
      color: normalizeColor(color),
      labelColor: normalizeColor(labelColor),
      link: links,
      name: label,
      value: message,
      idSuffix
    });
  }
  const render = badge_renderers_default[style];
  if (!render) {
    throw new Error(`Unknown badge style: '${style}'`);
  }
  logoWidth = +logoWidth || (logo ? DEFAULT_LOGO_HEIGHT : 0);
  return stripXmlWhitespace(
    render({
      label,
      message,
      links,
      logo,
      logoWidth,
      logoSize,
      logoPadding: logo && label.length ? 3 : 0,
      color: toSvgColor(color),
      labelColor: toSvgColor(labelColor),
      idSuffix
    })
  );
}
var init_make_badge = __esm({
  "node_modules/badge-maker/lib/make-badge.js"() {
    init_color();
    init_badge_renderers();
    init_xml();
    init_constants();
  }
});

// node_modules/badge-maker/lib/index.js
var lib_exports = {};
__export(lib_exports, {
  ValidationError: () => ValidationError,
  makeBadge: () => makeBadge2
});
function _validate(format) {
  if (format !== Object(format)) {
    throw new ValidationError("makeBadge takes an argument of type object");
  }
  if (!("message" in format)) {
    throw new ValidationError("Field `message` is required");
  }
  const stringFields = ["labelColor", "color", "message", "label", "logoBase64"];
  stringFields.forEach(function(field) {
    if (field in format && typeof format[field] !== "string") {
      throw new ValidationError(`Field \`${field}\` must be of type string`);
    }
  });
  if ("links" in format) {
    if (!Array.isArray(format.links)) {
      throw new ValidationError("Field `links` must be an array of strings");
    } else {
      if (format.links.length > 2) {
        throw new ValidationError(
          "Field `links` must not have more than 2 elements"
        );
      }
      format.links.forEach(function(field) {
        if (typeof field !== "string") {
          throw new ValidationError("Field `links` must be an array of strings");
        }
      });
    }
  }
  const styleValues = [
    "plastic",
    "flat",
    "flat-square",
    "for-the-badge",
    "social"
  ];
  if ("style" in format && !styleValues.includes(format.style)) {
    throw new ValidationError(
      `Field \`style\` must be one of (${styleValues.toString()})`
    );
  }
  if ("idSuffix" in format && !/^[a-zA-Z0-9\-_]*$/.test(format.idSuffix)) {
    throw new ValidationError(
      "Field `idSuffix` must contain only numbers, letters, -, and _"
    );
  }
}
function _clean(format) {
  const expectedKeys = [
    "label",
    "message",
    "labelColor",
    "color",
    "style",
    "logoBase64",
    "links",
    "idSuffix"
  ];
  const cleaned = {};
  Object.keys(format).forEach((key) => {
    if (format[key] != null && key === "logoBase64") {
      cleaned.logo = format[key];
    } else if (format[key] != null && expectedKeys.includes(key)) {
      cleaned[key] = format[key];
    } else {
      throw new ValidationError(
        `Unexpected field '${key}'. Allowed values are (${expectedKeys.toString()})`
      );
    }
  });
  cleaned.label = cleaned.label || "";
  return cleaned;
}
function makeBadge2(format) {
  _validate(format);
  const cleanedFormat = _clean(format);
  return makeBadge(cleanedFormat);
}
var ValidationError;
var init_lib = __esm({
  "node_modules/badge-maker/lib/index.js"() {
    init_make_badge();
    ValidationError = class extends Error {
    };
  }
});

// vendor/badge-maker.cjs
module.exports = (init_lib(), __toCommonJS(lib_exports));
