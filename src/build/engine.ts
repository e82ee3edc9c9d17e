// The cross-build engine: resolves targets, builds them natively in parallel (one shared GOCACHE),
// archives and hashes the results, proves foreign Linux binaries under QEMU, and assembles an image.
import { availableParallelism, totalmem } from 'node:os';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { archiveFileName, archiveFormatFor, binaryFileName, programFileName } from './naming';
import type { ImageResult } from './buildx';
import { binaryFacts, cgoFromBuildInfo } from './binary-facts';
import { CompilerSetup, type CompilerEnv } from './ccompiler';
import { cgoEnabledFor, chooseCCompiler, zigLdflags, type CCompiler } from './cgo';
import { formatChecksums, type ChecksumEntry } from './checksums';
import { needsEmulation, isNative } from './emulation';
import { goBuildArgs, goTestArgs } from './gocommand';
import { imageBinaries, imageNote } from './image';
import type { BuildOptions } from './options';
import { mapLimit } from './pool';
import { gcBudgetEnv } from './gc-budget';
import { noCgoNotices } from './nocgo-notices';
import { emulatedTest, findEmulator, provisionGlibcSysroot, provisionQemu, smokeRun, type Emulator } from './qemu';
import type { BuiltTarget, QemuResult } from './report';
import { runChecked, runQuiet } from './run';
import { shardMatrix, shardTargets, type MatrixEntry } from './shards';
import { resolveTargets, targetEnv, targetId, VARIANT_VARIABLES, type BuildTarget, type DistEntry } from './targets';
import { defaultProgramName, distList, goHost, type GoHost } from './toolchain';
import { writeArchive, sha256File } from './archive';

export interface Reporter {
  info(line: string): void;
  warning(line: string): void;
  notice?(line: string): void;
}

export interface CrossBuildResult {
  /** Empty when this run only planned the shards. */
  built: BuiltTarget[];
  checksumsFile: string | undefined;
  matrix: { include: MatrixEntry[] };
  /** Lines for the summary: skipped QEMU, planning, the image. */
  notes: string[];
  image: ImageResult | undefined;
  /** One message per target that failed to build or failed under QEMU. */
  failures: string[];
  /** Why the image step failed, when it did. */
  imageFailure?: string;
}

/** Path as the user should see it: relative to the workspace when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function buildEnv(target: BuildTarget, cgo: string | undefined, gcBudget: Record<string, string>, compilerEnv: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gcBudget };
  for (const name of [...VARIANT_VARIABLES, 'GOOS', 'GOARCH', 'CGO_ENABLED']) delete env[name];
  Object.assign(env, targetEnv(target), compilerEnv);
  if (cgo !== undefined) env.CGO_ENABLED = cgo;
  return env;
}

/** The C compiler for each cgo target, made ready (zig provisioned once, wrappers written) before any build starts. */
async function prepareCompilers(
  cgo: Map<BuildTarget, '0' | '1' | undefined>,
  host: GoHost,
  options: BuildOptions,
  reporter: Reporter,
  notes: string[],
): Promise<Map<BuildTarget, { compiler: CCompiler; env: CompilerEnv }>> {
  const chosen = [...cgo]
    .filter(([, value]) => value === '1')
    .map(([target]) => [target, chooseCCompiler(target, isNative(target, host.goos, host.goarch), { cc: options.cc, libc: options.libc, env: process.env })] as const);
  const setup = new CompilerSetup({
    version: options.zigVersion,
    downloadBaseUrl: options.zigDownloadBaseUrl,
    signingKey: options.zigSigningKey,
    log: reporter.info,
  });
  const prepared = new Map<BuildTarget, { compiler: CCompiler; env: CompilerEnv }>();
  try {
    for (const [target, compiler] of chosen) prepared.set(target, { compiler, env: await setup.envFor(compiler) });
  } catch (error) {
    const zigTargets = chosen.filter(([, compiler]) => compiler.kind === 'zig').map(([target]) => targetId(target));
    throw new Error(
      `cgo: 1 for ${zigTargets.join(', ')} needs a C cross compiler, and zig could not be provided: ${(error as Error).message}. ` +
        'Put zig on PATH, set zig-version (and zig-download-base-url for a mirror), or name a compiler per target with input cc (linux/arm64=<command>) or CC_FOR_<goos>_<goarch>',
    );
  }
  const zig = await setup.zigInUse();
  if (zig) {
    const how = zig.origin === 'path' ? 'from PATH, not verified by this action' : `${zig.origin === 'downloaded' ? 'downloaded' : 'tool cache'}, verified: ${zig.anchors.join(', ')}`;
    notes.push(`C cross compiler: zig ${zig.version} (${how}) at ${zig.path}`);
  }
  return prepared;
}

