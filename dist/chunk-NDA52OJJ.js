import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  targetId
} from "./chunk-CFGINUAJ.js";

// src/process/go-binary.ts
import { spawn } from "node:child_process";
import { delimiter, join } from "node:path";
function goBinary(goRoot, platform = process.platform) {
  return join(goRoot, "bin", platform === "win32" ? "go.exe" : "go");
}
var FOREIGN_CODE_FLAGS = ["toolexec", "exec", "overlay"];
function foreignCodeFlag(flag) {
  const name = /^--?([a-z]+)(?:=|$)/.exec(flag)?.[1];
  return FOREIGN_CODE_FLAGS.find((foreign) => foreign === name);
}
function withoutForeignCodeFlags(goflags) {
  return goflags.split(/\s+/).filter((flag) => flag && foreignCodeFlag(flag) === void 0).join(" ");
}
var DEFAULT_TIMEOUT_MS = 6e4;
function goRunEnvironment(goRoot, mode, base) {
  const env = { ...base, GOROOT: goRoot, GOTOOLCHAIN: "local" };
  env.PATH = [join(goRoot, "bin"), base.PATH].filter(Boolean).join(delimiter);
  if (mode === "report") return env;
  env.GOENV = "off";
  const goflags = mode === "build" ? withoutForeignCodeFlags(base.GOFLAGS ?? "") : "";
  if (goflags) env.GOFLAGS = goflags;
  else delete env.GOFLAGS;
  return env;
}
function runGo(goRoot, args, options) {
  const env = goRunEnvironment(goRoot, options.mode, options.env);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = spawn(goBinary(goRoot), args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let killed = false;
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: error.code ?? "ENOENT", stdout: "", stderr: error.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: killed ? "killed" : code ?? (signal ? `signal ${signal}` : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8")
      });
    });
  });
}
function describeGoRunCode(code) {
  if (code === "killed") return `did not finish within ${DEFAULT_TIMEOUT_MS / 1e3} s`;
  return typeof code === "number" ? `exited with code ${code}` : `could not run (${code})`;
}
async function runGoChecked(goRoot, args, options) {
  const { code, stdout, stderr } = await runGo(goRoot, args, options);
  if (code !== 0) {
    throw new Error(`${goBinary(goRoot)} ${args.join(" ")} ${describeGoRunCode(code)}: ${(stderr || stdout).trim()}`);
  }
  return stdout;
}
var VERIFIED_GOROOT_VARIABLE = "SETUP_GO_GOLDEN_GOROOT";
var selectedGoRoot;
function selectGoRoot(goRoot) {
  selectedGoRoot = goRoot;
}
function verifiedGoRoot() {
  if (selectedGoRoot === void 0) throw new Error("internal error: no verified Go was selected before running go");
  return selectedGoRoot;
}

