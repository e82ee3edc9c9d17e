import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  goPlatform
} from "./chunk-ZEJWX63E.js";
import {
  startGoRootHash
} from "./chunk-BBTO3QLS.js";
import "./chunk-VNSKBGDO.js";
import {
  goReleaseName
} from "./chunk-JTIA7XNC.js";
import "./chunk-UKWSVPRX.js";
import "./chunk-IS4RGL6S.js";
import {
  parseCacheInputs,
  restoreSummaryMarkdown
} from "./chunk-GCJQ3Q25.js";
import {
  exitIfWorkAbandoned
} from "./chunk-7VLQPEDF.js";
import {
  REPORTED_SETTINGS,
  configureGoEnvironment,
  locateGoPaths,
  outsideWorkspaceMarkdown,
  parseBuildOptions,
  parseEnvironmentInputs,
  placeBuildOptions,
  plannedExports
} from "./chunk-4ES42NK5.js";
import {
  VERIFIED_GOROOT_VARIABLE,
  cCompilerIdentity,
  describeGoRunCode,
  goBinary,
  runGo,
  selectGoRoot
} from "./chunk-NDA52OJJ.js";
import {
  createStagingDir,
  formatTrustAnchor,
  formatTrustAnchors,
  isDefaultSumdb,
  listCachedGo,
  newReceipt,
  newestCachedSatisfying,
  originUnproven,
  promoteToToolCache,
  provesOrigin,
  removeStagingDir,
  replaceInToolCache,
  sumdbLabel,
  writeReceipt
} from "./chunk-L4CI2NMB.js";
import "./chunk-CFGINUAJ.js";
import {
  describeGoproxy,
  parseGosumdb,
  sumdbAnchor
} from "./chunk-Y2Q5KOXR.js";
import "./chunk-XHVA37CI.js";
import "./chunk-PI6JENBU.js";
import "./chunk-DRZAVMTK.js";
import {
  existingDirectory
} from "./chunk-2MNAY5YP.js";
import "./chunk-RZ4XXYW2.js";
import "./chunk-CQSCB3DJ.js";
import {
  InputError,
  actionInputs,
  runningRepository,
  shown,
  workspaceDirectory
} from "./chunk-X7OREOBU.js";
import {
  addMatcher,
  failStep,
  group,
  holdInfo,
  info,
  notice,
  summaryCode,
  summaryText,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  addPath,
  exportVariable,
  setOutput,
  summary
} from "./chunk-YQMGHQ5S.js";
import {
  parseVersionFile
} from "./chunk-XVOD6XAE.js";
import {
  describeRefusal,
  readNamedFile
} from "./chunk-NNFJ34CN.js";
import {
  describeVersionSpec,
  newestStableReleases,
  parseVersionSpec,
  refuseUnsupportedSpec,
  resolveVersionSpec
} from "./chunk-FAKZ4MPP.js";
import {
  compareGoVersions,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-J27SYFL5.js";

// src/inputs/setup.ts
import { availableParallelism } from "node:os";

// src/inputs/install.ts
import { basename, isAbsolute, resolve } from "node:path";

// src/install/runnable-arch.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var NATIVE_GOARCH = /* @__PURE__ */ new Map([
  ["x64", "amd64"],
  ["ia32", "386"],
  ["arm64", "arm64"],
  ["arm", "arm"],
  ["ppc64", "ppc64le"],
  ["s390x", "s390x"],
  ["riscv64", "riscv64"],
  ["loong64", "loong64"]
]);
function runsNatively(runner, goarch) {
  const native = NATIVE_GOARCH.get(runner.arch);
  if (native === void 0 || native === goarch) return true;
  if (native === "amd64") return goarch === "386" && runner.platform !== "darwin";
  if (native === "arm64") return goarch === "arm" || goarch === "amd64" && runner.platform !== "linux";
  return false;
}
var QEMU_NAME = /* @__PURE__ */ new Map([
  ["amd64", "x86_64"],
  ["386", "i386"],
  ["arm64", "aarch64"],
  ["arm", "arm"],
  ["ppc64le", "ppc64le"],
  ["ppc64", "ppc64"],
  ["s390x", "s390x"],
  ["riscv64", "riscv64"],
  ["loong64", "loongarch64"],
  ["mips64le", "mips64el"],
  ["mips64", "mips64"],
  ["mipsle", "mipsel"],
  ["mips", "mips"]
]);
var BINFMT_MISC = "/proc/sys/fs/binfmt_misc";
function qemuHandlerEnabled(binfmtDir, goarch) {
  const name = QEMU_NAME.get(goarch);
  if (name === void 0) return false;
  try {
    return readFileSync(join(binfmtDir, `qemu-${name}`), "utf8").split("\n")[0] === "enabled";
  } catch {
    return false;
  }
}
function unrunnableArchitecture(runner, goos, goarch, binfmtDir = BINFMT_MISC) {
  if (runsNatively(runner, goarch)) return void 0;
  if (runner.platform === "linux" && qemuHandlerEnabled(binfmtDir, goarch)) return void 0;
  const native = NATIVE_GOARCH.get(runner.arch) ?? runner.arch;
  const emulation = runner.platform === "linux" ? ` and no QEMU handler for it is registered (${join(binfmtDir, `qemu-${QEMU_NAME.get(goarch) ?? goarch}`)})` : "";
  return `this ${native} runner cannot run a ${goos}/${goarch} Go${emulation}; to cross-compile, leave input architecture unset and use targets: ${goos}/${goarch}`;
}