/** Std packages the program links, per GOOS of the CGO_ENABLED=0 targets, and the notices they call for. */
async function noCgoTraps(targets: BuildTarget[], workingDirectory: string, packages: string[]): Promise<string[]> {
  const byGoos = new Map<string, BuildTarget[]>();
  for (const target of targets) byGoos.set(target.goos, [...(byGoos.get(target.goos) ?? []), target]);
  const notices: string[] = [];
  for (const [goos, group] of byGoos) {
    const env = buildEnv(group[0]!, '0', {});
    const listing = await runQuiet('go', ['list', '-deps', '-f', '{{if .Standard}}{{.ImportPath}}{{end}}', ...packages], { cwd: workingDirectory, env });
    if (listing.code !== 0) continue;
    const linked = new Set(listing.stdout.split('\n').filter(Boolean));
    for (const change of noCgoNotices(goos, linked)) {
      notices.push(`CGO_ENABLED=0 (${group.map(targetId).join(', ')}): ${change}. Build with cgo: 1 if that matters.`);
    }
  }
  return notices;
}

/** One emulator per foreign GOARCH, provisioning QEMU once when any is missing. */
async function prepareEmulators(
  targets: BuildTarget[],
  host: GoHost,
  reporter: Reporter,
  notes: string[],
): Promise<Map<string, Emulator>> {
  const arches = [...new Set(targets.filter((t) => needsEmulation(t, host.goos, host.goarch)).map((t) => t.goarch))];
  const found = new Map<string, Emulator>();
  const lookAll = async () => {
    for (const arch of arches) {
      const emulator = found.get(arch) ?? (await findEmulator(arch));
      if (emulator) found.set(arch, emulator);
    }
  };
  await lookAll();
  if (found.size < arches.length) {
    const provisioned = await provisionQemu(reporter.info);
    if (provisioned) notes.push(`QEMU: ${provisioned}`);
    await lookAll();
  }
  const missing = arches.filter((arch) => !found.has(arch));
  if (missing.length > 0) {
    const message = `QEMU: no qemu-user for ${missing.join(', ')} and no way to install it (needs root or passwordless sudo with apt-get, or a Docker engine); those binaries were not run`;
    reporter.warning(message);
    notes.push(message);
  }
  return found;
}

