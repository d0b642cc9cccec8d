var __require0=require;require=function(m){return m==='child_process'||m==='node:child_process'?__require0('./no-child-process.cjs'):__require0(m)};
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
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

// node_modules/number-to-words/src/isFinite.js
var require_isFinite = __commonJS({
  "node_modules/number-to-words/src/isFinite.js"(exports2, module2) {
    "use strict";
    function isFinite(value) {
      return !(typeof value !== "number" || value !== value || value === Infinity || value === -Infinity);
    }
    module2.exports = isFinite;
  }
});

// node_modules/number-to-words/src/maxSafeInteger.js
var require_maxSafeInteger = __commonJS({
  "node_modules/number-to-words/src/maxSafeInteger.js"(exports2, module2) {
    "use strict";
    var MAX_SAFE_INTEGER = 9007199254740991;
    module2.exports = MAX_SAFE_INTEGER;
  }
});

// node_modules/number-to-words/src/isSafeNumber.js
var require_isSafeNumber = __commonJS({
  "node_modules/number-to-words/src/isSafeNumber.js"(exports2, module2) {
    "use strict";
    var MAX_SAFE_INTEGER = require_maxSafeInteger();
    function isSafeNumber(value) {
      return typeof value === "number" && Math.abs(value) <= MAX_SAFE_INTEGER;
    }
    module2.exports = isSafeNumber;
  }
});

// node_modules/number-to-words/src/toOrdinal.js
var require_toOrdinal = __commonJS({
  "node_modules/number-to-words/src/toOrdinal.js"(exports2, module2) {
    "use strict";
    var isFinite = require_isFinite();
    var isSafeNumber = require_isSafeNumber();
    function toOrdinal(number) {
      var num = parseInt(number, 10);
      if (!isFinite(num)) {
        throw new TypeError(
          "Not a finite number: " + number + " (" + typeof number + ")"
        );
      }
      if (!isSafeNumber(num)) {
        throw new RangeError(
          "Input is not a safe number, it\u2019s either too large or too small."
        );
      }
      var str = String(num);
      var lastTwoDigits = Math.abs(num % 100);
      var betweenElevenAndThirteen = lastTwoDigits >= 11 && lastTwoDigits <= 13;
      var lastChar = str.charAt(str.length - 1);
      return str + (betweenElevenAndThirteen ? "th" : lastChar === "1" ? "st" : lastChar === "2" ? "nd" : lastChar === "3" ? "rd" : "th");
    }
    module2.exports = toOrdinal;
  }
});

// node_modules/number-to-words/src/makeOrdinal.js
var require_makeOrdinal = __commonJS({
  "node_modules/number-to-words/src/makeOrdinal.js"(exports2, module2) {
    "use strict";
    var ENDS_WITH_DOUBLE_ZERO_PATTERN = /(hundred|thousand|(m|b|tr|quadr)illion)$/;
    var ENDS_WITH_TEEN_PATTERN = /teen$/;
    var ENDS_WITH_Y_PATTERN = /y$/;
    var ENDS_WITH_ZERO_THROUGH_TWELVE_PATTERN = /(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
    var ordinalLessThanThirteen = {
      zero: "zeroth",
      one: "first",
      two: "second",
      three: "third",
      four: "fourth",
      five: "fifth",
      six: "sixth",
      seven: "seventh",
      eight: "eighth",
      nine: "ninth",
      ten: "tenth",
      eleven: "eleventh",
      twelve: "twelfth"
    };
    function makeOrdinal(words) {
      if (ENDS_WITH_DOUBLE_ZERO_PATTERN.test(words) || ENDS_WITH_TEEN_PATTERN.test(words)) {
        return words + "th";
      } else if (ENDS_WITH_Y_PATTERN.test(words)) {
        return words.replace(ENDS_WITH_Y_PATTERN, "ieth");
      } else if (ENDS_WITH_ZERO_THROUGH_TWELVE_PATTERN.test(words)) {
        return words.replace(ENDS_WITH_ZERO_THROUGH_TWELVE_PATTERN, replaceWithOrdinalVariant);
      }
      return words;
    }
    function replaceWithOrdinalVariant(match, numberWord) {
      return ordinalLessThanThirteen[numberWord];
    }
    module2.exports = makeOrdinal;
  }
});

// node_modules/number-to-words/src/toWords.js
var require_toWords = __commonJS({
  "node_modules/number-to-words/src/toWords.js"(exports2, module2) {
    "use strict";
    var makeOrdinal = require_makeOrdinal();
    var isFinite = require_isFinite();
    var isSafeNumber = require_isSafeNumber();
    var TEN = 10;
    var ONE_HUNDRED = 100;
    var ONE_THOUSAND = 1e3;
    var ONE_MILLION = 1e6;
    var ONE_BILLION = 1e9;
    var ONE_TRILLION = 1e12;
    var ONE_QUADRILLION = 1e15;
    var MAX = 9007199254740992;
    var LESS_THAN_TWENTY = [
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    ];
    var TENTHS_LESS_THAN_HUNDRED = [
      "zero",
      "ten",
      "twenty",
      "thirty",
      "forty",
      "fifty",
      "sixty",
      "seventy",
      "eighty",
      "ninety"
    ];
    function toWords2(number, asOrdinal) {
      var words;
      var num = parseInt(number, 10);
      if (!isFinite(num)) {
        throw new TypeError(
          "Not a finite number: " + number + " (" + typeof number + ")"
        );
      }
      if (!isSafeNumber(num)) {
        throw new RangeError(
          "Input is not a safe number, it\u2019s either too large or too small."
        );
      }
      words = generateWords(num);
      return asOrdinal ? makeOrdinal(words) : words;
    }
    function generateWords(number) {
      var remainder, word, words = arguments[1];
      if (number === 0) {
        return !words ? "zero" : words.join(" ").replace(/,$/, "");
      }
      if (!words) {
        words = [];
      }
      if (number < 0) {
        words.push("minus");
        number = Math.abs(number);
      }
      if (number < 20) {
        remainder = 0;
        word = LESS_THAN_TWENTY[number];
      } else if (number < ONE_HUNDRED) {
        remainder = number % TEN;
        word = TENTHS_LESS_THAN_HUNDRED[Math.floor(number / TEN)];
        if (remainder) {
          word += "-" + LESS_THAN_TWENTY[remainder];
          remainder = 0;
        }
      } else if (number < ONE_THOUSAND) {
        remainder = number % ONE_HUNDRED;
        word = generateWords(Math.floor(number / ONE_HUNDRED)) + " hundred";
      } else if (number < ONE_MILLION) {
        remainder = number % ONE_THOUSAND;
        word = generateWords(Math.floor(number / ONE_THOUSAND)) + " thousand,";
      } else if (number < ONE_BILLION) {
        remainder = number % ONE_MILLION;
        word = generateWords(Math.floor(number / ONE_MILLION)) + " million,";
      } else if (number < ONE_TRILLION) {
        remainder = number % ONE_BILLION;
        word = generateWords(Math.floor(number / ONE_BILLION)) + " billion,";
      } else if (number < ONE_QUADRILLION) {
        remainder = number % ONE_TRILLION;
        word = generateWords(Math.floor(number / ONE_TRILLION)) + " trillion,";
      } else if (number <= MAX) {
        remainder = number % ONE_QUADRILLION;
        word = generateWords(Math.floor(number / ONE_QUADRILLION)) + " quadrillion,";
      }
      words.push(word);
      return generateWords(remainder, words);
    }
    module2.exports = toWords2;
  }
});

// node_modules/number-to-words/src/toWordsOrdinal.js
var require_toWordsOrdinal = __commonJS({
  "node_modules/number-to-words/src/toWordsOrdinal.js"(exports2, module2) {
    "use strict";
    var makeOrdinal = require_makeOrdinal();
    var toWords2 = require_toWords();
    function toWordsOrdinal(number) {
      var words = toWords2(number);
      return makeOrdinal(words);
    }
    module2.exports = toWordsOrdinal;
  }
});

// node_modules/number-to-words/src/index.js
var require_src = __commonJS({
  "node_modules/number-to-words/src/index.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      toOrdinal: require_toOrdinal(),
      toWords: require_toWords(),
      toWordsOrdinal: require_toWordsOrdinal()
    };
  }
});

// src/verify/verify.ts
var verify_exports = {};
__export(verify_exports, {
  ALTERED_MIN_SIMILARITY: () => ALTERED_MIN_SIMILARITY,
  containingRecord: () => containingRecord,
  forEachPair: () => forEachPair,
  verifyQuote: () => verifyQuote
});
module.exports = __toCommonJS(verify_exports);

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/text/code-points.ts
var surrogate = /[\uD800-\uDFFF]/;
function indexCodePoints(text) {
  if (!surrogate.test(text)) {
    return { length: text.length, toUnit: (cp) => cp, toCodePoint: (unit) => unit };
  }
  const units = [];
  for (let i = 0; i < text.length; i++) {
    units.push(i);
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
  }
  units.push(text.length);
  return {
    length: units.length - 1,
    toUnit: (cp) => units[cp] ?? text.length,
    toCodePoint: (unit) => {
      let lo = 0;
      let hi = units.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (units[mid] <= unit) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
  };
}

// src/text/words.ts
function normalizeWord(word) {
  if (/^[a-z0-9]*$/.test(word)) return word;
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  const folded = word.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase();
  return folded.replace(/['’ʼ]/g, "'");
}
var known = /* @__PURE__ */ new Map();
function normalizeCached(word) {
  let norm = known.get(word);
  if (norm === void 0) {
    if (known.size > 5e5) known.clear();
    norm = normalizeWord(word);
    known.set(word, norm);
  }
  return norm;
}
var letterOrDigitPattern;
var letterOrDigit = { test: (s) => (letterOrDigitPattern ??= /[\p{L}\p{N}\p{M}]/u).test(s) };
var wideCache = /* @__PURE__ */ new Map();
function isWordUnit(code, text, i) {
  if (code < 128) return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57;
  if (code >= 55296 && code <= 56319) return letterOrDigit.test(text.slice(i, i + 2));
  if (code >= 56320 && code <= 57343) return letterOrDigit.test(text.slice(i - 1, i + 1));
  let known2 = wideCache.get(code);
  if (known2 === void 0) wideCache.set(code, known2 = letterOrDigit.test(String.fromCharCode(code)));
  return known2;
}
var isApostrophe = (code) => code === 39 || code === 8217 || code === 700;
var WordScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** The comparable form of the current word. */
  norm = "";
  start = 0;
  end = 0;
  /** The current word is lower-case ASCII letters and digits: its text is its comparable form. */
  plain = true;
  at = 0;
  /** Moves to the next word; false at the end. With `withNorm` false, only the offsets are set. */
  next(withNorm = true) {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n && !isWordUnit(text.charCodeAt(i), text, i)) i++;
    if (i >= n) {
      this.at = n;
      return false;
    }
    const start = i;
    let plain = true;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordUnit(code, text, i)) {
        if (code < 48 || code > 122 || code > 57 && code < 97) plain = false;
        i++;
      } else if (isApostrophe(code) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1), text, i + 1)) {
        plain = false;
        i += 2;
      } else break;
    }
    this.start = start;
    this.end = i;
    this.at = i;
    this.plain = plain;
    if (withNorm) {
      const word = text.slice(start, i);
      this.norm = plain ? word : normalizeCached(word);
    }
    return true;
  }
};
function tokenize(text) {
  const out = [];
  const scanner = new WordScanner(text);
  while (scanner.next()) out.push({ norm: scanner.norm, start: scanner.start, end: scanner.end });
  return out;
}
var rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

// src/data/column.ts
var import_node_fs2 = require("fs");

// src/data/positional.ts
var import_node_fs = require("fs");

// src/data/column.ts
var SPILL_BUFFER = 1 << 18;

