import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  fetchText,
  streamDownload
} from "./chunk-PEOIIJ5N.js";
import "./chunk-CLOEEFTM.js";
import {
  createStagingDir,
  promoteToolToCache,
  readToolReceipt,
  removeStagingDir,
  runChecked,
  runQuiet
} from "./chunk-L4CI2NMB.js";
import "./chunk-XHVA37CI.js";
import "./chunk-PI6JENBU.js";
import {
  completeToolDir
} from "./chunk-DRZAVMTK.js";
import {
  mkdirP,
  which
} from "./chunk-UG6VY2RL.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-J27SYFL5.js";

// src/zig/provision.ts
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/zig/minisign.ts
import { createHash, createPublicKey, verify } from "node:crypto";
var UNTRUSTED_PREFIX = "untrusted comment:";
var TRUSTED_PREFIX = "trusted comment: ";
function strictBase64(text, what) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error(`${what} is not base64`);
  return Buffer.from(text, "base64");
}
function formatKeyId(bytes) {
  return Buffer.from(bytes).reverse().toString("hex").toUpperCase();
}
function parsePublicKey(text, source) {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const keyLine = lines[0]?.startsWith(UNTRUSTED_PREFIX) ? lines[1] : lines[0];
  if (!keyLine || lines.length > (lines[0]?.startsWith(UNTRUSTED_PREFIX) ? 2 : 1)) {
    throw new Error(`${source}: expected one minisign public key (a base64 line starting RW...)`);
  }
  const bytes = strictBase64(keyLine, `${source}: the minisign public key`);
  if (bytes.length !== 42 || bytes.toString("latin1", 0, 2) !== "Ed") {
    throw new Error(`${source}: not a minisign Ed25519 public key (${bytes.length} bytes, expected 42 starting "Ed")`);
  }
  const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: bytes.subarray(10).toString("base64url") }, format: "jwk" });
  return { keyId: formatKeyId(bytes.subarray(2, 10)), key };
}
function parseSignature(text, source) {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  const [untrusted, signatureLine, trustedLine, globalLine] = lines;
  if (lines.length !== 4 || !untrusted.startsWith(UNTRUSTED_PREFIX) || !trustedLine.startsWith(TRUSTED_PREFIX)) {
    throw new Error(
      `${source} is not a minisign signature (expected 4 lines: untrusted comment, signature, trusted comment, global signature)`
    );
  }
  const bytes = strictBase64(signatureLine.trim(), `${source}: the signature line`);
  const algorithm = bytes.toString("latin1", 0, 2);
  if (bytes.length !== 74 || algorithm !== "Ed" && algorithm !== "ED") {
    throw new Error(`${source}: unknown signature algorithm or length (${JSON.stringify(algorithm)}, ${bytes.length} bytes)`);
  }
  const globalSignature = strictBase64(globalLine.trim(), `${source}: the global signature`);
  if (globalSignature.length !== 64) throw new Error(`${source}: the global signature is ${globalSignature.length} bytes, not 64`);
  return {
    algorithm,
    keyId: formatKeyId(bytes.subarray(2, 10)),
    signature: bytes.subarray(10),
    trustedComment: trustedLine.slice(TRUSTED_PREFIX.length),
    globalSignature
  };
}
function blake2b512() {
  return createHash("blake2b512");
}
function trustedCommentFields(comment) {
  const fields = /* @__PURE__ */ new Map();
  for (const part of comment.split("	")) {
    const colon = part.indexOf(":");
    if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
  }
  return fields;
}
function verifyMinisign(publicKey, signature, file, fileName) {
  if (signature.keyId !== publicKey.keyId) {
    throw new Error(`${fileName} is signed by minisign key ${signature.keyId}, not the trusted key ${publicKey.keyId}`);
  }
  let message;
  if (signature.algorithm === "ED") message = file.blake2b512;
  else if (file.contents) message = file.contents();
  else throw new Error(`${fileName}: legacy minisign signature (Ed) needs the whole file`);
  if (!verify(null, message, publicKey.key, signature.signature)) {
    throw new Error(`minisign signature of ${fileName} does not match the file: it is corrupt or tampered with`);
  }
  const global = Buffer.concat([signature.signature, Buffer.from(signature.trustedComment, "utf8")]);
  if (!verify(null, global, publicKey.key, signature.globalSignature)) {
    throw new Error(`minisign trusted comment of ${fileName} is not signed by key ${publicKey.keyId}: it was altered`);
  }
  const fields = trustedCommentFields(signature.trustedComment);
  const named = fields.get("file");
  if (named !== fileName) {
    throw new Error(
      `minisign trusted comment names ${named === void 0 ? "no file" : `"${named}"`}, not ${fileName}: refusing a signature made for another file`
    );
  }
  const signedAt = fields.get("timestamp");
  const timestamp = signedAt && /^[0-9]+$/.test(signedAt) ? Number(signedAt) : void 0;
  return { keyId: publicKey.keyId, algorithm: signature.algorithm, trustedComment: signature.trustedComment, timestamp };
}

