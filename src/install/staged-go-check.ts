// The last check before a staged Go enters the tool cache: it must run, and say it is the release
// we verified. A signed or recorded archive can still hold no usable bin/go (or another release's),
// and a tool-cache entry marked complete would be reused offline by every later job.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { compareGoVersions, releaseVersion } from '../version/goversion';
import { goReleaseName } from './routes/proxy/toolchain-module';
import { goBinary } from '../shared/go-binary';

const RUN_TIMEOUT_MS = 60_000;

function run(binary: string, args: string[]): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local' };
  // The staged tree must find itself, not a GOROOT the job happens to have set.
  delete env.GOROOT;
  return new Promise((resolve) => {
    execFile(binary, args, { env, timeout: RUN_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? ((error as NodeJS.ErrnoException & { code?: number | string }).code ?? (error.killed ? 'killed' : 1)) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (error?.message ?? '') });
    });
  });
}

/** Throws unless `<goRoot>/bin/go version` runs and prints `go version go<version> ...`. */
export async function checkStagedGoRuns(goRoot: string, version: string): Promise<void> {
  const release = goReleaseName(version);
  const binary = goBinary(goRoot);
  const refuse = (why: string): never => {
    throw new Error(`the verified ${release} tree does not run: ${binary} ${why}; it was not installed`);
  };
  if (!existsSync(binary)) refuse('is missing');
  const { code, stdout, stderr } = await run(binary, ['version']);
  if (code === 'EACCES') refuse('cannot be run (EACCES: not executable)');
  if (code === 'killed') refuse(`version did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
  if (code !== 0) refuse(`version exited with code ${code}: ${JSON.stringify(stderr.trim().split('\n')[0] ?? '')}`);
  const line = stdout.trim().split('\n')[0] ?? '';
  const printed = /^go version (\S+) /.exec(line)?.[1];
  const printedVersion = printed === undefined ? undefined : releaseVersion(printed);
  if (printedVersion === undefined || compareGoVersions(printedVersion, version) !== 0) {
    refuse(`version printed ${JSON.stringify(line)}, not ${release}`);
  }
}