// src/inputs/install.ts
function asInputError(input, parse) {
  try {
    return parse();
  } catch (error) {
    const message = error.message;
    const prefix = `input ${input}: `;
    throw new InputError(input, message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}
function readSpec(read, workspace, warnings) {
  const versionText = read.text("go-version");
  const versionFile = read.path("go-version-file");
  if (versionText && versionFile) {
    warnings.push("both go-version and go-version-file are set: go-version wins, as in actions/setup-go");
  }
  if (versionText) {
    const { spec, warnings: specWarnings } = asInputError("go-version", () => parseVersionSpec(versionText, "input go-version"));
    asInputError("go-version", () => refuseUnsupportedSpec(spec, "input go-version", versionText));
    warnings.push(...specWarnings);
    return { spec, specSource: "input go-version", specText: versionText };
  }
  if (versionFile) {
    const path = isAbsolute(versionFile) ? versionFile : resolve(workspace, versionFile);
    const contents = readVersionFileInput(versionFile, path, workspace);
    const result = asInputError("go-version-file", () => parseVersionFile(basename(path), contents));
    const specSource = `${versionFile}:${result.line}`;
    asInputError("go-version-file", () => refuseUnsupportedSpec(result.spec, specSource, result.text, { fromYaml: false }));
    warnings.push(...result.warnings);
    return { spec: result.spec, specSource, specText: result.text };
  }
  return { spec: void 0, specSource: "", specText: "" };
}
var MAX_VERSION_FILE_BYTES = 1 << 20;
function missingVersionFile(versionFile, path) {
  return new InputError(
    "go-version-file",
    `${versionFile} not found (looked for ${path}); run actions/checkout before this step, or fix the path`
  );
}
function readVersionFileInput(versionFile, path, workspace) {
  let file;
  try {
    file = readNamedFile(workspace, path, { maxBytes: MAX_VERSION_FILE_BYTES });
  } catch (error) {
    if (error.code === "ENOENT") throw missingVersionFile(versionFile, path);
    throw new InputError(
      "go-version-file",
      `cannot read ${versionFile}: ${error.code ?? error.message}`
    );
  }
  const { read, name } = file;
  if (read.kind === "bytes") return read.bytes.toString("utf8");
  if (read.kind === "missing") throw missingVersionFile(versionFile, path);
  throw new InputError("go-version-file", describeRefusal(name, read));
}
function parseInstallInputs(read, workspace, env, runner) {
  const warnings = [];
  const architecture = read.text("architecture") || runner.arch;
  const downloadBaseUrl = read.text("go-download-base-url") || env.GO_DOWNLOAD_BASE_URL?.trim() || void 0;
  if (downloadBaseUrl) {
    let url;
    try {
      url = new URL(downloadBaseUrl);
    } catch {
      throw new InputError("go-download-base-url", `not a URL: '${downloadBaseUrl}'`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new InputError("go-download-base-url", `expected an http(s) URL, got '${downloadBaseUrl}'`);
    }
  }
  const sha256Text = read.text("go-sha256");
  const pinnedSha256 = sha256Text.toLowerCase() || void 0;
  if (pinnedSha256 && !/^[0-9a-f]{64}$/.test(pinnedSha256)) {
    throw new InputError("go-sha256", `expected 64 hexadecimal characters, got ${shown(sha256Text)}`);
  }
  const signingKey = read.text("go-signing-key", { multiline: true, max: 65536 }) || void 0;
  if (signingKey && !signingKey.includes("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
    throw new InputError("go-signing-key", "expected an armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)");
  }
  const gotoolchain = read.text("gotoolchain") || void 0;
  if (gotoolchain && !/^(local|auto|path|go\d+(\.\d+){1,2}((rc|beta)\d+)?(\+(auto|path))?|local\+(auto|path))$/.test(gotoolchain)) {
    throw new InputError("gotoolchain", `expected local, auto, path, goX.Y.Z, goX.Y.Z+auto or goX.Y.Z+path, got '${gotoolchain}'`);
  }
  let platform;
  try {
    platform = goPlatform(runner.platform, architecture);
  } catch (error) {
    const message = error.message;
    if (message.startsWith("unknown architecture")) throw new InputError("architecture", message);
    throw error;
  }
  const unrunnable = unrunnableArchitecture(runner, platform.goos, platform.goarch, runner.binfmtDir);
  if (unrunnable) throw new InputError("architecture", unrunnable);
  return {
    ...readSpec(read, workspace, warnings),
    checkLatest: read.boolean("check-latest", false),
    platform,
    downloadBaseUrl,
    signingKey,
    verifySignature: read.choice("verify-signature", ["auto", "required", "off"], "auto"),
    pinnedSha256,
    gotoolchain,
    downloadSource: read.choice("go-download-source", ["go.dev", "proxy", "auto"], "go.dev"),
    goproxy: read.text("goproxy") || env.GOPROXY?.trim() || void 0,
    gosumdb: read.text("gosumdb") || env.GOSUMDB?.trim() || void 0,
    verifyCached: read.boolean("verify-cached", true),
    sumdbCrossCheck: read.boolean("sumdb-cross-check", false),
    token: read.text("token") || void 0,
    warnings
  };
}

// src/inputs/setup.ts
function parseSetupInputs(read, workspace, repository) {
  const outside = [];
  const placement = { workspace, outside };
  const workingDirectory = existingDirectory("working-directory", read.path("working-directory", "."), workspace);
  const install = parseInstallInputs(read, workspace, process.env, { platform: process.platform, arch: process.arch });
  const environment = parseEnvironmentInputs(read, placement);
  const cache = parseCacheInputs(read);
  const parsedBuild = parseBuildOptions(read, availableParallelism());
  const build = parsedBuild.targets.length > 0 ? placeBuildOptions(parsedBuild, placement) : void 0;
  const drift = {
    workspace,
    workingDirectory,
    mode: read.choice("drift-check", ["off", "warn", "error"], "warn"),
    ignore: [],
    ...repository ? { repository } : {}
  };
  return { install, environment, cache, build, drift, workspace, workingDirectory, outside };
}

// src/setup.ts
import { setImmediate as nextTurn } from "node:timers/promises";

// src/env/go-env.ts
import { tmpdir } from "node:os";
async function readInstalledGoEnv(goRoot, exports) {
  const go = goBinary(goRoot);
  const { code, stdout, stderr } = await runGo(goRoot, ["env", "-json", ...REPORTED_SETTINGS], {
    mode: "report",
    env: { ...process.env, ...exports },
    cwd: tmpdir()
  });
  if (code !== 0) throw new Error(`${go} env -json ${describeGoRunCode(code)}: ${stderr.trim()}`);
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`${go} env -json did not print JSON: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
}

// src/install/activate.ts
import { existsSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function matcherPath() {
  return join2(dirname(fileURLToPath(import.meta.url)), "..", "matchers", "go.json");
}
function activateGo(go, gotoolchainInput, goEnv) {
  const goCommand = goBinary(go.goRoot);
  const gotoolchain = gotoolchainInput ? { value: gotoolchainInput, setBy: "input" } : process.env.GOTOOLCHAIN ? { value: process.env.GOTOOLCHAIN, setBy: "workflow" } : { value: "local", setBy: "default" };
  const reported = (goEnv.GOVERSION ?? "").split(" ")[0];
  const gopath = goEnv.GOPATH ?? "";
  const reportedVersion = releaseVersion(reported);
  if (!reportedVersion || compareGoVersions(reportedVersion, go.version) !== 0) {
    throw new Error(
      `${goCommand} reports ${reported}, not go${go.version}: the tool cache entry ${go.goRoot} is not what its folder name says`
    );
  }
  if (gopath) addPath(join2(gopath.split(process.platform === "win32" ? ";" : ":")[0], "bin"));
  addPath(join2(go.goRoot, "bin"));
  selectGoRoot(go.goRoot);
  exportVariable(VERIFIED_GOROOT_VARIABLE, go.goRoot);
  if (gotoolchain.setBy !== "workflow") exportVariable("GOTOOLCHAIN", gotoolchain.value);
  else info(`GOTOOLCHAIN=${gotoolchain.value} was set by the workflow; leaving it (set input gotoolchain to override)`);
  const matcher = matcherPath();
  if (existsSync(matcher)) addMatcher(matcher);
  setOutput("go-version", go.version);
  setOutput("go-root", go.goRoot);
  setOutput("verified", go.anchors.length > 0 ? formatTrustAnchors(go.anchors) : "none");
  return { gotoolchain, gopath };
}

// src/install/install-run.ts
var InstallRun = class {
  constructor(options) {
    this.options = options;
  }
  options;
  notes = [];
  timings = {};
  /** The route once its release list was read: what later checks may consult without asking again. */
  listed;
  /** Adds the wall time of `work` to the phase's row of the timings table. */
  async timed(phase, work) {
    const start = Date.now();
    try {
      return await work();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + (Date.now() - start);
    }
  }
};

// src/install/newer-release.ts
function newerReleaseNotice(run, served) {
  const { spec, specSource, specText, checkLatest } = run.options;
  const listed2 = run.listed;
  if (listed2 === void 0 || checkLatest || spec.kind === "exact") return void 0;
  const newest = resolveVersionSpec(spec, listed2.releases);
  if (newest === void 0 || compareGoVersions(newest, served) <= 0) return void 0;
  return `${specSource} ${JSON.stringify(specText)}: the tool cache had Go ${served}, but ${listed2.label} lists Go ${newest} as ${describeVersionSpec(spec)}; set check-latest: true to install Go ${newest}`;
}

// src/install/routes/proxy/route.ts
var loadProxyRoute = () => import("./proxy-DZQDO6CG.js");
function proxyOptions(inputs) {
  return { goproxy: inputs.goproxy, gosumdb: inputs.gosumdb, log: (line) => info(line) };
}
async function proxyRoute(inputs) {
  const { goos, goarch } = inputs.platform;
  const options = proxyOptions(inputs);
  const { listProxyReleases, downloadAndVerifyFromProxy } = await loadProxyRoute();
  const releases = await listProxyReleases(goos, goarch, options);
  const label = describeGoproxy(inputs.goproxy);
  return {
    label,
    releases,
    async stage(version, staging) {
      const staged = await downloadAndVerifyFromProxy({ version, goos, goarch, stagingDir: staging, ...options });
      return {
        stagedGoRoot: staged.stagedGoRoot,
        notes: [],
        receipt: {
          source: label,
          url: `golang.org/toolchain@${staged.details.moduleVersion}`,
          fileName: `${staged.details.moduleVersion}.zip`,
          size: staged.details.zipBytes,
          h1: staged.details.zipHash,
          anchors: staged.anchors
        }
      };
    }
  };
}

// src/trust/receipt-policy.ts
function refusal(anchor, policy, receiptSha256) {
  const shown2 = formatTrustAnchor(anchor);
  switch (anchor.kind) {
    case "sha256":
      if (anchor.from !== "pinned") return void 0;
      if (policy.pinnedSha256 === void 0) return `${shown2} was pinned by another workflow; this job pins no go-sha256`;
      return policy.pinnedSha256 === receiptSha256 ? void 0 : `${shown2} is not the SHA-256 this job pins (input go-sha256)`;
    case "openpgp":
      return anchor.fingerprint.toUpperCase() === policy.signingKeyFingerprint.toUpperCase() ? void 0 : `${shown2} is not this job's signing key (${policy.signingKeyFingerprint})`;
    case "sumdb": {
      const wanted = policy.sumdb;
      if (wanted === void 0) return `${shown2}: this job trusts no checksum database (GOSUMDB)`;
      if (anchor.keyHash === void 0) return `${shown2} does not record the database's key`;
      return anchor.name === wanted.name && anchor.keyHash === wanted.keyHash ? void 0 : `${shown2} is not this job's checksum database (${wanted.name}+${wanted.keyHash})`;
    }
  }
}
function judgeReceiptAnchors(anchors, receiptSha256, policy) {
  const counted = [];
  const refused = [];
  for (const anchor of anchors) {
    const why = refusal(anchor, policy, receiptSha256);
    if (why === void 0) counted.push(anchor);
    else refused.push(why);
  }
  return { counted, refused, provesOrigin: counted.some(provesOrigin) };
}

// src/install/preinstalled.ts
async function trustPolicy(options, receipt) {
  let sumdb;
  try {
    const anchor = sumdbAnchor(parseGosumdb(options.gosumdb));
    sumdb = { name: anchor.name, keyHash: anchor.keyHash };
  } catch {
    sumdb = void 0;
  }
  let signingKeyFingerprint = "";
  if (receipt.anchors.some((anchor) => anchor.kind === "openpgp")) {
    const signingKey = options.signingKey;
    signingKeyFingerprint = signingKey ? await import("./signature-OCCSJE6I.js").then(
      ({ publicKeyFingerprint }) => publicKeyFingerprint(signingKey, "input go-signing-key")
    ) : (await import("./google-signing-key-ZQ2NYTH2.js")).GOOGLE_SIGNING_KEY_FINGERPRINT;
  }
  return { signingKeyFingerprint, sumdb, pinnedSha256: options.pinnedSha256 };
}
var listed = (items) => items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
function receiptSource(receipt) {
  return receipt.preinstalled ? "tool cache (preinstalled, verified in place)" : `tool cache (installed from ${receipt.source})`;
}
function standOnReceipt(entry, receipt, judged, tree, why, run) {
  if (receipt.h1 === void 0 || receipt.h1 !== tree.h1 || !judged.provesOrigin) return void 0;
  run.notes.push(
    `Go ${entry.version} in the tool cache was not proved by the checksum database now: ${why}. The h1 its receipt records, ${receipt.h1}, matches its files now (${tree.files} files hashed), and the receipt's anchors (${formatTrustAnchors(judged.counted, ", ")}) are ones this job accepts: they stand, as far as the receipt can be trusted.`
  );
  return {
    kind: "verified",
    go: {
      version: entry.version,
      goRoot: entry.goRoot,
      anchors: judged.counted,
      origin: "tool-cache",
      source: receiptSource(receipt),
      receipt,
      notes: run.notes,
      timings: run.timings
    }
  };
}
function receiptShortfall(receipt, judged, tree) {
  if (receipt === void 0 || judged === void 0) return "it has no receipt of ours";
  if (receipt.h1 === void 0) return "its receipt records no h1 of its files";
  if (receipt.h1 !== tree.h1) return `its files hash to ${tree.h1}, not ${receipt.h1} as its receipt records`;
  const refused = judged.refused.length > 0 ? listed(judged.refused) : "its receipt records only a mirror\u2019s own SHA-256";
  return `its receipt counts for nothing in this job: ${refused}`;
}
function verifiedNow(entry, answer, run) {
  const { options } = run;
  const kept = entry.receipt?.h1 === answer.zipHash ? entry.receipt : void 0;
  const receipt = kept ?? newReceipt(entry.version, options.platform.toolCacheArch, {
    source: "the tool cache (verified in place)",
    url: `golang.org/toolchain@${answer.moduleVersion}`,
    fileName: "",
    h1: answer.zipHash,
    anchors: answer.anchors,
    preinstalled: true
  });
  const receiptWritten = kept === void 0 ? writeReceipt(receipt).catch((error) => {
    info(`could not write the receipt beside ${entry.goRoot} (${error.message})`);
  }) : void 0;
  if (entry.receipt === void 0) {
    run.notes.push(
      `Go ${entry.version} was preinstalled in the tool cache; its ${answer.files} files match ${answer.moduleVersion} ${answer.zipHash} in the checksum database`
    );
  }
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: answer.anchors,
    origin: "tool-cache",
    source: entry.receipt ? `${receiptSource(entry.receipt)}, its files proved against the checksum database now` : receiptSource(receipt),
    verifiedNow: true,
    receipt,
    ...receiptWritten ? { receiptWritten } : {},
    notes: run.notes,
    timings: run.timings
  };
}
async function verifyCachedGo(entry, run) {
  const { options } = run;
  const { goos, goarch } = options.platform;
  const { receipt } = entry;
  const hashing = startGoRootHash(entry.goRoot, entry.version, goos, goarch);
  let answer;
  let databaseError;
  try {
    answer = await run.timed("verify tool-cache Go", async () => {
      const { checkTreeAgainstSumdb } = await loadProxyRoute();
      const database = { ...proxyOptions(options), sumdbAttempts: 2 };
      return checkTreeAgainstSumdb(entry.goRoot, entry.version, goos, goarch, database, hashing);
    });
  } catch (error) {
    databaseError = error;
  }
  let tree;
  try {
    tree = await hashing.tree;
  } catch (error) {
    return { kind: "unverifiable", reason: error.message, failed: "its files could not be read" };
  }
  if (answer?.kind === "match") return { kind: "verified", go: verifiedNow(entry, answer, run) };
  const judged = receipt && judgeReceiptAnchors(receipt.anchors, receipt.sha256, await trustPolicy(options, receipt));
  if (answer?.kind === "mismatch") {
    const ownBuild = options.signingKey !== void 0 && receipt !== void 0 && judged?.counted.some((anchor) => anchor.kind === "openpgp") === true;
    const knows = answer.recorded === void 0 ? `has no record of ${answer.moduleVersion}` : `records ${answer.recorded} for ${answer.moduleVersion}, the Go project's release,`;
    const why2 = `the checksum database ${knows} and this Go was signed by this job's own go-signing-key`;
    return ownBuild && standOnReceipt(entry, receipt, judged, tree, why2, run) || answer;
  }
  const why = `the checksum database could not be asked (${databaseError?.message ?? "no answer"})`;
  const stood = receipt && judged && standOnReceipt(entry, receipt, judged, tree, why, run);
  if (stood) return stood;
  if (tree.h1 === void 0) {
    return { kind: "mismatch", reason: `it holds ${tree.unexpected.length} links or other non-files; a release holds regular files only` };
  }
  if (receipt?.h1 !== void 0 && receipt.h1 !== tree.h1) return { kind: "mismatch", reason: receiptShortfall(receipt, judged, tree) };
  return {
    kind: "unverifiable",
    reason: `${databaseError?.message ?? "no answer"}; ${receiptShortfall(receipt, judged, tree)}`,
    failed: "the checksum database could not be asked"
  };
}
function unverified(entry, run) {
  warning(
    `verify-cached: false: using Go ${entry.version} from ${entry.goRoot} WITHOUT VERIFICATION. Anything that could write the tool cache (a runner image, another action, an earlier job on this runner) could have put it there, receipt and all; remove verify-cached: false to prove it before it runs`
  );
  run.notes.push(`Go ${entry.version} was taken from the tool cache unchecked: NOT VERIFIED (verify-cached: false)`);
  return {
    version: entry.version,
    goRoot: entry.goRoot,
    anchors: [],
    origin: "tool-cache",
    source: "tool cache (NOT verified: verify-cached: false)",
    notes: run.notes,
    timings: run.timings
  };
}
async function fromCache(entry, run, installReplacement) {
  if (!run.options.verifyCached) return unverified(entry, run);
  const verdict = await verifyCachedGo(entry, run);
  if (verdict.kind === "verified") return verdict.go;
  const where = `Go ${entry.version} in the tool cache at ${entry.goRoot}`;
  if (verdict.kind === "mismatch") {
    warning(
      `${where} does not match the release it claims to be, and it will not be used: ${verdict.reason}. Installing a verified copy in its place.`
    );
  } else {
    warning(
      `Cannot verify ${where}: ${verdict.failed} (${verdict.reason}); installing a verified copy in its place instead of running it`
    );
  }
  try {
    const go = await installReplacement();
    run.notes.push(
      `The Go ${entry.version} found in the tool cache ${verdict.kind === "mismatch" ? "did not match the published release" : "could not be checked"}; it was replaced by this verified copy`
    );
    return go;
  } catch (error) {
    const cause = error.message;
    if (verdict.kind === "mismatch") {
      throw new Error(
        `${where} is not what it claims to be (${verdict.reason}), and no verified copy could be installed in its place: ${cause}`
      );
    }
    throw new Error(
      `${where} cannot be verified: ${verdict.failed} (${verdict.reason}), and no verified copy could be downloaded (${cause}). To use it unverified, set verify-cached: false`
    );
  }
}

// src/install/open-route.ts
async function openRoute(options) {
  if (options.downloadSource === "proxy") return proxyRoute(options);
  const { goDevRequestOptions, goDevRoute } = await import("./route-XHO7ILPK.js");
  const requestOptions = goDevRequestOptions(options);
  if (options.downloadSource === "go.dev") return goDevRoute(options, requestOptions);
  try {
    return await goDevRoute(options, { ...requestOptions, attempts: 2 });
  } catch (error) {
    warning(
      `go-download-source auto: ${error.message}; falling back to the golang.org/toolchain module through ${describeGoproxy(options.goproxy)}`
    );
    return proxyRoute(options);
  }
}

// src/install/staged-go-check.ts
import { existsSync as existsSync2, readdirSync } from "node:fs";
import { join as join3 } from "node:path";
var JOB_SETTINGS_IGNORED = ["GOROOT", "GOOS", "GOARCH", "GOFLAGS", "GOENV", "GOTOOLCHAIN"];
function toolPlatforms(goRoot) {
  let names;
  try {
    names = readdirSync(join3(goRoot, "pkg", "tool"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parts = /^([a-z0-9]+)_([a-z0-9]+)$/.exec(name);
    return parts ? [`${parts[1]}/${parts[2]}`] : [];
  });
}
async function checkStagedGoRuns(goRoot, version, platform) {
  const release = goReleaseName(version);
  const binary = goBinary(goRoot);
  const expected = `${platform.goos}/${platform.goarch}`;
  const refuse = (why) => {
    throw new Error(`the verified ${release} tree does not run: ${binary} ${why}; it was not installed`);
  };
  const otherPlatform = (found, evidence) => {
    throw new Error(
      `the verified ${release} archive is a ${found} Go, not ${expected} (${evidence}): its signature covers the bytes, not the file name; it was not installed`
    );
  };
  if (!existsSync2(binary)) refuse("is missing");
  const tools = toolPlatforms(goRoot);
  if (tools.length > 0 && !tools.includes(expected))
    otherPlatform(tools.join(", "), `its tools are in pkg/tool/${tools.join(", ").replace(/\//g, "_")}`);
  const env = { ...process.env };
  for (const name of JOB_SETTINGS_IGNORED) delete env[name];
  const { code, stdout, stderr } = await runGo(goRoot, ["version"], { mode: "inspect", env });
  if (code === "EACCES") refuse("cannot be run (EACCES: not executable)");
  if (code !== 0) refuse(`version ${describeGoRunCode(code)}: ${JSON.stringify(stderr.trim().split("\n")[0] ?? "")}`);
  const line = stdout.trim().split("\n")[0] ?? "";
  const [, printed, printedPlatform] = /^go version (\S+) (\S+)/.exec(line) ?? [];
  const printedVersion = printed === void 0 ? void 0 : releaseVersion(printed);
  if (printedVersion === void 0 || compareGoVersions(printedVersion, version) !== 0) {
    refuse(`version printed ${JSON.stringify(line)}, not ${release}`);
  }
  if (printedPlatform !== expected) otherPlatform(printedPlatform ?? "unknown", `${binary} version printed ${JSON.stringify(line)}`);
  if (!tools.includes(expected)) {
    throw new Error(
      `the verified ${release} tree is not a complete ${expected} Go: it has no pkg/tool/${platform.goos}_${platform.goarch}; it was not installed`
    );
  }
  const target = await runGo(goRoot, ["env", "GOOS", "GOARCH"], { mode: "inspect", env });
  if (target.code !== 0)
    refuse(`env GOOS GOARCH ${describeGoRunCode(target.code)}: ${JSON.stringify(target.stderr.trim().split("\n")[0] ?? "")}`);
  const [goos = "", goarch = ""] = target.stdout.trim().split("\n");
  if (!goos || !goarch) refuse(`env GOOS GOARCH printed ${JSON.stringify(target.stdout)}, not a GOOS and a GOARCH`);
  if (`${goos}/${goarch}` !== expected)
    otherPlatform(`${goos}/${goarch}`, `${binary} env GOOS GOARCH printed ${JSON.stringify(`${goos} ${goarch}`)}`);
}

// src/install/index.ts
function originRemedies(fileName, options) {
  const remedies = ["pin its SHA-256 with input go-sha256"];
  if (!fileName.endsWith(".zip")) {
    remedies.push(
      options.verifySignature === "off" ? "switch verify-signature back on, with a mirror that serves Google's signatures beside its archives" : `use a mirror that serves Google's signatures beside its archives (${fileName}.asc, checked by verify-signature)`
    );
  }
  remedies.push("make a checksum database reachable (inputs goproxy and gosumdb, or the job's GOPROXY and GOSUMDB)");
  return remedies.join(", or ");
}
async function proveWithChecksumDatabase(staged, version, run) {
  const { options } = run;
  const { anchors, fileName, source } = staged.receipt;
  const unproven = originUnproven(anchors);
  if (anchors.some((anchor) => anchor.kind === "sumdb") || !(unproven || options.sumdbCrossCheck)) return;
  const { goos, goarch } = options.platform;
  const refuse = (why) => new Error(
    unproven ? `${fileName} from ${source} was not installed: only the mirror's own SHA-256 vouches for it, and ${why}. To prove it, ${originRemedies(fileName, options)}` : why
  );
  const { checkTreeAgainstSumdb } = await loadProxyRoute();
  let verdict;
  try {
    verdict = await run.timed(
      "checksum database",
      () => checkTreeAgainstSumdb(staged.stagedGoRoot, version, goos, goarch, proxyOptions(options))
    );
  } catch (error) {
    if (!unproven) throw error;
    throw refuse(`the Go checksum database could not prove it: ${error.message}`);
  }
  if (verdict.kind === "mismatch") throw refuse(verdict.reason);
  anchors.push(...verdict.anchors);
  staged.receipt.h1 = verdict.zipHash;
  if (unproven) {
    const names = verdict.anchors.flatMap((anchor) => anchor.kind === "sumdb" ? [sumdbLabel(anchor)] : []);
    run.notes.push(
      `origin proved by the Go checksum database ${names.join(", ")}: the files match golang.org/toolchain@${verdict.moduleVersion} ${verdict.zipHash}`
    );
  }
}
async function installFromRoute(route, version, run, placement = "new") {
  const { platform } = run.options;
  if (!route.releases.some((release) => compareGoVersions(release.version, version) === 0)) {
    throw new Error(`${route.label} does not list Go ${version}`);
  }
  const staging = await createStagingDir();
  try {
    const staged = await run.timed("download+verify", () => route.stage(version, staging, run.timings));
    run.notes.push(...staged.notes);
    await proveWithChecksumDatabase(staged, version, run);
    const treeHash = staged.receipt.h1 === void 0 ? startGoRootHash(staged.stagedGoRoot, version, platform.goos, platform.goarch).tree : Promise.resolve({ h1: staged.receipt.h1 });
    await run.timed("check it runs", () => checkStagedGoRuns(staged.stagedGoRoot, version, platform));
    const { h1 } = await run.timed("hash the tree", () => treeHash);
    const receipt = newReceipt(version, platform.toolCacheArch, { ...staged.receipt, ...h1 === void 0 ? {} : { h1 } });
    const place = placement === "replace" ? replaceInToolCache : promoteToToolCache;
    const goRoot = await run.timed("install", () => place(staged.stagedGoRoot, receipt));
    return {
      version,
      goRoot,
      anchors: receipt.anchors,
      origin: "downloaded",
      source: route.label,
      receipt,
      notes: run.notes,
      timings: run.timings
    };
  } finally {
    await removeStagingDir(staging);
  }
}
async function installGo(options, hooks = {}) {
  const run = new InstallRun(options);
  const { spec, platform } = options;
  let opened;
  const route = () => opened ??= run.timed("release list", async () => {
    run.listed = await openRoute(options);
    return run.listed;
  });
  const fromToolCache = async (entry) => {
    const go = await fromCache(entry, run, async () => installFromRoute(await route(), entry.version, run, "replace"));
    const newer = newerReleaseNotice(run, go.version);
    if (newer !== void 0) {
      notice(newer);
      go.notes.push(newer);
    }
    return go;
  };
  const cached = await listCachedGo(platform.toolCacheArch);
  const offlineMatch = newestCachedSatisfying(cached, spec);
  if (offlineMatch && !options.checkLatest) {
    info(`Go ${offlineMatch.version} from the tool cache satisfies ${describeVersionSpec(spec)}; not contacting the release index`);
    hooks.onResolved?.(offlineMatch.version);
    return fromToolCache(offlineMatch);
  }
  let listed2;
  try {
    listed2 = await route();
  } catch (error) {
    if (offlineMatch) {
      warning(`cannot read the release index (${error.message}); using Go ${offlineMatch.version} from the tool cache`);
      hooks.onResolved?.(offlineMatch.version);
      return fromToolCache(offlineMatch);
    }
    throw new Error(
      `cannot read the Go release index and no Go in the tool cache satisfies ${describeVersionSpec(spec)}: ${error.message}`
    );
  }
  const version = resolveVersionSpec(spec, listed2.releases);
  const elsewhere = resolveVersionSpec(spec, listed2.withoutArchive ?? []);
  if (!version) {
    if (elsewhere) {
      throw new Error(
        `${options.specSource}: ${describeVersionSpec(spec)} is Go ${elsewhere}, which ${listed2.label} has no archive of for ${platform.goos}/${platform.goarch} (input architecture), and no older release matching it has one either`
      );
    }
    const newest = newestStableReleases(listed2.releases, 5);
    throw new Error(
      `${options.specSource}: no Go release on ${listed2.label} matches ${describeVersionSpec(spec)} (newest stable: ${newest.join(", ")})`
    );
  }
  if (elsewhere && compareGoVersions(elsewhere, version) > 0) {
    run.notes.push(
      `Go ${elsewhere} matches ${describeVersionSpec(spec)} but ${listed2.label} has no archive of it for ${platform.goos}/${platform.goarch}: installing Go ${version}, the newest that has one`
    );
  }
  hooks.onResolved?.(version);
  const exact = cached.find((entry) => entry.version === version);
  if (exact) {
    info(`Go ${version} is already in the tool cache`);
    return fromToolCache(exact);
  }
  return installFromRoute(listed2, version, run);
}

// src/install/summary.ts
var SHA256_MATCHES = {
  pinned: "SHA-256 matches the digest pinned by input go-sha256",
  "go.dev": "SHA-256 matches the go.dev release index",
  mirror: "SHA-256 matches the digest published by the mirror (integrity only, not origin)"
};
function describeAnchor(anchor, go) {
  switch (anchor.kind) {
    case "sha256":
      return SHA256_MATCHES[anchor.from];
    case "openpgp": {
      const signer = go.receipt?.signature;
      const subkey = signer ? `, signing subkey ${summaryText(signer.signingKeyId)}, signed ${summaryText(signer.created.slice(0, 10))}` : "";
      return `OpenPGP signature by key ${summaryCode(anchor.fingerprint.replace(/(.{4})/g, "$1 ").trim())}${subkey}`;
    }
    case "sumdb": {
      const whose = isDefaultSumdb(anchor) ? "" : " (not the Go project\u2019s key: named with its key hash)";
      return `Go checksum database ${summaryCode(sumdbLabel(anchor))}${whose}: signed tree head, inclusion proof and h1 hash`;
    }
  }
}
function installSummaryMarkdown(go, activated) {
  const lines = [];
  const verified = go.anchors.length > 0;
  lines.push(`### ${verified ? "\u2705" : "\u26A0\uFE0F"} Go ${summaryText(go.version)}`);
  lines.push("");
  lines.push("| | |", "|---|---|");
  lines.push(`| Version | ${summaryCode(go.version)} |`);
  lines.push(`| GOROOT | ${summaryCode(go.goRoot)} |`);
  lines.push(`| Source | ${summaryText(go.origin === "downloaded" ? `downloaded from ${go.source}` : go.source)} |`);
  if (go.receipt?.fileName) {
    lines.push(`| Archive | ${summaryCode(go.receipt.fileName)} (${((go.receipt.size ?? 0) / 1024 ** 2).toFixed(1)} MiB) |`);
  }
  if (go.receipt?.sha256) lines.push(`| SHA-256 | ${summaryCode(go.receipt.sha256)} |`);
  if (go.receipt?.h1) lines.push(`| Tree h1 | ${summaryCode(go.receipt.h1)} |`);
  lines.push(
    `| GOTOOLCHAIN | ${summaryCode(activated.gotoolchain.value)} (${activated.gotoolchain.setBy === "workflow" ? "set by the workflow, left alone" : activated.gotoolchain.setBy === "input" ? "from input gotoolchain" : "default: no silent toolchain switches"}) |`
  );
  lines.push("");
  if (verified) {
    const when = go.origin === "downloaded" ? "before it was unpacked into the tool cache" : go.verifiedNow ? "now, before anything ran it: its files in the tool cache match the published release" : go.receipt?.preinstalled ? `when this action checked the copy in the tool cache (${summaryText(go.receipt.installedAt)}), as its receipt says, whose h1 matches the files now` : `when this action installed it (${summaryText(go.receipt?.installedAt ?? "earlier")}), as its receipt says, whose h1 matches the files now`;
    lines.push(`**Verified** ${when}:`);
    for (const anchor of go.anchors) lines.push(`- ${describeAnchor(anchor, go)}`);
  } else {
    lines.push(
      "**Not verified by setup-go-golden** (`verify-cached: false`): this Go came from the tool cache, where anything that can write the tool cache could have put it."
    );
  }
  if (go.notes.length > 0) {
    lines.push("");
    for (const note of go.notes) lines.push(`> ${summaryText(note)}`);
  }
  const phases = Object.entries(go.timings);
  if (phases.length > 0) {
    lines.push("", "| Phase | Time |", "|---|---|");
    for (const [phase, ms] of phases) lines.push(`| ${phase} | ${(ms / 1e3).toFixed(2)} s |`);
  }
  lines.push("");
  return lines.join("\n");
}

// src/setup.ts
async function runSetup(setup) {
  const started = Date.now();
  const { install, build } = setup;
  for (const warning2 of install.warnings) warning(warning2);
  if (!install.spec) {
    warning("neither go-version nor go-version-file is set: using the Go already on PATH (as actions/setup-go does)");
    await driftPhase(setup.drift);
    return;
  }
  const spec = install.spec;
  const goPaths = locateGoPaths(setup.environment);
  let cacheRestore;
  const exports = plannedExports(setup.environment, goPaths);
  const { go, goEnv, activated } = await group(`Install Go ${install.specText}`, async () => {
    const go2 = await installGo(
      { ...install, spec },
      {
        onResolved: (version) => {
          cacheRestore = holdInfo(
            () => nextTurn().then(() => import("./restore-SYTQ47VN.js")).then(
              ({ restoreCaches }) => restoreCaches({
                goVersion: version,
                arch: install.platform.toolCacheArch,
                options: setup.cache,
                targets: build?.targets ?? [],
                cCompiler: build ? cCompilerIdentity(build, process.env) : "",
                workingDirectory: setup.workingDirectory,
                folders: goPaths,
                workspace: setup.workspace
              })
            )
          );
          cacheRestore.result.catch(() => void 0);
        }
      }
    );
    const goEnv2 = await readInstalledGoEnv(go2.goRoot, exports);
    await go2.receiptWritten;
    const activated2 = activateGo(go2, install.gotoolchain, goEnv2);
    for (const note of go2.notes) info(note);
    info(`Go ${go2.version} at ${go2.goRoot}; verified: ${formatTrustAnchors(go2.anchors, ", ") || "none"}`);
    return { go: go2, goEnv: goEnv2, activated: activated2 };
  });
  const waitStart = Date.now();
  const caches = await group("Restore caches", async () => {
    try {
      return await cacheRestore?.result;
    } finally {
      cacheRestore?.release();
    }
  });
  go.timings["waiting for cache restore"] = Date.now() - waitStart;
  go.timings.total = Date.now() - started;
  await summary.addRaw(
    [
      installSummaryMarkdown(go, activated),
      caches ? restoreSummaryMarkdown(caches.lines) : "",
      outsideWorkspaceMarkdown(setup.outside)
    ].join("\n")
  ).write();
  await group("Go environment", () => configureGoEnvironment(go.goRoot, setup.environment, exports, goEnv));
  if (build) await (await import("./build-ZHXF7LL5.js")).runBuildPhase(build);
  await driftPhase(setup.drift);
}
async function driftPhase(options) {
  if (options.mode === "off") return;
  await (await import("./drift-ZBPKRGB6.js")).runDriftPhase(options);
}

// src/main-step.ts
try {
  await runSetup(parseSetupInputs(actionInputs(), workspaceDirectory(), runningRepository()));
} catch (error) {
  await failStep("setup-go-golden failed", error);
} finally {
  exitIfWorkAbandoned();
}
//# sourceMappingURL=main-step-ECTHW527.js.map