export async function crossBuild(options: BuildOptions, reporter: Reporter): Promise<CrossBuildResult> {
  const workingDirectory = resolve(options.workingDirectory);
  // Asked together: each is a separate go invocation, and the builds wait on all three.
  const [host, dist, name] = await Promise.all([
    goHost(),
    distList(),
    options.name ? Promise.resolve(options.name) : defaultProgramName(workingDirectory, options.packages),
  ]);
  const targets = resolveTargets(options.targets, dist);
  const matrix = shardMatrix(targets, options.shards);
  const notes: string[] = [];
  const result: CrossBuildResult = { built: [], checksumsFile: undefined, matrix, notes, image: undefined, failures: [] };
  if (options.shards > 1 && options.shard === undefined) {
    notes.push(`Planned ${matrix.include.length} shard(s) of ${targets.length} targets; set shard to build one.`);
    return result;
  }
  const selected = options.shard === undefined ? targets : shardTargets(targets, { shard: options.shard, shards: options.shards });
  const distEntry = (t: BuildTarget): DistEntry => dist.find((d) => d.GOOS === t.goos && d.GOARCH === t.goarch)!;
  const cgo = new Map(
    selected.map((target) => [
      target,
      cgoEnabledFor(options.cgo, target, {
        hostOs: host.goos,
        hostArch: host.goarch,
        cgoSupported: distEntry(target).CgoSupported,
      }),
    ]),
  );

  const outputDir = resolve(workingDirectory, options.outputDir);
  // Checked before building so a wrong platforms input fails fast.
  const imagePlan = options.image
    ? imageBinaries(
        selected.map((target) => ({ target, source: join(outputDir, binaryFileName(name, target)), program: programFileName(name, target) })),
        options.platforms,
      )
    : undefined;
  await mkdir(outputDir, { recursive: true });
  // A zig download and a QEMU install can overlap; the first failure stops the run.
  const [compilers, emulators] = await Promise.all([
    prepareCompilers(cgo, host, options, reporter, notes),
    options.qemu === 'off' ? new Map<string, Emulator>() : prepareEmulators(selected, host, reporter, notes),
  ]);
  const withoutCgo = selected.filter((target) => cgo.get(target) === '0');
  // Listed while the builds run; a `go list` that cannot start only costs the notices.
  const traps = withoutCgo.length > 0 ? noCgoTraps(withoutCgo, workingDirectory, options.packages).catch(() => []) : Promise.resolve([]);
  const sysroots = new Map<string, Promise<string | undefined>>();
  const sysrootFor = (goarch: string) => {
    if (!sysroots.has(goarch)) sysroots.set(goarch, provisionGlibcSysroot(goarch, reporter.info));
    return sysroots.get(goarch)!;
  };
  const flags = { trimpath: options.trimpath, ldflags: options.ldflags, tags: options.tags };
  // In a container, the cgroup's limit is the memory there is (0 or undefined: no limit).
  const constrained = process.constrainedMemory?.() || Infinity;
  const gcBudget = gcBudgetEnv(process.env, {
    totalMemoryBytes: Math.min(totalmem(), constrained),
    goVersion: host.version,
    parallel: options.parallel,
    cores: availableParallelism(),
  });
  if (gcBudget.GOMEMLIMIT) notes.push(`Go processes build with GOGC=off and GOMEMLIMIT=${gcBudget.GOMEMLIMIT} (set GOGC or GOMEMLIMIT to choose otherwise)`);
  const checksums: ChecksumEntry[] = [];

  const buildOne = async (target: BuildTarget): Promise<BuiltTarget | undefined> => {
    const id = targetId(target);
    const binaryName = binaryFileName(name, target);
    const binary = join(outputDir, binaryName);
    const compiler = compilers.get(target);
    const env = buildEnv(target, cgo.get(target), gcBudget, compiler?.env.env);
    const targetFlags = compiler ? { ...flags, ldflags: zigLdflags(compiler.compiler, flags.ldflags) } : flags;
    const started = performance.now();
    const build = await runQuiet('go', goBuildArgs(binary, options.packages, targetFlags), { cwd: workingDirectory, env });
    const millis = performance.now() - started;
    if (build.code !== 0) {
      result.failures.push(`${id}: go build failed: ${(build.stderr || build.stdout).trim()}`);
      return undefined;
    }
    reporter.info(`built ${id} -> ${shown(binary)} in ${(millis / 1000).toFixed(1)} s`);
    const format = archiveFormatFor(options.archive, target);
    const archiveName = format && archiveFileName(name, target, format);
    if (format && archiveName) await writeArchive(format, binary, programFileName(name, target), join(outputDir, archiveName));
    const [sha256, size, archiveSha, facts] = await Promise.all([
      sha256File(binary),
      stat(binary).then((info) => info.size),
      archiveName ? sha256File(join(outputDir, archiveName)) : undefined,
      Promise.all([readFile(binary), runChecked('go', ['version', '-m', binary])]).then(([bytes, info]) => binaryFacts(bytes, cgoFromBuildInfo(info))),
    ]);
    checksums.push({ name: binaryName, sha256 });
    if (archiveName && archiveSha) checksums.push({ name: archiveName, sha256: archiveSha });

    // go test runs the user's test binaries with this environment: they get Go's default collector.
    const testEnv = buildEnv(target, cgo.get(target), {}, compiler?.env.env);
    const sysroot = facts.linkage === 'dynamic' && facts.libc === 'glibc' && !isNative(target, host.goos, host.goarch) ? sysrootFor(target.goarch) : undefined;
    const qemu = await proveTarget(target, binary, testEnv, targetFlags, sysroot);
    if (qemu.status === 'failed') result.failures.push(`${id}: ${qemu.detail}`);
    else if (qemu.status === 'passed') reporter.info(`${id} under QEMU: ${qemu.detail}`);
    const cc = compiler?.env.label ?? '';
    return { target, path: shown(binary), archive: archiveName && shown(join(outputDir, archiveName)), sha256, size, millis, qemu, facts, cc };
  };

  const proveTarget = async (
    target: BuildTarget,
    binary: string,
    env: NodeJS.ProcessEnv,
    targetFlags: typeof flags,
    sysrootLookup: Promise<string | undefined> | undefined,
  ): Promise<QemuResult> => {
    if (options.qemu === 'off') return { status: 'not run', detail: '' };
    if (isNative(target, host.goos, host.goarch)) return { status: 'native', detail: '' };
    if (!needsEmulation(target, host.goos, host.goarch)) return { status: 'not run', detail: `not Linux` };
    const emulator = emulators.get(target.goarch);
    if (!emulator) return { status: 'skipped', detail: 'no qemu-user' };
    const sysroot = await sysrootLookup;
    if (sysrootLookup && !sysroot) return { status: 'skipped', detail: `dynamic glibc binary and no glibc sysroot for ${target.goarch} (apt-get cannot install it here)` };
    const runSmoke = options.qemu === 'smoke' || options.smokeArgs.length > 0;
    const smoke = runSmoke ? await smokeRun(emulator, binary, options.smokeArgs, sysroot) : undefined;
    if (options.qemu === 'smoke' || smoke?.status === 'failed') return smoke!;
    const test = await emulatedTest(emulator, goTestArgs(emulator.kind === 'program' ? emulator.path : undefined, targetFlags), {
      cwd: workingDirectory,
      env: sysroot ? { ...env, QEMU_LD_PREFIX: sysroot } : env,
    });
    return smoke && test.status === 'passed' ? { status: 'passed', detail: `${smoke.detail}; ${test.detail}` } : test;
  };

  const built = await mapLimit(selected, options.parallel, buildOne);
  result.built = built.filter((item): item is BuiltTarget => item !== undefined);
  for (const notice of await traps) {
    (reporter.notice ?? reporter.info)(notice);
    notes.push(notice);
  }

  const checksumsPath = join(outputDir, options.checksums);
  await writeFile(checksumsPath, formatChecksums(checksums));
  result.checksumsFile = shown(checksumsPath);

  if (imagePlan && result.failures.length === 0) {
    const binaries = imagePlan;
    // Loaded on demand: the toolkit makes a temp directory as soon as it is imported.
    const { buildImage } = await import('./buildx');
    // A failed image leaves the binaries, their outputs and the summary standing; the step still fails.
    result.image = await buildImage({
      image: options.image,
      binaries,
      dockerfile: options.dockerfile && resolve(workingDirectory, options.dockerfile),
      contextDir: join(outputDir, 'image-context'),
      push: options.push,
      ociTarball: options.imageOutput && resolve(workingDirectory, options.imageOutput),
      builder: options.builder,
      attestations: options.attestations,
      knownOs: [...new Set(dist.map((entry) => entry.GOOS))],
    }).catch((error: Error) => {
      result.imageFailure = error.message;
      return undefined;
    });
    notes.push(result.image ? imageNote(options.image, result.image, options.push, options.imageOutput) : `Image ${options.image}: failed, nothing reported as built or pushed`);
  }
  return result;
}
