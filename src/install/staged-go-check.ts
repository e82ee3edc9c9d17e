// The last check before a staged Go enters the tool cache: it must run, and say it is the release
// we verified. A signed or recorded archive can still hold no usable bin/go (or another release's),
// and a tool-cache entry marked complete would be reused offline by every later job.
import { existsSync } from 'node:fs';
import { compareGoVersions, releaseVersion } from '../version/goversion';
import { goReleaseName } from './routes/proxy/toolchain-module';
import { describeGoRunCode, goBinary, runGo } from '../process/go-binary';

/** Throws unless `<goRoot>/bin/go version` runs and prints `go version go<version> ...`. */
export async function checkStagedGoRuns(goRoot: string, version: string): Promise<void> {
  const release = goReleaseName(version);
  const binary = goBinary(goRoot);
  const refuse = (why: string): never => {
    throw new Error(`the verified ${release} tree does not run: ${binary} ${why}; it was not installed`);
  };
  if (!existsSync(binary)) refuse('is missing');
  // The staged tree must find itself, not a GOROOT the job happens to have set.
  const env = { ...process.env };
  delete env.GOROOT;
  const { code, stdout, stderr } = await runGo(goRoot, ['version'], { env });
  if (code === 'EACCES') refuse('cannot be run (EACCES: not executable)');
  if (code !== 0) refuse(`version ${describeGoRunCode(code)}: ${JSON.stringify(stderr.trim().split('\n')[0] ?? '')}`);
  const line = stdout.trim().split('\n')[0] ?? '';
  const printed = /^go version (\S+) /.exec(line)?.[1];
  const printedVersion = printed === undefined ? undefined : releaseVersion(printed);
  if (printedVersion === undefined || compareGoVersions(printedVersion, version) !== 0) {
    refuse(`version printed ${JSON.stringify(line)}, not ${release}`);
  }
}
