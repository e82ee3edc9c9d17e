import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  startGoRootHash
} from "./chunk-BBTO3QLS.js";
import {
  streamDownload
} from "./chunk-PEOIIJ5N.js";
import "./chunk-VNSKBGDO.js";
import {
  MAX_MODULE_ZIP_BYTES,
  TOOLCHAIN_MODULE,
  TOOLCHAIN_ORIGIN,
  moduleArch,
  parseToolchainModuleVersion,
  parseVersionList,
  toolchainModuleVersion
} from "./chunk-JTIA7XNC.js";
import "./chunk-UKWSVPRX.js";
import "./chunk-IS4RGL6S.js";
import "./chunk-CLOEEFTM.js";
import {
  GoproxyError,
  describeEntry,
  describeGoproxy,
  gosumdbSecrets,
  isNotFound,
  openNote,
  parseGoproxy,
  parseGosumdb,
  redactUrl,
  sumdbAnchor,
  tryProxies,
  urlSecrets
} from "./chunk-Y2Q5KOXR.js";
import {
  HttpStatusError
} from "./chunk-XHVA37CI.js";
import "./chunk-PI6JENBU.js";
import {
  info
} from "./chunk-UUH7NTXT.js";
import {
  setSecret
} from "./chunk-YQMGHQ5S.js";
import {
  describeVersionSpec,
  resolveVersionSpec
} from "./chunk-FAKZ4MPP.js";
import {
  formatGoVersion
} from "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/install/routes/proxy/index.ts
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";

