import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  goDevArch
} from "./chunk-ZEJWX63E.js";
import {
  fetchText,
  streamDownload
} from "./chunk-PEOIIJ5N.js";
import {
  GOOGLE_SIGNING_KEY,
  GOOGLE_SIGNING_KEY_FINGERPRINT
} from "./chunk-MIUNYTDN.js";
import "./chunk-CLOEEFTM.js";
import "./chunk-XHVA37CI.js";
import "./chunk-PI6JENBU.js";
import {
  info
} from "./chunk-UUH7NTXT.js";
import "./chunk-YQMGHQ5S.js";
import {
  compareGoVersions,
  formatGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/install/routes/godev/archive-download.ts
import { createHash } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

// src/install/routes/godev/release-index.ts
function parseReleaseIndex(text, origin) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`release index from ${origin} is not JSON: ${error.message}`);
  }
  if (!Array.isArray(raw)) throw new Error(`release index from ${origin} is not a JSON array`);
  const releases = [];
  for (const entry of raw) {
    const parsed = typeof entry?.version === "string" ? releaseVersion(entry.version) : void 0;
    if (!parsed) continue;
    const version = formatGoVersion(parsed);
    const files = Array.isArray(entry.files) ? entry.files : [];
    releases.push({
      name: entry.version,
      origin,
      version,
      stable: entry.stable === true,
      files: files.filter((file) => typeof file.filename === "string").map((file) => ({
        filename: String(file.filename),
        os: String(file.os ?? ""),
        arch: String(file.arch ?? ""),
        version,
        sha256: String(file.sha256 ?? "").toLowerCase(),
        size: Number(file.size ?? 0),
        kind: String(file.kind ?? "")
      }))
    });
  }
  if (releases.length === 0) throw new Error(`release index from ${origin} lists no Go releases`);
  return releases;
}
var ARCHIVE_EXTENSIONS = ["tar.gz", "zip"];
function pickArchive(release, goos, arch) {
  const candidates = release.files.filter((file) => file.kind === "archive" && file.os === goos && file.arch === arch);
  const plain = /^go[0-9a-z.]+$/.test(release.name) ? ARCHIVE_EXTENSIONS.map((extension) => `${release.name}.${goos}-${arch}.${extension}`) : [];
  for (const file of candidates) {
    if (!plain.includes(file.filename)) {
      throw new Error(
        `release index from ${release.origin} lists ${JSON.stringify(file.filename)} as the ${goos}-${arch} archive of ${JSON.stringify(release.name)}: not a plain file name of the form go<version>.<os>-<arch>.(tar.gz|zip); refusing it`
      );
    }
  }
  return candidates[0];
}
function partitionByArchive(releases, goos, arch) {
  const installable = [];
  const withoutArchive = [];
  for (const release of releases) (pickArchive(release, goos, arch) ? installable : withoutArchive).push(release);
  return { installable, withoutArchive };
}

// src/install/routes/godev/signed-bytes-feed.ts
var SignedBytesFeed = class {
  stream;
  controller;
  open = true;
  constructor() {
    this.stream = new ReadableStream({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => {
        this.open = false;
      }
    });
  }
  write(chunk) {
    if (this.open) this.controller.enqueue(chunk);
  }
  end() {
    if (this.open) this.controller.close();
    this.open = false;
  }
  /** The download failed: a check reading the stream fails with `error` instead of waiting. */
  fail(error) {
    if (this.open) this.controller.error(error);
    this.open = false;
  }
  /** No check will read the bytes (or its verdict is in): stop keeping them. A reader still waiting fails rather than hangs. */
  discard() {
    if (this.open) this.controller.error(new Error("signature check abandoned"));
    this.open = false;
  }
};

// src/archive/unpack-tar.ts
import { Worker } from "node:worker_threads";
var MAX_IN_FLIGHT_BYTES = 8 * 1024 ** 2;
async function unpackTarGz(body, destination, root) {
  const workerData = { destination, root };
  const worker = new Worker(new URL("./unpack-tar-worker.js", import.meta.url), { workerData });
  let inFlight = 0;
  let failed = false;
  let wake;
  const finished = new Promise((resolve) => {
    worker.on("message", (message) => {
      if (message.kind === "consumed") inFlight -= message.bytes;
      else if (message.kind === "failed") failed = true;
      else resolve(message.error === void 0 ? void 0 : new Error(message.error));
      wake?.();
    });
    worker.on("error", (error) => resolve(new Error(`unpacking failed: ${error.message}`)));
    worker.on("exit", () => resolve(new Error("unpacking stopped before the archive was read")));
  });
  let workerDone = false;
  void finished.then(() => {
    workerDone = true;
    wake?.();
  });
  const send = (request) => worker.postMessage(request);
  try {
    for await (const chunk of body) {
      if (failed || workerDone) continue;
      send(chunk.byteLength === chunk.buffer.byteLength ? chunk : new Uint8Array(chunk));
      inFlight += chunk.length;
      while (inFlight > MAX_IN_FLIGHT_BYTES && !failed && !workerDone) await new Promise((resolve) => wake = resolve);
    }
  } catch (error) {
    send({ kind: "abort" });
    await finished;
    throw error;
  }
  send({ kind: "end" });
  return finished;
}

