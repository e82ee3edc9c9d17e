import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  error,
  group,
  info,
  notice,
  setFailed,
  summary,
  warning
} from "./chunk-YQMGHQ5S.js";
import {
  escapeCommandData,
  neutralizeCommands
} from "./chunk-BM5O3AMR.js";

// src/shared/log.ts
import { AsyncLocalStorage } from "node:async_hooks";

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

// src/shared/failure-summary.ts
var INSTRUCTION = /^(?:run|set|unset|use|leave|pin|remove|add|give|quote|fix|write|name|raise|pass|install|check|did you mean|to \S+,|if\s)/i;
function splitFailure(message) {
  const at = message.lastIndexOf("; ");
  const tail = at < 0 ? "" : message.slice(at + 2).trim();
  if (!tail || !INSTRUCTION.test(tail)) return { problem: message };
  return { problem: message.slice(0, at), whatToDo: tail };
}
function failureSummaryMarkdown(title, message) {
  const { problem, whatToDo } = splitFailure(message);
  const lines = [`### \u274C ${summaryText(title)}`, "", summaryText(problem)];
  if (whatToDo) lines.push("", `**What to do:** ${summaryText(whatToDo)}`);
  lines.push("");
  return lines.join("\n");
}

// src/shared/log.ts
var heldLines = new AsyncLocalStorage();
function info2(message) {
  const line = neutralizeCommands(message);
  const held = heldLines.getStore();
  if (held) held.push(line);
  else info(line);
}
function holdInfo(body) {
  const lines = [];
  return {
    result: heldLines.run(lines, body),
    release: () => {
      for (const line of lines.splice(0)) info(line);
    }
  };
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
function messageOf(error3) {
  return error3 instanceof Error ? error3.message : String(error3);
}
function failWith(error3) {
  setFailed2(messageOf(error3));
}
async function failStep(title, error3) {
  failWith(error3);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(failureSummaryMarkdown(title, messageOf(error3)), true).write();
  } catch (summaryError) {
    info2(`the job summary could not be written: ${messageOf(summaryError)}`);
  }
}
async function group2(name, body) {
  return group(name, body);
}
function addMatcher(path) {
  info(`::add-matcher::${escapeCommandData(path)}`);
}

export {
  summaryText,
  summaryCode,
  info2 as info,
  holdInfo,
  warning2 as warning,
  error2 as error,
  notice2 as notice,
  setFailed2 as setFailed,
  failStep,
  group2 as group,
  addMatcher
};
//# sourceMappingURL=chunk-UUH7NTXT.js.map
