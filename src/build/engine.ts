// The cross-build engine: resolves targets, builds them natively in parallel (one shared GOCACHE),
// archives and hashes the results with an SBOM each, proves foreign Linux binaries under QEMU,
// states the provenance of the release files, and assembles an image.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { version as packageVersion } from '../../package.json';
import type { ImageResult } from './image/buildx';
import { isInside } from '../shared/path-inside';
import { buildTarget } from './build-target';
import { sha256File, writeChecksumsFile } from './artifacts/release-files';
import { extraFiles, type ExtraFile } from './artifacts/extra-files';
import { sourceDate } from './artifacts/source-date';
import { writeProvenance } from './artifacts/provenance-file';
import { releaseNotes } from './artifacts/release-notes';
import { linkFreeFolder, refuseNonFiles } from './plan/link-free';
import { archiveFileName, archiveFormatFor, binaryFileName, programFileName, provenanceFileName, sbomFileName } from './plan/naming';
import type { BuildTarget } from './plan/targets';
import { prepareCompilers } from './cgo/compilers';
import { prepareEmulators } from './emulation/emulators';
import { machineGcBudget } from './plan/build-environment';
import { buildImageStep, planImage } from './image/step';
import { noCgoNoticesFor } from './cgo/nocgo-check';
import type { BuildOptions, SbomFormat } from './plan/options';
import { cgoSettings } from './cgo/choice';
import { planBuild, shardPlanNote } from './plan/plan';
import { mapLimit } from '../shared/pool';
import { glibcSysroots } from './emulation/prove';
import type { Emulator } from './emulation/qemu';
import type { BuiltTarget } from './artifacts/summary';
import type { Reporter } from './plan/progress';
import type { MatrixEntry } from './plan/shards';

export interface CrossBuildResult {
  /** Empty when this run only planned the shards. */
  built: BuiltTarget[];
  checksumsFile: string | undefined;
  matrix: { include: MatrixEntry[] };
  /** Lines for the summary: skipped QEMU, planning, the image. */
  notes: string[];
  image: ImageResult | undefined;
  /** One message per target that failed to build or failed under QEMU, in target order. */
  failures: string[];
  /** Why the image step failed, when it did. */
  imageFailure?: string;
  /** The provenance statement's path as the user sees it, when one was written. */
  provenanceFile?: string;
}

/** Which release files a run writes beside binaries and archives. */
interface ReleasePlan {
  sbom: SbomFormat[];
  provenance: boolean;
  provenanceName: string;
}

function releasePlan(options: BuildOptions, name: string): ReleasePlan {
  const archives = options.archive !== 'none';
  const shard = options.shards > 1 && options.shard !== undefined ? `-shard-${options.shard}` : '';
  return {
    sbom: options.sbom === 'auto' ? (archives ? ['spdx'] : []) : options.sbom === 'off' ? [] : options.sbom,
    provenance: options.provenance === 'on' || (options.provenance === 'auto' && archives),
    provenanceName: provenanceFileName(name + shard),
  };
}

/** The files every archive holds beside the program; one named like the program would be lost. */
async function archiveExtras(options: BuildOptions, workingDirectory: string, name: string, selected: BuildTarget[]): Promise<ExtraFile[]> {
  if (options.archive === 'none') return [];
  const extras = await extraFiles(options.archiveFiles, workingDirectory, options.workspace);
  const programs = new Set(selected.map((target) => programFileName(name, target)));
  const clash = extras.find((file) => programs.has(file.name));
  if (clash)
    throw new Error(
      `input archive-files: ${clash.path} has the program's own name in the archives; drop it from archive-files or set name`,
    );
  return extras;
}

/**
 * Makes the output folder without following links from the workspace down (a folder outside it,
 * given deliberately, from its parent down), and refuses a link at any name the build writes
 * there: `go build -o` itself writes into a folder a link at the binary's name points to.
 */
