import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  getInput
} from "./chunk-YQMGHQ5S.js";

// src/inputs/reader.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`input ${input}: ${problem}`);
    this.input = input;
  }
  input;
  name = "InputError";
};
var MAX_INPUT_LENGTH = 4096;
var MAX_ITEM_LENGTH = 1024;
var MAX_PATH_BYTES = 4095;
var MAX_NAME_BYTES = 255;
var TRUE_WORDS = ["true", "True", "TRUE"];
var FALSE_WORDS = ["false", "False", "FALSE"];
function shown(value) {
  const cut = value.length > 80 ? `${value.slice(0, 60)}\u2026 (${value.length} characters)` : value;
  return JSON.stringify(cut);
}
var InputReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  /** Every input name read so far: a test checks it against the action's declared inputs. */
  read = /* @__PURE__ */ new Set();
  /** The raw value, length-checked. */
  raw(name, max = MAX_INPUT_LENGTH) {
    this.read.add(name);
    const value = this.source(name);
    if (value.length > max) throw new InputError(name, `${value.length} characters is too long (at most ${max})`);
    return value;
  }
  /** Trimmed text; single-line unless `multiline`. */
  text(name, options = {}) {
    const value = this.raw(name, options.max).trim();
    if (!options.multiline && /[\r\n]/.test(value)) throw new InputError(name, `${shown(value)} must be a single line`);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value))
      throw new InputError(name, `${shown(value)} holds control characters`);
    return value;
  }
  boolean(name, fallback) {
    const value = this.text(name);
    if (value === "") return fallback;
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    throw new InputError(name, `${shown(value)} is not a boolean: use true or false (also True, TRUE, False, FALSE)`);
  }
  choice(name, choices, fallback) {
    const value = this.text(name);
    if (value === "") return fallback;
    const choice = choices.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (choice !== void 0) return choice;
    throw new InputError(name, `${shown(value)} is not one of ${choices.join(", ")}`);
  }
  /** Items separated by newlines (and commas unless `lines`); blanks dropped; `#` starts a comment to the end of the line. */
  list(name, options = {}) {
    return splitList(name, this.raw(name, options.max), options.lines ?? false);
  }
  /** A whole number >= `min`; undefined when empty. */
  integer(name, min = 1) {
    const value = this.text(name);
    if (value === "") return void 0;
    if (!/^[0-9]+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
      throw new InputError(name, `${shown(value)} is not a whole number >= ${min}`);
    }
    return Number(value);
  }
  /** A path the system can hold: no control characters, within PATH_MAX and NAME_MAX. Empty: `fallback`. */
  path(name, fallback = "") {
    const value = this.text(name) || fallback;
    checkPathLength(name, value);
    return value;
  }
  /** A plain file name: no directory part. */
  fileName(name, fallback) {
    const value = this.path(name, fallback);
    if (/[\\/]/.test(value) || value === "." || value === "..") throw new InputError(name, `${shown(value)} must be a plain file name`);
    return value;
  }
};
function checkPathLength(name, path) {
  const bytes = Buffer.byteLength(path);
  if (bytes > MAX_PATH_BYTES) throw new InputError(name, `the path is too long (${bytes} bytes; at most ${MAX_PATH_BYTES})`);
  const long = path.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_NAME_BYTES);
  if (long !== void 0) {
    throw new InputError(name, `the path element ${shown(long)} is too long (${Buffer.byteLength(long)} bytes; at most ${MAX_NAME_BYTES})`);
  }
}
function splitList(name, text, lines) {
  const items = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, "")).flatMap((line) => lines ? [line] : line.split(",")).map((item) => item.trim()).filter(Boolean);
  for (const item of items) {
    if (item.length > MAX_ITEM_LENGTH)
      throw new InputError(name, `the entry ${shown(item)} is too long (at most ${MAX_ITEM_LENGTH} characters)`);
    if (/[\u0000-\u001f\u007f]/.test(item)) throw new InputError(name, `the entry ${shown(item)} holds control characters`);
  }
  return items;
}

// src/inputs/action.ts
function actionInputs() {
  return new InputReader((name) => getInput(name, { trimWhitespace: false }));
}
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
function runningRepository() {
  const repository = process.env.GITHUB_REPOSITORY;
  return repository !== void 0 && REPOSITORY.test(repository) ? repository : void 0;
}
function workspaceDirectory() {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

export {
  InputError,
  shown,
  actionInputs,
  runningRepository,
  workspaceDirectory
};
//# sourceMappingURL=chunk-X7OREOBU.js.map