// src/build/cgo/choice.ts
function cgoEnabledFor(mode, target, context) {
  const native = target.goos === context.hostOs && target.goarch === context.hostArch;
  if (mode === "0") return "0";
  if (mode === "auto") return native ? void 0 : "0";
  if (!context.cgoSupported) throw new Error(`cgo: 1 is not possible for ${targetId(target)}: Go has no cgo support for it`);
  return "1";
}
var ZIG_LINUX_ARCH = new Map(
  Object.entries({
    amd64: "x86_64",
    arm64: "aarch64",
    arm: "arm",
    "386": "x86",
    riscv64: "riscv64",
    ppc64le: "powerpc64le",
    s390x: "s390x",
    loong64: "loongarch64"
  })
);
var ZIG_WINDOWS_ARCH = new Map(Object.entries({ amd64: "x86_64", arm64: "aarch64", "386": "x86" }));
var ZIG_DARWIN_ARCH = new Map(Object.entries({ amd64: "x86_64", arm64: "aarch64" }));
function zigTriple(target, libc) {
  if (target.goos === "linux") {
    const arch = ZIG_LINUX_ARCH.get(target.goarch);
    if (!arch) return void 0;
    const abiSuffix = target.goarch === "arm" ? target.variant === "v5" ? "eabi" : "eabihf" : "";
    if (libc.kind === "musl") return `${arch}-linux-musl${abiSuffix}`;
    return `${arch}-linux-gnu${abiSuffix}${libc.floor ? `.${libc.floor}` : ""}`;
  }
  const windows = target.goos === "windows" && ZIG_WINDOWS_ARCH.get(target.goarch);
  if (windows) return `${windows}-windows-gnu`;
  const darwin = target.goos === "darwin" && ZIG_DARWIN_ARCH.get(target.goarch);
  return darwin ? `${darwin}-macos` : void 0;
}
function forTarget(values, target) {
  return values.byTarget.get(targetId(target)) ?? values.byTarget.get(`${target.goos}/${target.goarch}`) ?? values.all;
}
function chooseCCompiler(target, native, inputs) {
  const fromInput = forTarget(inputs.cc, target);
  if (fromInput) return { kind: "command", command: fromInput, source: `input cc (${targetId(target)})` };
  const forVariable = `CC_FOR_${target.goos}_${target.goarch}`;
  if (inputs.env[forVariable]) return { kind: "command", command: inputs.env[forVariable], source: forVariable };
  if (inputs.env.CC) return { kind: "command", command: inputs.env.CC, source: "CC" };
  const libc = forTarget(inputs.libc, target);
  if (native && !libc) return { kind: "go-default" };
  const chosen = libc ?? { kind: "musl" };
  const triple = zigTriple(target, chosen);
  if (!triple) {
    throw new Error(
      `cgo: 1 for ${targetId(target)}: zig cannot cross-compile C for it; set input cc (${targetId(target)}=<compiler>) or CC_FOR_${target.goos}_${target.goarch}`
    );
  }
  if (target.goos !== "linux") return { kind: "zig", triple, libc: "none", linkage: "dynamic" };
  return { kind: "zig", triple, libc: chosen.kind, linkage: chosen.kind === "musl" ? "static" : "dynamic" };
}
function zigLdflags(compiler, userLdflags) {
  if (compiler.kind !== "zig" || compiler.linkage !== "static") return userLdflags;
  return ["-linkmode external -extldflags -static", userLdflags].filter(Boolean).join(" ");
}
function perTargetText(values, show) {
  const entries = [...values.byTarget].sort(([a], [b]) => a.localeCompare(b)).map(([target, value]) => `${target}=${show(value)}`);
  return [values.all === void 0 ? "" : show(values.all), ...entries].join(",");
}
var libcText = (libc) => libc.kind === "musl" ? "musl" : `glibc${libc.floor ? `.${libc.floor}` : ""}`;
function cCompilerIdentity(choice, env) {
  if (choice.cgo !== "1") return "";
  const ccFor = Object.keys(env).filter((name) => name.startsWith("CC_FOR_")).sort().map((name) => `${name}=${env[name]}`);
  return [
    `zig=${choice.zigVersion}`,
    `cc=${perTargetText(choice.cc, String)}`,
    `libc=${perTargetText(choice.libc, libcText)}`,
    `CC=${env.CC ?? ""}`,
    ...ccFor
  ].join("\n");
}
function cgoSettings(options, plan, selected) {
  const cgoSupported = (target) => plan.dist.find((d) => d.GOOS === target.goos && d.GOARCH === target.goarch).CgoSupported;
  return new Map(
    selected.map((target) => [
      target,
      cgoEnabledFor(options.cgo, target, { hostOs: plan.host.goos, hostArch: plan.host.goarch, cgoSupported: cgoSupported(target) })
    ])
  );
}

export {
  goBinary,
  foreignCodeFlag,
  runGo,
  describeGoRunCode,
  runGoChecked,
  VERIFIED_GOROOT_VARIABLE,
  selectGoRoot,
  verifiedGoRoot,
  chooseCCompiler,
  zigLdflags,
  cCompilerIdentity,
  cgoSettings
};
//# sourceMappingURL=chunk-NDA52OJJ.js.map