// src/verify/corpus.ts
function sourceOf(corpus, pos) {
  let lo = 0;
  let hi = corpus.sourceStarts.length - 2;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (corpus.sourceStarts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// node_modules/american-british-english-translator/data/british_spellings.json
var british_spellings_default = {
  accessorise: "accessorize",
  accessorised: "accessorized",
  accessorises: "accessorizes",
  accessorising: "accessorizing",
  acclimatisation: "acclimatization",
  acclimatise: "acclimatize",
  acclimatised: "acclimatized",
  acclimatises: "acclimatizes",
  acclimatising: "acclimatizing",
  accoutrements: "accouterments",
  aeon: "eon",
  aeons: "eons",
  aerogramme: "aerogram",
  aerogrammes: "aerograms",
  aeroplane: "airplane",
  aeroplanes: "airplanes",
  aesthete: "esthete",
  aesthetes: "esthetes",
  aesthetic: "esthetic",
  aesthetically: "esthetically",
  aesthetics: "esthetics",
  aetiology: "etiology",
  ageing: "aging",
  aggrandisement: "aggrandizement",
  agonise: "agonize",
  agonised: "agonized",
  agonises: "agonizes",
  agonising: "agonizing",
  agonisingly: "agonizingly",
  almanack: "almanac",
  almanacks: "almanacs",
  aluminium: "aluminum",
  amortisable: "amortizable",
  amortisation: "amortization",
  amortisations: "amortizations",
  amortise: "amortize",
  amortised: "amortized",
  amortises: "amortizes",
  amortising: "amortizing",
  amphitheatre: "amphitheater",
  amphitheatres: "amphitheaters",
  anaemia: "anemia",
  anaemic: "anemic",
  anaesthesia: "anesthesia",
  anaesthetic: "anesthetic",
  anaesthetics: "anesthetics",
  anaesthetise: "anesthetize",
  anaesthetised: "anesthetized",
  anaesthetises: "anesthetizes",
  anaesthetising: "anesthetizing",
  anaesthetist: "anesthetist",
  anaesthetists: "anesthetists",
  anaesthetize: "anesthetize",
  anaesthetized: "anesthetized",
  anaesthetizes: "anesthetizes",
  anaesthetizing: "anesthetizing",
  analogue: "analog",
  analogues: "analogs",
  analyse: "analyze",
  analysed: "analyzed",
  analyses: "analyzes",
  analysing: "analyzing",
  anglicise: "anglicize",
  anglicised: "anglicized",
  anglicises: "anglicizes",
  anglicising: "anglicizing",
  annualised: "annualized",
  antagonise: "antagonize",
  antagonised: "antagonized",
  antagonises: "antagonizes",
  antagonising: "antagonizing",
  apologise: "apologize",
  apologised: "apologized",
  apologises: "apologizes",
  apologising: "apologizing",
  appal: "appall",
  appals: "appalls",
  appetiser: "appetizer",
  appetisers: "appetizers",
  appetising: "appetizing",
  appetisingly: "appetizingly",
  arbour: "arbor",
  arbours: "arbors",
  archaeological: "archeological",
  archaeologically: "archeologically",
  archaeologist: "archeologist",
  archaeologists: "archeologists",
  archaeology: "archeology",
  ardour: "ardor",
  armour: "armor",
  armoured: "armored",
  armourer: "armorer",
  armourers: "armorers",
  armouries: "armories",
  armoury: "armory",
  artefact: "artifact",
  artefacts: "artifacts",
  authorise: "authorize",
  authorised: "authorized",
  authorises: "authorizes",
  authorising: "authorizing",
  axe: "ax",
  backpedalled: "backpedaled",
  backpedalling: "backpedaling",
  bannister: "banister",
  bannisters: "banisters",
  baptise: "baptize",
  baptised: "baptized",
  baptises: "baptizes",
  baptising: "baptizing",
  bastardise: "bastardize",
  bastardised: "bastardized",
  bastardises: "bastardizes",
  bastardising: "bastardizing",
  battleaxe: "battleax",
  baulk: "balk",
  baulked: "balked",
  baulking: "balking",
  baulks: "balks",
  bedevilled: "bedeviled",
  bedevilling: "bedeviling",
  behaviour: "behavior",
  behavioural: "behavioral",
  behaviourism: "behaviorism",
  behaviourist: "behaviorist",
  behaviourists: "behaviorists",
  behaviours: "behaviors",
  behove: "behoove",
  behoved: "behooved",
  behoves: "behooves",
  bejewelled: "bejeweled",
  belabour: "belabor",
  belaboured: "belabored",
  belabouring: "belaboring",
  belabours: "belabors",
  bevelled: "beveled",
  bevvies: "bevies",
  bevvy: "bevy",
  biassed: "biased",
  biassing: "biasing",
  bingeing: "binging",
  bougainvillaea: "bougainvillea",
  bougainvillaeas: "bougainvilleas",
  bowdlerise: "bowdlerize",
  bowdlerised: "bowdlerized",
  bowdlerises: "bowdlerizes",
  bowdlerising: "bowdlerizing",
  breathalyse: "breathalyze",
  breathalysed: "breathalyzed",
  breathalyser: "breathalyzer",
  breathalysers: "breathalyzers",
  breathalyses: "breathalyzes",
  breathalysing: "breathalyzing",
  brutalise: "brutalize",
  brutalised: "brutalized",
  brutalises: "brutalizes",
  brutalising: "brutalizing",
  buses: "busses",
  busing: "bussing",
  caesarean: "cesarean",
  caesareans: "cesareans",
  calibre: "caliber",
  calibres: "calibers",
  calliper: "caliper",
  callipers: "calipers",
  callisthenics: "calisthenics",
  canalise: "canalize",
  canalised: "canalized",
  canalises: "canalizes",
  canalising: "canalizing",
  cancellation: "cancelation",
  cancellations: "cancelations",
  cancelled: "canceled",
  cancelling: "canceling",
  candour: "candor",
  cannibalise: "cannibalize",
  cannibalised: "cannibalized",
  cannibalises: "cannibalizes",
  cannibalising: "cannibalizing",
  canonise: "canonize",
  canonised: "canonized",
  canonises: "canonizes",
  canonising: "canonizing",
  capitalise: "capitalize",
  capitalised: "capitalized",
  capitalises: "capitalizes",
  capitalising: "capitalizing",
  caramelise: "caramelize",
  caramelised: "caramelized",
  caramelises: "caramelizes",
  caramelising: "caramelizing",
  carbonise: "carbonize",
  carbonised: "carbonized",
  carbonises: "carbonizes",
  carbonising: "carbonizing",
  carolled: "caroled",
  carolling: "caroling",
  catalogue: "catalog",
  catalogued: "cataloged",
  catalogues: "catalogs",
  cataloguing: "cataloging",
  catalyse: "catalyze",
  catalysed: "catalyzed",
  catalyses: "catalyzes",
  catalysing: "catalyzing",
  categorise: "categorize",
  categorised: "categorized",
  categorises: "categorizes",
  categorising: "categorizing",
  cauterise: "cauterize",
  cauterised: "cauterized",
  cauterises: "cauterizes",
  cauterising: "cauterizing",
  cavilled: "caviled",
  cavilling: "caviling",
  centigramme: "centigram",
  centigrammes: "centigrams",
  centilitre: "centiliter",
  centilitres: "centiliters",
  centimetre: "centimeter",
  centimetres: "centimeters",
  centralise: "centralize",
  centralised: "centralized",
  centralises: "centralizes",
  centralising: "centralizing",
  centre: "center",
  centred: "centered",
  centrefold: "centerfold",
  centrefolds: "centerfolds",
  centrepiece: "centerpiece",
  centrepieces: "centerpieces",
  centres: "centers",
  channelled: "channeled",
  channelling: "channeling",
  characterise: "characterize",
  characterised: "characterized",
  characterises: "characterizes",
  characterising: "characterizing",
  chequebook: "checkbook",
  chequebooks: "checkbooks",
  chequered: "checkered",
  chilli: "chili",
  chimaera: "chimera",
  chimaeras: "chimeras",
  chiselled: "chiseled",
  chiselling: "chiseling",
  circularise: "circularize",
  circularised: "circularized",
  circularises: "circularizes",
  circularising: "circularizing",
  civilise: "civilize",
  civilised: "civilized",
  civilises: "civilizes",
  civilising: "civilizing",
  clamour: "clamor",
  clamoured: "clamored",
  clamouring: "clamoring",
  clamours: "clamors",
  clangour: "clangor",
  clarinettist: "clarinetist",
  clarinettists: "clarinetists",
  collectivise: "collectivize",
  collectivised: "collectivized",
  collectivises: "collectivizes",
  collectivising: "collectivizing",
  colonisation: "colonization",
  colonise: "colonize",
  colonised: "colonized",
  coloniser: "colonizer",
  colonisers: "colonizers",
  colonises: "colonizes",
  colonising: "colonizing",
  colour: "color",
  colourant: "colorant",
  colourants: "colorants",
  coloured: "colored",
  coloureds: "coloreds",
  colourful: "colorful",
  colourfully: "colorfully",
  colouring: "coloring",
  colourize: "colorize",
  colourized: "colorized",
  colourizes: "colorizes",
  colourizing: "colorizing",
  colourless: "colorless",
  colours: "colors",
  commercialise: "commercialize",
  commercialised: "commercialized",
  commercialises: "commercializes",
  commercialising: "commercializing",
  compartmentalise: "compartmentalize",
  compartmentalised: "compartmentalized",
  compartmentalises: "compartmentalizes",
  compartmentalising: "compartmentalizing",
  computerise: "computerize",
  computerised: "computerized",
  computerises: "computerizes",
  computerising: "computerizing",
  conceptualise: "conceptualize",
  conceptualised: "conceptualized",
  conceptualises: "conceptualizes",
  conceptualising: "conceptualizing",
  connexion: "connection",
  connexions: "connections",
  contextualise: "contextualize",
  contextualised: "contextualized",
  contextualises: "contextualizes",
  contextualising: "contextualizing",
  cosier: "cozier",
  cosies: "cozies",
  cosiest: "coziest",
  cosily: "cozily",
  cosiness: "coziness",
  cosy: "cozy",
  councillor: "councilor",
  councillors: "councilors",
  counselled: "counseled",
  counselling: "counseling",
  counsellor: "counselor",
  counsellors: "counselors",
  crenellated: "crenelated",
  criminalise: "criminalize",
  criminalised: "criminalized",
  criminalises: "criminalizes",
  criminalising: "criminalizing",
  criticise: "criticize",
  criticised: "criticized",
  criticises: "criticizes",
  criticising: "criticizing",
  crueller: "crueler",
  cruellest: "cruelest",
  crystallisation: "crystallization",
  crystallise: "crystallize",
  crystallised: "crystallized",
  crystallises: "crystallizes",
  crystallising: "crystallizing",
  cudgelled: "cudgeled",
  cudgelling: "cudgeling",
  customise: "customize",
  customised: "customized",
  customises: "customizes",
  customising: "customizing",
  decentralisation: "decentralization",
  decentralise: "decentralize",
  decentralised: "decentralized",
  decentralises: "decentralizes",
  decentralising: "decentralizing",
  decriminalisation: "decriminalization",
  decriminalise: "decriminalize",
  decriminalised: "decriminalized",
  decriminalises: "decriminalizes",
  decriminalising: "decriminalizing",
  defence: "defense",
  defenceless: "defenseless",
  defences: "defenses",
  dehumanisation: "dehumanization",
  dehumanise: "dehumanize",
  dehumanised: "dehumanized",
  dehumanises: "dehumanizes",
  dehumanising: "dehumanizing",
  demeanour: "demeanor",
  demilitarisation: "demilitarization",
  demilitarise: "demilitarize",
  demilitarised: "demilitarized",
  demilitarises: "demilitarizes",
  demilitarising: "demilitarizing",
  demobilisation: "demobilization",
  demobilise: "demobilize",
  demobilised: "demobilized",
  demobilises: "demobilizes",
  demobilising: "demobilizing",
  democratisation: "democratization",
  democratise: "democratize",
  democratised: "democratized",
  democratises: "democratizes",
  democratising: "democratizing",
  demonise: "demonize",
  demonised: "demonized",
  demonises: "demonizes",
  demonising: "demonizing",
  demoralisation: "demoralization",
  demoralise: "demoralize",
  demoralised: "demoralized",
  demoralises: "demoralizes",
  demoralising: "demoralizing",
  denationalisation: "denationalization",
  denationalise: "denationalize",
  denationalised: "denationalized",
  denationalises: "denationalizes",
  denationalising: "denationalizing",
  deodorise: "deodorize",
  deodorised: "deodorized",
  deodorises: "deodorizes",
  deodorising: "deodorizing",
  depersonalise: "depersonalize",
  depersonalised: "depersonalized",
  depersonalises: "depersonalizes",
  depersonalising: "depersonalizing",
  deputise: "deputize",
  deputised: "deputized",
  deputises: "deputizes",
  deputising: "deputizing",
  desensitisation: "desensitization",
  desensitise: "desensitize",
  desensitised: "desensitized",
  desensitises: "desensitizes",
  desensitising: "desensitizing",
  destabilisation: "destabilization",
  destabilise: "destabilize",
  destabilised: "destabilized",
  destabilises: "destabilizes",
  destabilising: "destabilizing",
  dialled: "dialed",
  dialling: "dialing",
  dialogue: "dialog",
  dialogues: "dialogs",
  diarrhoea: "diarrhea",
  digitise: "digitize",
  digitised: "digitized",
  digitises: "digitizes",
  digitising: "digitizing",
  disc: "disk",
  discolour: "discolor",
  discoloured: "discolored",
  discolouring: "discoloring",
  discolours: "discolors",
  discs: "disks",
  disembowelled: "disemboweled",
  disembowelling: "disemboweling",
  disfavour: "disfavor",
  dishevelled: "disheveled",
  dishonour: "dishonor",
  dishonourable: "dishonorable",
  dishonourably: "dishonorably",
  dishonoured: "dishonored",
  dishonouring: "dishonoring",
  dishonours: "dishonors",
  disorganisation: "disorganization",
  disorganised: "disorganized",
  distil: "distill",
  distils: "distills",
  dramatisation: "dramatization",
  dramatisations: "dramatizations",
  dramatise: "dramatize",
  dramatised: "dramatized",
  dramatises: "dramatizes",
  dramatising: "dramatizing",
  draught: "draft",
  draughtboard: "draftboard",
  draughtboards: "draftboards",
  draughtier: "draftier",
  draughtiest: "draftiest",
  draughtsman: "draftsman",
  draughtsmanship: "draftsmanship",
  draughtsmen: "draftsmen",
  draughtswoman: "draftswoman",
  draughtswomen: "draftswomen",
  draughty: "drafty",
  drivelled: "driveled",
  drivelling: "driveling",
  duelled: "dueled",
  duelling: "dueling",
  economise: "economize",
  economised: "economized",
  economises: "economizes",
  economising: "economizing",
  editorialise: "editorialize",
  editorialised: "editorialized",
  editorialises: "editorializes",
  editorialising: "editorializing",
  edoema: "edema",
  empathise: "empathize",
  empathised: "empathized",
  empathises: "empathizes",
  empathising: "empathizing",
  emphasise: "emphasize",
  emphasised: "emphasized",
  emphasises: "emphasizes",
  emphasising: "emphasizing",
  enamelled: "enameled",
  enamelling: "enameling",
  enamoured: "enamored",
  encyclopaedia: "encyclopedia",
  encyclopaedias: "encyclopedias",
  encyclopaedic: "encyclopedic",
  endeavour: "endeavor",
  endeavoured: "endeavored",
  endeavouring: "endeavoring",
  endeavours: "endeavors",
  energise: "energize",
  energised: "energized",
  energises: "energizes",
  energising: "energizing",
  enrol: "enroll",
  enrols: "enrolls",
  enthral: "enthrall",
  enthrals: "enthralls",
  epaulette: "epaulet",
  epaulettes: "epaulets",
  epicentre: "epicenter",
  epicentres: "epicenters",
  epilogue: "epilog",
  epilogues: "epilogs",
  epitomise: "epitomize",
  epitomised: "epitomized",
  epitomises: "epitomizes",
  epitomising: "epitomizing",
  equalisation: "equalization",
  equalise: "equalize",
  equalised: "equalized",
  equaliser: "equalizer",
  equalisers: "equalizers",
  equalises: "equalizes",
  equalising: "equalizing",
  eulogise: "eulogize",
  eulogised: "eulogized",
  eulogises: "eulogizes",
  eulogising: "eulogizing",
  evangelise: "evangelize",
  evangelised: "evangelized",
  evangelises: "evangelizes",
  evangelising: "evangelizing",
  exorcise: "exorcize",
  exorcised: "exorcized",
  exorcises: "exorcizes",
  exorcising: "exorcizing",
  extemporisation: "extemporization",
  extemporise: "extemporize",
  extemporised: "extemporized",
  extemporises: "extemporizes",
  extemporising: "extemporizing",
  externalisation: "externalization",
  externalisations: "externalizations",
  externalise: "externalize",
  externalised: "externalized",
  externalises: "externalizes",
  externalising: "externalizing",
  factorise: "factorize",
  factorised: "factorized",
  factorises: "factorizes",
  factorising: "factorizing",
  faecal: "fecal",
  faeces: "feces",
  familiarisation: "familiarization",
  familiarise: "familiarize",
  familiarised: "familiarized",
  familiarises: "familiarizes",
  familiarising: "familiarizing",
  fantasise: "fantasize",
  fantasised: "fantasized",
  fantasises: "fantasizes",
  fantasising: "fantasizing",
  favour: "favor",
  favourable: "favorable",
  favourably: "favorably",
  favoured: "favored",
  favouring: "favoring",
  favourite: "favorite",
  favourites: "favorites",
  favouritism: "favoritism",
  favours: "favors",
  featurisation: "featurization",
  featurise: "featurize",
  featurised: "featurized",
  feminise: "feminize",
  feminised: "feminized",
  feminises: "feminizes",
  feminising: "feminizing",
  fertilisation: "fertilization",
  fertilise: "fertilize",
  fertilised: "fertilized",
  fertiliser: "fertilizer",
  fertilisers: "fertilizers",
  fertilises: "fertilizes",
  fertilising: "fertilizing",
  fervour: "fervor",
  fibre: "fiber",
  fibreglass: "fiberglass",
  fibres: "fibers",
  fictionalisation: "fictionalization",
  fictionalisations: "fictionalizations",
  fictionalise: "fictionalize",
  fictionalised: "fictionalized",
  fictionalises: "fictionalizes",
  fictionalising: "fictionalizing",
  fillet: "filet",
  filleted: "fileted",
  filleting: "fileting",
  fillets: "filets",
  finalisation: "finalization",
  finalise: "finalize",
  finalised: "finalized",
  finalises: "finalizes",
  finalising: "finalizing",
  flautist: "flutist",
  flautists: "flutists",
  flavour: "flavor",
  flavoured: "flavored",
  flavouring: "flavoring",
  flavourings: "flavorings",
  flavourless: "flavorless",
  flavours: "flavors",
  flavoursome: "flavorsome",
  foetal: "fetal",
  foetid: "fetid",
  foetus: "fetus",
  foetuses: "fetuses",
  formalisation: "formalization",
  formalise: "formalize",
  formalised: "formalized",
  formalises: "formalizes",
  formalising: "formalizing",
  fossilisation: "fossilization",
  fossilise: "fossilize",
  fossilised: "fossilized",
  fossilises: "fossilizes",
  fossilising: "fossilizing",
  fraternisation: "fraternization",
  fraternise: "fraternize",
  fraternised: "fraternized",
  fraternises: "fraternizes",
  fraternising: "fraternizing",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  fulfils: "fulfills",
  funnelled: "funneled",
  funnelling: "funneling",
  galvanise: "galvanize",
  galvanised: "galvanized",
  galvanises: "galvanizes",
  galvanising: "galvanizing",
  gambolled: "gamboled",
  gambolling: "gamboling",
  gaolbird: "jailbird",
  gaolbirds: "jailbirds",
  gaolbreak: "jailbreak",
  gaolbreaks: "jailbreaks",
  gaoled: "jailed",
  gaoler: "jailer",
  gaolers: "jailers",
  gaoling: "jailing",
  gaols: "jails",
  gases: "gasses",
  gauge: "gage",
  gauged: "gaged",
  gauges: "gages",
  gauging: "gaging",
  generalisation: "generalization",
  generalisations: "generalizations",
  generalise: "generalize",
  generalised: "generalized",
  generalises: "generalizes",
  generalising: "generalizing",
  ghettoise: "ghettoize",
  ghettoised: "ghettoized",
  ghettoises: "ghettoizes",
  ghettoising: "ghettoizing",
  gipsies: "gypsies",
  glamorise: "glamorize",
  glamorised: "glamorized",
  glamorises: "glamorizes",
  glamorising: "glamorizing",
  glamour: "glamor",
  globalisation: "globalization",
  globalise: "globalize",
  globalised: "globalized",
  globalises: "globalizes",
  globalising: "globalizing",
  glueing: "gluing",
  goitre: "goiter",
  goitres: "goiters",
  gonorrhoea: "gonorrhea",
  gramme: "gram",
  grammes: "grams",
  gravelled: "graveled",
  grey: "gray",
  greyed: "grayed",
  greying: "graying",
  greyish: "grayish",
  greyness: "grayness",
  greys: "grays",
  grovelled: "groveled",
  grovelling: "groveling",
  groyne: "groin",
  groynes: "groins",
  gruelling: "grueling",
  gruellingly: "gruelingly",
  gryphon: "griffin",
  gryphons: "griffins",
  gynaecological: "gynecological",
  gynaecologist: "gynecologist",
  gynaecologists: "gynecologists",
  gynaecology: "gynecology",
  haematological: "hematological",
  haematologist: "hematologist",
  haematologists: "hematologists",
  haematology: "hematology",
  haemoglobin: "hemoglobin",
  haemophilia: "hemophilia",
  haemophiliac: "hemophiliac",
  haemophiliacs: "hemophiliacs",
  haemorrhage: "hemorrhage",
  haemorrhaged: "hemorrhaged",
  haemorrhages: "hemorrhages",
  haemorrhaging: "hemorrhaging",
  haemorrhoids: "hemorrhoids",
  harbour: "harbor",
  harboured: "harbored",
  harbouring: "harboring",
  harbours: "harbors",
  harmonisation: "harmonization",
  harmonise: "harmonize",
  harmonised: "harmonized",
  harmonises: "harmonizes",
  harmonising: "harmonizing",
  homoeopath: "homeopath",
  homoeopathic: "homeopathic",
  homoeopaths: "homeopaths",
  homoeopathy: "homeopathy",
  homogenise: "homogenize",
  homogenised: "homogenized",
  homogenises: "homogenizes",
  homogenising: "homogenizing",
  honour: "honor",
  honourable: "honorable",
  honourably: "honorably",
  honoured: "honored",
  honouring: "honoring",
  honours: "honors",
  hospitalisation: "hospitalization",
  hospitalise: "hospitalize",
  hospitalised: "hospitalized",
  hospitalises: "hospitalizes",
  hospitalising: "hospitalizing",
  humanise: "humanize",
  humanised: "humanized",
  humanises: "humanizes",
  humanising: "humanizing",
  humour: "humor",
  humoured: "humored",
  humouring: "humoring",
  humourless: "humorless",
  humours: "humors",
  hybridise: "hybridize",
  hybridised: "hybridized",
  hybridises: "hybridizes",
  hybridising: "hybridizing",
  hypnotise: "hypnotize",
  hypnotised: "hypnotized",
  hypnotises: "hypnotizes",
  hypnotising: "hypnotizing",
  hypothesise: "hypothesize",
  hypothesised: "hypothesized",
  hypothesises: "hypothesizes",
  hypothesising: "hypothesizing",
  idealisation: "idealization",
  idealise: "idealize",
  idealised: "idealized",
  idealises: "idealizes",
  idealising: "idealizing",
  idolise: "idolize",
  idolised: "idolized",
  idolises: "idolizes",
  idolising: "idolizing",
  immobilisation: "immobilization",
  immobilise: "immobilize",
  immobilised: "immobilized",
  immobiliser: "immobilizer",
  immobilisers: "immobilizers",
  immobilises: "immobilizes",
  immobilising: "immobilizing",
  immortalise: "immortalize",
  immortalised: "immortalized",
  immortalises: "immortalizes",
  immortalising: "immortalizing",
  immunisation: "immunization",
  immunise: "immunize",
  immunised: "immunized",
  immunises: "immunizes",
  immunising: "immunizing",
  impanelled: "impaneled",
  impanelling: "impaneling",
  imperilled: "imperiled",
  imperilling: "imperiling",
  individualise: "individualize",
  individualised: "individualized",
  individualises: "individualizes",
  individualising: "individualizing",
  industrialise: "industrialize",
  industrialised: "industrialized",
  industrialises: "industrializes",
  industrialising: "industrializing",
  inflexion: "inflection",
  inflexions: "inflections",
  initialisation: "initialization",
  initialisations: "initializations",
  initialise: "initialize",
  initialised: "initialized",
  initialises: "initializes",
  initialising: "initializing",
  initialled: "initialed",
  initialling: "initialing",
  instal: "install",
  instalment: "installment",
  instalments: "installments",
  instals: "installs",
  instil: "instill",
  instils: "instills",
  institutionalisation: "institutionalization",
  institutionalise: "institutionalize",
  institutionalised: "institutionalized",
  institutionalises: "institutionalizes",
  institutionalising: "institutionalizing",
  intellectualise: "intellectualize",
  intellectualised: "intellectualized",
  intellectualises: "intellectualizes",
  intellectualising: "intellectualizing",
  internalisation: "internalization",
  internalise: "internalize",
  internalised: "internalized",
  internalises: "internalizes",
  internalising: "internalizing",
  internationalisation: "internationalization",
  internationalise: "internationalize",
  internationalised: "internationalized",
  internationalises: "internationalizes",
  internationalising: "internationalizing",
  ionisation: "ionization",
  ionise: "ionize",
  ionised: "ionized",
  ioniser: "ionizer",
  ionisers: "ionizers",
  ionises: "ionizes",
  ionising: "ionizing",
  italicise: "italicize",
  italicised: "italicized",
  italicises: "italicizes",
  italicising: "italicizing",
  itemise: "itemize",
  itemised: "itemized",
  itemises: "itemizes",
  itemising: "itemizing",
  jeopardise: "jeopardize",
  jeopardised: "jeopardized",
  jeopardises: "jeopardizes",
  jeopardising: "jeopardizing",
  jewelled: "jeweled",
  jeweller: "jeweler",
  jewellers: "jewelers",
  jewellery: "jewelry",
  judgement: "judgment",
  kilogramme: "kilogram",
  kilogrammes: "kilograms",
  kilometre: "kilometer",
  kilometres: "kilometers",
  labelled: "labeled",
  labelling: "labeling",
  labour: "labor",
  laboured: "labored",
  labourer: "laborer",
  labourers: "laborers",
  labouring: "laboring",
  labours: "labors",
  lacklustre: "lackluster",
  legalisation: "legalization",
  legalise: "legalize",
  legalised: "legalized",
  legalises: "legalizes",
  legalising: "legalizing",
  legitimise: "legitimize",
  legitimised: "legitimized",
  legitimises: "legitimizes",
  legitimising: "legitimizing",
  leukaemia: "leukemia",
  levelled: "leveled",
  leveller: "leveler",
  levellers: "levelers",
  levelling: "leveling",
  libelled: "libeled",
  libelling: "libeling",
  libellous: "libelous",
  liberalisation: "liberalization",
  liberalise: "liberalize",
  liberalised: "liberalized",
  liberalises: "liberalizes",
  liberalising: "liberalizing",
  licence: "license",
  licenced: "licensed",
  licences: "licenses",
  licencing: "licensing",
  likeable: "likable",
  lionisation: "lionization",
  lionise: "lionize",
  lionised: "lionized",
  lionises: "lionizes",
  lionising: "lionizing",
  liquidise: "liquidize",
  liquidised: "liquidized",
  liquidiser: "liquidizer",
  liquidisers: "liquidizers",
  liquidises: "liquidizes",
  liquidising: "liquidizing",
  litre: "liter",
  litres: "liters",
  localise: "localize",
  localised: "localized",
  localises: "localizes",
  localising: "localizing",
  louvre: "louver",
  louvred: "louvered",
  louvres: "louvers",
  lustre: "luster",
  magnetise: "magnetize",
  magnetised: "magnetized",
  magnetises: "magnetizes",
  magnetising: "magnetizing",
  manoeuvrability: "maneuverability",
  manoeuvrable: "maneuverable",
  manoeuvre: "maneuver",
  manoeuvred: "maneuvered",
  manoeuvres: "maneuvers",
  manoeuvring: "maneuvering",
  manoeuvrings: "maneuverings",
  marginalisation: "marginalization",
  marginalise: "marginalize",
  marginalised: "marginalized",
  marginalises: "marginalizes",
  marginalising: "marginalizing",
  marshalled: "marshaled",
  marshalling: "marshaling",
  marvelled: "marveled",
  marvelling: "marveling",
  marvellous: "marvelous",
  marvellously: "marvelously",
  materialisation: "materialization",
  materialise: "materialize",
  materialised: "materialized",
  materialises: "materializes",
  materialising: "materializing",
  maximisation: "maximization",
  maximise: "maximize",
  maximised: "maximized",
  maximises: "maximizes",
  maximising: "maximizing",
  meagre: "meager",
  mechanisation: "mechanization",
  mechanise: "mechanize",
  mechanised: "mechanized",
  mechanises: "mechanizes",
  mechanising: "mechanizing",
  mediaeval: "medieval",
  memorialise: "memorialize",
  memorialised: "memorialized",
  memorialises: "memorializes",
  memorialising: "memorializing",
  memorise: "memorize",
  memorised: "memorized",
  memorises: "memorizes",
  memorising: "memorizing",
  mesmerise: "mesmerize",
  mesmerised: "mesmerized",
  mesmerises: "mesmerizes",
  mesmerising: "mesmerizing",
  metabolise: "metabolize",
  metabolised: "metabolized",
  metabolises: "metabolizes",
  metabolising: "metabolizing",
  metre: "meter",
  metres: "meters",
  micrometre: "micrometer",
  micrometres: "micrometers",
  militarise: "militarize",
  militarised: "militarized",
  militarises: "militarizes",
  militarising: "militarizing",
  milligramme: "milligram",
  milligrammes: "milligrams",
  millilitre: "milliliter",
  millilitres: "milliliters",
  millimetre: "millimeter",
  millimetres: "millimeters",
  miniaturisation: "miniaturization",
  miniaturise: "miniaturize",
  miniaturised: "miniaturized",
  miniaturises: "miniaturizes",
  miniaturising: "miniaturizing",
  minibuses: "minibusses",
  minimise: "minimize",
  minimised: "minimized",
  minimises: "minimizes",
  minimising: "minimizing",
  misbehaviour: "misbehavior",
  misdemeanour: "misdemeanor",
  misdemeanours: "misdemeanors",
  misspelt: "misspelled",
  mitre: "miter",
  mitres: "miters",
  mobilisation: "mobilization",
  mobilise: "mobilize",
  mobilised: "mobilized",
  mobilises: "mobilizes",
  mobilising: "mobilizing",
  modelled: "modeled",
  modeller: "modeler",
  modellers: "modelers",
  modelling: "modeling",
  modernise: "modernize",
  modernised: "modernized",
  modernises: "modernizes",
  modernising: "modernizing",
  moisturise: "moisturize",
  moisturised: "moisturized",
  moisturiser: "moisturizer",
  moisturisers: "moisturizers",
  moisturises: "moisturizes",
  moisturising: "moisturizing",
  monologue: "monolog",
  monologues: "monologs",
  monopolisation: "monopolization",
  monopolise: "monopolize",
  monopolised: "monopolized",
  monopolises: "monopolizes",
  monopolising: "monopolizing",
  moralise: "moralize",
  moralised: "moralized",
  moralises: "moralizes",
  moralising: "moralizing",
  motorised: "motorized",
  mould: "mold",
  moulded: "molded",
  moulder: "molder",
  mouldered: "moldered",
  mouldering: "moldering",
  moulders: "molders",
  mouldier: "moldier",
  mouldiest: "moldiest",
  moulding: "molding",
  mouldings: "moldings",
  moulds: "molds",
  mouldy: "moldy",
  moult: "molt",
  moulted: "molted",
  moulting: "molting",
  moults: "molts",
  moustache: "mustache",
  moustached: "mustached",
  moustaches: "mustaches",
  moustachioed: "mustachioed",
  multicoloured: "multicolored",
  nationalisation: "nationalization",
  nationalisations: "nationalizations",
  nationalise: "nationalize",
  nationalised: "nationalized",
  nationalises: "nationalizes",
  nationalising: "nationalizing",
  naturalisation: "naturalization",
  naturalise: "naturalize",
  naturalised: "naturalized",
  naturalises: "naturalizes",
  naturalising: "naturalizing",
  neighbour: "neighbor",
  neighbourhood: "neighborhood",
  neighbourhoods: "neighborhoods",
  neighbouring: "neighboring",
  neighbourliness: "neighborliness",
  neighbourly: "neighborly",
  neighbours: "neighbors",
  neutralisation: "neutralization",
  neutralise: "neutralize",
  neutralised: "neutralized",
  neutralises: "neutralizes",
  neutralising: "neutralizing",
  normalisation: "normalization",
  normalise: "normalize",
  normalised: "normalized",
  normalises: "normalizes",
  normalising: "normalizing",
  odour: "odor",
  odourless: "odorless",
  odours: "odors",
  oesophagus: "esophagus",
  oesophaguses: "esophaguses",
  oestrogen: "estrogen",
  offence: "offense",
  offences: "offenses",
  omelette: "omelet",
  omelettes: "omelets",
  optimisation: "optimization",
  optimisations: "optimizations",
  optimise: "optimize",
  optimised: "optimized",
  optimises: "optimizes",
  optimising: "optimizing",
  organisation: "organization",
  organisational: "organizational",
  organisations: "organizations",
  organise: "organize",
  organised: "organized",
  organiser: "organizer",
  organisers: "organizers",
  organises: "organizes",
  organising: "organizing",
  orthopaedic: "orthopedic",
  orthopaedics: "orthopedics",
  ostracise: "ostracize",
  ostracised: "ostracized",
  ostracises: "ostracizes",
  ostracising: "ostracizing",
  outmanoeuvre: "outmaneuver",
  outmanoeuvred: "outmaneuvered",
  outmanoeuvres: "outmaneuvers",
  outmanoeuvring: "outmaneuvering",
  overemphasise: "overemphasize",
  overemphasised: "overemphasized",
  overemphasises: "overemphasizes",
  overemphasising: "overemphasizing",
  oxidisation: "oxidization",
  oxidise: "oxidize",
  oxidised: "oxidized",
  oxidises: "oxidizes",
  oxidising: "oxidizing",
  paederast: "pederast",
  paederasts: "pederasts",
  paediatric: "pediatric",
  paediatrician: "pediatrician",
  paediatricians: "pediatricians",
  paediatrics: "pediatrics",
  paedophile: "pedophile",
  paedophiles: "pedophiles",
  paedophilia: "pedophilia",
  palaeolithic: "paleolithic",
  palaeontologist: "paleontologist",
  palaeontologists: "paleontologists",
  palaeontology: "paleontology",
  panelled: "paneled",
  panelling: "paneling",
  panellist: "panelist",
  panellists: "panelists",
  paralyse: "paralyze",
  paralysed: "paralyzed",
  paralyses: "paralyzes",
  paralysing: "paralyzing",
  parametrisation: "parametrization",
  parametrisations: "parametrizations",
  parametrise: "parametrize",
  parcelled: "parceled",
  parcelling: "parceling",
  parlour: "parlor",
  parlours: "parlors",
  particularise: "particularize",
  particularised: "particularized",
  particularises: "particularizes",
  particularising: "particularizing",
  passivisation: "passivization",
  passivise: "passivize",
  passivised: "passivized",
  passivises: "passivizes",
  passivising: "passivizing",
  pasteurisation: "pasteurization",
  pasteurise: "pasteurize",
  pasteurised: "pasteurized",
  pasteurises: "pasteurizes",
  pasteurising: "pasteurizing",
  patronise: "patronize",
  patronised: "patronized",
  patronises: "patronizes",
  patronising: "patronizing",
  patronisingly: "patronizingly",
  pedalled: "pedaled",
  pedalling: "pedaling",
  pedestrianisation: "pedestrianization",
  pedestrianise: "pedestrianize",
  pedestrianised: "pedestrianized",
  pedestrianises: "pedestrianizes",
  pedestrianising: "pedestrianizing",
  penalise: "penalize",
  penalised: "penalized",
  penalises: "penalizes",
  penalising: "penalizing",
  pencilled: "penciled",
  pencilling: "penciling",
  personalise: "personalize",
  personalised: "personalized",
  personalises: "personalizes",
  personalising: "personalizing",
  pharmacopoeia: "pharmacopeia",
  pharmacopoeias: "pharmacopeias",
  philosophise: "philosophize",
  philosophised: "philosophized",
  philosophises: "philosophizes",
  philosophising: "philosophizing",
  philtre: "filter",
  philtres: "filters",
  phoney: "phony",
  plagiarise: "plagiarize",
  plagiarised: "plagiarized",
  plagiarises: "plagiarizes",
  plagiarising: "plagiarizing",
  plough: "plow",
  ploughed: "plowed",
  ploughing: "plowing",
  ploughman: "plowman",
  ploughmen: "plowmen",
  ploughs: "plows",
  ploughshare: "plowshare",
  ploughshares: "plowshares",
  polarisation: "polarization",
  polarise: "polarize",
  polarised: "polarized",
  polarises: "polarizes",
  polarising: "polarizing",
  politicisation: "politicization",
  politicise: "politicize",
  politicised: "politicized",
  politicises: "politicizes",
  politicising: "politicizing",
  popularisation: "popularization",
  popularise: "popularize",
  popularised: "popularized",
  popularises: "popularizes",
  popularising: "popularizing",
  pouffe: "pouf",
  pouffes: "poufs",
  practise: "practice",
  practised: "practiced",
  practises: "practices",
  practising: "practicing",
  praesidium: "presidium",
  praesidiums: "presidiums",
  pressurisation: "pressurization",
  pressurise: "pressurize",
  pressurised: "pressurized",
  pressurises: "pressurizes",
  pressurising: "pressurizing",
  pretence: "pretense",
  pretences: "pretenses",
  primaeval: "primeval",
  prioritisation: "prioritization",
  prioritise: "prioritize",
  prioritised: "prioritized",
  prioritises: "prioritizes",
  prioritising: "prioritizing",
  privatisation: "privatization",
  privatisations: "privatizations",
  privatise: "privatize",
  privatised: "privatized",
  privatises: "privatizes",
  privatising: "privatizing",
  professionalisation: "professionalization",
  professionalise: "professionalize",
  professionalised: "professionalized",
  professionalises: "professionalizes",
  professionalising: "professionalizing",
  programme: "program",
  programmes: "programs",
  prologue: "prolog",
  prologues: "prologs",
  propagandise: "propagandize",
  propagandised: "propagandized",
  propagandises: "propagandizes",
  propagandising: "propagandizing",
  proselytise: "proselytize",
  proselytised: "proselytized",
  proselytiser: "proselytizer",
  proselytisers: "proselytizers",
  proselytises: "proselytizes",
  proselytising: "proselytizing",
  psychoanalyse: "psychoanalyze",
  psychoanalysed: "psychoanalyzed",
  psychoanalyses: "psychoanalyzes",
  psychoanalysing: "psychoanalyzing",
  publicise: "publicize",
  publicised: "publicized",
  publicises: "publicizes",
  publicising: "publicizing",
  pulverisation: "pulverization",
  pulverise: "pulverize",
  pulverised: "pulverized",
  pulverises: "pulverizes",
  pulverising: "pulverizing",
  pummelled: "pummel",
  pummelling: "pummeled",
  pyjama: "pajama",
  pyjamas: "pajamas",
  pzazz: "pizzazz",
  quarrelled: "quarreled",
  quarrelling: "quarreling",
  radicalise: "radicalize",
  radicalised: "radicalized",
  radicalises: "radicalizes",
  radicalising: "radicalizing",
  rancour: "rancor",
  randomise: "randomize",
  randomised: "randomized",
  randomises: "randomizes",
  randomising: "randomizing",
  rationalisation: "rationalization",
  rationalisations: "rationalizations",
  rationalise: "rationalize",
  rationalised: "rationalized",
  rationalises: "rationalizes",
  rationalising: "rationalizing",
  ravelled: "raveled",
  ravelling: "raveling",
  realisable: "realizable",
  realisation: "realization",
  realisations: "realizations",
  realise: "realize",
  realised: "realized",
  realises: "realizes",
  realising: "realizing",
  recognisable: "recognizable",
  recognisably: "recognizably",
  recognisance: "recognizance",
  recognise: "recognize",
  recognised: "recognized",
  recognises: "recognizes",
  recognising: "recognizing",
  reconnoitre: "reconnoiter",
  reconnoitred: "reconnoitered",
  reconnoitres: "reconnoiters",
  reconnoitring: "reconnoitering",
  refuelled: "refueled",
  refuelling: "refueling",
  regularisation: "regularization",
  regularise: "regularize",
  regularised: "regularized",
  regularises: "regularizes",
  regularising: "regularizing",
  remodelled: "remodeled",
  remodelling: "remodeling",
  remould: "remold",
  remoulded: "remolded",
  remoulding: "remolding",
  remoulds: "remolds",
  reorganisation: "reorganization",
  reorganisations: "reorganizations",
  reorganise: "reorganize",
  reorganised: "reorganized",
  reorganises: "reorganizes",
  reorganising: "reorganizing",
  revelled: "reveled",
  reveller: "reveler",
  revellers: "revelers",
  revelling: "reveling",
  revitalise: "revitalize",
  revitalised: "revitalized",
  revitalises: "revitalizes",
  revitalising: "revitalizing",
  revolutionise: "revolutionize",
  revolutionised: "revolutionized",
  revolutionises: "revolutionizes",
  revolutionising: "revolutionizing",
  rhapsodise: "rhapsodize",
  rhapsodised: "rhapsodized",
  rhapsodises: "rhapsodizes",
  rhapsodising: "rhapsodizing",
  rigour: "rigor",
  rigours: "rigors",
  ritualised: "ritualized",
  rivalled: "rivaled",
  rivalling: "rivaling",
  romanticise: "romanticize",
  romanticised: "romanticized",
  romanticises: "romanticizes",
  romanticising: "romanticizing",
  rumour: "rumor",
  rumoured: "rumored",
  rumours: "rumors",
  sabre: "saber",
  sabres: "sabers",
  saltpetre: "saltpeter",
  sanitise: "sanitize",
  sanitised: "sanitized",
  sanitises: "sanitizes",
  sanitising: "sanitizing",
  satirise: "satirize",
  satirised: "satirized",
  satirises: "satirizes",
  satirising: "satirizing",
  saviour: "savior",
  saviours: "saviors",
  savour: "savor",
  savoured: "savored",
  savouries: "savories",
  savouring: "savoring",
  savours: "savors",
  savoury: "savory",
  scandalise: "scandalize",
  scandalised: "scandalized",
  scandalises: "scandalizes",
  scandalising: "scandalizing",
  sceptic: "skeptic",
  sceptical: "skeptical",
  sceptically: "skeptically",
  scepticism: "skepticism",
  sceptics: "skeptics",
  sceptre: "scepter",
  sceptres: "scepters",
  scrutinise: "scrutinize",
  scrutinised: "scrutinized",
  scrutinises: "scrutinizes",
  scrutinising: "scrutinizing",
  secularisation: "secularization",
  secularise: "secularize",
  secularised: "secularized",
  secularises: "secularizes",
  secularising: "secularizing",
  sensationalise: "sensationalize",
  sensationalised: "sensationalized",
  sensationalises: "sensationalizes",
  sensationalising: "sensationalizing",
  sensitise: "sensitize",
  sensitised: "sensitized",
  sensitises: "sensitizes",
  sensitising: "sensitizing",
  sentimentalise: "sentimentalize",
  sentimentalised: "sentimentalized",
  sentimentalises: "sentimentalizes",
  sentimentalising: "sentimentalizing",
  sepulchre: "sepulcher",
  sepulchres: "sepulchers",
  serialisation: "serialization",
  serialisations: "serializations",
  serialise: "serialize",
  serialised: "serialized",
  serialises: "serializes",
  serialising: "serializing",
  sermonise: "sermonize",
  sermonised: "sermonized",
  sermonises: "sermonizes",
  sermonising: "sermonizing",
  sheikh: "sheik",
  shovelled: "shoveled",
  shovelling: "shoveling",
  shrivelled: "shriveled",
  shrivelling: "shriveling",
  signalise: "signalize",
  signalised: "signalized",
  signalises: "signalizes",
  signalising: "signalizing",
  signalled: "signaled",
  signalling: "signaling",
  smoulder: "smolder",
  smouldered: "smoldered",
  smouldering: "smoldering",
  smoulders: "smolders",
  snivelled: "sniveled",
  snivelling: "sniveling",
  snorkelled: "snorkeled",
  snorkelling: "snorkeling",
  snowplough: "snowplow",
  snowploughs: "snowplow",
  socialisation: "socialization",
  socialise: "socialize",
  socialised: "socialized",
  socialises: "socializes",
  socialising: "socializing",
  sodomise: "sodomize",
  sodomised: "sodomized",
  sodomises: "sodomizes",
  sodomising: "sodomizing",
  solemnise: "solemnize",
  solemnised: "solemnized",
  solemnises: "solemnizes",
  solemnising: "solemnizing",
  sombre: "somber",
  specialisation: "specialization",
  specialisations: "specializations",
  specialise: "specialize",
  specialised: "specialized",
  specialises: "specializes",
  specialising: "specializing",
  spectre: "specter",
  spectres: "specters",
  spiralled: "spiraled",
  spiralling: "spiraling",
  splendour: "splendor",
  splendours: "splendors",
  squirrelled: "squirreled",
  squirrelling: "squirreling",
  stabilisation: "stabilization",
  stabilise: "stabilize",
  stabilised: "stabilized",
  stabiliser: "stabilizer",
  stabilisers: "stabilizers",
  stabilises: "stabilizes",
  stabilising: "stabilizing",
  standardisation: "standardization",
  standardise: "standardize",
  standardised: "standardized",
  standardises: "standardizes",
  standardising: "standardizing",
  stencilled: "stenciled",
  stencilling: "stenciling",
  sterilisation: "sterilization",
  sterilisations: "sterilizations",
  sterilise: "sterilize",
  sterilised: "sterilized",
  steriliser: "sterilizer",
  sterilisers: "sterilizers",
  sterilises: "sterilizes",
  sterilising: "sterilizing",
  stigmatisation: "stigmatization",
  stigmatise: "stigmatize",
  stigmatised: "stigmatized",
  stigmatises: "stigmatizes",
  stigmatising: "stigmatizing",
  subsidisation: "subsidization",
  subsidise: "subsidize",
  subsidised: "subsidized",
  subsidiser: "subsidizer",
  subsidisers: "subsidizers",
  subsidises: "subsidizes",
  subsidising: "subsidizing",
  succour: "succor",
  succoured: "succored",
  succouring: "succoring",
  succours: "succors",
  sulphate: "sulfate",
  sulphates: "sulfates",
  sulphide: "sulfide",
  sulphides: "sulfides",
  sulphur: "sulfur",
  sulphurous: "sulfurous",
  summarise: "summarize",
  summarised: "summarized",
  summarises: "summarizes",
  summarising: "summarizing",
  swivelled: "swiveled",
  swivelling: "swiveling",
  symbolise: "symbolize",
  symbolised: "symbolized",
  symbolises: "symbolizes",
  symbolising: "symbolizing",
  sympathise: "sympathize",
  sympathised: "sympathized",
  sympathiser: "sympathizer",
  sympathisers: "sympathizers",
  sympathises: "sympathizes",
  sympathising: "sympathizing",
  synchronisation: "synchronization",
  synchronise: "synchronize",
  synchronised: "synchronized",
  synchronises: "synchronizes",
  synchronising: "synchronizing",
  synthesise: "synthesize",
  synthesised: "synthesized",
  synthesiser: "synthesizer",
  synthesisers: "synthesizers",
  synthesises: "synthesizes",
  synthesising: "synthesizing",
  syphon: "siphon",
  syphoned: "siphoned",
  syphoning: "siphoning",
  syphons: "siphons",
  systematisation: "systematization",
  systematise: "systematize",
  systematised: "systematized",
  systematises: "systematizes",
  systematising: "systematizing",
  tantalise: "tantalize",
  tantalised: "tantalized",
  tantalises: "tantalizes",
  tantalising: "tantalizing",
  tantalisingly: "tantalizingly",
  tasselled: "tasseled",
  technicolour: "technicolor",
  temporise: "temporize",
  temporised: "temporized",
  temporises: "temporizes",
  temporising: "temporizing",
  tenderise: "tenderize",
  tenderised: "tenderized",
  tenderises: "tenderizes",
  tenderising: "tenderizing",
  terrorise: "terrorize",
  terrorised: "terrorized",
  terrorises: "terrorizes",
  terrorising: "terrorizing",
  theatre: "theater",
  theatregoer: "theatergoer",
  theatregoers: "theatergoers",
  theatres: "theaters",
  theorise: "theorize",
  theorised: "theorized",
  theorises: "theorizes",
  theorising: "theorizing",
  tonne: "ton",
  tonnes: "tons",
  towelled: "toweled",
  towelling: "toweling",
  toxaemia: "toxemia",
  tranquillise: "tranquilize",
  tranquillised: "tranquilized",
  tranquilliser: "tranquilizer",
  tranquillisers: "tranquilizers",
  tranquillises: "tranquilizes",
  tranquillising: "tranquilizing",
  tranquillity: "tranquility",
  tranquillize: "tranquilize",
  tranquillized: "tranquilized",
  tranquillizer: "tranquilizer",
  tranquillizers: "tranquilizers",
  tranquillizes: "tranquilizes",
  tranquillizing: "tranquilizing",
  tranquilly: "tranquility",
  transistorised: "transistorized",
  traumatise: "traumatize",
  traumatised: "traumatized",
  traumatises: "traumatizes",
  traumatising: "traumatizing",
  travelled: "traveled",
  traveller: "traveler",
  travellers: "travelers",
  travelling: "traveling",
  travelogue: "travelog",
  travelogues: "travelogs",
  trialled: "trialed",
  trialling: "trialing",
  tricolour: "tricolor",
  tricolours: "tricolors",
  trivialise: "trivialize",
  trivialised: "trivialized",
  trivialises: "trivializes",
  trivialising: "trivializing",
  tumour: "tumor",
  tumours: "tumors",
  tunnelled: "tunneled",
  tunnelling: "tunneling",
  tyrannise: "tyrannize",
  tyrannised: "tyrannized",
  tyrannises: "tyrannizes",
  tyrannising: "tyrannizing",
  tyre: "tire",
  tyres: "tires",
  unauthorised: "unauthorized",
  uncivilised: "uncivilized",
  underutilised: "underutilized",
  unequalled: "unequaled",
  unfavourable: "unfavorable",
  unfavourably: "unfavorably",
  unionisation: "unionization",
  unionise: "unionize",
  unionised: "unionized",
  unionises: "unionizes",
  unionising: "unionizing",
  unorganised: "unorganized",
  unravelled: "unraveled",
  unravelling: "unraveling",
  unrecognisable: "unrecognizable",
  unrecognised: "unrecognized",
  unrivalled: "unrivaled",
  unsavoury: "unsavory",
  untrammelled: "untrammeled",
  urbanisation: "urbanization",
  urbanise: "urbanize",
  urbanised: "urbanized",
  urbanises: "urbanizes",
  urbanising: "urbanizing",
  utilisable: "utilizable",
  utilisation: "utilization",
  utilise: "utilize",
  utilised: "utilized",
  utilises: "utilizes",
  utilising: "utilizing",
  valour: "valor",
  vandalise: "vandalize",
  vandalised: "vandalized",
  vandalises: "vandalizes",
  vandalising: "vandalizing",
  vaporisation: "vaporization",
  vaporise: "vaporize",
  vaporised: "vaporized",
  vaporises: "vaporizes",
  vaporising: "vaporizing",
  vapour: "vapor",
  vapours: "vapors",
  verbalise: "verbalize",
  verbalised: "verbalized",
  verbalises: "verbalizes",
  verbalising: "verbalizing",
  victimisation: "victimization",
  victimise: "victimize",
  victimised: "victimized",
  victimises: "victimizes",
  victimising: "victimizing",
  videodisc: "videodisk",
  videodiscs: "videodisks",
  vigour: "vigor",
  visualisation: "visualization",
  visualisations: "visualizations",
  visualise: "visualize",
  visualised: "visualized",
  visualises: "visualizes",
  visualising: "visualizing",
  vocalisation: "vocalization",
  vocalisations: "vocalizations",
  vocalise: "vocalize",
  vocalised: "vocalized",
  vocalises: "vocalizes",
  vocalising: "vocalizing",
  vulcanised: "vulcanized",
  vulgarisation: "vulgarization",
  vulgarise: "vulgarize",
  vulgarised: "vulgarized",
  vulgarises: "vulgarizes",
  vulgarising: "vulgarizing",
  waggon: "wagon",
  waggons: "wagons",
  watercolour: "watercolor",
  watercolours: "watercolors",
  weaselled: "weaseled",
  weaselling: "weaseling",
  westernisation: "westernization",
  westernise: "westernize",
  westernised: "westernized",
  westernises: "westernizes",
  westernising: "westernizing",
  womanise: "womanize",
  womanised: "womanized",
  womaniser: "womanizer",
  womanisers: "womanizers",
  womanises: "womanizes",
  womanising: "womanizing",
  woollen: "woolen",
  woollens: "woolens",
  woollies: "woolies",
  woolly: "wooly",
  worshipped: "worshiped",
  worshipper: "worshiper",
  worshipping: "worshiping",
  yodelled: "yodeled",
  yodelling: "yodeling",
  yoghourt: "yogurt",
  yoghourts: "yogurts",
  yoghurt: "yogurt",
  yoghurts: "yogurts"
};

// node_modules/american-british-english-translator/data/american_spellings.json
var american_spellings_default = {
  accessorize: "accessorise",
  accessorized: "accessorised",
  accessorizes: "accessorises",
  accessorizing: "accessorising",
  acclimatization: "acclimatisation",
  acclimatize: "acclimatise",
  acclimatized: "acclimatised",
  acclimatizes: "acclimatises",
  acclimatizing: "acclimatising",
  accouterments: "accoutrements",
  aerogram: "aerogramme",
  aerograms: "aerogrammes",
  aggrandizement: "aggrandisement",
  aging: "ageing",
  agonize: "agonise",
  agonized: "agonised",
  agonizes: "agonises",
  agonizing: "agonising",
  agonizingly: "agonisingly",
  airplane: "aeroplane",
  airplanes: "aeroplanes",
  almanac: "almanack",
  almanacs: "almanacks",
  aluminum: "aluminium",
  amortizable: "amortisable",
  amortization: "amortisation",
  amortizations: "amortisations",
  amortize: "amortise",
  amortized: "amortised",
  amortizes: "amortises",
  amortizing: "amortising",
  amphitheater: "amphitheatre",
  amphitheaters: "amphitheatres",
  analog: "analogue",
  analogs: "analogues",
  analyze: "analyse",
  analyzed: "analysed",
  analyzes: "analyses",
  analyzing: "analysing",
  anemia: "anaemia",
  anemic: "anaemic",
  anesthesia: "anaesthesia",
  anesthetic: "anaesthetic",
  anesthetics: "anaesthetics",
  anesthetist: "anaesthetist",
  anesthetists: "anaesthetists",
  anesthetize: "anaesthetize",
  anesthetized: "anaesthetized",
  anesthetizes: "anaesthetizes",
  anesthetizing: "anaesthetizing",
  anglicize: "anglicise",
  anglicized: "anglicised",
  anglicizes: "anglicises",
  anglicizing: "anglicising",
  annualized: "annualised",
  antagonize: "antagonise",
  antagonized: "antagonised",
  antagonizes: "antagonises",
  antagonizing: "antagonising",
  apologize: "apologise",
  apologized: "apologised",
  apologizes: "apologises",
  apologizing: "apologising",
  appall: "appal",
  appalls: "appals",
  appetizer: "appetiser",
  appetizers: "appetisers",
  appetizing: "appetising",
  appetizingly: "appetisingly",
  arbor: "arbour",
  arbors: "arbours",
  archeological: "archaeological",
  archeologically: "archaeologically",
  archeologist: "archaeologist",
  archeologists: "archaeologists",
  archeology: "archaeology",
  ardor: "ardour",
  armor: "armour",
  armored: "armoured",
  armorer: "armourer",
  armorers: "armourers",
  armories: "armouries",
  armory: "armoury",
  artifact: "artefact",
  artifacts: "artefacts",
  authorize: "authorise",
  authorized: "authorised",
  authorizes: "authorises",
  authorizing: "authorising",
  ax: "axe",
  backpedaled: "backpedalled",
  backpedaling: "backpedalling",
  balk: "baulk",
  balked: "baulked",
  balking: "baulking",
  balks: "baulks",
  banister: "bannister",
  banisters: "bannisters",
  baptize: "baptise",
  baptized: "baptised",
  baptizes: "baptises",
  baptizing: "baptising",
  bastardize: "bastardise",
  bastardized: "bastardised",
  bastardizes: "bastardises",
  bastardizing: "bastardising",
  battleax: "battleaxe",
  bedeviled: "bedevilled",
  bedeviling: "bedevilling",
  behavior: "behaviour",
  behavioral: "behavioural",
  behaviorism: "behaviourism",
  behaviorist: "behaviourist",
  behaviorists: "behaviourists",
  behaviors: "behaviours",
  behoove: "behove",
  behooved: "behoved",
  behooves: "behoves",
  bejeweled: "bejewelled",
  belabor: "belabour",
  belabored: "belaboured",
  belaboring: "belabouring",
  belabors: "belabours",
  beveled: "bevelled",
  bevies: "bevvies",
  bevy: "bevvy",
  biased: "biassed",
  biasing: "biassing",
  binging: "bingeing",
  bougainvillea: "bougainvillaea",
  bougainvilleas: "bougainvillaeas",
  bowdlerize: "bowdlerise",
  bowdlerized: "bowdlerised",
  bowdlerizes: "bowdlerises",
  bowdlerizing: "bowdlerising",
  breathalyze: "breathalyse",
  breathalyzed: "breathalysed",
  breathalyzer: "breathalyser",
  breathalyzers: "breathalysers",
  breathalyzes: "breathalyses",
  breathalyzing: "breathalysing",
  brutalize: "brutalise",
  brutalized: "brutalised",
  brutalizes: "brutalises",
  brutalizing: "brutalising",
  busses: "buses",
  bussing: "busing",
  caliber: "calibre",
  calibers: "calibres",
  caliper: "calliper",
  calipers: "callipers",
  calisthenics: "callisthenics",
  canalize: "canalise",
  canalized: "canalised",
  canalizes: "canalises",
  canalizing: "canalising",
  cancelation: "cancellation",
  cancelations: "cancellations",
  canceled: "cancelled",
  canceling: "cancelling",
  candor: "candour",
  cannibalize: "cannibalise",
  cannibalized: "cannibalised",
  cannibalizes: "cannibalises",
  cannibalizing: "cannibalising",
  canonize: "canonise",
  canonized: "canonised",
  canonizes: "canonises",
  canonizing: "canonising",
  capitalize: "capitalise",
  capitalized: "capitalised",
  capitalizes: "capitalises",
  capitalizing: "capitalising",
  caramelize: "caramelise",
  caramelized: "caramelised",
  caramelizes: "caramelises",
  caramelizing: "caramelising",
  carbonize: "carbonise",
  carbonized: "carbonised",
  carbonizes: "carbonises",
  carbonizing: "carbonising",
  caroled: "carolled",
  caroling: "carolling",
  catalog: "catalogue",
  cataloged: "catalogued",
  cataloging: "cataloguing",
  catalogs: "catalogues",
  catalyze: "catalyse",
  catalyzed: "catalysed",
  catalyzes: "catalyses",
  catalyzing: "catalysing",
  categorize: "categorise",
  categorized: "categorised",
  categorizes: "categorises",
  categorizing: "categorising",
  cauterize: "cauterise",
  cauterized: "cauterised",
  cauterizes: "cauterises",
  cauterizing: "cauterising",
  caviled: "cavilled",
  caviling: "cavilling",
  center: "centre",
  centered: "centred",
  centerfold: "centrefold",
  centerfolds: "centrefolds",
  centerpiece: "centrepiece",
  centerpieces: "centrepieces",
  centers: "centres",
  centigram: "centigramme",
  centigrams: "centigrammes",
  centiliter: "centilitre",
  centiliters: "centilitres",
  centimeter: "centimetre",
  centimeters: "centimetres",
  centralize: "centralise",
  centralized: "centralised",
  centralizes: "centralises",
  centralizing: "centralising",
  cesarean: "caesarean",
  cesareans: "caesareans",
  channeled: "channelled",
  channeling: "channelling",
  characterize: "characterise",
  characterized: "characterised",
  characterizes: "characterises",
  characterizing: "characterising",
  checkbook: "chequebook",
  checkbooks: "chequebooks",
  checkered: "chequered",
  chili: "chilli",
  chimera: "chimaera",
  chimeras: "chimaeras",
  chiseled: "chiselled",
  chiseling: "chiselling",
  circularize: "circularise",
  circularized: "circularised",
  circularizes: "circularises",
  circularizing: "circularising",
  civilize: "civilise",
  civilized: "civilised",
  civilizes: "civilises",
  civilizing: "civilising",
  clamor: "clamour",
  clamored: "clamoured",
  clamoring: "clamouring",
  clamors: "clamours",
  clangor: "clangour",
  clarinetist: "clarinettist",
  clarinetists: "clarinettists",
  collectivize: "collectivise",
  collectivized: "collectivised",
  collectivizes: "collectivises",
  collectivizing: "collectivising",
  colonization: "colonisation",
  colonize: "colonise",
  colonized: "colonised",
  colonizer: "coloniser",
  colonizers: "colonisers",
  colonizes: "colonises",
  colonizing: "colonising",
  color: "colour",
  colorant: "colourant",
  colorants: "colourants",
  colored: "coloured",
  coloreds: "coloureds",
  colorful: "colourful",
  colorfully: "colourfully",
  coloring: "colouring",
  colorize: "colourize",
  colorized: "colourized",
  colorizes: "colourizes",
  colorizing: "colourizing",
  colorless: "colourless",
  colors: "colours",
  commercialize: "commercialise",
  commercialized: "commercialised",
  commercializes: "commercialises",
  commercializing: "commercialising",
  compartmentalize: "compartmentalise",
  compartmentalized: "compartmentalised",
  compartmentalizes: "compartmentalises",
  compartmentalizing: "compartmentalising",
  computerize: "computerise",
  computerized: "computerised",
  computerizes: "computerises",
  computerizing: "computerising",
  conceptualize: "conceptualise",
  conceptualized: "conceptualised",
  conceptualizes: "conceptualises",
  conceptualizing: "conceptualising",
  connection: "connexion",
  connections: "connexions",
  contextualize: "contextualise",
  contextualized: "contextualised",
  contextualizes: "contextualises",
  contextualizing: "contextualising",
  councilor: "councillor",
  councilors: "councillors",
  counseled: "counselled",
  counseling: "counselling",
  counselor: "counsellor",
  counselors: "counsellors",
  cozier: "cosier",
  cozies: "cosies",
  coziest: "cosiest",
  cozily: "cosily",
  coziness: "cosiness",
  cozy: "cosy",
  crenelated: "crenellated",
  criminalize: "criminalise",
  criminalized: "criminalised",
  criminalizes: "criminalises",
  criminalizing: "criminalising",
  criticize: "criticise",
  criticized: "criticised",
  criticizes: "criticises",
  criticizing: "criticising",
  crueler: "crueller",
  cruelest: "cruellest",
  crystallization: "crystallisation",
  crystallize: "crystallise",
  crystallized: "crystallised",
  crystallizes: "crystallises",
  crystallizing: "crystallising",
  cudgeled: "cudgelled",
  cudgeling: "cudgelling",
  customize: "customise",
  customized: "customised",
  customizes: "customises",
  customizing: "customising",
  decentralization: "decentralisation",
  decentralize: "decentralise",
  decentralized: "decentralised",
  decentralizes: "decentralises",
  decentralizing: "decentralising",
  decriminalization: "decriminalisation",
  decriminalize: "decriminalise",
  decriminalized: "decriminalised",
  decriminalizes: "decriminalises",
  decriminalizing: "decriminalising",
  defense: "defence",
  defenseless: "defenceless",
  defenses: "defences",
  dehumanization: "dehumanisation",
  dehumanize: "dehumanise",
  dehumanized: "dehumanised",
  dehumanizes: "dehumanises",
  dehumanizing: "dehumanising",
  demeanor: "demeanour",
  demilitarization: "demilitarisation",
  demilitarize: "demilitarise",
  demilitarized: "demilitarised",
  demilitarizes: "demilitarises",
  demilitarizing: "demilitarising",
  demobilization: "demobilisation",
  demobilize: "demobilise",
  demobilized: "demobilised",
  demobilizes: "demobilises",
  demobilizing: "demobilising",
  democratization: "democratisation",
  democratize: "democratise",
  democratized: "democratised",
  democratizes: "democratises",
  democratizing: "democratising",
  demonize: "demonise",
  demonized: "demonised",
  demonizes: "demonises",
  demonizing: "demonising",
  demoralization: "demoralisation",
  demoralize: "demoralise",
  demoralized: "demoralised",
  demoralizes: "demoralises",
  demoralizing: "demoralising",
  denationalization: "denationalisation",
  denationalize: "denationalise",
  denationalized: "denationalised",
  denationalizes: "denationalises",
  denationalizing: "denationalising",
  deodorize: "deodorise",
  deodorized: "deodorised",
  deodorizes: "deodorises",
  deodorizing: "deodorising",
  depersonalize: "depersonalise",
  depersonalized: "depersonalised",
  depersonalizes: "depersonalises",
  depersonalizing: "depersonalising",
  deputize: "deputise",
  deputized: "deputised",
  deputizes: "deputises",
  deputizing: "deputising",
  desensitization: "desensitisation",
  desensitize: "desensitise",
  desensitized: "desensitised",
  desensitizes: "desensitises",
  desensitizing: "desensitising",
  destabilization: "destabilisation",
  destabilize: "destabilise",
  destabilized: "destabilised",
  destabilizes: "destabilises",
  destabilizing: "destabilising",
  dialed: "dialled",
  dialing: "dialling",
  dialog: "dialogue",
  dialogs: "dialogues",
  diarrhea: "diarrhoea",
  digitize: "digitise",
  digitized: "digitised",
  digitizes: "digitises",
  digitizing: "digitising",
  discolor: "discolour",
  discolored: "discoloured",
  discoloring: "discolouring",
  discolors: "discolours",
  disemboweled: "disembowelled",
  disemboweling: "disembowelling",
  disfavor: "disfavour",
  disheveled: "dishevelled",
  dishonor: "dishonour",
  dishonorable: "dishonourable",
  dishonorably: "dishonourably",
  dishonored: "dishonoured",
  dishonoring: "dishonouring",
  dishonors: "dishonours",
  disk: "disc",
  disks: "discs",
  disorganization: "disorganisation",
  disorganized: "disorganised",
  distill: "distil",
  distills: "distils",
  draft: "draught",
  draftboard: "draughtboard",
  draftboards: "draughtboards",
  draftier: "draughtier",
  draftiest: "draughtiest",
  drafts: "draughts",
  draftsman: "draughtsman",
  draftsmanship: "draughtsmanship",
  draftsmen: "draughtsmen",
  draftswoman: "draughtswoman",
  draftswomen: "draughtswomen",
  drafty: "draughty",
  dramatization: "dramatisation",
  dramatizations: "dramatisations",
  dramatize: "dramatise",
  dramatized: "dramatised",
  dramatizes: "dramatises",
  dramatizing: "dramatising",
  driveled: "drivelled",
  driveling: "drivelling",
  dueled: "duelled",
  dueling: "duelling",
  economize: "economise",
  economized: "economised",
  economizes: "economises",
  economizing: "economising",
  edema: "edoema",
  editorialize: "editorialise",
  editorialized: "editorialised",
  editorializes: "editorialises",
  editorializing: "editorialising",
  empathize: "empathise",
  empathized: "empathised",
  empathizes: "empathises",
  empathizing: "empathising",
  emphasize: "emphasise",
  emphasized: "emphasised",
  emphasizes: "emphasises",
  emphasizing: "emphasising",
  enameled: "enamelled",
  enameling: "enamelling",
  enamored: "enamoured",
  encyclopedia: "encyclopaedia",
  encyclopedias: "encyclopaedias",
  encyclopedic: "encyclopaedic",
  endeavor: "endeavour",
  endeavored: "endeavoured",
  endeavoring: "endeavouring",
  endeavors: "endeavours",
  energize: "energise",
  energized: "energised",
  energizes: "energises",
  energizing: "energising",
  enroll: "enrol",
  enrolls: "enrols",
  enthrall: "enthral",
  enthralls: "enthrals",
  eon: "aeon",
  eons: "aeons",
  epaulet: "epaulette",
  epaulets: "epaulettes",
  epicenter: "epicentre",
  epicenters: "epicentres",
  epilog: "epilogue",
  epilogs: "epilogues",
  epitomize: "epitomise",
  epitomized: "epitomised",
  epitomizes: "epitomises",
  epitomizing: "epitomising",
  equalization: "equalisation",
  equalize: "equalise",
  equalized: "equalised",
  equalizer: "equaliser",
  equalizers: "equalisers",
  equalizes: "equalises",
  equalizing: "equalising",
  esophagus: "oesophagus",
  esophaguses: "oesophaguses",
  esthete: "aesthete",
  esthetes: "aesthetes",
  esthetic: "aesthetic",
  esthetically: "aesthetically",
  esthetics: "aesthetics",
  estrogen: "oestrogen",
  etiology: "aetiology",
  eulogize: "eulogise",
  eulogized: "eulogised",
  eulogizes: "eulogises",
  eulogizing: "eulogising",
  evangelize: "evangelise",
  evangelized: "evangelised",
  evangelizes: "evangelises",
  evangelizing: "evangelising",
  exorcize: "exorcise",
  exorcized: "exorcised",
  exorcizes: "exorcises",
  exorcizing: "exorcising",
  extemporization: "extemporisation",
  extemporize: "extemporise",
  extemporized: "extemporised",
  extemporizes: "extemporises",
  extemporizing: "extemporising",
  externalization: "externalisation",
  externalizations: "externalisations",
  externalize: "externalise",
  externalized: "externalised",
  externalizes: "externalises",
  externalizing: "externalising",
  factorize: "factorise",
  factorized: "factorised",
  factorizes: "factorises",
  factorizing: "factorising",
  familiarization: "familiarisation",
  familiarize: "familiarise",
  familiarized: "familiarised",
  familiarizes: "familiarises",
  familiarizing: "familiarising",
  fantasize: "fantasise",
  fantasized: "fantasised",
  fantasizes: "fantasises",
  fantasizing: "fantasising",
  favor: "favour",
  favorable: "favourable",
  favorably: "favourably",
  favored: "favoured",
  favoring: "favouring",
  favorite: "favourite",
  favorites: "favourites",
  favoritism: "favouritism",
  favors: "favours",
  featurization: "featurisation",
  featurize: "featurise",
  featurized: "featurised",
  fecal: "faecal",
  feces: "faeces",
  feminize: "feminise",
  feminized: "feminised",
  feminizes: "feminises",
  feminizing: "feminising",
  fertilization: "fertilisation",
  fertilize: "fertilise",
  fertilized: "fertilised",
  fertilizer: "fertiliser",
  fertilizers: "fertilisers",
  fertilizes: "fertilises",
  fertilizing: "fertilising",
  fervor: "fervour",
  fetal: "foetal",
  fetid: "foetid",
  fetus: "foetus",
  fetuses: "foetuses",
  fiber: "fibre",
  fiberglass: "fibreglass",
  fibers: "fibres",
  fictionalization: "fictionalisation",
  fictionalizations: "fictionalisations",
  fictionalize: "fictionalise",
  fictionalized: "fictionalised",
  fictionalizes: "fictionalises",
  fictionalizing: "fictionalising",
  filet: "fillet",
  fileted: "filleted",
  fileting: "filleting",
  filets: "fillets",
  filter: "philtre",
  filters: "philtres",
  finalization: "finalisation",
  finalize: "finalise",
  finalized: "finalised",
  finalizes: "finalises",
  finalizing: "finalising",
  flavor: "flavour",
  flavored: "flavoured",
  flavoring: "flavouring",
  flavorings: "flavourings",
  flavorless: "flavourless",
  flavors: "flavours",
  flavorsome: "flavoursome",
  flutist: "flautist",
  flutists: "flautists",
  formalization: "formalisation",
  formalize: "formalise",
  formalized: "formalised",
  formalizes: "formalises",
  formalizing: "formalising",
  fossilization: "fossilisation",
  fossilize: "fossilise",
  fossilized: "fossilised",
  fossilizes: "fossilises",
  fossilizing: "fossilising",
  fraternization: "fraternisation",
  fraternize: "fraternise",
  fraternized: "fraternised",
  fraternizes: "fraternises",
  fraternizing: "fraternising",
  fulfill: "fulfil",
  fulfillment: "fulfilment",
  fulfills: "fulfils",
  funneled: "funnelled",
  funneling: "funnelling",
  gage: "gauge",
  gaged: "gauged",
  gages: "gauges",
  gaging: "gauging",
  galvanize: "galvanise",
  galvanized: "galvanised",
  galvanizes: "galvanises",
  galvanizing: "galvanising",
  gamboled: "gambolled",
  gamboling: "gambolling",
  gasses: "gases",
  generalization: "generalisation",
  generalizations: "generalisations",
  generalize: "generalise",
  generalized: "generalised",
  generalizes: "generalises",
  generalizing: "generalising",
  ghettoize: "ghettoise",
  ghettoized: "ghettoised",
  ghettoizes: "ghettoises",
  ghettoizing: "ghettoising",
  glamor: "glamour",
  glamorize: "glamorise",
  glamorized: "glamorised",
  glamorizes: "glamorises",
  glamorizing: "glamorising",
  globalization: "globalisation",
  globalize: "globalise",
  globalized: "globalised",
  globalizes: "globalises",
  globalizing: "globalising",
  gluing: "glueing",
  goiter: "goitre",
  goiters: "goitres",
  gonorrhea: "gonorrhoea",
  gram: "gramme",
  grams: "grammes",
  graveled: "gravelled",
  gray: "grey",
  grayed: "greyed",
  graying: "greying",
  grayish: "greyish",
  grayness: "greyness",
  grays: "greys",
  griffin: "gryphon",
  griffins: "gryphons",
  groin: "groyne",
  groins: "groynes",
  groveled: "grovelled",
  groveling: "grovelling",
  grueling: "gruelling",
  gruelingly: "gruellingly",
  gynecological: "gynaecological",
  gynecologist: "gynaecologist",
  gynecologists: "gynaecologists",
  gynecology: "gynaecology",
  gypsies: "gipsies",
  harbor: "harbour",
  harbored: "harboured",
  harboring: "harbouring",
  harbors: "harbours",
  harmonization: "harmonisation",
  harmonize: "harmonise",
  harmonized: "harmonised",
  harmonizes: "harmonises",
  harmonizing: "harmonising",
  hematological: "haematological",
  hematologist: "haematologist",
  hematologists: "haematologists",
  hematology: "haematology",
  hemoglobin: "haemoglobin",
  hemophilia: "haemophilia",
  hemophiliac: "haemophiliac",
  hemophiliacs: "haemophiliacs",
  hemorrhage: "haemorrhage",
  hemorrhaged: "haemorrhaged",
  hemorrhages: "haemorrhages",
  hemorrhaging: "haemorrhaging",
  hemorrhoids: "haemorrhoids",
  homeopath: "homoeopath",
  homeopathic: "homoeopathic",
  homeopaths: "homoeopaths",
  homeopathy: "homoeopathy",
  homogenize: "homogenise",
  homogenized: "homogenised",
  homogenizes: "homogenises",
  homogenizing: "homogenising",
  honor: "honour",
  honorable: "honourable",
  honorably: "honourably",
  honored: "honoured",
  honoring: "honouring",
  honors: "honours",
  hospitalization: "hospitalisation",
  hospitalize: "hospitalise",
  hospitalized: "hospitalised",
  hospitalizes: "hospitalises",
  hospitalizing: "hospitalising",
  humanize: "humanise",
  humanized: "humanised",
  humanizes: "humanises",
  humanizing: "humanising",
  humor: "humour",
  humored: "humoured",
  humoring: "humouring",
  humorless: "humourless",
  humors: "humours",
  hybridize: "hybridise",
  hybridized: "hybridised",
  hybridizes: "hybridises",
  hybridizing: "hybridising",
  hypnotize: "hypnotise",
  hypnotized: "hypnotised",
  hypnotizes: "hypnotises",
  hypnotizing: "hypnotising",
  hypothesize: "hypothesise",
  hypothesized: "hypothesised",
  hypothesizes: "hypothesises",
  hypothesizing: "hypothesising",
  idealization: "idealisation",
  idealize: "idealise",
  idealized: "idealised",
  idealizes: "idealises",
  idealizing: "idealising",
  idolize: "idolise",
  idolized: "idolised",
  idolizes: "idolises",
  idolizing: "idolising",
  immobilization: "immobilisation",
  immobilize: "immobilise",
  immobilized: "immobilised",
  immobilizer: "immobiliser",
  immobilizers: "immobilisers",
  immobilizes: "immobilises",
  immobilizing: "immobilising",
  immortalize: "immortalise",
  immortalized: "immortalised",
  immortalizes: "immortalises",
  immortalizing: "immortalising",
  immunization: "immunisation",
  immunize: "immunise",
  immunized: "immunised",
  immunizes: "immunises",
  immunizing: "immunising",
  impaneled: "impanelled",
  impaneling: "impanelling",
  imperiled: "imperilled",
  imperiling: "imperilling",
  individualize: "individualise",
  individualized: "individualised",
  individualizes: "individualises",
  individualizing: "individualising",
  industrialize: "industrialise",
  industrialized: "industrialised",
  industrializes: "industrialises",
  industrializing: "industrialising",
  inflection: "inflexion",
  inflections: "inflexions",
  initialed: "initialled",
  initialing: "initialling",
  initialisations: "initializations",
  initialization: "initialisation",
  initialize: "initialise",
  initialized: "initialised",
  initializes: "initialises",
  initializing: "initialising",
  install: "instal",
  installment: "instalment",
  installments: "instalments",
  installs: "instals",
  instill: "instil",
  instills: "instils",
  institutionalization: "institutionalisation",
  institutionalize: "institutionalise",
  institutionalized: "institutionalised",
  institutionalizes: "institutionalises",
  institutionalizing: "institutionalising",
  intellectualize: "intellectualise",
  intellectualized: "intellectualised",
  intellectualizes: "intellectualises",
  intellectualizing: "intellectualising",
  internalization: "internalisation",
  internalize: "internalise",
  internalized: "internalised",
  internalizes: "internalises",
  internalizing: "internalising",
  internationalization: "internationalisation",
  internationalize: "internationalise",
  internationalized: "internationalised",
  internationalizes: "internationalises",
  internationalizing: "internationalising",
  ionization: "ionisation",
  ionize: "ionise",
  ionized: "ionised",
  ionizer: "ioniser",
  ionizers: "ionisers",
  ionizes: "ionises",
  ionizing: "ionising",
  italicize: "italicise",
  italicized: "italicised",
  italicizes: "italicises",
  italicizing: "italicising",
  itemize: "itemise",
  itemized: "itemised",
  itemizes: "itemises",
  itemizing: "itemising",
  jeopardize: "jeopardise",
  jeopardized: "jeopardised",
  jeopardizes: "jeopardises",
  jeopardizing: "jeopardising",
  jeweled: "jewelled",
  jeweler: "jeweller",
  jewelers: "jewellers",
  jewelry: "jewellery",
  judgment: "judgement",
  kilogram: "kilogramme",
  kilograms: "kilogrammes",
  kilometer: "kilometre",
  kilometers: "kilometres",
  labeled: "labelled",
  labeling: "labelling",
  labor: "labour",
  labored: "laboured",
  laborer: "labourer",
  laborers: "labourers",
  laboring: "labouring",
  labors: "labours",
  lackluster: "lacklustre",
  legalization: "legalisation",
  legalize: "legalise",
  legalized: "legalised",
  legalizes: "legalises",
  legalizing: "legalising",
  legitimize: "legitimise",
  legitimized: "legitimised",
  legitimizes: "legitimises",
  legitimizing: "legitimising",
  leukemia: "leukaemia",
  leveled: "levelled",
  leveler: "leveller",
  levelers: "levellers",
  leveling: "levelling",
  libeled: "libelled",
  libeling: "libelling",
  libelous: "libellous",
  liberalization: "liberalisation",
  liberalize: "liberalise",
  liberalized: "liberalised",
  liberalizes: "liberalises",
  liberalizing: "liberalising",
  license: "licence",
  licensed: "licenced",
  licenses: "licences",
  licensing: "licencing",
  likable: "likeable",
  lionization: "lionisation",
  lionize: "lionise",
  lionized: "lionised",
  lionizes: "lionises",
  lionizing: "lionising",
  liquidize: "liquidise",
  liquidized: "liquidised",
  liquidizer: "liquidiser",
  liquidizers: "liquidisers",
  liquidizes: "liquidises",
  liquidizing: "liquidising",
  liter: "litre",
  liters: "litres",
  localize: "localise",
  localized: "localised",
  localizes: "localises",
  localizing: "localising",
  louver: "louvre",
  louvered: "louvred",
  louvers: "louvres",
  luster: "lustre",
  magnetize: "magnetise",
  magnetized: "magnetised",
  magnetizes: "magnetises",
  magnetizing: "magnetising",
  maneuver: "manoeuvre",
  maneuverability: "manoeuvrability",
  maneuverable: "manoeuvrable",
  maneuvered: "manoeuvred",
  maneuvering: "manoeuvring",
  maneuverings: "manoeuvrings",
  maneuvers: "manoeuvres",
  marginalization: "marginalisation",
  marginalize: "marginalise",
  marginalized: "marginalised",
  marginalizes: "marginalises",
  marginalizing: "marginalising",
  marshaled: "marshalled",
  marshaling: "marshalling",
  marveled: "marvelled",
  marveling: "marvelling",
  marvelous: "marvellous",
  marvelously: "marvellously",
  materialization: "materialisation",
  materialize: "materialise",
  materialized: "materialised",
  materializes: "materialises",
  materializing: "materialising",
  maximization: "maximisation",
  maximize: "maximise",
  maximized: "maximised",
  maximizes: "maximises",
  maximizing: "maximising",
  meager: "meagre",
  mechanization: "mechanisation",
  mechanize: "mechanise",
  mechanized: "mechanised",
  mechanizes: "mechanises",
  mechanizing: "mechanising",
  medieval: "mediaeval",
  memorialize: "memorialise",
  memorialized: "memorialised",
  memorializes: "memorialises",
  memorializing: "memorialising",
  memorize: "memorise",
  memorized: "memorised",
  memorizes: "memorises",
  memorizing: "memorising",
  mesmerize: "mesmerise",
  mesmerized: "mesmerised",
  mesmerizes: "mesmerises",
  mesmerizing: "mesmerising",
  metabolize: "metabolise",
  metabolized: "metabolised",
  metabolizes: "metabolises",
  metabolizing: "metabolising",
  meter: "metre",
  meters: "metres",
  micrometer: "micrometre",
  micrometers: "micrometres",
  militarize: "militarise",
  militarized: "militarised",
  militarizes: "militarises",
  militarizing: "militarising",
  milligram: "milligramme",
  milligrams: "milligrammes",
  milliliter: "millilitre",
  milliliters: "millilitres",
  millimeter: "millimetre",
  millimeters: "millimetres",
  miniaturization: "miniaturisation",
  miniaturize: "miniaturise",
  miniaturized: "miniaturised",
  miniaturizes: "miniaturises",
  miniaturizing: "miniaturising",
  minibusses: "minibuses",
  minimize: "minimise",
  minimized: "minimised",
  minimizes: "minimises",
  minimizing: "minimising",
  misbehavior: "misbehaviour",
  misdemeanor: "misdemeanour",
  misdemeanors: "misdemeanours",
  misspelled: "misspelt",
  miter: "mitre",
  miters: "mitres",
  mobilization: "mobilisation",
  mobilize: "mobilise",
  mobilized: "mobilised",
  mobilizes: "mobilises",
  mobilizing: "mobilising",
  modeled: "modelled",
  modeler: "modeller",
  modelers: "modellers",
  modeling: "modelling",
  modernize: "modernise",
  modernized: "modernised",
  modernizes: "modernises",
  modernizing: "modernising",
  moisturize: "moisturise",
  moisturized: "moisturised",
  moisturizer: "moisturiser",
  moisturizers: "moisturisers",
  moisturizes: "moisturises",
  moisturizing: "moisturising",
  mold: "mould",
  molded: "moulded",
  molder: "moulder",
  moldered: "mouldered",
  moldering: "mouldering",
  molders: "moulders",
  moldier: "mouldier",
  moldiest: "mouldiest",
  molding: "moulding",
  moldings: "mouldings",
  molds: "moulds",
  moldy: "mouldy",
  molt: "moult",
  molted: "moulted",
  molting: "moulting",
  molts: "moults",
  monolog: "monologue",
  monologs: "monologues",
  monopolization: "monopolisation",
  monopolize: "monopolise",
  monopolized: "monopolised",
  monopolizes: "monopolises",
  monopolizing: "monopolising",
  moralize: "moralise",
  moralized: "moralised",
  moralizes: "moralises",
  moralizing: "moralising",
  motorized: "motorised",
  multicolored: "multicoloured",
  mustache: "moustache",
  mustached: "moustached",
  mustaches: "moustaches",
  mustachioed: "moustachioed",
  nationalization: "nationalisation",
  nationalizations: "nationalisations",
  nationalize: "nationalise",
  nationalized: "nationalised",
  nationalizes: "nationalises",
  nationalizing: "nationalising",
  naturalization: "naturalisation",
  naturalize: "naturalise",
  naturalized: "naturalised",
  naturalizes: "naturalises",
  naturalizing: "naturalising",
  neighbor: "neighbour",
  neighborhood: "neighbourhood",
  neighborhoods: "neighbourhoods",
  neighboring: "neighbouring",
  neighborliness: "neighbourliness",
  neighborly: "neighbourly",
  neighbors: "neighbours",
  neutralization: "neutralisation",
  neutralize: "neutralise",
  neutralized: "neutralised",
  neutralizes: "neutralises",
  neutralizing: "neutralising",
  normalization: "normalisation",
  normalize: "normalise",
  normalized: "normalised",
  normalizes: "normalises",
  normalizing: "normalising",
  odor: "odour",
  odorless: "odourless",
  odors: "odours",
  offense: "offence",
  offenses: "offences",
  omelet: "omelette",
  omelets: "omelettes",
  optimization: "optimisation",
  optimizations: "optimisations",
  optimize: "optimise",
  optimized: "optimised",
  optimizes: "optimises",
  optimizing: "optimising",
  organization: "organisation",
  organizational: "organisational",
  organizations: "organisations",
  organize: "organise",
  organized: "organised",
  organizer: "organiser",
  organizers: "organisers",
  organizes: "organises",
  organizing: "organising",
  orthopedic: "orthopaedic",
  orthopedics: "orthopaedics",
  ostracize: "ostracise",
  ostracized: "ostracised",
  ostracizes: "ostracises",
  ostracizing: "ostracising",
  outmaneuver: "outmanoeuvre",
  outmaneuvered: "outmanoeuvred",
  outmaneuvering: "outmanoeuvring",
  outmaneuvers: "outmanoeuvres",
  overemphasize: "overemphasise",
  overemphasized: "overemphasised",
  overemphasizes: "overemphasises",
  overemphasizing: "overemphasising",
  oxidization: "oxidisation",
  oxidize: "oxidise",
  oxidized: "oxidised",
  oxidizes: "oxidises",
  oxidizing: "oxidising",
  pajama: "pyjama",
  pajamas: "pyjamas",
  paleolithic: "palaeolithic",
  paleontologist: "palaeontologist",
  paleontologists: "palaeontologists",
  paleontology: "palaeontology",
  paneled: "panelled",
  paneling: "panelling",
  panelist: "panellist",
  panelists: "panellists",
  paralyze: "paralyse",
  paralyzed: "paralysed",
  paralyzes: "paralyses",
  paralyzing: "paralysing",
  parametrization: "parametrisation",
  parametrizations: "parametrisations",
  parametrize: "parametrise",
  parceled: "parcelled",
  parceling: "parcelling",
  parlor: "parlour",
  parlors: "parlours",
  particularize: "particularise",
  particularized: "particularised",
  particularizes: "particularises",
  particularizing: "particularising",
  passivization: "passivisation",
  passivize: "passivise",
  passivized: "passivised",
  passivizes: "passivises",
  passivizing: "passivising",
  pasteurization: "pasteurisation",
  pasteurize: "pasteurise",
  pasteurized: "pasteurised",
  pasteurizes: "pasteurises",
  pasteurizing: "pasteurising",
  patronize: "patronise",
  patronized: "patronised",
  patronizes: "patronises",
  patronizing: "patronising",
  patronizingly: "patronisingly",
  pedaled: "pedalled",
  pedaling: "pedalling",
  pederast: "paederast",
  pederasts: "paederasts",
  pedestrianization: "pedestrianisation",
  pedestrianize: "pedestrianise",
  pedestrianized: "pedestrianised",
  pedestrianizes: "pedestrianises",
  pedestrianizing: "pedestrianising",
  pediatric: "paediatric",
  pediatrician: "paediatrician",
  pediatricians: "paediatricians",
  pediatrics: "paediatrics",
  pedophile: "paedophile",
  pedophiles: "paedophiles",
  pedophilia: "paedophilia",
  penalize: "penalise",
  penalized: "penalised",
  penalizes: "penalises",
  penalizing: "penalising",
  penciled: "pencilled",
  penciling: "pencilling",
  personalize: "personalise",
  personalized: "personalised",
  personalizes: "personalises",
  personalizing: "personalising",
  pharmacopeia: "pharmacopoeia",
  pharmacopeias: "pharmacopoeias",
  philosophize: "philosophise",
  philosophized: "philosophised",
  philosophizes: "philosophises",
  philosophizing: "philosophising",
  phony: "phoney",
  pizzazz: "pzazz",
  plagiarize: "plagiarise",
  plagiarized: "plagiarised",
  plagiarizes: "plagiarises",
  plagiarizing: "plagiarising",
  plow: "plough",
  plowed: "ploughed",
  plowing: "ploughing",
  plowman: "ploughman",
  plowmen: "ploughmen",
  plows: "ploughs",
  plowshare: "ploughshare",
  plowshares: "ploughshares",
  polarization: "polarisation",
  polarize: "polarise",
  polarized: "polarised",
  polarizes: "polarises",
  polarizing: "polarising",
  politicization: "politicisation",
  politicize: "politicise",
  politicized: "politicised",
  politicizes: "politicises",
  politicizing: "politicising",
  popularization: "popularisation",
  popularize: "popularise",
  popularized: "popularised",
  popularizes: "popularises",
  popularizing: "popularising",
  pouf: "pouffe",
  poufs: "pouffes",
  practice: "practise",
  practiced: "practised",
  practices: "practises",
  practicing: "practising",
  presidium: "praesidium",
  presidiums: "praesidiums",
  pressurization: "pressurisation",
  pressurize: "pressurise",
  pressurized: "pressurised",
  pressurizes: "pressurises",
  pressurizing: "pressurising",
  pretense: "pretence",
  pretenses: "pretences",
  primeval: "primaeval",
  prioritization: "prioritisation",
  prioritize: "prioritise",
  prioritized: "prioritised",
  prioritizes: "prioritises",
  prioritizing: "prioritising",
  privatization: "privatisation",
  privatizations: "privatisations",
  privatize: "privatise",
  privatized: "privatised",
  privatizes: "privatises",
  privatizing: "privatising",
  professionalization: "professionalisation",
  professionalize: "professionalise",
  professionalized: "professionalised",
  professionalizes: "professionalises",
  professionalizing: "professionalising",
  program: "programme",
  programs: "programmes",
  prolog: "prologue",
  prologs: "prologues",
  propagandize: "propagandise",
  propagandized: "propagandised",
  propagandizes: "propagandises",
  propagandizing: "propagandising",
  proselytize: "proselytise",
  proselytized: "proselytised",
  proselytizer: "proselytiser",
  proselytizers: "proselytisers",
  proselytizes: "proselytises",
  proselytizing: "proselytising",
  psychoanalyze: "psychoanalyse",
  psychoanalyzed: "psychoanalysed",
  psychoanalyzes: "psychoanalyses",
  psychoanalyzing: "psychoanalysing",
  publicize: "publicise",
  publicized: "publicised",
  publicizes: "publicises",
  publicizing: "publicising",
  pulverization: "pulverisation",
  pulverize: "pulverise",
  pulverized: "pulverised",
  pulverizes: "pulverises",
  pulverizing: "pulverising",
  pummel: "pummelled",
  pummeled: "pummelling",
  quarreled: "quarrelled",
  quarreling: "quarrelling",
  radicalize: "radicalise",
  radicalized: "radicalised",
  radicalizes: "radicalises",
  radicalizing: "radicalising",
  rancor: "rancour",
  randomize: "randomise",
  randomized: "randomised",
  randomizes: "randomises",
  randomizing: "randomising",
  rationalization: "rationalisation",
  rationalizations: "rationalisations",
  rationalize: "rationalise",
  rationalized: "rationalised",
  rationalizes: "rationalises",
  rationalizing: "rationalising",
  raveled: "ravelled",
  raveling: "ravelling",
  realizable: "realisable",
  realization: "realisation",
  realizations: "realisations",
  realize: "realise",
  realized: "realised",
  realizes: "realises",
  realizing: "realising",
  recognizable: "recognisable",
  recognizably: "recognisably",
  recognizance: "recognisance",
  recognize: "recognise",
  recognized: "recognised",
  recognizes: "recognises",
  recognizing: "recognising",
  reconnoiter: "reconnoitre",
  reconnoitered: "reconnoitred",
  reconnoitering: "reconnoitring",
  reconnoiters: "reconnoitres",
  refueled: "refuelled",
  refueling: "refuelling",
  regularization: "regularisation",
  regularize: "regularise",
  regularized: "regularised",
  regularizes: "regularises",
  regularizing: "regularising",
  remodeled: "remodelled",
  remodeling: "remodelling",
  remold: "remould",
  remolded: "remoulded",
  remolding: "remoulding",
  remolds: "remoulds",
  reorganization: "reorganisation",
  reorganizations: "reorganisations",
  reorganize: "reorganise",
  reorganized: "reorganised",
  reorganizes: "reorganises",
  reorganizing: "reorganising",
  reveled: "revelled",
  reveler: "reveller",
  revelers: "revellers",
  reveling: "revelling",
  revitalize: "revitalise",
  revitalized: "revitalised",
  revitalizes: "revitalises",
  revitalizing: "revitalising",
  revolutionize: "revolutionise",
  revolutionized: "revolutionised",
  revolutionizes: "revolutionises",
  revolutionizing: "revolutionising",
  rhapsodize: "rhapsodise",
  rhapsodized: "rhapsodised",
  rhapsodizes: "rhapsodises",
  rhapsodizing: "rhapsodising",
  rigor: "rigour",
  rigors: "rigours",
  ritualized: "ritualised",
  rivaled: "rivalled",
  rivaling: "rivalling",
  romanticize: "romanticise",
  romanticized: "romanticised",
  romanticizes: "romanticises",
  romanticizing: "romanticising",
  rumor: "rumour",
  rumored: "rumoured",
  rumors: "rumours",
  saber: "sabre",
  sabers: "sabres",
  saltpeter: "saltpetre",
  sanitize: "sanitise",
  sanitized: "sanitised",
  sanitizes: "sanitises",
  sanitizing: "sanitising",
  satirize: "satirise",
  satirized: "satirised",
  satirizes: "satirises",
  satirizing: "satirising",
  savior: "saviour",
  saviors: "saviours",
  savor: "savour",
  savored: "savoured",
  savories: "savouries",
  savoring: "savouring",
  savors: "savours",
  savory: "savoury",
  scandalize: "scandalise",
  scandalized: "scandalised",
  scandalizes: "scandalises",
  scandalizing: "scandalising",
  scepter: "sceptre",
  scepters: "sceptres",
  scrutinize: "scrutinise",
  scrutinized: "scrutinised",
  scrutinizes: "scrutinises",
  scrutinizing: "scrutinising",
  secularization: "secularisation",
  secularize: "secularise",
  secularized: "secularised",
  secularizes: "secularises",
  secularizing: "secularising",
  sensationalize: "sensationalise",
  sensationalized: "sensationalised",
  sensationalizes: "sensationalises",
  sensationalizing: "sensationalising",
  sensitize: "sensitise",
  sensitized: "sensitised",
  sensitizes: "sensitises",
  sensitizing: "sensitising",
  sentimentalize: "sentimentalise",
  sentimentalized: "sentimentalised",
  sentimentalizes: "sentimentalises",
  sentimentalizing: "sentimentalising",
  sepulcher: "sepulchre",
  sepulchers: "sepulchres",
  serialization: "serialisation",
  serializations: "serialisations",
  serialize: "serialise",
  serialized: "serialised",
  serializes: "serialises",
  serializing: "serialising",
  sermonize: "sermonise",
  sermonized: "sermonised",
  sermonizes: "sermonises",
  sermonizing: "sermonising",
  sheik: "sheikh",
  shoveled: "shovelled",
  shoveling: "shovelling",
  shriveled: "shrivelled",
  shriveling: "shrivelling",
  signaled: "signalled",
  signaling: "signalling",
  signalize: "signalise",
  signalized: "signalised",
  signalizes: "signalises",
  signalizing: "signalising",
  siphon: "syphon",
  siphoned: "syphoned",
  siphoning: "syphoning",
  siphons: "syphons",
  skeptic: "sceptic",
  skeptical: "sceptical",
  skeptically: "sceptically",
  skepticism: "scepticism",
  skeptics: "sceptics",
  smolder: "smoulder",
  smoldered: "smouldered",
  smoldering: "smouldering",
  smolders: "smoulders",
  sniveled: "snivelled",
  sniveling: "snivelling",
  snorkeled: "snorkelled",
  snorkeling: "snorkelling",
  snowplow: "snowploughs",
  socialization: "socialisation",
  socialize: "socialise",
  socialized: "socialised",
  socializes: "socialises",
  socializing: "socialising",
  sodomize: "sodomise",
  sodomized: "sodomised",
  sodomizes: "sodomises",
  sodomizing: "sodomising",
  solemnize: "solemnise",
  solemnized: "solemnised",
  solemnizes: "solemnises",
  solemnizing: "solemnising",
  somber: "sombre",
  specialization: "specialisation",
  specializations: "specialisations",
  specialize: "specialise",
  specialized: "specialised",
  specializes: "specialises",
  specializing: "specialising",
  specter: "spectre",
  specters: "spectres",
  spiraled: "spiralled",
  spiraling: "spiralling",
  splendor: "splendour",
  splendors: "splendours",
  squirreled: "squirrelled",
  squirreling: "squirrelling",
  stabilization: "stabilisation",
  stabilize: "stabilise",
  stabilized: "stabilised",
  stabilizer: "stabiliser",
  stabilizers: "stabilisers",
  stabilizes: "stabilises",
  stabilizing: "stabilising",
  standardization: "standardisation",
  standardize: "standardise",
  standardized: "standardised",
  standardizes: "standardises",
  standardizing: "standardising",
  stenciled: "stencilled",
  stenciling: "stencilling",
  sterilization: "sterilisation",
  sterilizations: "sterilisations",
  sterilize: "sterilise",
  sterilized: "sterilised",
  sterilizer: "steriliser",
  sterilizers: "sterilisers",
  sterilizes: "sterilises",
  sterilizing: "sterilising",
  stigmatization: "stigmatisation",
  stigmatize: "stigmatise",
  stigmatized: "stigmatised",
  stigmatizes: "stigmatises",
  stigmatizing: "stigmatising",
  subsidization: "subsidisation",
  subsidize: "subsidise",
  subsidized: "subsidised",
  subsidizer: "subsidiser",
  subsidizers: "subsidisers",
  subsidizes: "subsidises",
  subsidizing: "subsidising",
  succor: "succour",
  succored: "succoured",
  succoring: "succouring",
  succors: "succours",
  sulfate: "sulphate",
  sulfates: "sulphates",
  sulfide: "sulphide",
  sulfides: "sulphides",
  sulfur: "sulphur",
  sulfurous: "sulphurous",
  summarize: "summarise",
  summarized: "summarised",
  summarizes: "summarises",
  summarizing: "summarising",
  swiveled: "swivelled",
  swiveling: "swivelling",
  symbolize: "symbolise",
  symbolized: "symbolised",
  symbolizes: "symbolises",
  symbolizing: "symbolising",
  sympathize: "sympathise",
  sympathized: "sympathised",
  sympathizer: "sympathiser",
  sympathizers: "sympathisers",
  sympathizes: "sympathises",
  sympathizing: "sympathising",
  synchronization: "synchronisation",
  synchronize: "synchronise",
  synchronized: "synchronised",
  synchronizes: "synchronises",
  synchronizing: "synchronising",
  synthesize: "synthesise",
  synthesized: "synthesised",
  synthesizer: "synthesiser",
  synthesizers: "synthesisers",
  synthesizes: "synthesises",
  synthesizing: "synthesising",
  systematization: "systematisation",
  systematize: "systematise",
  systematized: "systematised",
  systematizes: "systematises",
  systematizing: "systematising",
  tantalize: "tantalise",
  tantalized: "tantalised",
  tantalizes: "tantalises",
  tantalizing: "tantalising",
  tantalizingly: "tantalisingly",
  tasseled: "tasselled",
  technicolor: "technicolour",
  temporize: "temporise",
  temporized: "temporised",
  temporizes: "temporises",
  temporizing: "temporising",
  tenderize: "tenderise",
  tenderized: "tenderised",
  tenderizes: "tenderises",
  tenderizing: "tenderising",
  terrorize: "terrorise",
  terrorized: "terrorised",
  terrorizes: "terrorises",
  terrorizing: "terrorising",
  theater: "theatre",
  theatergoer: "theatregoer",
  theatergoers: "theatregoers",
  theaters: "theatres",
  theorize: "theorise",
  theorized: "theorised",
  theorizes: "theorises",
  theorizing: "theorising",
  tire: "tyre",
  tires: "tyres",
  ton: "tonne",
  tons: "tonnes",
  toweled: "towelled",
  toweling: "towelling",
  toxemia: "toxaemia",
  tranquility: "tranquilly",
  tranquilize: "tranquillize",
  tranquilized: "tranquillized",
  tranquilizer: "tranquillizer",
  tranquilizers: "tranquillizers",
  tranquilizes: "tranquillizes",
  tranquilizing: "tranquillizing",
  transistorized: "transistorised",
  traumatize: "traumatise",
  traumatized: "traumatised",
  traumatizes: "traumatises",
  traumatizing: "traumatising",
  traveled: "travelled",
  traveler: "traveller",
  travelers: "travellers",
  traveling: "travelling",
  travelog: "travelogue",
  travelogs: "travelogues",
  trialed: "trialled",
  trialing: "trialling",
  tricolor: "tricolour",
  tricolors: "tricolours",
  trivialize: "trivialise",
  trivialized: "trivialised",
  trivializes: "trivialises",
  trivializing: "trivialising",
  tumor: "tumour",
  tumors: "tumours",
  tunneled: "tunnelled",
  tunneling: "tunnelling",
  tyrannize: "tyrannise",
  tyrannized: "tyrannised",
  tyrannizes: "tyrannises",
  tyrannizing: "tyrannising",
  unauthorized: "unauthorised",
  uncivilized: "uncivilised",
  underutilized: "underutilised",
  unequaled: "unequalled",
  unfavorable: "unfavourable",
  unfavorably: "unfavourably",
  unionization: "unionisation",
  unionize: "unionise",
  unionized: "unionised",
  unionizes: "unionises",
  unionizing: "unionising",
  unorganized: "unorganised",
  unraveled: "unravelled",
  unraveling: "unravelling",
  unrecognizable: "unrecognisable",
  unrecognized: "unrecognised",
  unrivaled: "unrivalled",
  unsavory: "unsavoury",
  untrammeled: "untrammelled",
  urbanization: "urbanisation",
  urbanize: "urbanise",
  urbanized: "urbanised",
  urbanizes: "urbanises",
  urbanizing: "urbanising",
  utilizable: "utilisable",
  utilization: "utilisation",
  utilize: "utilise",
  utilized: "utilised",
  utilizes: "utilises",
  utilizing: "utilising",
  valor: "valour",
  vandalize: "vandalise",
  vandalized: "vandalised",
  vandalizes: "vandalises",
  vandalizing: "vandalising",
  vapor: "vapour",
  vaporization: "vaporisation",
  vaporize: "vaporise",
  vaporized: "vaporised",
  vaporizes: "vaporises",
  vaporizing: "vaporising",
  vapors: "vapours",
  verbalize: "verbalise",
  verbalized: "verbalised",
  verbalizes: "verbalises",
  verbalizing: "verbalising",
  victimization: "victimisation",
  victimize: "victimise",
  victimized: "victimised",
  victimizes: "victimises",
  victimizing: "victimising",
  videodisk: "videodisc",
  videodisks: "videodiscs",
  vigor: "vigour",
  visualization: "visualisation",
  visualizations: "visualisations",
  visualize: "visualise",
  visualized: "visualised",
  visualizes: "visualises",
  visualizing: "visualising",
  vocalization: "vocalisation",
  vocalizations: "vocalisations",
  vocalize: "vocalise",
  vocalized: "vocalised",
  vocalizes: "vocalises",
  vocalizing: "vocalising",
  vulcanized: "vulcanised",
  vulgarization: "vulgarisation",
  vulgarize: "vulgarise",
  vulgarized: "vulgarised",
  vulgarizes: "vulgarises",
  vulgarizing: "vulgarising",
  watercolor: "watercolour",
  watercolors: "watercolours",
  weaseled: "weaselled",
  weaseling: "weaselling",
  westernization: "westernisation",
  westernize: "westernise",
  westernized: "westernised",
  westernizes: "westernises",
  westernizing: "westernising",
  womanize: "womanise",
  womanized: "womanised",
  womanizer: "womaniser",
  womanizers: "womanisers",
  womanizes: "womanises",
  womanizing: "womanising",
  woolen: "woollen",
  woolens: "woollens",
  woolies: "woollies",
  wooly: "woolly",
  worshiped: "worshipped",
  worshiper: "worshipper",
  worshiping: "worshipping",
  yodeled: "yodelled",
  yodeling: "yodelling",
  yogurt: "yoghurt",
  yogurts: "yoghurts"
};

// src/verify/equivalence.ts
var import_number_to_words = __toESM(require_src());
var toAmerican = british_spellings_default;
var toBritish = american_spellings_default;
function americanSpelling(word) {
  return Object.hasOwn(toAmerican, word) ? toAmerican[word] : word;
}
function spellings(word) {
  const out = [word];
  if (Object.hasOwn(toAmerican, word)) out.push(toAmerican[word]);
  if (Object.hasOwn(toBritish, word)) out.push(toBritish[word]);
  return out;
}
var INTEGER = /^(?:0|[1-9]\d{0,14})$/;
function numberWords(word) {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57 || !INTEGER.test(word)) return null;
  return (0, import_number_to_words.toWords)(Number(word)).split(/[\s,-]+/).filter(Boolean);
}
function matchNumberWords(spelt, words, at) {
  let k = at;
  for (let j = 0; j < spelt.length; j++) {
    if (words(k) === "and" && j > 0) k++;
    if (words(k) !== spelt[j]) return 0;
    k++;
  }
  return k - at;
}
function stepAt(source, p, quote, i) {
  const s = source(p);
  const q = quote(i);
  if (s === void 0 || q === void 0) return null;
  if (s === q) return { source: 1, quote: 1, kind: null };
  if (americanSpelling(s) === americanSpelling(q)) return { source: 1, quote: 1, kind: "spelling" };
  const s2 = source(p + 1);
  if (s2 !== void 0 && s + s2 === q) return { source: 2, quote: 1, kind: "compound" };
  const q2 = quote(i + 1);
  if (q2 !== void 0 && s === q + q2) return { source: 1, quote: 2, kind: "compound" };
  const sourceNumber = numberWords(s);
  if (sourceNumber) {
    const n = matchNumberWords(sourceNumber, quote, i);
    if (n > 0) return { source: 1, quote: n, kind: "number" };
  }
  const quoteNumber = numberWords(q);
  if (quoteNumber) {
    const n = matchNumberWords(quoteNumber, source, p);
    if (n > 0) return { source: n, quote: 1, kind: "number" };
  }
  return null;
}
function atomize(a, b) {
  return [atomsOf(a, b), atomsOf(b, a)];
}
function atomsOf(words, other) {
  const pairs = /* @__PURE__ */ new Map();
  const otherWords = new Set(other.map(americanSpelling));
  for (let k = 0; k + 1 < other.length; k++) {
    const left = americanSpelling(other[k]);
    const right = americanSpelling(other[k + 1]);
    pairs.set(left + right, [left, right]);
  }
  const atoms = [];
  words.forEach((word, index) => {
    const spelt = numberWords(word);
    if (spelt) {
      for (const key2 of spelt) atoms.push({ key: key2, word: index });
      return;
    }
    if (word === "and" && NUMBER_WORD.test(words[index - 1] ?? "") && NUMBER_WORD.test(words[index + 1] ?? "")) return;
    const key = americanSpelling(word);
    const split = otherWords.has(key) ? void 0 : pairs.get(key);
    if (split) atoms.push({ key: split[0], word: index }, { key: split[1], word: index });
    else atoms.push({ key, word: index });
  });
  return atoms;
}
function isNumberWord(word) {
  return NUMBER_WORD.test(word);
}
var NUMBER_WORD = /^(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
var PATIENCE_ABOVE = 2e3;
var ANCHOR_ATOMS = 2;
function diffSequences(a, b, diffArrays2) {
  const out = [];
  const push = (run) => {
    if (run.value.length === 0) return;
    const last = out[out.length - 1];
    if (last && !!last.added === !!run.added && !!last.removed === !!run.removed) last.value.push(...run.value);
    else out.push({ value: [...run.value], ...run.added ? { added: true } : {}, ...run.removed ? { removed: true } : {} });
  };
  const myers = (x, y) => {
    if (x.length === 0 || y.length === 0) {
      push({ value: x, removed: true });
      push({ value: y, added: true });
      return;
    }
    const long = x.length + y.length > PATIENCE_ABOVE;
    const parts = diffArrays2(x, y, { maxEditLength: long ? 256 : x.length + y.length });
    if (parts) for (const p of parts) push(p);
    else {
      push({ value: x, removed: true });
      push({ value: y, added: true });
    }
  };
  if (a.length + b.length <= PATIENCE_ABOVE) {
    myers([...a], [...b]);
    return out;
  }
  const runsOnce = (seq) => {
    const seen = /* @__PURE__ */ new Map();
    for (let i2 = 0; i2 + ANCHOR_ATOMS <= seq.length; i2++) {
      const key = seq.slice(i2, i2 + ANCHOR_ATOMS).join("\0");
      seen.set(key, seen.has(key) ? -1 : i2);
    }
    return seen;
  };
  const inA = runsOnce(a);
  const inB = runsOnce(b);
  const pairs = [];
  for (const [key, i2] of inA) {
    const j2 = inB.get(key);
    if (i2 >= 0 && j2 !== void 0 && j2 >= 0) pairs.push([i2, j2]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  const tails = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j2], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (pairs[tails[mid]][1] < j2) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const chain = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(pairs[k]);
  chain.reverse();
  let i = 0;
  let j = 0;
  for (const [ai, bj] of chain) {
    if (ai < i || bj < j) continue;
    myers(a.slice(i, ai), b.slice(j, bj));
    push({ value: a.slice(ai, ai + ANCHOR_ATOMS) });
    i = ai + ANCHOR_ATOMS;
    j = bj + ANCHOR_ATOMS;
  }
  myers(a.slice(i), b.slice(j));
  return out;
}

// src/verify/verify.ts
var ALTERED_MIN_SIMILARITY = 0.6;
var ELLIPSIS = /\.\s*\.\s*\.|…/g;
function splitAtEllipses(text, words) {
  const cuts = [...text.matchAll(ELLIPSIS)].map((m) => m.index);
  const pieces = [[]];
  let cut = 0;
  for (const word of words) {
    let moved = false;
    while (cut < cuts.length && cuts[cut] < word.start) {
      cut++;
      moved = true;
    }
    if (moved && pieces[pieces.length - 1].length > 0) pieces.push([]);
    pieces[pieces.length - 1].push(word);
  }
  return pieces.filter((p) => p.length > 0);
}
function verifyQuote(data, corpus, input, speakers) {
  const text = input.normalize("NFKC");
  const quoteWords = tokenize(text);
  const pieces = splitAtEllipses(text, quoteWords);
  const base = { input, verdict: "absent", source: null, span: null, match: null, similarity: 0, speaker: null, record: null, quoted: false, attribution: null, diff: null, equivalences: [], places: null };
  if (pieces.length === 0) return base;
  const ctx = { data, corpus, words: vocabularyOf(corpus), text };
  const found = findVerbatim(ctx, pieces.map((piece) => piece.map((w) => w.norm)));
  if (found.length > 0) {
    const ranked = found.map((occurrence) => classify(ctx, occurrence, speakers)).sort((a, b) => a.rank - b.rank);
    const best = ranked[0];
    const equivalences = best.occurrence.flatMap((piece, k) => piece.steps.map((s) => equivalenceOf(ctx, s, pieces[k])));
    const result = { ...base, ...best.place, similarity: 1, equivalences };
    if (best.kind === "quoted") {
      if (speakers === void 0) return { ...result, verdict: "verbatim" };
      if (best.place.attribution?.confidence !== "high") return { ...result, verdict: "unconfirmed" };
      const bySpeaker = best.place.speaker !== null && speakers.has(best.place.speaker);
      return { ...result, verdict: bySpeaker ? "verbatim" : "misattributed" };
    }
    if (best.kind === "reported") return { ...result, verdict: "reported" };
    const first = best.occurrence[0].first;
    const last = best.occurrence[best.occurrence.length - 1].last;
    const compared2 = compare(ctx, first, last, quoteWords.map((w) => w.norm), quoteWords);
    return { ...result, verdict: "altered", similarity: round(compared2.similarity), diff: compared2.diff, equivalences: compared2.equivalences, places: best.pieces };
  }
  const norms = quoteWords.map((w) => w.norm);
  const close = findClosest(ctx, norms);
  if (!close || close.similarity < ALTERED_MIN_SIMILARITY) return { ...base, similarity: close ? round(close.similarity) : 0 };
  const place = locate(ctx, close.first, close.last);
  const compared = compare(ctx, close.first, close.last, norms, quoteWords);
  return { ...base, ...place, verdict: "altered", similarity: round(close.similarity), diff: compared.diff, equivalences: compared.equivalences };
}
function round(n) {
  return Math.round(n * 1e3) / 1e3;
}
var vocabularies = /* @__PURE__ */ new WeakMap();
var sourceTexts = /* @__PURE__ */ new WeakMap();
function sourceTextOf(data, sourceIndex) {
  let texts = sourceTexts.get(data);
  if (!texts) sourceTexts.set(data, texts = /* @__PURE__ */ new Map());
  let entry = texts.get(sourceIndex);
  if (!entry) {
    const text = data.sourceText(sourceIndex);
    texts.set(sourceIndex, entry = { text, index: indexCodePoints(text) });
  }
  return entry;
}
function vocabularyOf(corpus) {
  let words = vocabularies.get(corpus);
  if (!words) {
    words = [];
    for (const [word, id] of corpus.vocab) words[id] = word;
    vocabularies.set(corpus, words);
  }
  return words;
}
function equivalenceOf(ctx, s, piece) {
  const { text } = sourceTextOf(ctx.data, sourceOf(ctx.corpus, s.p));
  return {
    kind: s.kind,
    quote: ctx.text.slice(piece[s.i].start, piece[s.i + s.quote - 1].end),
    source: text.slice(ctx.corpus.start(s.p), ctx.corpus.end(s.p + s.source - 1))
  };
}
function matchAt(ctx, pos, piece, steps, i = 0, limit = ctx.corpus.sourceStarts[sourceOf(ctx.corpus, pos) + 1]) {
  const { corpus, words } = ctx;
  const source = (p2) => p2 < limit ? words[corpus.word(p2)] : void 0;
  const quote = (k) => piece[k];
  let p = pos;
  while (i < piece.length) {
    if (p >= limit) return -1;
    const group = corpus.bracket(p);
    const opensGroup = group !== 0 && (p === 0 || corpus.bracket(p - 1) !== group);
    const step = stepAt(source, p, quote, i);
    if (step) {
      const mark = steps.length;
      if (step.kind) steps.push({ p, i, source: step.source, quote: step.quote, kind: step.kind });
      if (opensGroup) {
        const kept = matchAt(ctx, p + step.source, piece, steps, i + step.quote, limit);
        if (kept >= 0) return kept;
        steps.length = mark;
        p = skipGroup(corpus, p);
        continue;
      }
      i += step.quote;
      p += step.source;
    } else if (opensGroup) {
      p = skipGroup(corpus, p);
    } else {
      return -1;
    }
  }
  return p;
}
function skipGroup(corpus, p) {
  const group = corpus.bracket(p);
  let q = p;
  while (q < corpus.length && corpus.bracket(q) === group) q++;
  return q;
}
var MAX_OCCURRENCES = 50;
var ANCHOR_WINDOW = 64;
var INSERTION_SLACK = 8;
var EQUIVALENT_SLACK = 8;
function postingsOf(corpus, word) {
  return spellings(word).flatMap((w) => {
    const id = corpus.vocab.get(w);
    return id === void 0 ? [] : [corpus.postings(id)];
  });
}
var PAIR_ANCHOR = 1e3;
function pairHolds(ctx, quote, i) {
  const { vocab } = ctx.corpus;
  const splits = (w) => {
    for (let k = 1; k < w.length; k++) if (vocab.has(w.slice(0, k)) && vocab.has(w.slice(k))) return true;
    return false;
  };
  for (const k of [i, i + 1]) {
    const w = quote[k];
    if (numberWords(w) || isNumberWord(w) || w === "zero" || w === "and" || splits(w)) return false;
    const before = quote[k - 1];
    const after = quote[k + 1];
    if (before !== void 0 && vocab.has(before + w) || after !== void 0 && vocab.has(w + after)) return false;
  }
  return true;
}
function anchorOf(ctx, first) {
  const { corpus } = ctx;
  const within = Math.min(first.length, ANCHOR_WINDOW);
  const positions = first.slice(0, within).map((w) => positionsOf(corpus, w));
  let anchor = -1;
  for (let i = 0; i < within; i++) {
    const n = positions[i].length;
    if (n > 0 && (anchor < 0 || n < positions[anchor].length)) anchor = i;
  }
  if (anchor < 0) return void 0;
  const fewest = positions[anchor].length;
  if (fewest <= PAIR_ANCHOR) return { anchor, positions: positions[anchor] };
  let pair = -1;
  let expected = fewest;
  for (let i = 0; i + 1 < within; i++) {
    const estimate = positions[i].length * positions[i + 1].length / Math.max(corpus.length, 1);
    if (estimate < expected && pairHolds(ctx, first, i)) {
      expected = estimate;
      pair = i;
    }
  }
  if (pair < 0) return { anchor, positions: positions[anchor] };
  const found = [];
  const a = positions[pair];
  forEachPair(a, positions[pair + 1], 1, (p) => found.push(p));
  for (const start of corpus.insertionStarts()) if (start > 0 && includes(a, start - 1)) found.push(start - 1);
  return { anchor: pair, positions: Uint32Array.from(found).sort() };
}
function findVerbatim(ctx, pieces) {
  const { corpus, words } = ctx;
  const first = pieces[0];
  const anchored = anchorOf(ctx, first);
  if (!anchored) return [];
  const { anchor, positions } = anchored;
  const canStart = startTest(ctx, first);
  let triedUpTo = -1;
  const found = [];
  for (const p of positions) {
    const last = Math.min(p, p - anchor + Math.min(anchor, EQUIVALENT_SLACK));
    for (let start = Math.max(0, p - anchor - INSERTION_SLACK, triedUpTo + 1); start <= last; start++) {
      if (!canStart(words[corpus.word(start)])) continue;
      const steps = [];
      let end = matchAt(ctx, start, first, steps);
      if (end < 0) continue;
      const occurrence = [{ first: start, last: end - 1, steps }];
      const paragraph = corpus.paragraph(start);
      if (pieces.length > 1 && corpus.paragraph(end - 1) !== paragraph) continue;
      for (const piece of pieces.slice(1)) {
        const next = findForward(ctx, end, piece, paragraph);
        if (!next) break;
        occurrence.push(next);
        end = next.last + 1;
      }
      if (occurrence.length === pieces.length) found.push(occurrence);
      if (found.length >= MAX_OCCURRENCES) return found;
    }
    triedUpTo = Math.max(triedUpTo, last);
  }
  return found;
}
function startTest(ctx, quote) {
  const q0 = quote[0];
  const q1 = quote[1];
  const direct = /* @__PURE__ */ new Set([...spellings(q0), ...q1 === void 0 ? [] : spellings(q0 + q1)]);
  const spelt = numberWords(q0);
  const digit = (w) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
  return (word) => direct.has(word) || word.length < q0.length && q0.startsWith(word) || digit(word) && numberWords(word)?.[0] === q0 || spelt?.[0] === word;
}
function findForward(ctx, from, piece, paragraph) {
  const { corpus } = ctx;
  const canStart = startTest(ctx, piece);
  for (let p = from; p < corpus.length && corpus.paragraph(p) === paragraph; p++) {
    if (!canStart(ctx.words[corpus.word(p)])) continue;
    const steps = [];
    const end = matchAt(ctx, p, piece, steps);
    if (end >= 0 && corpus.paragraph(end - 1) === paragraph) return { first: p, last: end - 1, steps };
  }
  return null;
}
function classify(ctx, occurrence, speakers) {
  const pieces = occurrence.map((m) => locate(ctx, m.first, m.last));
  const place = locate(ctx, occurrence[0].first, occurrence[occurrence.length - 1].last);
  const oneQuote = pieces.every((p) => p.quoted && p.record === pieces[0].record);
  const kind = oneQuote ? "quoted" : pieces.some((p) => !p.quoted) ? "reported" : "joined";
  if (kind === "quoted") {
    Object.assign(place, { quoted: true, speaker: pieces[0].speaker, record: pieces[0].record, attribution: pieces[0].attribution });
  }
  const bySpeaker = speakers !== void 0 && place.speaker !== null && speakers.has(place.speaker);
  const rank = kind === "quoted" ? bySpeaker ? 0 : 1 : kind === "reported" ? bySpeaker ? 2 : 3 : 4;
  return { occurrence, kind, rank, place, pieces };
}
function compare(ctx, first, last, quote, quoteWords) {
  const { corpus } = ctx;
  const { text } = sourceTextOf(ctx.data, sourceOf(corpus, first));
  const source = Array.from({ length: last - first + 1 }, (_, k) => ctx.words[corpus.word(first + k)]);
  const sourceText = (k, to = k) => text.slice(corpus.start(first + k), corpus.end(first + to));
  const quoteText = (k, to = k) => ctx.text.slice(quoteWords[k].start, quoteWords[to].end);
  const [sa, qa] = atomize(source, quote);
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  const out = [];
  const push = (op, word) => {
    const lastPart = out[out.length - 1];
    if (lastPart && lastPart.op === op) lastPart.text += ` ${word}`;
    else out.push({ op, text: word });
  };
  const pairs = [];
  let x = 0;
  let y = 0;
  let shownSource = -1;
  let shownQuote = -1;
  for (const part of parts) {
    for (let n = 0; n < part.value.length; n++) {
      if (part.added) {
        const w = qa[y++].word;
        if (w !== shownQuote) push("insert", quoteText(w));
        shownQuote = w;
      } else if (part.removed) {
        const w = sa[x++].word;
        if (w !== shownSource) push("delete", sourceText(w));
        shownSource = w;
      } else {
        const s = sa[x++].word;
        const q = qa[y++].word;
        if (s !== shownSource) push("equal", sourceText(s));
        shownSource = s;
        shownQuote = q;
        if (source[s] !== quote[q]) pairs.push([s, q]);
      }
    }
  }
  const shared = parts.reduce((n, part) => part.added || part.removed ? n : n + part.value.length, 0);
  return { similarity: 2 * shared / (qa.length + sa.length), diff: out, equivalences: groupEquivalences(pairs, source, quote, sourceText, quoteText) };
}
function groupEquivalences(pairs, source, quote, sourceText, quoteText) {
  const groups = [];
  for (const [s, q] of pairs) {
    const g = groups[groups.length - 1];
    if (g && (s === g.s[1] || s === g.s[1] + 1) && (q === g.q[1] || q === g.q[1] + 1) && (s === g.s[1] || q === g.q[1])) {
      g.s[1] = s;
      g.q[1] = q;
    } else groups.push({ s: [s, s], q: [q, q] });
  }
  return groups.map(({ s, q }) => {
    const sourceWords = source.slice(s[0], s[1] + 1);
    const quoteWords = quote.slice(q[0], q[1] + 1);
    const kind = [...sourceWords, ...quoteWords].some((w) => numberWords(w) !== null) ? "number" : sourceWords.length === quoteWords.length ? "spelling" : "compound";
    return { kind, quote: quoteText(q[0], q[1]), source: sourceText(s[0], s[1]) };
  });
}
var CANDIDATES = 8;
var BUCKET = 8;
var RARE_WORD = 5e3;
var MOST_NEIGHBOURS = 8;
var MOST_BRIDGES = 4;
var SETTLED_VOTES = 3;
var SETTLED_SIMILARITY = 0.9;
function apart(items) {
  const stride = Math.ceil(items.length / 3);
  const out = [];
  for (let start = 0; start < stride; start++) for (let k = start; k < items.length; k += stride) out.push(items[k]);
  return out;
}
function spread(items, most) {
  if (items.length <= most) return [...items];
  return Array.from({ length: most }, (_, k) => items[Math.floor(k * items.length / most)]);
}
function findClosest(ctx, quote) {
  const { corpus } = ctx;
  const votes = /* @__PURE__ */ new Map();
  let leader = -1;
  let leaderVotes = 0;
  let runnerUp = 0;
  const vote = (p, i) => {
    const bucket = Math.floor((p - i) / BUCKET);
    const n = (votes.get(bucket) ?? 0) + 1;
    votes.set(bucket, n);
    if (bucket === leader) leaderVotes = n;
    else if (n > leaderVotes) {
      runnerUp = leaderVotes;
      leader = bucket;
      leaderVotes = n;
    } else if (n > runnerUp) runnerUp = n;
  };
  const settled = () => leaderVotes >= SETTLED_VOTES && leaderVotes >= 2 * runnerUp;
  const positions = quote.map((word) => positionsOf(corpus, word));
  positions.forEach((list, i) => {
    if (list.length <= RARE_WORD) for (const p of list) vote(p, i);
  });
  const useful = (gap) => {
    const pairs2 = [];
    for (let i = 0; i + gap < quote.length; i++) {
      const a = positions[i].length;
      const b = positions[i + gap].length;
      if (a > 0 && b > 0 && (a > RARE_WORD || b > RARE_WORD)) pairs2.push([i, i + gap]);
    }
    return pairs2;
  };
  const pairs = [...apart(spread(useful(1), MOST_NEIGHBOURS)), ...apart(spread(useful(2), MOST_BRIDGES))];
  let voted = 0;
  const votePairs = (untilSettled) => {
    for (; voted < pairs.length && !(untilSettled && settled()); voted++) {
      const [i, j] = pairs[voted];
      forEachPair(positions[i], positions[j], j - i, (p) => vote(p, i));
    }
  };
  votePairs(true);
  let best = compareCandidates(ctx, votes, quote);
  if (voted < pairs.length && (best === void 0 || best.similarity < SETTLED_SIMILARITY)) {
    votePairs(false);
    best = compareCandidates(ctx, votes, quote);
  }
  return best && tighten(ctx, best, quote);
}
function compareCandidates(ctx, votes, quote) {
  const { corpus } = ctx;
  const candidates = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES);
  let best;
  const slack = Math.max(4, Math.ceil(quote.length / 2));
  const compared = [];
  for (const [bucket] of candidates) {
    if (compared.some(([a, b]) => bucket * BUCKET >= a + slack && bucket * BUCKET + BUCKET + quote.length <= b)) continue;
    const from = Math.max(0, bucket * BUCKET - slack);
    const to = Math.min(corpus.length, bucket * BUCKET + BUCKET + quote.length + slack);
    compared.push([from, to]);
    const window = Array.from(corpus.range(from, to), (id) => ctx.words[id]);
    const found = closestInWindow(ctx, from, window, quote);
    if (found && (!best || found.similarity > best.similarity)) best = found;
  }
  return best;
}
function tighten(ctx, passage, quote) {
  if (passage.last - passage.first >= TIGHTEN_WORDS) return passage;
  const words = (first2, last2) => Array.from({ length: last2 - first2 + 1 }, (_, k) => ctx.words[ctx.corpus.word(first2 + k)]);
  let { first, last } = passage;
  {
    const [sa2, qa2] = atomize(words(first, last), quote);
    const parts2 = diffSequences(sa2.map((a) => a.key).reverse(), qa2.map((a) => a.key).reverse(), diffArrays);
    let x2 = sa2.length;
    let y2 = qa2.length;
    let firstShared;
    for (const part of parts2) {
      const n = part.value.length;
      if (!part.added && !part.removed) firstShared = [x2 - n, y2 - n];
      if (!part.added) x2 -= n;
      if (!part.removed) y2 -= n;
    }
    if (!firstShared) return passage;
    const wordAt = sa2[firstShared[0]].word;
    const quoteBefore = qa2[firstShared[1]].word;
    first += Math.max(0, wordAt - quoteBefore);
  }
  const [sa, qa] = atomize(words(first, last), quote);
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  let x = 0;
  let y = 0;
  let shared = 0;
  let lastShared;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      shared += n;
      lastShared = [x + n - 1, y + n - 1];
    }
    if (!part.added) x += n;
    if (!part.removed) y += n;
  }
  if (!lastShared) return passage;
  const quoteAfter = quote.length - 1 - qa[lastShared[1]].word;
  const keep = Math.min(last - first, sa[lastShared[0]].word + quoteAfter);
  const atoms = sa.filter((a) => a.word <= keep).length;
  const similarity = 2 * shared / (qa.length + atoms);
  return similarity > passage.similarity ? { first, last: first + keep, similarity } : passage;
}
function positionsOf(corpus, word) {
  let known2 = positionsByCorpus.get(corpus);
  if (!known2) positionsByCorpus.set(corpus, known2 = /* @__PURE__ */ new Map());
  let positions = known2.get(word);
  if (positions) return positions;
  const lists = postingsOf(corpus, word);
  if (lists.length <= 1) positions = lists[0] ?? new Uint32Array(0);
  else {
    positions = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const list of lists) {
      positions.set(list, at);
      at += list.length;
    }
    positions.sort();
  }
  known2.set(word, positions);
  return positions;
}
var positionsByCorpus = /* @__PURE__ */ new WeakMap();
function forEachPair(a, b, gap, found) {
  if (a.length * 16 < b.length) {
    for (const p of a) if (includes(b, p + gap)) found(p);
    return;
  }
  if (b.length * 16 < a.length) {
    for (const q of b) if (q >= gap && includes(a, q - gap)) found(q - gap);
    return;
  }
  const last = b[b.length - 1] ?? 0;
  const bits = bitmapOf(last);
  for (let j = 0; j < b.length; j++) {
    const p = b[j] - gap;
    if (p >= 0) bits[p >>> 5] = bits[p >>> 5] | 1 << (p & 31);
  }
  for (let k = 0; k < a.length; k++) {
    const p = a[k];
    if (p <= last && (bits[p >>> 5] & 1 << (p & 31)) !== 0) found(p);
  }
  for (let j = 0; j < b.length; j++) {
    const p = b[j] - gap;
    if (p >= 0) bits[p >>> 5] = 0;
  }
}
function bitmapOf(size) {
  const words = (size >>> 5) + 1;
  if (scratch.length < words) scratch = new Uint32Array(Math.max(words, scratch.length * 2));
  return scratch;
}
var scratch = new Uint32Array(0);
function includes(list, value) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const v = list[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
var TIGHTEN_WORDS = 1e3;
var ALL_HEADS = 512;
var GAP_WORDS = 8;
function closestInWindow(ctx, from, window, quote) {
  const { corpus } = ctx;
  const [sa, qa] = atomize(window, quote);
  const counts = /* @__PURE__ */ new Map();
  for (const a of qa) counts.set(a.key, (counts.get(a.key) ?? 0) + 1);
  let bound = 0;
  for (const a of sa) {
    const c = counts.get(a.key) ?? 0;
    if (c > 0) {
      bound++;
      counts.set(a.key, c - 1);
    }
  }
  if (2 * bound / (qa.length + bound) < ALTERED_MIN_SIMILARITY) return void 0;
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  const atomsBefore = new Uint32Array(window.length + 1);
  for (const a of sa) atomsBefore[a.word + 1] = atomsBefore[a.word + 1] + 1;
  for (let k = 0; k < window.length; k++) atomsBefore[k + 1] = atomsBefore[k + 1] + atomsBefore[k];
  const paragraph = (k) => corpus.paragraph(from + k);
  const paraStart = new Uint32Array(window.length);
  const paraEnd = new Uint32Array(window.length);
  for (let k = 0; k < window.length; k++) paraStart[k] = k > 0 && paragraph(k) === paragraph(k - 1) ? paraStart[k - 1] : k;
  for (let k = window.length - 1; k >= 0; k--) paraEnd[k] = k + 1 < window.length && paragraph(k) === paragraph(k + 1) ? paraEnd[k + 1] : k;
  const runs = [];
  let x = 0;
  let y = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      runs.push({
        firstWord: sa[x].word,
        lastWord: sa[x + n - 1].word,
        length: n,
        quoteBefore: qa[y].word,
        quoteAfter: quote.length - 1 - qa[y + n - 1].word
      });
    }
    if (!part.added) x += n;
    if (!part.removed) y += n;
  }
  let best;
  const runParagraph = runs.map((run) => [paragraph(run.firstWord), paragraph(run.lastWord)]);
  const sharedFrom = new Float64Array(runs.length + 1);
  for (let i = runs.length - 1; i >= 0; i--) sharedFrom[i] = sharedFrom[i + 1] + runs[i].length;
  const isHead = (i) => runs.length <= ALL_HEADS || i === 0 || runs[i].firstWord - runs[i - 1].lastWord > GAP_WORDS;
  for (let i = 0; i < runs.length; i++) {
    if (!isHead(i)) continue;
    const most = sharedFrom[i];
    if (best && 2 * most / (qa.length + most) <= best.similarity) continue;
    const head = runs[i];
    const headParagraph = runParagraph[i][0];
    const first = Math.max(head.firstWord - head.quoteBefore, paraStart[head.firstWord]);
    let shared = 0;
    for (let j = i; j < runs.length; j++) {
      const run = runs[j];
      if (runParagraph[j][1] !== headParagraph) break;
      shared += run.length;
      const last = Math.min(run.lastWord + run.quoteAfter, paraEnd[run.lastWord]);
      const passageAtoms = atomsBefore[last + 1] - atomsBefore[first];
      const similarity = 2 * shared / (qa.length + passageAtoms);
      if (!best || similarity > best.similarity) best = { first: from + first, last: from + last, similarity };
    }
  }
  return best;
}
function locate(ctx, first, last) {
  const { data, corpus } = ctx;
  const sourceIndex = sourceOf(corpus, first);
  const { text, index } = sourceTextOf(data, sourceIndex);
  const startUnit = corpus.start(first);
  const endUnit = corpus.end(last);
  const span = { start: index.toCodePoint(startUnit), end: index.toCodePoint(endUnit) };
  const quote = containingRecord(data, sourceIndex, span, ["quote"]);
  const record = quote ?? containingRecord(data, sourceIndex, span, ["claim", "guarantee"], true);
  return {
    source: data.sourceIds[sourceIndex],
    span,
    match: text.slice(startUnit, endUnit),
    speaker: record === void 0 ? null : data.speaker(record),
    record: record === void 0 ? null : data.record(record).id,
    quoted: quote !== void 0,
    attribution: quote === void 0 ? null : attributionOf(data.record(quote))
  };
}
function attributionOf(record) {
  const given = record.kind === "quote" ? record.attribution : void 0;
  return given ? { rule: given.rule, cue: given.cue, confidence: given.confidence } : { rule: "reviewed", cue: record.cue?.text ?? null, confidence: "high" };
}
function containingRecord(data, sourceIndex, span, kinds, attributed = false) {
  let best;
  let bestLength = Infinity;
  for (const i of data.recordsOfSource(sourceIndex)) {
    if (!kinds.includes(data.kind(i)) || attributed && data.speaker(i) === null) continue;
    const s = data.span(i);
    if (s.start > span.start || s.end < span.end) continue;
    if (s.end - s.start < bestLength) {
      best = i;
      bestLength = s.end - s.start;
    }
  }
  return best;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ALTERED_MIN_SIMILARITY,
  containingRecord,
  forEachPair,
  verifyQuote
});
