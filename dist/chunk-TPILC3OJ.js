import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/path-inside.ts
import { isAbsolute, relative, resolve } from "node:path";
function isInside(child, parent) {
  const path = relative(resolve(parent), resolve(child));
  return path === "" || !path.startsWith("..") && !isAbsolute(path);
}

// src/shared/summary-text.ts
var REFERENCES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "\\": "&#92;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;"
};
function summaryText(text) {
  return text.replace(/[&<>"'|`\\*_[\]~]/g, (character) => REFERENCES[character] ?? character).replace(/\r\n|\r|\n/g, " ");
}
function summaryCode(text) {
  return `<code>${summaryText(text)}</code>`;
}

export {
  isInside,
  summaryText,
  summaryCode
};
//# sourceMappingURL=chunk-TPILC3OJ.js.map
