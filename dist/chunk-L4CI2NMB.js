import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  sleep
} from "./chunk-PI6JENBU.js";
import {
  completeVersionFolders,
  receiptPath,
  slotDir,
  toolCacheRoot
} from "./chunk-DRZAVMTK.js";
import {
  satisfiesVersionSpec
} from "./chunk-FAKZ4MPP.js";
import {
  compareGoVersions,
  formatGoVersion,
  fromSemver,
  parseGoVersion,
  toSemver
} from "./chunk-NBMMN6Z4.js";

// src/process/run.ts
import { spawn } from "node:child_process";
function runQuiet(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let timedOut = false;
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    const timer = options.timeoutMs ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs) : void 0;
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        timedOut
      });
    });
  });
}
async function runChecked(command, args, options = {}) {
  const result = await runQuiet(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}

// src/tool-cache/entries.ts
import { randomBytes } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import { basename, join } from "node:path";

// src/trust/trust-anchor.ts
var SHA256_SOURCES = ["go.dev", "mirror", "pinned"];
var DEFAULT_SUMDB = { name: "sum.golang.org", keyHash: "033de0ae" };
function isDefaultSumdb(anchor) {
  return anchor.kind === "sumdb" && anchor.name === DEFAULT_SUMDB.name && anchor.keyHash === DEFAULT_SUMDB.keyHash;
}
function sumdbLabel(anchor) {
  return isDefaultSumdb(anchor) || anchor.keyHash === void 0 ? anchor.name : `${anchor.name}+${anchor.keyHash}`;
}
function formatTrustAnchor(anchor) {
  switch (anchor.kind) {
    case "sha256":
      return `sha256:${anchor.from}`;
    case "openpgp":
      return `openpgp:${anchor.fingerprint}`;
    case "sumdb":
      return `sumdb:${sumdbLabel(anchor)}`;
  }
}
function storedTrustAnchor(anchor) {
  return anchor.kind === "sumdb" && anchor.keyHash !== void 0 ? `sumdb:${anchor.name}+${anchor.keyHash}` : formatTrustAnchor(anchor);
}
function formatTrustAnchors(anchors, separator = ",") {
  return anchors.map(formatTrustAnchor).join(separator);
}
function parseTrustAnchor(text) {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) return void 0;
  const kind = text.slice(0, colon);
  const detail = text.slice(colon + 1);
  if (kind === "sha256") {
    const from = SHA256_SOURCES.find((source) => source === detail);
    return from && { kind, from };
  }
  if (kind === "openpgp") return { kind, fingerprint: detail };
  if (kind === "sumdb") {
    const keyed = /^([^+\s]+)\+([0-9a-f]{8})$/u.exec(detail);
    if (keyed) return { kind, name: keyed[1], keyHash: keyed[2] };
    return /^[^+\s]+$/u.test(detail) ? { kind, name: detail } : void 0;
  }
  return void 0;
}
function provesOrigin(anchor) {
  return anchor.kind !== "sha256" || anchor.from !== "mirror";
}
function originUnproven(anchors) {
  return !anchors.some(provesOrigin);
}

