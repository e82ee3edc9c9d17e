import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/install/routes/platform.ts
var GOARCH_BY_ARCH = /* @__PURE__ */ new Map([
  ["x64", "amd64"],
  ["amd64", "amd64"],
  ["x86", "386"],
  ["ia32", "386"],
  ["386", "386"],
  ["arm64", "arm64"],
  ["aarch64", "arm64"],
  ["arm", "arm"],
  ["armv6l", "arm"],
  ["ppc64le", "ppc64le"],
  ["ppc64", "ppc64"],
  ["s390x", "s390x"],
  ["riscv64", "riscv64"],
  ["loong64", "loong64"],
  ["mips64le", "mips64le"],
  ["mips64", "mips64"],
  ["mipsle", "mipsle"],
  ["mips", "mips"]
]);
var GOOS_BY_PLATFORM = /* @__PURE__ */ new Map([
  ["linux", "linux"],
  ["darwin", "darwin"],
  ["win32", "windows"],
  ["freebsd", "freebsd"]
]);
function goPlatform(nodePlatform, architecture) {
  const goos = GOOS_BY_PLATFORM.get(nodePlatform);
  if (!goos) throw new Error(`unsupported runner platform ${nodePlatform}`);
  const goarch = GOARCH_BY_ARCH.get(architecture.toLowerCase());
  if (!goarch) {
    throw new Error(`unknown architecture '${architecture}'; expected one of ${[...GOARCH_BY_ARCH.keys()].join(", ")}`);
  }
  return { goos, goarch, toolCacheArch: architecture.toLowerCase() === "amd64" ? "x64" : architecture.toLowerCase() };
}
function goDevArch(goarch) {
  return goarch === "arm" ? "armv6l" : goarch;
}

export {
  goPlatform,
  goDevArch
};
//# sourceMappingURL=chunk-ZEJWX63E.js.map
