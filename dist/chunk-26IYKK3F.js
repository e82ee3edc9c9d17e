import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  error,
  group,
  info,
  notice,
  setFailed,
  warning
} from "./chunk-YQMGHQ5S.js";
import {
  escapeCommandData,
  neutralizeCommands
} from "./chunk-BM5O3AMR.js";

// src/shared/log.ts
function info2(message) {
  info(neutralizeCommands(message));
}
function warning2(message, properties) {
  warning(message, properties);
}
function error2(message, properties) {
  error(message, properties);
}
function notice2(message, properties) {
  notice(message, properties);
}
function setFailed2(message) {
  setFailed(message);
}
function failWith(error3) {
  setFailed2(error3 instanceof Error ? error3.message : String(error3));
}
async function group2(name, body) {
  return group(name, body);
}
function addMatcher(path) {
  info(`::add-matcher::${escapeCommandData(path)}`);
}

export {
  info2 as info,
  warning2 as warning,
  error2 as error,
  notice2 as notice,
  setFailed2 as setFailed,
  failWith,
  group2 as group,
  addMatcher
};
//# sourceMappingURL=chunk-26IYKK3F.js.map