// src/install/routes/godev/judge-download.ts
var normalized = (digest) => digest?.trim().toLowerCase() || void 0;
function judgeDigests(facts) {
  const anchors = [];
  const notes = [];
  const refuse = (reason) => ({ verdict: { kind: "refuse", reason }, anchors, notes });
  const pinned = normalized(facts.pinnedSha256);
  if (pinned) {
    if (facts.sha256 !== pinned) return refuse(`SHA-256 of ${facts.fileName} is ${facts.sha256}, but input go-sha256 pins ${pinned}`);
    anchors.push({ kind: "sha256", from: "pinned" });
  }
  const listed = normalized(facts.listedSha256);
  if (listed) {
    if (facts.sha256 !== listed) {
      return refuse(
        `SHA-256 of ${facts.fileName} is ${facts.sha256}, but ${facts.source.label} lists ${listed}: the download is corrupt or tampered with`
      );
    }
    anchors.push({ kind: "sha256", from: facts.source.kind });
    if (facts.source.kind === "mirror")
      notes.push(`the SHA-256 came from the mirror ${facts.source.label} itself: it proves integrity, not origin`);
  }
  return { verdict: { kind: "accept" }, anchors, notes };
}
function judgeDownload(facts) {
  const judgement = judgeDigests(facts);
  if (judgement.verdict.kind === "refuse") return judgement;
  const { anchors, notes } = judgement;
  const refuse = (reason, cause) => ({
    verdict: { kind: "refuse", reason, ...cause ? { cause } : {} },
    anchors,
    notes
  });
  const { signature, source, fileName } = facts;
  if (facts.signatureMode === "off" || signature.kind === "not-checked") {
    notes.push("OpenPGP signature check switched off (verify-signature: off)");
  } else if (signature.kind === "failed") {
    return refuse(signature.error.message, signature.error);
  } else if (signature.kind === "not-published") {
    if (facts.signatureMode === "required") {
      return refuse(`verify-signature is required, but ${source.label} publishes no signature (${fileName}.asc answered 404)`);
    }
    notes.push(
      `${source.label} publishes no OpenPGP signature for ${fileName}${fileName.endsWith(".zip") ? " (Go signs only .tar.gz archives)" : ""}`
    );
  } else {
    anchors.push({ kind: "openpgp", fingerprint: signature.verdict.primaryFingerprint });
  }
  if (anchors.length === 0) {
    return refuse(`nothing verifies ${fileName}: ${source.label} lists no SHA-256 and no signature was checked; pin one with go-sha256`);
  }
  return { verdict: { kind: "accept" }, anchors, notes };
}

