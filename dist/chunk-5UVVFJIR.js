import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  targetId
} from "./chunk-NJ7FCBSR.js";

// src/inputs/report.ts
function outsideWorkspaceMarkdown(outside) {
  if (outside.length === 0) return "";
  const lines = outside.map((entry) => `- \`${entry.input}\`: \`${entry.path.replace(/`/g, "'")}\``);
  return `### Paths outside the workspace

These inputs deliberately point outside the workspace (absolute paths):

${lines.join("\n")}
`;
}

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
function parseLibc(input, value) {
  if (value === "musl") return { kind: "musl" };
  const glibc = /^glibc(?:\.(2\.[0-9]+))?$/.exec(value);
  if (glibc) return { kind: "glibc", floor: glibc[1] ?? "" };
  throw new Error(`input ${input}: "${value}" is not musl, glibc or glibc.2.<minor> (a glibc version floor such as glibc.2.28)`);
}
function parsePerTarget(input, text, parse, allowBare) {
  const result = { byTarget: /* @__PURE__ */ new Map() };
  for (const line of text.split(/\n/).map((part) => part.trim()).filter(Boolean)) {
    const equals = line.indexOf("=");
    if (equals < 0) {
      if (!allowBare || result.all !== void 0) throw new Error(`input ${input}: "${line}" is not goos/goarch[/variant]=value`);
      result.all = parse(line);
      continue;
    }
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (!/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9.]+)?$/.test(key) || !value)
      throw new Error(`input ${input}: "${line}" is not goos/goarch[/variant]=value`);
    if (result.byTarget.has(key)) throw new Error(`input ${input}: ${key} is given twice`);
    result.byTarget.set(key, parse(value));
  }
  return result;
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

// src/build/emulation/foreign-targets.ts
var QEMU_ARCH = {
  amd64: "x86_64",
  "386": "i386",
  arm: "arm",
  arm64: "aarch64",
  ppc64: "ppc64",
  ppc64le: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
  mips: "mips",
  mipsle: "mipsel",
  mips64: "mips64",
  mips64le: "mips64el",
  loong64: "loongarch64"
};
function isNative(target, hostOs, hostArch) {
  return target.goos === hostOs && target.goarch === hostArch;
}
function needsEmulation(target, hostOs, hostArch) {
  return target.goos === "linux" && hostOs === "linux" && !isNative(target, hostOs, hostArch);
}
function qemuProgramNames(goarch) {
  const arch = QEMU_ARCH[goarch];
  return arch ? [`qemu-${arch}-static`, `qemu-${arch}`] : [];
}
var DEBIAN_CROSS_LIBC = {
  amd64: ["amd64", "x86_64-linux-gnu"],
  "386": ["i386", "i686-linux-gnu"],
  arm64: ["arm64", "aarch64-linux-gnu"],
  arm: ["armhf", "arm-linux-gnueabihf"],
  riscv64: ["riscv64", "riscv64-linux-gnu"],
  ppc64le: ["ppc64el", "powerpc64le-linux-gnu"],
  s390x: ["s390x", "s390x-linux-gnu"]
};
function glibcSysroot(goarch) {
  const entry = DEBIAN_CROSS_LIBC[goarch];
  return entry && { aptPackage: `libc6-${entry[0]}-cross`, path: `/usr/${entry[1]}` };
}
function splitArguments(text) {
  const args = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] ?? match[2] ?? match[3]);
  }
  return args;
}

export {
  cgoEnabledFor,
  parseLibc,
  parsePerTarget,
  chooseCCompiler,
  zigLdflags,
  cCompilerIdentity,
  isNative,
  needsEmulation,
  qemuProgramNames,
  glibcSysroot,
  splitArguments,
  outsideWorkspaceMarkdown
};
//# sourceMappingURL=chunk-5UVVFJIR.js.map
