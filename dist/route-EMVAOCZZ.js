import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  goDevArch
} from "./chunk-EWVWKPKR.js";
import {
  fetchText,
  streamDownload
} from "./chunk-KVQCXTRZ.js";
import "./chunk-2GH5U5D6.js";
import "./chunk-CLOEEFTM.js";
import {
  info
} from "./chunk-GTGMILQT.js";
import "./chunk-YQMGHQ5S.js";
import {
  compareGoVersions,
  formatGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
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
async function fetchReleaseIndex(source, options) {
  const text = await fetchText(source.indexUrl, { ...options, expecting: "the release index (JSON)" });
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

// src/install/routes/godev/google-signing-key.ts
var GOOGLE_SIGNING_KEY_FINGERPRINT = "EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796";
var GOOGLE_SIGNING_KEY = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBFcMjNMBEAC6Wr5QuLIFgz1V1EFPlg8ty2TsjQEl4VWftUAqWlMevJFWvYEx\nBOsOZ6kNFfBfjAxgJNWTkxZrHzDl74R7KW/nUx6X57bpFjUyRaB8F3/NpWKSeIGS\npJT+0m2SgUNhLAn1WY/iNJGNaMl7lgUnaP+/ZsSNT9hyTBiH3Ev5VvAtMGhVI/u8\nP0EtTjXp4o2U+VqFTBGmZ6PJVhCFjZUeRByloHw8dGOshfXKgriebpioHvU8iQ2U\nGV3WNIirB2Rq1wkKxXJ/9Iw+4l5m4GmXMs7n3XaYQoBj28H86YA1cYWSm5LR5iU2\nTneI1fJ3vwF2vpSXVBUUDk67PZhg6ZwGRT7GFWskC0z8PsWd5jwK20mA8EVKq0vN\nBFmMK6i4fJU+ux17Rgvnc9tDSCzFZ1/4f43EZ41uTmmNXIDsaPCqwjvSS5ICadt2\nxeqTWDlzONUpOs5yBjF1cfJSdVxsfshvln2JXUwgIdKl4DLbZybuNFXnPffNLb2v\nPtRJHO48O2UbeXS8n27PcuMoLRd7+r7TsqG2vBH4t/cB/1vsvWMbqnQlaJ5VsjeW\nTp8Gv9FJiKuU8PKiWsF4EGR/kAFyCB8QbJeQ6HrOT0CXLOaYHRu2TvJ4taY9doXn\n98TgU03XTLcYoSp49cdkkis4K+9hd2dUqARVCG7UVd9PY60VVCKi47BVKQARAQAB\ntFRHb29nbGUgSW5jLiAoTGludXggUGFja2FnZXMgU2lnbmluZyBBdXRob3JpdHkp\nIDxsaW51eC1wYWNrYWdlcy1rZXltYXN0ZXJAZ29vZ2xlLmNvbT6JAk4EEwEIADgC\nGwMCHgECF4AWIQTrTBv9TwQvbd3M7JF3IfY704tHlgUCVwyM0wULCQgHAgYVCgkI\nCwIEFgIDAQAKCRB3IfY704tHlkGrD/9aIOPxoABbhHDa+GbM1XHSeV99q2UOIsYc\nA5Jg3k2+Vbjr/006cL9Kk+rdbruZJtERo2z+HVVhkJisvySbsd0UbWfiY5AdHzNP\nazpitbX9cNYi0ghDZsD5UgP3cWdx21BJPO0v9PBG9U4z1TQ+pmsQphtNzMC4tK+A\nH/7WTXnVPzKXTYziIEIPgHeassSj7Yfwa8kLiBR5tAehHDNNMi/mMf4d6a+wO46x\nhhRx/BLjoaIxsZw9f5VxDAqGbCrW8IccwJX8vTc89y+6vpzSurdqYrplZWGpcnfT\n3SPBxodLhS7wMehdy6NKNO14vDGR/GP43+6oZ91Cyv2CYHSPpZM6+qMwMmGVkHS2\n6PrCVPhPoDywf/7UeFsC4KZMI6LIGD2YI9UEOlcCAEbRwWVjXCSwRZ9vRkxOxK4Q\nxNMLAIf3YmUZPnqGVcvNssgsapvjmI3CAWpAPWlP5GTcHxrVGiYz7hNZcA0PfgxF\npmB0QXNxr/x737I9Q8FCZasSlNqocaiKF6gKBxFOKfiKx5DRZ63EZ07Z3HE6y+w3\n+97UIJhjxVrONgb7ZX9paE8NtLG/X0ZldUzqWngfnFVasnCDiQC+ls2Tu9Oa+yMJ\nrMe3VM4EcZTjYoESUjKzEHP72hn+GoAk7saWWVK6xYUJPM18Ua1mGx8xwoXt/t95\nW40b92HbJrkCDQRXDI3IARAAqy/YB4Xa+oEF+GTAObJaetvMTqxwrHSzueFjXT0S\nnhR1yakkiYt37PBcQViOBZ3o3ilBmxfjKzpRaSqhC8WjI3u28Gcmqd4s87WR7Mz9\n2JjqEwSb0RBinQpC/NnC7AoWA/z64BPHK75IUp6vXr3LCgJ84jMYP8AwgoVC9xL6\nqNvQXqAfNX/hPcJK1EzAk/5Fcbd6RkWpSl9FIa7Sq6ZvMkX47nyX8I5HcIL4p5ER\nmdhq1h4+C8zG4vf7nWGiWeumMNIRFOFEsVAfbzbZkha2+BAfdU9q4XOvHYEOI2AS\nOyuBG2/F2lgMW/iAKt9ZdVJIhAN9heKlDKC+qwoQeMupx8Tp077PlxG+UwcF1aII\ny0Sk0LOVPx1fZe4/hwHIZOct4ptjdlCpjMR6qLbz2WVGT3WgkcVHnUH/YEdMi2Vf\nlPQXA7sI8y/8467YTWWJRBieh2f0y0k6eHQx/rl7i6jFVsuYqrirZ265zU0Lb+bc\nA/gI6YMutGCzifWGoieBo4nzqc0pPN3tayd6f6V+geTVkIp1S2Sc8cnjqId4jI3Z\ngg0pxFy6wpmL+YOo8lf1m3eBmBbjCvE0+/j0HVi3G2fy8XOcNLPnO/n+Tn5ilzuS\njx551LKxeQwWikT40nKcHj0IrcXiIJVIBDA5Da7gYbtT8wsXdwbV4Lvvit1naB91\nXIMAEQEAAYkEWwQYAQgAJgIbAhYhBOtMG/1PBC9t3czskXch9jvTi0eWBQJXDI3I\nBQkFo5qAAinBXSAEGQECAAYFAlcMjcgACgkQE5e8U2QNtVFBJg//QTCvdPt7SyhP\nPyDhAkstWpkNl1fwh7PTiJ00e68C7QDB1nbCXQL60yQPuXhHZojoEp7/3A+d2T80\nl75lhwP+7PKIoglAPjw+uJ82fC8e70DzSsTgGmlCemUQ16GJttZoY0lA40YUnHtB\nNiUWNLks2UbUBfqZCPG9vjbfM5ZI6YRqZhdgGZjIwbq+Sv9dM/OyV2TLxcW4+slR\nmyUv9aXHfVdDUiu2Qcc5ipbCvSFNznT/Y7wfR7CX90FkurcSaKdln62xO6Ch/SPh\nJvFiGmXD32cbBs3W5fLgvz91Y5Redjk6BpMpk8XXnNEzFc30V7KUFVimnmTOt7+t\nEjqZDaVp9gd1uO93uvIcXkm9hOhINd3SbMXacvObqPCw7zjtk13kZ1MPr+9x5/Ug\nm1rWdLAD+GEu2C2XPr+02dyneUR0KMAzHb2Ng8Nf4uqz0kDFwke5+vzajrAz1MXb\nhDytrw1u8Hreh1WJ0J+Ieg6wgUNStrMfxe5pDPJmQjRtvMuaAwC8w7q7XM9979Mr\not0mDsB4ApJw4lLfwPmabBoPVsAGvrt5sD9fkd1qiZIMpV1Rhp7B9MYEiytaYKYq\nl1v5Z9fih0Wk3Ndb+qySIGnlZJ6wq83VBSQslkNkPWTPb75e6XkH3uzkvEtMtHC+\nAug1pQWveWd6PM0uB0Gl/oWeQDn2zJEJEHch9jvTi0eWVo8P/2OVSzfPFfPUhJSw\nzmgNX2WsW6WN91wtbf0oUpORK4otjJETUTvurVHPin473mSAeIypzMO1pHS6Q1uy\nPj5Em8x7BgGza1hBLUTvTIpRfS+J54hoaQL6XGnrE3/QIl/AxGK5aqc9h7EqsTbh\nPckg6BELWueKg1PpCGWtQ1igCcsTUt/kgJ54TjT7dUyuFCAapVgY6lMlEta4dIYJ\ndbeQWkZR043o6u7R0HvYHl0P13thD41guhdZsPNah6km5hd7IEXuBNo/HReSHniI\nzCKolpIkJyn9X1g+SKJ5aQ6MvFd2L4pkqJKt+nNvkoQXITw9yExDHJSQChX5Qnwe\neJoU0S2Qc6W9jL9qyOw3U+su2/oPzTk2xRu1CwiYLeNjZSNYhU9Az78CsvNrZUUK\nCmiZrkmN8tRlFFps3TaF/fodwuYfWPC/R9WpKbtaqjjz3PqXHYbh5NyURVw/EqvM\ny1yP26PsQn41tE5Ebndl6P2YzjAZQLKNTc584BXq7Tqj55jeeH/sS2XXv5gF2S+t\nm9+Nwyuavl1mC5CNaL+KbkX6w/OadINUOArQW2HC1SwqP184fN9cJCx3NeB24kKg\n84M42qQPUOIHfiu0R06JKaPWibk9WAU6ssQLcrbRs5NZ0ySqJWU0tpS/W4Zlz1Yj\nYtnce0VAbz25OAACZ0adKnWgKv8OuQINBFiGv8wBEACtrmK7c12DfxkPAJSD12Va\nnxLLvvjYW0KEWKxN6TMRQCawLhGwFf7FLNpab829DFMhBcNVgJ8aU0YIIu9fHroI\naGi+bkBkDkSWEhSTlYa6ISfBn6Zk9AGBWB/SIelOncuAcI/Ik6BdDzIXnDN7cXsM\ngV1ql7jIbdbsdX63wZEFwqbaiL1GWd4BUKhj0H46ZTEVBLl0MfHNlYl+X3ib9WpR\nS6iBAGOWs8Kqw5xVE7oJm9DDXXWOdPUE8/FVti+bmOz+ICwQETY9I2EmyNXyUG3i\naKs07VAf7SPHhgyBEkMngt5ZGcH4gs1m2l/HFQ0StNFNhXuzlHvQhDzd9M1nqpst\nEe+f8AZMgyNnM+uGHJq9VVtaNnwtMDastvNkUOs+auMXbNwsl5y/O6ZPX5I5IvJm\nUhbSh0UOguGPJKUu/bl65theahz4HGBA0Q5nzgNLXVmU6aic143iixxMk+/qA59I\n6KelgWGj9QBPAHU68//J4dPFtlsRKZ7vI0vD14wnMvaJFv6tyTSgNdWsQOCWi+n1\n6rGfMx1LNZTO1bO6TE6+ZLuvOchGJTYP4LbCeWLL8qDbdfz3oSKHUpyalELJljzi\nn6r3qoA3TqvoGK5OWrFozuhWrWt3tIto53oJ34vJCsRZ0qvKDn9PQX9r3o56hKhn\n8G9z/X5tNlfrzeSYikWQcQARAQABiQRbBBgBCAAmAhsCFiEE60wb/U8EL23dzOyR\ndyH2O9OLR5YFAliGv8wFCQWjmoACKcFdIAQZAQIABgUCWIa/zAAKCRBklMbWmXwh\nXluJD/4mavm5UQ84EczsNesfNL8gY3zzlCnfvnUlJHK+CoYub4wcoDXVUlnCmWgS\nlZHQZgr3/qfW2MM3y/kXcbxhL/FijUzY3WlnCdnIVNjuB+QJt0LHbkP7En/o085Z\nzHuzaXxfZ97qN+KPsRBTjnJ8hd3B64cVjgnXva1+pG51EK4iDF2bXiWPHvUbPiL+\nOg6C9XjpWrwIA1CWyH/4i7dtfTnbViO2aqKQNHfrXJ+xS938Lr8r5+VmUWByHqwe\nBGIASOmwsJeSUHozkZYbmMdaJJ8j458zyfS6LO+HIa3+zhzidOoiEH9c5QvVf54g\nNsYjPTcHj7U0DgkxCVQeiBKBLR+q6M6QHa4qax/X0Z2ZCcSDTZwqGJNaKfcFYd8X\n1B2zgrxkGweeHKjfmpqfXRKrggHumLdVqHU7KS9cz1yeTL+Nw7ne+kzRMEA8sLnm\n4ODRUJwUz12RqS0GG1FYV0rjJVWVzRFMfMUs+7xAptEuMdoddkQSmytkXyOKAqv8\nKQ9XUEbGWikmCxW2cOY9spOpwQa7X2oXe7FlV9RfmHYrG03k+YlIREgFqlvWwsgp\nzURculd+CIFvT3vci7vFm1UiQBb5wC8bHOoRsr7OXW1267lipouZr5OrQhVnRZQV\na64cdUIKjLXEt4790uxh8ggNwktZRILIn2JHjgEQICdYWeQb1AkQdyH2O9OLR5b3\nMA/8DRZi0s7SLQwaQiJrT7GrACsIMjYo6SapUVxDMF28QfANW809ANpq2Let+yAD\nmEibSgpiDiO7rq6PvYnHmPyxmTbEwMtm1bDi0j55/TybnNN6hnUo8F+o0ywCJjfo\nT8GDuBX50ODoOYUMmIoYwyMz/UtNi8iHtxTBPR5b7l1Vt8EfUb3wrwGa4i22mjgL\nKU49h7Oyi1VYZRrM+0hlrmaLF79tT9msDnn83mgq9qefkJuU4nBqUXui/CY5b8vJ\nXC+8tD+q1wCiUM8uv2LJs/5JyK80zFJbkBXA/ZCYtU0LJEpUf7HjbIAdCMDWjpc4\nj+IyjU+Axv+NkMLgYRhaadnPRVzqY8f2T2Bs+EQWk2i61BVQMqakGtwBWIMCp2fn\nGDCxIL/FCN1kIA0J0h9ommhMgZdOJaAktsddr/LwVh/hcYX8Mfy94vPs+E3Kb6Oi\niwPkkN6umQvdFa9Rhh9SUNvmtXzMo3WELLobtvVKC+fdFVatDsJurTRKLDKEvPjS\nxFlJ/T8t9yItTBAZ7+ab4nJhWoEbzkVTgNizLCJNmdAEtiKa9dEZOZl0DVmxBhB1\naqMfHA3S5UhZXmGBHwCF6PcpnM3C4XY2MjQ/sRxdFa7/HFBKOO176h6HyujQ/AyO\nllmvJCCg9Hz0Wk0tjTMFsnAbh7dB2GTNQwBNZ60gUCWR+mG5Ag0EXTX8rgEQAKyR\nkvTxyusp9fZoPbDw5RLeNUZJbsrXQmv92CXpkHtfH/Ldz2WEGKbuhEiyXq2lH8ME\n/nRSdMiAFu/Kdsnq1tYam23rgDOcjt6X2kfSTrcM4px+pFSAkpMzg5RlKRy6pDaq\neS+f6DSiIndWFpVg4l0l8kX+kuPk6LdQQvZp+gR3Tjz+VkRoBNG8SouP6HalJ8RM\nSXnAJbJGe4xK7prL02ZXNHGImE8MZbamlBPEm5oqP7pWrDlYhK72exHFM8TUNbx/\nstjI8HCC6W25JgpmgJ1+hgTx9/jvWhki4IpwZJIEdBtHowFMPoom2rMHOl8nzNkm\nZU7iWDQImCn3FfZBnyE+SloFuerYkIxLXOuIIw3yIaFbpkdiZlAm1a65u5m3nVUv\n1CYRRSEIXW37eV3XVJqjBjg0UogtR1hsLbMA5AgQQmRZEgcqV65zbNhI1KheXTqg\naDAIpBvmX4uVxgfHj78Xf4rPICrQ2oELWsyeFufe1xyR1nKEsSmfH3/LffKmjpln\nSzp0sauZKkml50TPrOvyyIFri5Pci9UXjGN+nNK3dwwP8vOFueTmidR+SagKZD+m\nS4qkyvfmEe10PGyEtws8WROdwyMRUA4FOgcNsoNKmW57ImbjwQs+L1ma7I27tawH\nxNZUQCRRKHF14cAtWljUP4yNcr5nlqnr+2mmP5+bABEBAAGJBFsEGAEIACYCGwIW\nIQTrTBv9TwQvbd3M7JF3IfY704tHlgUCXTX8rgUJBaOagAIpwV0gBBkBCAAGBQJd\nNfyuAAoJEHi9ZUc8s70TzUAP/1Qq69M1CMd302TMnp1Yh1O06wkCPFGnMFMVwYRX\nH5ggoYUb3IoCOmIAHOEn6v9fho0rYImS+oRDFeE08dOxeI+Co0xVisVHJ1JJvdnu\n216BaXEsztZ0KGyUlFidXROrwndlpE3qlz4t1wh/EEaUH2TaQjRJ+O1mXJtF6vLB\n1+YvMTMz3+/3aeX/elDz9aatHSpjBVS2NzbHurb9g7mqD45nB80yTBsPYT7439O9\nm70OqsxjoDqe0bL/XlIXsM9w3ei/Us7rSfSY5zgIKf7/iu+aJcMAQC9Zir7XASUV\nsbBZywfpo2v4/ACWCHJ63lFST2Qrlf4Rjj1PhF0ifvB2XMR6SewNkDgVlQV+YRPO\n1XwTOmloFU8qepkt8nm0QM1lhdOQdKVe0QyNn6btyUCKI7p4pKc8/yfZm5j6EboX\niGAb3XCcSFhR6pFrad12YMcKBhFYvLCaCN6g1q5sSDxvxqfRETvEFVwqOzlfiUH9\nKVY3WJcOZ3Cpbeu3QCpPkTiVZgbnR+WU9JSGQFEi7iZTrT8tct4hIg1Pa35B1lGZ\nIlpYmzvdN5YoV9ohJoa1Bxj7qialTT/Su1Eb/toOOkOlqQ7B+1NBXzv9FmiBntC4\nafykHIeEIESNX9LdmvB+kQMW7d1d7Bs0aW2okPDt02vgwH2VEtQTtfq5B98jbwNW\n9mbXCRB3IfY704tHliw+EAC5FNOwkABxZZ1C8K4wUDl2Oe7mewVRhVNqvTWS4uib\nvFax78HDyLNqKmfi+yRHSQsDAkKr9GzmBc1DOabp4V+IRwj0vADHbcpwoGM7EJ2G\no/0RtdZiTP98B8DMACu17NwjM1l5EUExqjGEeXp3jEZGMSE8vqjq8djkvl8s5mUM\nj09Wpj3Gl464NNQ/gnB0P/2sp11T0BVb2u32zNLJKh0ZP9QxXT3z93UBOeiT9BzR\nhqFMyl04xpt5rqYDUdiL7y+tZDR28INZZ7aYsCs4NkA22Fh6nI3v43Us38+Kroru\n09ipLE8A5fx3G5LxMwtWJA+zZisrrky86JYEFOULGpFuKrklP2bRyaHePjMeqOzD\nY5/n5unqk4+EZAPWIM4LFOwDtTD1BWmuDdpP/RjPuPZUhoMSW0p/Vv/FuBAnpgVQ\n9D/kXI3xaAxKgaPp+AzQN50dCosmn643zAGrZTiIDIp1VtXVRFAVinN/mbJkqQJv\n8zM/x0bc6EUNb/K8BP/JJp+x5D13DjtXYUEG8TFHz6YKZe9QzlhK5rZY/Fttwqvy\nKvIKanXEjOf5/azkdOGlSN6Z74G4l22tui3y3CM+vmRrlMiBbLkCTuPfw8rS6uzi\nB5No8PYBwovbqNvpm+dGNHySFTvNyJhzWmvCVt8FZ+c4tqOmwd/D+fhon0Pg42bu\n+bkCDQRheAyfARAApNhsGrvrP6Spjk5xizJwd8m0LIlRi0YbMNkqkk70sgbYQMlt\nVAKnUajQPPxXTJb1bqaRvPrwi1z5qT+twvvTNrckHjkdmlUKfrtRCMDeJT7uMK4e\nr3bYEkYpvLsQXSyBxtes9McVYRNqzPzrf4LnH5KaBMNvPVWke7D5iMX1U5tUHKgh\nohUJd62Z5mugc/FDlyaBPMDviyuVpHHZhc+vmdwS0m+SC/ZYbAKxU6DauXTdkkk2\nwk3R0c60bqAnXn2B3caCwjOJCX4IEUYFoSqBCa6PmYqREqtU+ch1f4gCcvtw7gvC\n22C77I7fVWWAEcPMSBm/dFY904VrjKFa/yFZik+36AuVoXtD0yP29n6zWlgscQuH\nEVcTLrIgV+upnJUODL88I+dBtVisoFC2HLz0PNU4NKb4EyqoMcC/ZbjfTIg1bZJ/\nQmcezRZbM1a/onO51SYwDZyXmxRwhGXyW0KOLiMCn2G4aKVJAmuNYl6XrG1cwCqj\ncHj4MjUwDBcmJ4wFBPBVVJse2SVW9eYhGzLN/ICSif1m/MLSUX5QH5IaxM4dTP+N\n1lAFN0Xz5l06xnsgwmCkx4l054++PLh+lONLAfavqnhIWXU49Crn44LVmhVrGU5F\na7RjmiOsX1+qcv5N4Y1N3rPu3XRJcYTwXKjRN6ZD0am/cM/nsUnTO4YlMzcAEQEA\nAYkEWwQYAQgAJgIbAhYhBOtMG/1PBC9t3czskXch9jvTi0eWBQJheAyfBQkFo5qA\nAinBXSAEGQEIAAYFAmF4DJ8ACgkQTrJ9sqO4i4uCCQ//Ug1HJFOguZjWaz0NNYxD\nSXBsEvwnfG7+d4og4pUY53D3NxaUa6BSg62FJtPxuO+7JsfVWPHjAUz5ye4xV+MP\nnxe7pmmAIc3XBdgy7NjB4EUpoyDihLBMq4AkEnYiF8Sb9wCvJW8pjbNj67LOCLPH\ne8CDeyOQA8NytIIk/aeS4dwnefNRso0COZ0yydYOuqplXA/32e7IyTxsC255nRIq\n8ikK/bAh5g7vOSPrW+5A4U4aGX3w4G6LnBSG2BDD/96xNZiIY0pKYPd16t3YkdUD\nTW0GYJZXgowsNuDcJwwxDXHdXWZ7oQbeCLAEvUj3FOwFRsRrp4Q31TTN0q+gxtKi\nA43nAK7EDM78JcYyt4m0FS6kcRzr2hO7B7jboiGLcBtGs8CDe2cYYUK3XUehAU2d\nE9Zve6cXxSUDatLK2/AXJCLenMFi3lWxMgDs0Qca4mz786ivoA4ifOG3VynsB+YM\nZ8bLY3mjD7gYjoU97ZSoiDb6cWIav2FFk69dGAtAvx2UOcUKHKaV3Gb8n9QV0kZJ\nZGV0QOw+vMdARIq+xX0SOclBHmnnORArqPHTOpKUOCI0bYZPf8JK/Ah0KKHoKX0d\nOEe1g2bdlg3RtT1baN6guHcAg01NyunS0Adm5AsXG6RuPno7l4H6d+Trv9faI2KL\njpl0lA3BtP1g3oKy1DP4KeoJEHch9jvTi0eWxrwP/0zlWCYOsNH5Id4SZsPKe8im\nevCbj3lvboTYPc4u6HvbbwbYqLerzP2ajWSCdUAK4CMrAuvFildo4k6COh6VaZdi\nDOwsKoJfs6Vd5oud5a+jRnv8+oktRBf5OAVc3RLfBG1RC9qI891JTOjGrTU7dBJr\nRjRWdy9YQd/epN2I0RVtUaJlxKELoFj57FPERZgg+yomiheBARK+fLYY/oFTwJK3\n+Kt3rdnBtUeVpEiL6VjU6bqvIpUG+P0u27AspcacgDewg59+thcbY4tnsdo6DSZB\nQ92bBPVGzpXPEhpQ/vZM63CG8qsZfQ1jw82ovmSnkKPLnBQRabFYVl0DCl1uYHg2\n4Up66w6Lj/tT2XbCeBf2n54K9HoUMV9f7/pLoTa0dE3UYI1K4GLZdp+yxMveUEjG\nnh0YOTBmoBtpdy6Udejujil6xbH2gLwbICFm+boKVWwzrYCyfl51ASiq5dmqQwd3\ntPAg9Hc6qtvZ8cswyWyNOQpZo0myvfPaKrHWa9u2GqQmeGBwhckXJxFM/zau0yx6\nNMkSFI49kTglw0A77rcmlJUAQQeoXmTKMl6NM/3AUfvL8Qfu9/74kgoFI9pmQFky\nBtcQMCeB2/JQ9K9ywPhi/gIebjftfMgKQsTW+/6Nl1yZ8q38y2n1J4p/acVlFc2K\nPhbmKL4CvcSdlQS4CbvFuQINBGPs+VgBEADKbgLL+vAabKV2rGSDgY+IttTAtg9w\n9Uor1+Q/CIWGxi/JQy7l7XTKjmS0wvdwU+9f/eGsjxigbvAcSsV1szyKfVQQFT2m\n9KhDrBqNCAvQ5Tg6ZQdNe51oHwjiIQ1i7z8QoT22VucdTYqcMLAHe+g0aNqLLSSW\nLAiW4z+nerclinjiTRCw/aWZJR1ozQd2eKwAw6rk19bHcihXo2E0K1EDmdHcNA8y\ntypxwWWXBftCYRWXi5J02GeZazxmx/DULnFgy2J4G0ULTqGWsbf/tCt22jqgyX+v\nFj/sJPn+l3IJqpyNY5yBG6GcejeP9vRoQrapGqHkcx+37f2vjwmpj5548JI52KEC\n1yZeFwp8HjGLp+zGajpnokrKd4XJHniW9+bPLq7Yp7PNn65MaYvZUjv5enKd45fF\nK6vJ3Ys/fx6PBXKKBs9flRIgdXOKSvtV+bGIG0I/p/JEZ/wPxRgxHPDK5jbcI6KB\nVm3Uk+CHFC4IBAtzdSh6H4Zfw1EH3dQZMLVBB/Sj34UQhlwAOlAXtZH3vks/Kpcl\nWK8gnqz3i8HN0ezvcnQlRiRO8IqlN9/PmFqZeNTerklT7Tt0jXqiopLHL0FXR2Ls\nndeORfxDE1rhVOUxloeuIsY8x6gO8h2bGg41YapROjYxZZEcakg9Nch4XAlxeqB4\nISttfbiVxeL2DQARAQABiQRbBBgBCAAmAhsCFiEE60wb/U8EL23dzOyRdyH2O9OL\nR5YFAmPs+VgFCQWjmoACKcFdIAQZAQgABgUCY+z5WAAKCRDoiXn7mzCs8kblD/48\nyE3Wpi6Cw8RBzq2uzLdkuqXh691zG6VhHUZQNb85ewGjGDu/D25u2JFrhAcmlzOr\nxggvL4a8WatPXQaPqDZaSh41elM1Ya0C7cNQq7xNVA0pcN5bQ+KXXZMuQaA89BCl\nTSXITz6j4O4pvhAG8y8Q2E9Mv7UYas0OhDgzVIry2s1o2Pml1qjlb9jctO9crRUi\nF6v9Ru9aQkgGHYt4uyP3HzKDfoNuzX/WX3O0Fm8NNpnJk6qZsLKwg7ukUdJOIEIb\nLLNLU9ZYmys3wNtDKMfm4T79abSNwNIn4dd5hapH9BAuDJnk4WnFOap9AQZPgJX2\nWXKC2DXQZeSX1VXpI3rr7FSbSec8d5bitw7s20XWyQB2+ZoetRxNgR104GIh/Laj\ntatLKFc9NnP9Smhey8nrxVZFx6HuXsnGOPkbjsiFYMsxtPVYnO72nBDTDP4ZejLO\naay2KtCb8pJkCH8U0guquDGVd+S02Xx947evyvHqGt5V0yVFPD7uAu7A5QBYXvtc\ntzq93S1jZDIoMP93Oe8VpUrXBBfizzHVxP6VUmxM97IE+gjVRqN9PuMrp2D9yEBU\nGk44fQW5zyuuomYac7Mpx2fnWgGA/Al9ug2uvS4oIzUyLEJxpc6M8RYluacSIjFg\nCigucRsvTBy6lobG1FMvnQyze6+fAeKbbrK85OuA1AkQdyH2O9OLR5bPGRAAmgSi\nhpu4US/JoWnR/aeiFf9upobXVDnBnqOAXiMUaFeS+hUuh5EWUhDLIWYvXXhPacvb\npUOlxwLsLIdPRQGGSp1/rqhVRnmWsJ34DoAKxG7Elq8EArK/pF+v4wSUMegjAPJQ\nevIcLvm83z+jHmbk1AEeioBYTq45RbzlHmyLmGK/zT13KnBUWE3sFkECoco+vMli\n8oPeL+JMfiMgPb2vDs+58YlHq5W26pe08BwGzY5LQM7Jt52oxsqgXEX/N95QqgSc\nsc625wCIE8/Qo5pXT0TKk+5ViFojs2Ei3mgXHBXFgISdAtWBEmqN9TESqPPrHzfn\nFk9t6mPg1r5Nt37IKO7oTzu7/SXrJlXPIQ99Nlq6HO/mMVdYjbWFBPw8+NGVGemQ\nchOODZsksvHJGV4gjMpW1FC37MRNsiai1UMraVxzsrCte4/oqpa7bY8VdWw6p5mv\nfdroLkwHW2cS2lgC8ft7e4npiHXXLAIib+sFHcrIkZu0uJxGCJOkUwkaDrAFKWzZ\nYHc2YUrW5XN7CNBo/fe90r1W9/4esn59SM2mTMarrUn1fiExwFiUci4U+3/7U4Ii\nViNeNoZ2J1+hqxudlx1OT7Ae2Wg4dLASoEHaMKby4+JVVicA8jdlocrCbpEv1hVV\n47hwiKc+VTQGvCZqs8eT+pbnw1Recd13J9Ny7bO5Ag0EZbladgEQAMSm1QPtyjAr\nXdM1i2Y6439Jc/AJy3ykVjxTaDi6n5z7lgQipaQBSpWbwun4Op0W5fs1t8rYE2iP\nA/KKoqVoEA3o3Hts71uNK+VttkGtUneYv6TvGsV1MYt4NJJOUQF6yPsVcrXMrtJb\n0BXefjmWY4sBdMLXdVDcrRIRdv7r0XBevfX+Lng2BN8z/UtwlmEihHoy60ckJJgq\n47pkfFho51+PjwEZJaPtEgRsXn2sgTMNHukGTrV8ub/aKWVNBPF0wYYF5LA2NHgV\np148nS11F4OgiNpCkAZmJQCPlyp4emYfxkihjh+TZKw6KcrxwOCx7YeceKK6wWvr\nHHrwjJxl2nhatDIYNIlnVkqTlBp4A9gTdCxmciZ1xXb+QllLycBYMWgu2lo1Kk40\nNOfVljIKLatY88XwmJUySYLGyX5kePI29kc+yVGycYHsSgoOlyM/Vw+GXfuj/BRi\nnKItjITxb6YM25wfhgctUer/NAao7dXprFMDUOz6C720dX/f7ISsiqmi7X1U588o\nmNgLvJ/O8gPnyMtk1gWrwhFZDlVYI5AlYxx3MwoHntLZlvm8iEmR+X9LkhIwZcNd\nvfafIpV+8LlOaIxt+uzNzcMsDHCGomUAf/GYXbI8/x1iHoopZIh99UZObfyxyz2S\nSbVtUEBHXyKXHp0bFWM1Iz2LfQwxeNRRABEBAAGJBHIEGAEKACYWIQTrTBv9TwQv\nbd3M7JF3IfY704tHlgUCZbladgIbAgUJBaOagAJACRB3IfY704tHlsF0IAQZAQoA\nHRYhBA8G/4a+6vTnGGbuUjLuU1WmvG5CBQJluVp2AAoJEDLuU1WmvG5CmB4P/1Rn\nXKHryp3UlaOAq/UAF2YKFS9NAggVwH8PhsFc6nZpruc+CFU1s5jwCuW9aiWgQ+Tj\nBFvQ0h/bHLbujlTSmfyyyo/Ij+4vSxRzlmUa8lHPqyqv7fIsQ82AAs8WE/mV8Dif\n24hsxJSZEH130DTkRqtnXS0FB6sOQPGj5EKAFt3v0vN/Z1QRX2eLmZc2jO7QfkdR\nstrvF3borb7xdt26/PM8g8RgYaG+fqIJ/NtGQF0XI+WUxuQ+mtRGEyVpL4qnwwno\nkyxjsMxsJvvGIaPULKR1CahGJD4tAlyE3DvNikMRI2SDojaGyh5cw24mJJVZmx46\n7Q3tE4dwmAu8pCGCldUQBG6eprTL/WauyJcmkJr1qsSK7gyx+Uy8mwXESY/s5bwD\nkzhlzaJ0WjBxqXfoHFIElHJfhLS0efqIr6NFmPUu4cBKJKoZoFBwTPTTEmWz7tE2\nmDgVO9Z6Q9fq7CwZS6J/GchieQgAy3Rxm5BizBZsWisY3BQ4JX1w6wH0Cae4rYCe\nbkutFFWBg7JA3j2nkgfzsD3kYHYf5BllL2yV589dEocNjPios56vPi5kg9UQOFO1\nSaX4Efu1eArNcNteBxKf5pH8okDcgjqj9yXZRs6fI2Uk9zzz0UL63+iRSqSj8Kv6\niepLCzOph1DHnY2tFghpSFYqlayhdprMJVk7GmLFoiYP/1nT6wq8k/RDS3/W7HEB\nJ8Rtxs1vL51nU0e5K7jgbUT9kaG2KBmlnRbgkELjvu0lX6zLFiyPcc5JkvE2AyfZ\n7t5cIfanOS4hc0W9C66RQo2cvUxkn2gtCrM7KCTc16Iwe/uMC2RNEneNLiCetwc5\nDhpjYExR59szzQ9Npx31pefsmkSwKdutEz8W96l29yHYgIDoLYW3b6nuBRBfp4nA\nXQ1gWqfEmFNFlKZBa2pPsKNlFgpchC+EiMQ/db1ElVNyW38K7IOx6hNGpEBJwbPu\nHNef9WU3n2DIIgMBHTHPvbNHiCNTfuOM1+/BMbmK59RmW66TS0UaxZsswHHLZt7v\nNN7SKzXsveT9+A1d6wZlVoy8Y3gykBKnBHGRaGO0zaXczHt4YsUA4L3is6lAjbIo\npU5M3j2F1RFKRr95+HZT/NXNeGbFvsdKmvP4ELtDAuYVMgYR8GqjI5yP/ccVMsi/\nmhT+cUxO/F7+7nixw1Go637Jqr/NF5kjjrBD8EiGy8QrGm6uBR3NGad0BnMWKa2Y\noYKF1m3Fs/evBkcymR+hSwFzkXm6WSOb8hzJIayFa6kAc7uSKyR5iG00p/neibbq\nM1aUAQDBwV7g9wPmcdRIjJS2MtK1JXHZCR1gVKb+EObct6RJOVw8s58ES5O9wGZm\nbVtIZ+JHTbuH+tg0EoRNcCbzuQINBGd9W+0BEADBFjNINSiiMRO6vCSu0G5SqJu/\nvjWJ/dhN7Lh791sas64UU/bWDQ0mqDms0D/oWjQNgapHRXAexuIynbStlSxXO0Qa\nXEdq50BCVoKXj9Nwx63WWBXaR/cwAaBbKLYGUSsMEzqMXZul7VfuOyxGPcgHnz67\ndYDyUOIdUisFiBUkTwoUNXE4Qc9kA9i2jwBrY1s6+vtMX9J5uMUw78mtBG3U6TDr\n7cgwlKe6nuNbt+EXpRsaKNPq5qC/9HEyRgq9i98Voo5b1gjC4adnYFZ70SKb6PrT\nkkpf6b0wi4BNJxYzUBWzYdw9UKPwB4RM9zM20PSWxMuzBfn4sPN2FC0SjdZGeu92\ndZ4NcCwNJuPhFq4fz6TD6da2mEE9H0qlJIhgaNuTHyI3YXgLk4FH/+GhylO74uMh\ncMa/A1nCq8Yr+4OscWxbyN6fv8Jsg2y1wQYdnIqsEH1vx99k5Xy/nF6rWqQfdy9c\nUeCD00bzJyFSQQPieiP45asekajwAXph7nRby9rACbvdZUIy+RsRJoFTS+5flChr\nMvofJoOEqJ58NzCNXNSq77yISZZE6aogqgp2hgQY2UFpLoslSUqvFSx6ti8ZViXf\nZ7e9zKTi4I+/cpQ+RuzkBFYBgW7ysKnUWLyopPFE2GLu7E6JTRVTTL0KAiCca6KT\nv8ZNe6itGuC7WmfKFQARAQABiQRyBBgBCgAmFiEE60wb/U8EL23dzOyRdyH2O9OL\nR5YFAmd9W+0CGwIFCQWjmoACQAkQdyH2O9OLR5bBdCAEGQEKAB0WIQQOIlkXQUZw\n9EQsJQ39UzwHwmRkjwUCZ31b7QAKCRD9UzwHwmRkj6YZD/4h1o52LhFwu7is7fs7\n7Ko5BpBpF1QKV4GRpvYdf7o5Wm9BSvvVQNSZVbs6sPUgWLsFMJBl9E1VQgnOSgMQ\n2urGB9iIIHAvnTeGYwjIlKyZRBzVROn+xY4OfUk0nK/o1jnJCpz+adseMZh9JGV/\n65GfvdJX54j1L1bf4OWrp6BEA77TDmQZ9zqYMeMzlsaiuLxjLRdW4RVInjLYOQdx\nOY5TXjcJpA2FdzBxrvqDGMtUxTANzkLkzs+XXg/OsRO94SvR0NwwaBEzyLs5WFz9\nKqELMFSgSOM+x40S5nwUGoFwl4/uuCxFGrpgGZVlld888WZwJOJMyb+dfrxEsWjJ\nui5eVRtfDC68792YuBM+ATK+zo2wJ8X3IK7CEw5cK8HgmAu0avX1sOVEspPd4dJD\nSfAFU+ghtmufy7As7X1uI5IOyxQ1lpDCEqDf6wmkdrCX78tmoo2d98gFlJxKVmRu\nvvPNdWABXZ/YNW57lix8fWe6vFY2pcyYVRXvX/DIcJNiu+uFVC+6ZzTWMZeCo9KE\nwKlVRg2aDFhwnBO58ahm845/B/7p02NL7SuZPAT8rlLdA7XpfH7KY5Q5eaOVW3gU\nKOnBQRM2Unea22r15rYsYS+whiqglmh2yejmE2vOVteJ3VJkSeaj3S3GGpHZdelI\n/w6xbihzj67pYAG7PoZoJtav52HYD/91FDIGqsVOnn7IlotzN6c/Z07tJnCPJKSc\n736L+1iDYyy7tvslUckW0vfOO92a+ikuPQRajlzUAZrWZe+23M+bIX4T8aCi3fGC\nVWsr5wUK4wiBNQgAr5iQWRg2UjWNLxGuBvp+lk9w8BGp+qZWd/8TOrOHGmXz+N2W\nZBIrtTNbL0LYMxffBxcQIV+aC8jD8MfEetV9F7SsZo1Wza0wcEXyX/xUQ5pr+aks\naDtoNYKWwnJtlRqBgb6A8LPeRrzxTZVlHrOMUDHJSKNNSbspyRi8jmhJtfU17uE9\n+rpQkzv29ZRiDi4vtub6RSpcAaw+squMq7fNberxr7SNaWa7dVnJu4XHvAhS6838\n6Ng9vMhzyLE9GLyuwJ8FCv0jCiFdRFDayyEYZ0zAZz/gWjhdB8XAGJ5US0sEnD8d\nqQE4JR5iLzXEZArHyGUDl45/JbxV7O5Z5D+SlBef/nHLCY/JBHc3LGGnM0Ht8GNj\nd+om6kTznz3lZjxQCj0LFHYMeO3ADyk5uj8SKe9yMXHhl25Dlye1tZalTyosEIdP\nUZMFqTLSQNh0nW5iJ8QYhO9bSaksUKadhHzVzoFk067OOpZLlt/SO3a9DTgBqJnm\njZzrnsTJpU2ctkX++wX6M0WSGfkQGJWbuf1tRHdl+IkfIu+kBE+iAhZoMQAysweF\np6XgWgagKw==\n=4eJy\n-----END PGP PUBLIC KEY BLOCK-----\n";

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
  const listed = await fetchReleaseIndex(source, requestOptions);
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
//# sourceMappingURL=route-EMVAOCZZ.js.map