async function prepareOutputFolder(
  options: BuildOptions,
  plan: { outputDir: string; workingDirectory: string; name: string },
  selected: BuildTarget[],
  release: ReleasePlan,
): Promise<void> {
  const { outputDir } = plan;
  let root = [options.workspace, plan.workingDirectory].find((folder) => folder && isInside(outputDir, folder));
  if (root === undefined) {
    // A folder the workflow chose outside the workspace is taken as it is down to its parent.
    root = dirname(outputDir);
    await mkdir(root, { recursive: true });
  }
  await linkFreeFolder('output-dir', root, outputDir);
  const written = selected.flatMap((target) => {
    const format = archiveFormatFor(options.archive, target);
    return [
      binaryFileName(plan.name, target),
      ...(format ? [archiveFileName(plan.name, target, format)] : []),
      ...release.sbom.map((format) => sbomFileName(plan.name, target, format)),
    ];
  });
  await refuseNonFiles('output-dir', outputDir, [...written, options.checksums, ...(release.provenance ? [release.provenanceName] : [])]);
}

export async function crossBuild(options: BuildOptions, reporter: Reporter): Promise<CrossBuildResult> {
  const startedOn = new Date();
  const plan = await planBuild(options);
  const { selected, host, workingDirectory, outputDir, matrix } = plan;
  if (!selected) return { built: [], checksumsFile: undefined, matrix, notes: [shardPlanNote(plan)], image: undefined, failures: [] };
  const cgo = cgoSettings(options, plan, selected);
  // Checked before building so a wrong platforms input fails fast.
  const imageBinaries = planImage(options, selected, plan.name, outputDir);
  const release = releasePlan(options, plan.name);
  await prepareOutputFolder(options, plan, selected, release);
  const [date, extras] = await Promise.all([
    sourceDate(workingDirectory, process.env),
    archiveExtras(options, workingDirectory, plan.name, selected),
  ]);

  // A zig download and a QEMU install can overlap; the first failure stops the run.
  const [compilers, emulators] = await Promise.all([
    prepareCompilers(cgo, host, options, reporter),
    options.qemu === 'off' ? { emulators: new Map<string, Emulator>(), notes: [] } : prepareEmulators(selected, host, reporter),
  ]);
  // Listed while the builds run.
  const traps = noCgoNoticesFor(
    selected.filter((target) => cgo.get(target) === '0'),
    workingDirectory,
    options.packages,
  );
  const gcBudget = machineGcBudget(host.version, options.parallel);

  const context = {
    name: plan.name,
    outputDir,
    workingDirectory,
    packages: options.packages,
    flags: { trimpath: options.trimpath, ldflags: options.ldflags, tags: options.tags },
    archive: options.archive,
    release: {
      archiveTime: options.reproducible ? date.date : undefined,
      extraFiles: extras,
      sbom: release.sbom,
      created: date.date,
      tool: `setup-go-golden-${packageVersion}`,
    },
    gcBudget: gcBudget.env,
    proof: {
      qemu: options.qemu,
      smokeArgs: options.smokeArgs,
      host,
      emulators: emulators.emulators,
      workingDirectory,
      sysroot: glibcSysroots(reporter.info),
    },
    reporter,
  };
  const outcomes = await mapLimit(selected, options.parallel, (target) =>
    buildTarget(context, target, cgo.get(target), compilers.compilers.get(target)),
  );
  const notices = await traps;
  for (const notice of notices) (reporter.notice ?? reporter.info)(notice);
  const checksummed = outcomes.flatMap((outcome) => outcome.checksums);
  const checksumsFile = await writeChecksumsFile(outputDir, options.checksums, checksummed);
  const failures = outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : []));
  const built = outcomes.flatMap((outcome) => (outcome.built ? [outcome.built] : []));
  // A run with a failed target makes no release, so it states no provenance.
  const provenanceFile =
    release.provenance && failures.length === 0 && built.length > 0
      ? await writeProvenance(join(outputDir, release.provenanceName), {
          subjects: [...checksummed, { name: options.checksums, sha256: await sha256File(join(outputDir, options.checksums)) }],
          options,
          plan,
          built,
          sourceDate: date,
          zig: compilers.zig,
          startedOn,
          packageVersion,
        })
      : undefined;
  const image = imageBinaries && failures.length === 0 ? await buildImageStep(options, imageBinaries, plan, plan.dist) : undefined;

  const releaseLines = releaseNotes({ options, date, extras, built, provenanceFile, failed: failures.length > 0 });
  return {
    built,
    checksumsFile,
    matrix,
    notes: [...releaseLines, ...compilers.notes, ...emulators.notes, ...gcBudget.notes, ...notices, ...(image ? [image.note] : [])],
    ...(provenanceFile && { provenanceFile }),
    image: image?.image,
    failures,
    ...(image?.failure !== undefined && { imageFailure: image.failure }),
  };
}
