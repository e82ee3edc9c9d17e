// The installed Go's own view of its settings, read once (`go env -json`) for both the activation
// check and the environment report: each go run costs 20-25 ms of a warm setup.
import { getExecOutput } from '@actions/exec';
import { tmpdir } from 'node:os';
import { goBinary } from '../shared/go-binary';
import { REPORTED_SETTINGS } from './report';

/**
 * `go env -json` of the reported settings, with the variables this step exports already applied
 * (none of them can make go env fail: it reads GOFLAGS, GOPROXY and the rest without judging
 * them). Named settings only: the full list makes go probe the C compiler and lay out the build
 * cache (0.15 s on a fresh runner). GOTOOLCHAIN=local: with auto or a go1.x value, go would
 * download and run another toolchain just to answer. A Go that does not run fails here.
 */
export async function readInstalledGoEnv(goRoot: string, exports: Record<string, string>): Promise<Record<string, string>> {
  const go = goBinary(goRoot);
  const { exitCode, stdout, stderr } = await getExecOutput(go, ['env', '-json', ...REPORTED_SETTINGS], {
    cwd: tmpdir(),
    env: { ...(process.env as Record<string, string>), ...exports, GOTOOLCHAIN: 'local' },
    silent: true,
    ignoreReturnCode: true,
  });
  if (exitCode !== 0) throw new Error(`${go} env -json failed (exit code ${exitCode}): ${stderr.trim()}`);
  try {
    return JSON.parse(stdout) as Record<string, string>;
  } catch {
    throw new Error(`${go} env -json did not print JSON: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
}