// src/tool-cache/entries.ts
function storedReceipt(receipt) {
  return { ...receipt, anchors: receipt.anchors.map(storedTrustAnchor) };
}
function wellFormed(stored) {
  return typeof stored.version === "string" && typeof stored.source === "string" && typeof stored.installedAt === "string" && (stored.sha256 === void 0 || typeof stored.sha256 === "string" && /^[0-9a-f]{64}$/.test(stored.sha256)) && (stored.size === void 0 || typeof stored.size === "number") && (stored.h1 === void 0 || typeof stored.h1 === "string" && /^h1:[A-Za-z0-9+/]{43}=$/.test(stored.h1));
}
function receiptFromDisk(stored) {
  if (!stored || !Array.isArray(stored.anchors) || !wellFormed(stored)) return void 0;
  const anchors = stored.anchors.map((text) => typeof text === "string" ? parseTrustAnchor(text) : void 0);
  if (anchors.some((anchor) => anchor === void 0)) return void 0;
  return { ...stored, anchors };
}
function newReceipt(version, arch, facts) {
  return { tool: "setup-go-golden", version, arch, installedAt: (/* @__PURE__ */ new Date()).toISOString(), ...facts };
}
var MARKER_WAIT_MS = 12e4;
function goSlot(version, arch) {
  const parsed = parseGoVersion(version);
  if (!parsed) throw new Error(`not a Go version: ${version}`);
  return { tool: "go", versionFolder: toSemver(parsed), arch };
}
async function readToolReceipt(slot) {
  try {
    const receipt = JSON.parse(await fs.readFile(receiptPath(slot), "utf8"));
    return receipt.tool === "setup-go-golden" ? receipt : void 0;
  } catch {
    return void 0;
  }
}
async function writeToolReceipt(slot, receipt) {
  const path = receiptPath(slot);
  const partial = `${path}.${randomBytes(4).toString("hex")}.partial`;
  try {
    await fs.writeFile(partial, `${JSON.stringify(receipt, null, 2)}
`);
    await fs.rename(partial, path);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}
async function writeReceipt(receipt) {
  await writeToolReceipt(goSlot(receipt.version, receipt.arch), storedReceipt(receipt));
}
async function listCachedGo(arch) {
  const found = [];
  for (const semver of completeVersionFolders("go", arch)) {
    const parsed = fromSemver(semver);
    if (!parsed) continue;
    const version = formatGoVersion(parsed);
    found.push({
      version,
      goRoot: join(toolCacheRoot(), "go", semver, arch),
      receipt: receiptFromDisk(await readToolReceipt(goSlot(version, arch)))
    });
  }
  return found;
}
function newestCachedSatisfying(cached, spec) {
  return cached.filter((entry) => satisfiesVersionSpec(spec, entry.version)).sort((a, b) => compareGoVersions(b.version, a.version))[0];
}
async function createStagingDir() {
  const base = join(toolCacheRoot(), ".setup-go-golden-staging");
  await fs.mkdir(base, { recursive: true, mode: 448 });
  return fs.mkdtemp(join(base, `${process.pid}-`));
}
async function removeStagingDir(staging) {
  await fs.rm(staging, { recursive: true, force: true });
}
async function promoteToToolCache(stagedGoRoot, receipt) {
  return promoteToolToCache(goSlot(receipt.version, receipt.arch), stagedGoRoot, storedReceipt(receipt), `Go ${receipt.version}`);
}
async function promoteToolToCache(slot, staged, receipt, label) {
  const dir = slotDir(slot);
  const installed = join(dir, slot.arch);
  const marker = `${installed}.complete`;
  await fs.mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.rename(staged, installed);
      await writeToolReceipt(slot, receipt);
      await fs.writeFile(marker, "");
      return installed;
    } catch (error) {
      const code = error.code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "EISDIR") throw error;
    }
    const deadline = Date.now() + MARKER_WAIT_MS;
    while (Date.now() < deadline && !existsSync(marker)) await sleep(200);
    if (existsSync(marker)) return installed;
    await removeTree(moveAside(installed, "abandoned"));
  }
  throw new Error(`could not place ${label} at ${installed}`);
}
async function moveAside(installed, why) {
  const aside = join(installed, "..", `.${why}-${basename(installed)}-${randomBytes(4).toString("hex")}`);
  await fs.rename(installed, aside);
  return aside;
}
async function removeTree(path) {
  await fs.rm(await path, { recursive: true, force: true });
}
async function replaceInToolCache(stagedGoRoot, receipt) {
  const slot = goSlot(receipt.version, receipt.arch);
  const goRoot = join(slotDir(slot), slot.arch);
  await fs.rm(receiptPath(slot), { force: true });
  const aside = existsSync(goRoot) ? await moveAside(goRoot, "replaced") : void 0;
  try {
    return await promoteToToolCache(stagedGoRoot, receipt);
  } finally {
    if (aside !== void 0) await removeTree(aside);
  }
}

export {
  runQuiet,
  runChecked,
  isDefaultSumdb,
  sumdbLabel,
  formatTrustAnchor,
  formatTrustAnchors,
  provesOrigin,
  originUnproven,
  newReceipt,
  readToolReceipt,
  writeReceipt,
  listCachedGo,
  newestCachedSatisfying,
  createStagingDir,
  removeStagingDir,
  promoteToToolCache,
  promoteToolToCache,
  replaceInToolCache
};
//# sourceMappingURL=chunk-L4CI2NMB.js.map
