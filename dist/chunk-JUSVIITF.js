import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  targetId
} from "./chunk-NJ7FCBSR.js";

// src/build/cgo/choice.ts
function cgoEnabledFor(mode, target, context) {
  const native = target.goos === context.hostOs && target.goarch === context.hostArch;
  if (mode === "0") return "0";
  if (mode === "auto") return native ? void 0 : "0";
  if (!context.cgoSupported) throw new Error(`cgo: 1 is not possible for ${targetId(target)}: Go has no cgo support for it`);
  return "1";
}
var ZIG_LINUX_ARCH = {
  amd64: "x86_64",
  arm64: "aarch64",
  arm: "arm",
  "386": "x86",
  riscv64: "riscv64",
  ppc64le: "powerpc64le",
  s390x: "s390x",
  loong64: "loongarch64"
};
var ZIG_WINDOWS_ARCH = { amd64: "x86_64", arm64: "aarch64", "386": "x86" };
var ZIG_DARWIN_ARCH = { amd64: "x86_64", arm64: "aarch64" };
function zigTriple(target, libc) {
  if (target.goos === "linux") {
    const arch = ZIG_LINUX_ARCH[target.goarch];
    if (!arch) return void 0;
    const abiSuffix = target.goarch === "arm" ? target.variant === "v5" ? "eabi" : "eabihf" : "";
    if (libc.kind === "musl") return `${arch}-linux-musl${abiSuffix}`;
    return `${arch}-linux-gnu${abiSuffix}${libc.floor ? `.${libc.floor}` : ""}`;
  }
  if (target.goos === "windows") return ZIG_WINDOWS_ARCH[target.goarch] && `${ZIG_WINDOWS_ARCH[target.goarch]}-windows-gnu`;
  if (target.goos === "darwin") return ZIG_DARWIN_ARCH[target.goarch] && `${ZIG_DARWIN_ARCH[target.goarch]}-macos`;
  return void 0;
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
  chooseCCompiler,
  zigLdflags,
  cCompilerIdentity,
  cgoSettings
};
//# sourceMappingURL=chunk-JUSVIITF.js.map
