import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/log-text.ts
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function neutralizeCommands(message) {
  return message.split(/(\r\n|\r|\n)/).map((part, index) => index % 2 === 1 ? part : part.replace(/^(\s*):(?=:)/, "$1%3A").replace(/##\[/g, "##%5B")).join("");
}

export {
  escapeCommandData,
  neutralizeCommands
};
//# sourceMappingURL=chunk-BM5O3AMR.js.map
