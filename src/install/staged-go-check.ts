// The last check before a staged Go enters the tool cache: it must run, say it is the release we
// verified, and be built for the platform we asked for. A signed or recorded archive can still hold
// no usable bin/go (or another release's), and a detached signature binds bytes, not the file
// name: a mirror can serve a validly signed linux/386 Go as the linux-amd64 archive. A tool-cache
// entry marked complete would be reused offline by every later job.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareGoVersions, releaseVersion } from '../version/goversion';
import { goReleaseName } from './routes/proxy/toolchain-module';
import type { GoPlatform } from './routes/platform';
import { describeGoRunCode, goBinary, runGo } from '../process/go-binary';

/** Variables of the job that would make the staged go describe another target or another tree than its own. */
const JOB_SETTINGS_IGNORED = ['GOROOT', 'GOOS', 'GOARCH', 'GOFLAGS', 'GOENV', 'GOTOOLCHAIN'];

/** `goos/goarch` of each `pkg/tool/<goos>_<goarch>` folder: the platform a Go's tools were built for. */
export function toolPlatforms(goRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(goRoot, 'pkg', 'tool'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parts = /^([a-z0-9]+)_([a-z0-9]+)$/.exec(name);
    return parts ? [`${parts[1]}/${parts[2]}`] : [];
  });
}

/** Throws unless `<goRoot>/bin/go` runs, prints `go version go<version> <goos>/<goarch>`, and the tree is built for `platform`. */
export async function checkStagedGoRuns(goRoot: string, version: string, platform: GoPlatform): Promise<void> {
  const release = goReleaseName(version);
  const binary = goBinary(goRoot);
  const expected = `${platform.goos}/${platform.goarch}`;
  const refuse = (why: string): never => {
    throw new Error(`the verified ${release} tree does not run: ${binary} ${why}; it was not installed`);
  };
  const otherPlatform = (found: string, evidence: string): never => {
    throw new Error(
      `the verified ${release} archive is a ${found} Go, not ${expected} (${evidence}): its signature covers the bytes, not the file name; it was not installed`,
    );
  };
  if (!existsSync(binary)) refuse('is missing');
  // Before running anything: another platform's go may not run here at all, or run under emulation.
  const tools = toolPlatforms(goRoot);
  if (tools.length > 0 && !tools.includes(expected))
    otherPlatform(tools.join(', '), `its tools are in pkg/tool/${tools.join(', ').replace(/\//g, '_')}`);

  const env = { ...process.env };
  for (const name of JOB_SETTINGS_IGNORED) delete env[name];
  const { code, stdout, stderr } = await runGo(goRoot, ['version'], { mode: 'inspect', env });
  if (code === 'EACCES') refuse('cannot be run (EACCES: not executable)');
  if (code !== 0) refuse(`version ${describeGoRunCode(code)}: ${JSON.stringify(stderr.trim().split('\n')[0] ?? '')}`);
  const line = stdout.trim().split('\n')[0] ?? '';
  const [, printed, printedPlatform] = /^go version (\S+) (\S+)/.exec(line) ?? [];
  const printedVersion = printed === undefined ? undefined : releaseVersion(printed);
  if (printedVersion === undefined || compareGoVersions(printedVersion, version) !== 0) {
    refuse(`version printed ${JSON.stringify(line)}, not ${release}`);
  }
  if (printedPlatform !== expected) otherPlatform(printedPlatform ?? 'unknown', `${binary} version printed ${JSON.stringify(line)}`);
  if (!tools.includes(expected)) {
    throw new Error(
      `the verified ${release} tree is not a complete ${expected} Go: it has no pkg/tool/${platform.goos}_${platform.goarch}; it was not installed`,
    );
  }

  // The target go builds for by default, with its own go.env applied: what later steps would get.
  const target = await runGo(goRoot, ['env', 'GOOS', 'GOARCH'], { mode: 'inspect', env });
  if (target.code !== 0)
    refuse(`env GOOS GOARCH ${describeGoRunCode(target.code)}: ${JSON.stringify(target.stderr.trim().split('\n')[0] ?? '')}`);
  const [goos = '', goarch = ''] = target.stdout.trim().split('\n');
  if (!goos || !goarch) refuse(`env GOOS GOARCH printed ${JSON.stringify(target.stdout)}, not a GOOS and a GOARCH`);
  if (`${goos}/${goarch}` !== expected)
    otherPlatform(`${goos}/${goarch}`, `${binary} env GOOS GOARCH printed ${JSON.stringify(`${goos} ${goarch}`)}`);
}