// src/zig/release-index.ts
var VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;
function zigHost(platform, arch) {
  const cpu = {
    x64: "x86_64",
    arm64: "aarch64",
    riscv64: "riscv64",
    ppc64: "powerpc64le",
    s390x: "s390x",
    loong64: "loongarch64"
  };
  const os = { linux: "linux", darwin: "macos" };
  return cpu[arch] && os[platform] ? `${cpu[arch]}-${os[platform]}` : void 0;
}
function compareVersions(a, b) {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
function pickZigDownload(indexText, indexUrl, version, host) {
  let index;
  try {
    index = JSON.parse(indexText);
  } catch (error) {
    throw new Error(`zig download index ${indexUrl} is not JSON: ${error.message}`);
  }
  const releases = Object.keys(index).filter((key) => VERSION.test(key)).sort(compareVersions);
  const wanted = version === "latest" ? releases.at(-1) : version;
  if (!wanted || !VERSION.test(wanted)) throw new Error(`input zig-version: "${version}" is not an exact version like 0.14.1 or latest`);
  const release = index[wanted];
  if (!release) throw new Error(`input zig-version: ${wanted} is not in ${indexUrl} (newest: ${releases.slice(-5).reverse().join(", ")})`);
  const entry = release[host];
  if (!entry) throw new Error(`zig ${wanted} has no build for this runner (${host}) in ${indexUrl}`);
  const size = Number(entry.size);
  if (typeof entry.tarball !== "string" || typeof entry.shasum !== "string" || !/^[0-9a-f]{64}$/i.test(entry.shasum) || !Number.isSafeInteger(size) || size <= 0) {
    throw new Error(`zig ${wanted} ${host} in ${indexUrl}: tarball, shasum (SHA-256) and size must all be given`);
  }
  const url = new URL(entry.tarball, indexUrl);
  const fileName = url.pathname.split("/").at(-1) ?? "";
  if (!/^zig-[A-Za-z0-9_.+-]+\.tar\.xz$/.test(fileName)) {
    throw new Error(`zig ${wanted} ${host} in ${indexUrl}: ${fileName || url.href} is not a zig-*.tar.xz tarball`);
  }
  return {
    version: wanted,
    url: url.href,
    fileName,
    rootDir: fileName.slice(0, -".tar.xz".length),
    sha256: entry.shasum.toLowerCase(),
    size
  };
}

// src/zig/signing-key.ts
var ZIG_SIGNING_KEY = "RWSGOq2NVecA2UPNdBUZykf1CCb147pkmdtYxgb3Ti+JO/wCYvhbAb/U";

// src/zig/provision.ts
var DEFAULT_ZIG_VERSION = "0.17.1";
var ZIG_DOWNLOAD_BASE = "https://ziglang.org/download";
function slotFor(version) {
  return { tool: "zig", versionFolder: version, arch: process.arch };
}
async function zigVersion(path) {
  return (await runChecked(path, ["version"])).trim();
}
async function fromToolCache(version) {
  const slot = slotFor(version);
  const dir = completeToolDir(slot);
  const receipt = dir && await readToolReceipt(slot);
  if (!dir || !receipt || receipt.name !== "zig") return void 0;
  return { path: join(dir, "zig"), version, origin: "tool-cache", anchors: receipt.anchors };
}
async function downloadTarball(file, staging, options) {
  const path = join(staging, file.fileName);
  const tooSlowAdvice = "try a closer zig mirror (zig-download-base-url)";
  return streamDownload(file.url, { ...options, expectedSize: file.size, tooSlowAdvice }, async (body) => {
    const sha256 = createHash2("sha256");
    const blake2b = blake2b512();
    async function* hashed(chunks) {
      for await (const chunk of chunks) {
        sha256.update(chunk);
        blake2b.update(chunk);
        yield chunk;
      }
    }
    await pipeline(hashed(body), createWriteStream(path));
    return { path, sha256: sha256.digest("hex"), blake2b: blake2b.digest() };
  });
}
function verifyTarball(file, downloaded, signatureText, keyText, keySource) {
  if (downloaded.sha256 !== file.sha256) {
    throw new Error(
      `SHA-256 of ${file.fileName} is ${downloaded.sha256}, but the zig index lists ${file.sha256}: the download is corrupt or tampered with`
    );
  }
  const key = parsePublicKey(keyText, keySource);
  const signature = parseSignature(signatureText, `${file.fileName}.minisig`);
  return verifyMinisign(key, signature, { blake2b512: downloaded.blake2b, contents: () => readFileSync(downloaded.path) }, file.fileName);
}
async function downloadAndInstall(version, request) {
  const host = zigHost(process.platform, process.arch);
  if (!host)
    throw new Error(
      `zig cannot be provisioned on ${process.platform}/${process.arch}: put a zig on PATH or set CC_FOR_<goos>_<goarch> / input cc`
    );
  if (!await which("xz", false))
    throw new Error("zig is published as .tar.xz and this runner has no xz: install xz-utils, or put a zig on PATH");
  const base = (request.downloadBaseUrl || ZIG_DOWNLOAD_BASE).replace(/\/+$/, "");
  const indexUrl = `${base}/index.json`;
  const source = new URL(indexUrl).host;
  const options = { log: request.log };
  const indexText = await fetchText(indexUrl, options);
  if (indexText === void 0) throw new Error(`zig download index ${indexUrl} answered 404 (input zig-download-base-url)`);
  const file = pickZigDownload(indexText, indexUrl, version, host);
  const installed = await fromToolCache(file.version);
  if (installed) return installed;
  const keyText = request.signingKey || ZIG_SIGNING_KEY;
  const keySource = request.signingKey ? "input zig-signing-key" : "the Zig project key";
  parsePublicKey(keyText, keySource);
  const signatureText = fetchText(`${file.url}.minisig`, options);
  signatureText.catch(() => void 0);
  const staging = await createStagingDir();
  try {
    request.log(`Downloading zig ${file.version} from ${file.url} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
    const downloaded = await downloadTarball(file, staging, options);
    const signature = await signatureText;
    if (signature === void 0) throw new Error(`${file.url}.minisig answered 404: zig is only installed with its minisign signature`);
    const verdict = verifyTarball(file, downloaded, signature, keyText, keySource);
    const unpacked = join(staging, "unpacked");
    await mkdirP(unpacked);
    const untar = await runQuiet("tar", ["-xJf", downloaded.path, "-C", unpacked, "--no-same-owner"]);
    if (untar.code !== 0) throw new Error(`unpacking ${file.fileName} failed: ${untar.stderr.trim()}`);
    const root = join(unpacked, file.rootDir);
    if (!existsSync(join(root, "zig"))) throw new Error(`${file.fileName} does not hold ${file.rootDir}/zig`);
    const staged = await zigVersion(join(root, "zig")).catch((error) => {
      throw new Error(`the zig in ${file.fileName} does not run in staging, so it is not installed: ${error.message}`);
    });
    if (staged !== file.version) {
      throw new Error(
        `${file.url} is zig ${staged}, not zig ${file.version} as ${indexUrl} says: refused in staging before it could enter the tool cache`
      );
    }
    const anchors = [`sha256:${source}`, `minisign:${verdict.keyId}`];
    const receipt = {
      tool: "setup-go-golden",
      name: "zig",
      version: file.version,
      arch: process.arch,
      source,
      url: file.url,
      fileName: file.fileName,
      sha256: downloaded.sha256,
      size: file.size,
      anchors,
      minisign: { keyId: verdict.keyId, algorithm: verdict.algorithm, trustedComment: verdict.trustedComment },
      installedAt: (/* @__PURE__ */ new Date()).toISOString()
    };
    const dir = await promoteToolToCache(slotFor(file.version), root, receipt, `zig ${file.version}`);
    return { path: join(dir, "zig"), version: file.version, origin: "downloaded", anchors };
  } finally {
    await removeStagingDir(staging);
  }
}
async function provideZig(request) {
  if (!request.version) {
    const onPath = await which("zig", false);
    if (onPath) return { path: onPath, version: await zigVersion(onPath), origin: "path", anchors: [] };
  }
  const version = request.version || DEFAULT_ZIG_VERSION;
  const zig = version !== "latest" && await fromToolCache(version) || await downloadAndInstall(version, request);
  const reported = await zigVersion(zig.path);
  if (reported !== zig.version)
    throw new Error(`${zig.path} reports version ${reported}, not ${zig.version}: the tool cache entry is not what its folder says`);
  return zig;
}
export {
  DEFAULT_ZIG_VERSION,
  ZIG_DOWNLOAD_BASE,
  provideZig
};
//# sourceMappingURL=provision-DAGDF5EP.js.map
