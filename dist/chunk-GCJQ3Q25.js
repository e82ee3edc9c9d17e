import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-X7OREOBU.js";
import {
  summaryCode,
  summaryText
} from "./chunk-UUH7NTXT.js";

// src/inputs/cache.ts
var MAX_KEY_SUFFIX = 256;
var MAX_BRANCH_NAME = 255;
function parseCacheSave(read) {
  const mode = read.choice("cache-save", ["auto", "always", "never"], "auto");
  const branch = read.text("default-branch", { max: MAX_BRANCH_NAME });
  return branch ? { mode, runnerDefaultBranch: branch } : { mode };
}
function parseCacheInputs(read) {
  const keySuffix = read.text("cache-key-suffix", { max: MAX_KEY_SUFFIX });
  if (keySuffix.includes(",")) throw new InputError("cache-key-suffix", "may not hold a comma (cache keys cannot)");
  return {
    enabled: read.boolean("cache", true),
    // One glob per line: a comma is part of a glob ({a,b}).
    dependencyPath: read.list("cache-dependency-path", { lines: true, max: 16384 }),
    save: parseCacheSave(read),
    keySuffix
  };
}

// src/cache/summary.ts
function formatSize(size) {
  const amount = size.bytes < 1048576 ? `${(size.bytes / 1024).toFixed(1)} KiB` : `${(size.bytes / 1048576).toFixed(1)} MiB`;
  return `${amount} (${size.of === "archive" ? "archive downloaded" : "folder\u2019s files"})`;
}
function restoreRow({ label, outcome }) {
  switch (outcome.state) {
    case "exact":
      return `| ${label} | \u2705 hit (exact key) | ${summaryCode(outcome.matchedKey)} | ${formatSize(outcome.size)} |`;
    case "partial":
      return `| ${label} | \u21A9\uFE0F restored from a restore-key match; ${summaryCode(outcome.key)} missed | ${summaryCode(outcome.matchedKey)} | ${formatSize(outcome.size)} |`;
    case "miss":
      return `| ${label} | \u2796 miss: no entry for ${summaryCode(outcome.key)} or its restore keys | | |`;
    case "failed":
      return `| ${label} | \u26A0\uFE0F not restored: ${summaryText(outcome.reason)} | | |`;
    case "disabled":
      return `| ${label} | disabled (${summaryText(outcome.reason)}) | | |`;
    case "unavailable":
      return `| ${label} | unavailable: the Actions cache service is not available to this job | | |`;
  }
}
function restoreSummaryMarkdown(lines) {
  return [
    "### Go caches restored",
    "",
    "| Cache | Result | Key restored | Size restored |",
    "|---|---|---|---|",
    ...lines.map(restoreRow),
    "",
    ""
  ].join("\n");
}
function saveSummaryMarkdown(outcomes, refusal) {
  const lines = ["### Go caches saved", ""];
  if (refusal !== void 0) lines.push(`Not saved: ${summaryText(refusal)}`);
  else {
    lines.push("| Cache | Result | Key | Size |", "|---|---|---|---|");
    for (const outcome of outcomes) {
      lines.push(
        outcome.saved ? `| ${outcome.label} | \u2705 saved | ${summaryCode(outcome.key)} | ${formatSize(outcome.size)} |` : `| ${outcome.label} | not saved: ${summaryText(outcome.reason)} | ${summaryCode(outcome.key)} | |`
      );
    }
  }
  lines.push("", "");
  return lines.join("\n");
}

export {
  parseCacheSave,
  parseCacheInputs,
  restoreSummaryMarkdown,
  saveSummaryMarkdown
};
//# sourceMappingURL=chunk-GCJQ3Q25.js.map