// src/install/routes/proxy/http.ts
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { buffer } from "node:stream/consumers";
function splitCredentials(url) {
  const parsed = new URL(url);
  if (parsed.username === "" && parsed.password === "") return { plainUrl: url, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = "";
  parsed.password = "";
  return {
    plainUrl: parsed.toString(),
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}` }
  };
}
function requestFor(url, expectation, log) {
  const { plainUrl, headers } = splitCredentials(url);
  return { plainUrl, options: { headers, ...expectation, ...log ? { log } : {} } };
}
async function getBytes(url, expectation, log) {
  const { plainUrl, options } = requestFor(url, expectation, log);
  return streamDownload(plainUrl, options, (body) => buffer(body));
}
async function getText(url, expectation, log) {
  return (await getBytes(url, expectation, log)).toString("utf8");
}
async function downloadToFile(url, dest, expectation, log) {
  const { plainUrl, options } = requestFor(url, expectation, log);
  return streamDownload(plainUrl, options, async (body) => {
    await pipeline(body, createWriteStream(dest));
    return (await stat(dest)).size;
  });
}

// src/sumdb/tlog.ts
import { createHash } from "node:crypto";
var HASH_SIZE = 32;
var TILE_HEIGHT = 8;
var TILE_WIDTH = 1 << TILE_HEIGHT;
var TREE_HEADER = "go.sum database tree\n";
var TlogError = class extends Error {
  name = "TlogError";
};
function recordHash(record) {
  return createHash("sha256").update(Buffer.from([0])).update(record).digest();
}
function nodeHash(left, right) {
  return createHash("sha256").update(Buffer.from([1])).update(left).update(right).digest();
}
function parseTree(text) {
  if (!text.startsWith(TREE_HEADER)) throw new TlogError('malformed tree note: missing "go.sum database tree" header');
  const lines = text.slice(TREE_HEADER.length).split("\n");
  const [sizeText, hashText] = lines;
  if (lines.length < 3 || lines[lines.length - 1] !== "" || sizeText === void 0 || hashText === void 0) {
    throw new TlogError("malformed tree note: want size and root hash lines");
  }
  if (!/^(0|[1-9][0-9]{0,15})$/u.test(sizeText)) throw new TlogError(`malformed tree note: bad size "${sizeText}"`);
  const rootHash = Buffer.from(hashText, "base64");
  if (rootHash.length !== HASH_SIZE || rootHash.toString("base64") !== hashText) {
    throw new TlogError(`malformed tree note: bad root hash "${hashText}"`);
  }
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new TlogError(`malformed tree note: size ${sizeText} is too large`);
  return { size, rootHash };
}
function parseLookupRecord(body) {
  const firstNewline = body.indexOf("\n");
  const idText = body.slice(0, firstNewline);
  if (firstNewline < 0 || !/^(0|[1-9][0-9]{0,15})$/u.test(idText)) throw new TlogError("malformed lookup answer: bad record id line");
  const blank = body.indexOf("\n\n", firstNewline);
  if (blank < 0) throw new TlogError("malformed lookup answer: no blank line after the record");
  return { id: Number(idText), text: body.slice(firstNewline + 1, blank + 1), treeNote: body.slice(blank + 2) };
}
function tilePath(level, index, width) {
  let digits = String(index % 1e3).padStart(3, "0");
  for (let rest = Math.floor(index / 1e3); rest > 0; rest = Math.floor(rest / 1e3)) {
    digits = `x${String(rest % 1e3).padStart(3, "0")}/${digits}`;
  }
  const partial = width < TILE_WIDTH ? `.p/${width}` : "";
  return `tile/${TILE_HEIGHT}/${level}/${digits}${partial}`;
}
function largestPowerOfTwoBelow(n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
async function proveRecordInclusion(tree, recordId, leaf, readTile2) {
  if (!Number.isSafeInteger(recordId) || recordId < 0 || recordId >= tree.size) {
    throw new TlogError(`record ${recordId} is outside the signed tree of size ${tree.size}`);
  }
  const tiles = /* @__PURE__ */ new Map();
  const tileRow = (level, index) => {
    const width = Math.min(TILE_WIDTH, Math.floor(tree.size / 2 ** (level * TILE_HEIGHT)) - index * TILE_WIDTH);
    const key = `${level}/${index}`;
    let pending = tiles.get(key);
    if (pending === void 0) {
      pending = readTile2({ level, index, width }).then((data) => {
        if (data.length < width * HASH_SIZE || data.length % HASH_SIZE !== 0) {
          throw new TlogError(`tile ${tilePath(level, index, width)} has ${data.length} bytes, want ${width * HASH_SIZE}`);
        }
        return Buffer.from(data.buffer, data.byteOffset, width * HASH_SIZE);
      });
      tiles.set(key, pending);
    }
    return pending;
  };
  const completeSubtree = async (start, height) => {
    const level = Math.floor(height / TILE_HEIGHT);
    const span = 2 ** (height - level * TILE_HEIGHT);
    const first = start / 2 ** (level * TILE_HEIGHT);
    const tileIndex = Math.floor(first / TILE_WIDTH);
    const row = await tileRow(level, tileIndex);
    const offset = first - tileIndex * TILE_WIDTH;
    let hashes = [];
    for (let i = 0; i < span; i++) hashes.push(row.subarray((offset + i) * HASH_SIZE, (offset + i + 1) * HASH_SIZE));
    while (hashes.length > 1) {
      const parents = [];
      for (let i = 0; i < hashes.length; i += 2) parents.push(nodeHash(hashes[i], hashes[i + 1]));
      hashes = parents;
    }
    return hashes[0];
  };
  const rangeHash = async (start, end) => {
    const size = end - start;
    const height = Math.log2(size);
    if (Number.isInteger(height) && start % size === 0) return completeSubtree(start, height);
    const split = largestPowerOfTwoBelow(size);
    const [left, right] = await Promise.all([rangeHash(start, start + split), rangeHash(start + split, end)]);
    return nodeHash(left, right);
  };
  const rootWithLeaf = async (start, end) => {
    if (end - start === 1) return Buffer.from(leaf);
    const middle = start + largestPowerOfTwoBelow(end - start);
    if (recordId < middle) {
      const [left2, right2] = await Promise.all([rootWithLeaf(start, middle), rangeHash(middle, end)]);
      return nodeHash(left2, right2);
    }
    const [left, right] = await Promise.all([rangeHash(start, middle), rootWithLeaf(middle, end)]);
    return nodeHash(left, right);
  };
  const rebuilt = await rootWithLeaf(0, tree.size);
  if (!rebuilt.equals(tree.rootHash)) {
    throw new TlogError(
      `record ${recordId} is not proved to be in the signed tree of size ${tree.size}: the hashes from the tiles do not lead to the signed root`
    );
  }
}

// src/install/routes/proxy/sumdb-client.ts
var SUMDB_ANSWER = { maxBytes: 1024 * 1024, expecting: "a checksum database answer" };
var SumdbVerificationError = class extends Error {
  name = "SumdbVerificationError";
};
var SumdbNoRecordError = class extends SumdbVerificationError {
  name = "SumdbNoRecordError";
};
async function findSumdbBase(entries, sumdb, request = {}, goproxy = "GOPROXY") {
  for (const entry of entries) {
    if (entry.kind !== "url") break;
    const base = `${entry.url}/sumdb/${sumdb.name}`;
    try {
      await getBytes(`${base}/supported`, { ...SUMDB_ANSWER, ...request });
      return base;
    } catch (error) {
      if (!entry.fallThroughOnAnyError && !isNotFound(error)) {
        throw new GoproxyError(
          `checking whether ${describeEntry(entry)} (from ${goproxy}) serves the checksum database ${sumdb.name}: ${error.message}`
        );
      }
    }
  }
  return sumdb.directUrl;
}
async function readTile(base, tile, request) {
  try {
    return await getBytes(`${base}/${tilePath(tile.level, tile.index, tile.width)}`, { ...SUMDB_ANSWER, ...request });
  } catch (error) {
    if (tile.width < 256 && error instanceof HttpStatusError && isNotFound(error)) {
      return getBytes(`${base}/${tilePath(tile.level, tile.index, 256)}`, { ...SUMDB_ANSWER, ...request });
    }
    throw error;
  }
}
async function lookupVerified(base, sumdb, module, version, request = {}) {
  const what = `${module}@${version} in the checksum database ${sumdb.name}`;
  const fail = (reason) => {
    throw new SumdbVerificationError(`cannot verify ${what}: ${reason}`);
  };
  let body;
  try {
    body = await getText(`${base}/lookup/${module}@${version}`, { ...SUMDB_ANSWER, ...request });
  } catch (error) {
    if (isNotFound(error)) throw new SumdbNoRecordError(`the checksum database ${sumdb.name} has no record of ${module}@${version}`);
    return fail(`lookup failed: ${error.message}`);
  }
  let record;
  let opened;
  let tree;
  try {
    record = parseLookupRecord(body);
    opened = openNote(record.treeNote, [sumdb.verifier]);
    tree = parseTree(opened.text);
  } catch (error) {
    return fail(error.message);
  }
  try {
    await proveRecordInclusion(tree, record.id, recordHash(Buffer.from(record.text, "utf8")), (tile) => readTile(base, tile, request));
  } catch (error) {
    return fail(`inclusion proof failed: ${error.message}`);
  }
  let zipHash;
  let goModHash;
  for (const line of record.text.split("\n").slice(0, -1)) {
    const fields = line.split(" ");
    if (fields.length !== 3 || fields[0] !== module) fail(`the record holds a line for another module: "${line}"`);
    if (fields[1] === version) zipHash = fields[2];
    else if (fields[1] === `${version}/go.mod`) goModHash = fields[2];
    else fail(`the record holds a line for another version: "${line}"`);
  }
  if (zipHash === void 0 || goModHash === void 0) return fail("the record lacks the module or go.mod hash");
  return { zipHash, goModHash, recordId: record.id, treeSize: tree.size, signers: opened.verifiedBy };
}

// src/install/routes/proxy/index.ts
function context(options) {
  const entries = parseGoproxy(options.goproxy);
  for (const entry of entries) if (entry.kind === "url") for (const secret of urlSecrets(entry.url)) setSecret(secret);
  const sumdb = parseGosumdb(options.gosumdb);
  for (const secret of gosumdbSecrets(sumdb)) setSecret(secret);
  return {
    entries,
    goproxy: describeGoproxy(options.goproxy),
    sumdb,
    sumdbAttempts: options.sumdbAttempts,
    origin: (options.origin ?? TOOLCHAIN_ORIGIN).replace(/\/+$/u, ""),
    log: options.log ?? ((line) => info(line))
  };
}
var moduleUrl = (base, file) => `${base}/${TOOLCHAIN_MODULE}/@v/${file}`;
var VERSION_LIST = { maxBytes: 16 * 1024 ** 2, expecting: "a version list" };
var MODULE_ZIP = { maxBytes: MAX_MODULE_ZIP_BYTES, expecting: "a module zip" };
async function listProxyReleases(goos, goarch, options = {}) {
  const ctx = context(options);
  const arch = moduleArch(goarch);
  const list = await tryProxies(ctx.entries, ctx.origin, `listing ${TOOLCHAIN_MODULE} versions through ${ctx.goproxy}`, async (base) => {
    const url = moduleUrl(base, "list");
    return parseVersionList(await getText(url, VERSION_LIST), redactUrl(url));
  });
  return list.map((line) => parseToolchainModuleVersion(line)).filter((listing) => listing !== void 0 && listing.goos === goos && listing.goarch === arch).map((listing) => ({ version: formatGoVersion(listing.release), stable: listing.release.pre === void 0 }));
}
async function resolveFromProxy(spec, options) {
  const releases = await listProxyReleases(options.goos, options.goarch, options);
  const version = resolveVersionSpec(spec, releases);
  if (version === void 0) {
    throw new Error(
      `${describeGoproxy(options.goproxy)} lists no ${TOOLCHAIN_MODULE} release for ${options.goos}-${moduleArch(options.goarch)} matching ${describeVersionSpec(spec)} (${releases.length} releases listed for that platform)`
    );
  }
  return version;
}
async function verifiedRecord(ctx, moduleVersion, signal) {
  const request = { signal, attempts: ctx.sumdbAttempts };
  const first = ctx.entries[0];
  const likelyBase = first?.kind === "url" ? `${first.url}/sumdb/${ctx.sumdb.name}` : void 0;
  const early = likelyBase === void 0 ? void 0 : lookupVerified(likelyBase, ctx.sumdb, TOOLCHAIN_MODULE, moduleVersion, request);
  early?.catch(() => void 0);
  const base = await findSumdbBase(ctx.entries, ctx.sumdb, request, ctx.goproxy);
  const record = await (base === likelyBase ? early : lookupVerified(base, ctx.sumdb, TOOLCHAIN_MODULE, moduleVersion, request));
  return { record, base };
}
async function downloadAndVerifyFromProxy(request) {
  const ctx = context(request);
  const moduleVersion = toolchainModuleVersion(request.version, request.goos, request.goarch);
  const stagedGoRoot = join(request.stagingDir, "go");
  const zipPath = join(request.stagingDir, `${moduleVersion}.zip`);
  await mkdir(request.stagingDir, { recursive: true });
  const abandon = new AbortController();
  const proof = verifiedRecord(ctx, moduleVersion, abandon.signal);
  proof.catch(() => void 0);
  try {
    const { zipBytes, from } = await tryProxies(
      ctx.entries,
      ctx.origin,
      `downloading ${TOOLCHAIN_MODULE}@${moduleVersion} through ${ctx.goproxy}`,
      async (base2) => {
        ctx.log(`Downloading ${TOOLCHAIN_MODULE}@${moduleVersion} from ${redactUrl(base2)}`);
        return { zipBytes: await downloadToFile(moduleUrl(base2, `${moduleVersion}.zip`), zipPath, MODULE_ZIP), from: redactUrl(base2) };
      }
    );
    const { extractToolchainZip, UnsafeZipError } = await import("./zip-install-K2LZCXUR.js");
    let extracted;
    try {
      extracted = await extractToolchainZip(zipPath, moduleVersion, stagedGoRoot);
    } catch (error) {
      throw new UnsafeZipError(
        `${TOOLCHAIN_MODULE}@${moduleVersion} from ${from} is not a usable module zip: ${error.message}; not retried`
      );
    }
    const { record, base } = await proof;
    if (extracted.zipHash !== record.zipHash) {
      throw new SumdbVerificationError(
        `${TOOLCHAIN_MODULE}@${moduleVersion}: the downloaded zip hashes to ${extracted.zipHash}, but the checksum database ${ctx.sumdb.name} records ${record.zipHash}; the download is not the published release`
      );
    }
    ctx.log(
      `Verified ${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash}: record ${record.recordId} proved in the tree of size ${record.treeSize} signed by ${record.signers.join(", ")}`
    );
    return {
      stagedGoRoot,
      anchors: [sumdbAnchor(ctx.sumdb)],
      details: {
        moduleVersion,
        zipHash: record.zipHash,
        recordId: record.recordId,
        treeSize: record.treeSize,
        sumdbBase: redactUrl(base),
        files: extracted.files,
        zipBytes
      }
    };
  } catch (error) {
    abandon.abort();
    await rm(stagedGoRoot, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(zipPath, { force: true });
  }
}
async function checkTreeAgainstSumdb(goRoot, version, goos, goarch, options = {}, hashing) {
  const ctx = context(options);
  const moduleVersion = hashing?.moduleVersion ?? toolchainModuleVersion(version, goos, goarch);
  const proof = verifiedRecord(ctx, moduleVersion);
  const tree = hashing?.tree ?? startGoRootHash(goRoot, version, goos, goarch).tree;
  proof.catch(() => void 0);
  let record;
  try {
    ({ record } = await proof);
  } catch (error) {
    if (!(error instanceof SumdbNoRecordError)) throw error;
    return { kind: "mismatch", moduleVersion, reason: `${error.message}: the Go at ${goRoot} is no Go release` };
  }
  const hashed = await tree;
  const what = `Go ${version} ${goos}/${goarch} as recorded in the checksum database ${ctx.sumdb.name} (${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash})`;
  if (hashed.h1 === void 0) {
    const shown = hashed.unexpected.slice(0, 3).join(", ") + (hashed.unexpected.length > 3 ? ", ..." : "");
    return {
      kind: "mismatch",
      moduleVersion,
      recorded: record.zipHash,
      reason: `the Go at ${goRoot} is not ${what}: it holds ${hashed.unexpected.length} links or other non-files (${shown}); a release holds regular files only`
    };
  }
  if (hashed.h1 !== record.zipHash) {
    return {
      kind: "mismatch",
      moduleVersion,
      recorded: record.zipHash,
      reason: `the Go at ${goRoot} does not match ${what}: its files hash to ${hashed.h1}; a file was changed, added or removed`
    };
  }
  ctx.log(
    `Verified the Go at ${goRoot} (${hashed.files} files) against ${TOOLCHAIN_MODULE}@${moduleVersion} ${record.zipHash} in ${ctx.sumdb.name}`
  );
  return { kind: "match", anchors: [sumdbAnchor(ctx.sumdb)], zipHash: record.zipHash, moduleVersion, files: hashed.files };
}
export {
  checkTreeAgainstSumdb,
  downloadAndVerifyFromProxy,
  listProxyReleases,
  resolveFromProxy
};
//# sourceMappingURL=proxy-DZQDO6CG.js.map
