import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/inputs/report.ts
function outsideWorkspaceMarkdown(outside) {
  if (outside.length === 0) return "";
  const lines = outside.map((entry) => `- \`${entry.input}\`: \`${entry.path.replace(/`/g, "'")}\``);
  return `### Paths outside the workspace

These inputs deliberately point outside the workspace (absolute paths):

${lines.join("\n")}
`;
}

// src/build/emulation.ts
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
function splitArguments(text) {
  const args = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    args.push(match[1] ?? match[2] ?? match[3]);
  }
  return args;
}

export {
  isNative,
  needsEmulation,
  qemuProgramNames,
  splitArguments,
  outsideWorkspaceMarkdown
};
//# sourceMappingURL=chunk-3BBOXSNB.js.map
