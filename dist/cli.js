#!/usr/bin/env node
import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  checkTree,
  countBySeverity,
  formatFinding,
  formatTotals
} from "./chunk-MOOR5XHU.js";
import "./chunk-XVOD6XAE.js";
import "./chunk-NNFJ34CN.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import {
  neutralizeCommands
} from "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/cli.ts
import { resolve } from "node:path";
var USAGE = "usage: setup-go-golden drift [dir] [--json] [--repository OWNER/NAME] [--ignore GLOB]...";
function main(args) {
  const [command, ...rest] = args;
  if (command === "--help" || command === "-h") {
    console.log(USAGE);
    return 0;
  }
  if (command !== "drift") {
    console.error(USAGE);
    return 2;
  }
  let json = false;
  let directory;
  const ignore = [];
  let repository;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") json = true;
    else if (arg === "--ignore" && rest[i + 1] !== void 0) ignore.push(rest[++i]);
    else if (arg.startsWith("--ignore=")) ignore.push(arg.slice("--ignore=".length));
    else if (arg === "--repository" && rest[i + 1] !== void 0) repository = rest[++i];
    else if (!arg.startsWith("-") && directory === void 0) directory = arg;
    else {
      console.error(`unknown argument ${arg}
${USAGE}`);
      return 2;
    }
  }
  const root = resolve(directory ?? ".");
  const result = checkTree(root, { ignore, repository });
  if (json) console.log(JSON.stringify(result.findings, null, 2));
  else {
    for (const finding of result.findings) console.log(neutralizeCommands(formatFinding(finding)));
    console.log(`${result.sites.length} Go version pin(s) checked: ${formatTotals(result.findings)}`);
  }
  return countBySeverity(result.findings).error > 0 ? 1 : 0;
}
try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`setup-go-golden: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
//# sourceMappingURL=cli.js.map