// src/install/routes/godev/archive-download.ts
var GO_DEV_INDEX = "https://go.dev/dl/?mode=json&include=all";
var GO_DEV_FILES = "https://dl.google.com/go/";
var MAX_ARCHIVE_BYTES = 1024 ** 3;
var MAX_SIDECAR_BYTES = 64 * 1024;
function downloadSource(mirrorBaseUrl) {
  if (!mirrorBaseUrl) {
    return { kind: "go.dev", indexUrl: GO_DEV_INDEX, fileUrl: (name) => GO_DEV_FILES + name, label: "go.dev" };
  }
  const base = mirrorBaseUrl.replace(/\/+$/, "");
  return { kind: "mirror", indexUrl: `${base}/?mode=json&include=all`, fileUrl: (name) => `${base}/${name}`, label: new URL(base).host };
}
async function fetchReleaseIndex(source, options, suggestProxy = false) {
  let text;
  try {
    text = await fetchText(source.indexUrl, { ...options, expecting: "the release index (JSON)" });
  } catch (error) {
    if (!suggestProxy || error.message.includes("go-download-source")) throw error;
    throw new Error(
      `${error.message}; if this runner cannot reach ${source.label}, set go-download-source: proxy to install Go from GOPROXY (the golang.org/toolchain module) instead`,
      { cause: error }
    );
  }
  if (text === void 0) throw new Error(`release index ${source.indexUrl} answered 404`);
  return parseReleaseIndex(text, source.indexUrl);
}
async function downloadAndVerify(source, file, policy, staging, options, timings = {}) {
  const phaseStart = Date.now();
  const url = source.fileUrl(file.filename);
  const sidecars = new AbortController();
  const sidecarOptions = { ...options, signal: sidecars.signal };
  const signatureText = policy.verifySignature === "off" ? Promise.resolve(void 0) : fetchText(`${url}.asc`, { ...sidecarOptions, expecting: "an OpenPGP signature", maxBytes: MAX_SIDECAR_BYTES });
  signatureText.catch(() => void 0);
  const digestFromSource = file.sha256 ? Promise.resolve(file.sha256) : fetchText(`${url}.sha256`, { ...sidecarOptions, expecting: "a SHA-256 digest", maxBytes: MAX_SIDECAR_BYTES });
  digestFromSource.catch(() => void 0);
  const place = { archiveCopy: join(staging, "archive.zip"), unpackDir: join(staging, "unpacked") };
  try {
    const streamed = await downloadAndUnpack(url, file, policy, signatureText, place, options);
    timings["download + unpack"] = Date.now() - phaseStart;
    const checksStart = Date.now();
    const { judgement, signature } = await check(source, file, policy, streamed, digestFromSource);
    if (judgement.verdict.kind === "refuse") throw judgement.verdict.cause ?? new Error(judgement.verdict.reason);
    timings["signature + digest checks"] = Date.now() - checksStart;
    const stagedGoRoot = await settle(source, file, streamed.unpackError, place);
    return { stagedGoRoot, sha256: streamed.sha256, size: streamed.size, anchors: judgement.anchors, signature, notes: judgement.notes };
  } finally {
    sidecars.abort();
  }
}
async function downloadAndUnpack(url, file, policy, signatureText, place, options) {
  const isZip = file.filename.endsWith(".zip");
  const expectedSize = file.size > 0 ? file.size : void 0;
  return streamDownload(url, { ...options, expectedSize, expecting: "the Go archive", maxBytes: MAX_ARCHIVE_BYTES }, async (body) => {
    await fs.rm(place.unpackDir, { recursive: true, force: true });
    await fs.mkdir(place.unpackDir, { recursive: true });
    const hash = createHash("sha256");
    let size = 0;
    const feed = policy.verifySignature === "off" ? void 0 : new SignedBytesFeed();
    const signatureCheck = feed && checkSignatureAsItArrives(feed, signatureText, policy, file.filename);
    const observed = observeChunks(body, (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      feed?.write(chunk);
    });
    try {
      const unpackError = isZip ? await pipeline(observed, createWriteStream(place.archiveCopy)).then(() => void 0) : await unpackTarGz(observed, place.unpackDir, "go/");
      feed?.end();
      return { sha256: hash.digest("hex"), size, unpackError, signatureCheck };
    } catch (error) {
      feed?.fail(error);
      throw error;
    }
  });
}
async function check(source, file, policy, streamed, digestFromSource) {
  const digests = {
    fileName: file.filename,
    source,
    sha256: streamed.sha256,
    listedSha256: await digestFromSource,
    pinnedSha256: policy.pinnedSha256
  };
  const early = judgeDigests(digests);
  if (early.verdict.kind === "refuse") return { judgement: early };
  const outcome = await signatureOutcome(streamed.signatureCheck);
  const judgement = judgeDownload({ ...digests, signatureMode: policy.verifySignature, signature: outcome });
  return { judgement, signature: outcome.kind === "verified" ? outcome.verdict : void 0 };
}
async function signatureOutcome(signatureCheck) {
  if (!signatureCheck) return { kind: "not-checked" };
  try {
    const verdict = await signatureCheck;
    return verdict === void 0 ? { kind: "not-published" } : { kind: "verified", verdict };
  } catch (error) {
    return { kind: "failed", error };
  }
}
async function settle(source, file, unpackError, place) {
  const unpackFailed = (error) => new Error(`${file.filename} from ${source.label}: ${error.message}; not retried: its bytes are the ones the index lists`);
  if (unpackError) throw unpackFailed(unpackError);
  if (file.filename.endsWith(".zip")) {
    try {
      await (await import("./unpack-zip-ATG4OGWE.js")).unpackZip(place.archiveCopy, place.unpackDir, { root: "go/" });
    } catch (error) {
      throw unpackFailed(error);
    }
  }
  await fs.rm(place.archiveCopy, { force: true });
  return join(place.unpackDir, "go");
}
async function* observeChunks(body, observe) {
  for await (const chunk of body) {
    observe(chunk);
    yield chunk;
  }
}
function checkSignatureAsItArrives(feed, signatureText, policy, fileName) {
  const check2 = Promise.all([signatureText, import("./signature-OCCSJE6I.js")]).then(([armoredSignature, { verifyDetachedSignature }]) => {
    if (armoredSignature === void 0) return void 0;
    return verifyDetachedSignature({
      data: feed.stream,
      armoredSignature,
      armoredKey: policy.signingKey,
      pinnedFingerprint: policy.pinnedFingerprint,
      fileName
    });
  });
  const discard = () => feed.discard();
  check2.then(discard, discard);
  return check2;
}

