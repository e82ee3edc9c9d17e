// One target from `go build` to its place in the release: the binary, its archive, its SBOM, their
// hashes, what the binary says about its linkage, and its proof under QEMU.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sha256File, writeArchive } from './artifacts/release-files';
import { binaryFacts, cgoFromBuildInfo } from './artifacts/binary-facts';
import { parseBuildInfo } from './artifacts/build-info';
import type { ExtraFile } from './artifacts/extra-files';
import { writeSboms } from './artifacts/sbom-files';
import type { ChecksumEntry } from './artifacts/checksums';
import { zigLdflags } from './cgo/choice';
import type { PreparedCompiler } from './cgo/compilers';
import { displayPath } from './artifacts/display-path';
import { goBuildArgs, type GoBuildFlags } from './plan/go-arguments';
import { partialBeside, renameIntoPlace } from './plan/link-free';
import { buildEnv } from './plan/build-environment';
import { archiveFileName, archiveFormatFor, binaryFileName, programFileName, sbomFileName, type ArchiveChoice } from './plan/naming';
import type { CgoSetting } from './cgo/choice';
import type { SbomFormat } from './plan/options';
import { proveTarget, type ProofContext } from './emulation/prove';
import type { BuiltTarget } from './artifacts/summary';
import type { Reporter } from './plan/progress';
import { runGo, runGoChecked, verifiedGoRoot } from '../process/go-binary';
import { targetId, type BuildTarget } from './plan/targets';

/** A build that has not finished in this long is stuck, not slow. */
const BUILD_TIMEOUT_MS = 60 * 60_000;

export interface TargetBuildContext {
  name: string;
  outputDir: string;
  workingDirectory: string;
  packages: string[];
  flags: GoBuildFlags;
  archive: ArchiveChoice;
  release: ReleaseChoices;
  /** GOGC/GOMEMLIMIT for `go build` (plan/build-environment.ts). */
  gcBudget: Record<string, string>;
  proof: ProofContext;
  reporter: Reporter;
}

/** What goes into the release beside the binary, decided once per run. */
export interface ReleaseChoices {
  /** The time of every archive entry; undefined: the binary's own time (reproducible off). */
  archiveTime: Date | undefined;
  extraFiles: ExtraFile[];
  /** The SBOM documents written beside each binary. */
  sbom: SbomFormat[];
  /** The SBOMs' creation time (the source date) and their tool, `setup-go-golden-<version>`. */
  created: Date;
  tool: string;
}

export interface TargetOutcome {
  /** Undefined when go build failed. */
  built: BuiltTarget | undefined;
  /** The binary's and the archive's lines of the checksums file. */
  checksums: ChecksumEntry[];
  /** Why the target failed (go build, or the proof under QEMU). */
  failure: string | undefined;
}

export async function buildTarget(
  context: TargetBuildContext,
  target: BuildTarget,
  cgo: CgoSetting,
  compiler: PreparedCompiler | undefined,
): Promise<TargetOutcome> {
  const { name, outputDir, flags, reporter } = context;
  const id = targetId(target);
  const binaryName = binaryFileName(name, target);
  const binary = join(outputDir, binaryName);
  const env = buildEnv(target, cgo, context.gcBudget, compiler?.env.env);
  const targetFlags = compiler ? { ...flags, ldflags: zigLdflags(compiler.compiler, flags.ldflags) } : flags;
  const started = performance.now();
  const goRoot = verifiedGoRoot();
  // go build writes a fresh name in the checked folder; the binary then takes its place by rename,
  // which replaces anything put at that name since the engine checked it instead of writing through it.
  const partial = partialBeside(binary);
  const build = await runGo(goRoot, goBuildArgs(partial, context.packages, targetFlags), {
    mode: 'build',
    cwd: context.workingDirectory,
    env,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  const millis = performance.now() - started;
  if (build.code !== 0) {
    await rm(partial, { force: true });
    return { built: undefined, checksums: [], failure: `${id}: go build failed: ${(build.stderr || build.stdout).trim()}` };
  }
  await renameIntoPlace(partial, binary);
  reporter.info(`built ${id} -> ${displayPath(binary)} in ${(millis / 1000).toFixed(1)} s`);
  const format = archiveFormatFor(context.archive, target);
  const archiveName = format && archiveFileName(name, target, format);
  const { release } = context;
  const entries = [
    { name: programFileName(name, target), path: binary, executable: true },
    ...release.extraFiles.map((file) => ({ ...file, executable: false })),
  ];
  const archiving = async () => {
    if (!format || !archiveName) return undefined;
    const time = release.archiveTime ?? (await stat(binary)).mtime;
    await writeArchive(format, entries, time, join(outputDir, archiveName));
    return sha256File(join(outputDir, archiveName));
  };
  const [sha256, size, archiveSha, buildInfoText, bytes] = await Promise.all([
    sha256File(binary),
    stat(binary).then((info) => info.size),
    archiving(),
    runGoChecked(goRoot, ['version', '-m', binary], { mode: 'inspect', env: process.env }),
    readFile(binary),
  ]);
  const buildInfo = parseBuildInfo(buildInfoText);
  const facts = binaryFacts(bytes, cgoFromBuildInfo(buildInfo));
  const sboms = await writeSboms(
    release.sbom,
    buildInfo,
    { fileName: binaryName, sha256, created: release.created, tool: release.tool },
    outputDir,
    (format) => sbomFileName(name, target, format),
  );
  const sbomPath = (format: SbomFormat) => {
    const written = sboms.find((sbom) => sbom.format === format);
    return written && displayPath(join(outputDir, written.name));
  };
  const checksums = [
    { name: binaryName, sha256 },
    ...(archiveName && archiveSha ? [{ name: archiveName, sha256: archiveSha }] : []),
    ...sboms.map((sbom) => ({ name: sbom.name, sha256: sbom.sha256 })),
  ];

  // go test runs the user's test binaries with this environment: they get Go's default collector.
  const testEnv = buildEnv(target, cgo, {}, compiler?.env.env);
  const qemu = await proveTarget(context.proof, { target, binary, facts, env: testEnv, flags: targetFlags });
  if (qemu.status === 'passed') reporter.info(`${id} under QEMU: ${qemu.detail}`);
  const cc = compiler?.env.label ?? '';
  const built = {
    target,
    path: displayPath(binary),
    archive: archiveName && displayPath(join(outputDir, archiveName)),
    sbom: sbomPath('spdx'),
    cyclonedx: sbomPath('cyclonedx'),
    sha256,
    size,
    millis,
    qemu,
    facts,
    cc,
  };
  return { built, checksums, failure: qemu.status === 'failed' ? `${id}: ${qemu.detail}` : undefined };
}