// src/install/routes/godev/token-scope.ts
var GITHUB_HOSTS = /^(?:github\.com|[a-z0-9-]+\.github\.com|[a-z0-9-]+\.githubusercontent\.com)$/u;
function tokenAppliesTo(url, serverUrl) {
  let host;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  if (GITHUB_HOSTS.test(host)) return true;
  if (!serverUrl) return false;
  try {
    return new URL(serverUrl).hostname.toLowerCase() === host;
  } catch {
    return false;
  }
}
function tokenHeaders(token, url, serverUrl) {
  return token && url && tokenAppliesTo(url, serverUrl) ? { authorization: `token ${token}` } : {};
}

// src/install/routes/godev/route.ts
function goDevRequestOptions(inputs) {
  const headers = tokenHeaders(inputs.token, inputs.downloadBaseUrl, process.env.GITHUB_SERVER_URL);
  return { log: (message) => info(message), ...Object.keys(headers).length > 0 ? { headers } : {} };
}
async function goDevRoute(inputs, requestOptions) {
  const source = downloadSource(inputs.downloadBaseUrl);
  const listed = await fetchReleaseIndex(source, requestOptions, inputs.downloadSource !== "auto");
  const { installable: releases, withoutArchive } = partitionByArchive(listed, inputs.platform.goos, goDevArch(inputs.platform.goarch));
  const verificationKey = inputs.signingKey ?? GOOGLE_SIGNING_KEY;
  const pinnedFingerprint = inputs.signingKey ? void 0 : GOOGLE_SIGNING_KEY_FINGERPRINT;
  return {
    label: source.label,
    releases,
    withoutArchive,
    async stage(version, staging, timings) {
      const release = releases.find((candidate) => compareGoVersions(candidate.version, version) === 0);
      const file = pickArchive(release, inputs.platform.goos, goDevArch(inputs.platform.goarch));
      if (!file) {
        throw new Error(
          `Go ${version} has no archive for ${inputs.platform.goos}/${inputs.platform.goarch} on ${source.label} (input architecture)`
        );
      }
      const signingKey = inputs.signingKey;
      const keyCheck = signingKey ? import("./signature-OCCSJE6I.js").then(({ publicKeyFingerprint }) => publicKeyFingerprint(signingKey, "input go-signing-key")) : void 0;
      info(`Downloading ${source.fileUrl(file.filename)} (${(file.size / 1024 ** 2).toFixed(1)} MiB)`);
      const [download, key] = await Promise.allSettled([
        downloadAndVerify(
          source,
          file,
          { verifySignature: inputs.verifySignature, signingKey: verificationKey, pinnedFingerprint, pinnedSha256: inputs.pinnedSha256 },
          staging,
          requestOptions,
          timings
        ),
        keyCheck
      ]);
      if (key.status === "rejected") throw key.reason;
      if (download.status === "rejected") throw download.reason;
      const staged = download.value;
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: staged.notes,
        receipt: {
          source: source.label,
          url: source.fileUrl(file.filename),
          fileName: file.filename,
          sha256: staged.sha256,
          size: staged.size,
          anchors: staged.anchors,
          signature: staged.signature && {
            primaryFingerprint: staged.signature.primaryFingerprint,
            signingKeyId: staged.signature.signingKeyId,
            created: staged.signature.created.toISOString()
          }
        }
      };
    }
  };
}
export {
  goDevRequestOptions,
  goDevRoute
};
//# sourceMappingURL=route-XHO7ILPK.js.map
