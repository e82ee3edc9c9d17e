// The installed Go's own view of its settings, read once (`go env -json`) for both the activation
// check and the environment report: each go run is a visible share of a warm setup.
import { tmpdir } from 'node:os';
import { describeGoRunCode, goBinary, runGo } from '../process/go-binary';
import { REPORTED_SETTINGS } from './report';

/**
 * `go env -json` of the reported settings, with the variables this step exports already applied
 * (none of them can make go env fail: it reads GOFLAGS, GOPROXY and the rest without judging
 * them). Named settings only: the full list makes go probe the C compiler and lay out the build
 * cache, which is slow on a fresh runner. A Go that does not run fails here.
 */
export async function readInstalledGoEnv(goRoot: string, exports: Record<string, string>): Promise<Record<string, string>> {
  const go = goBinary(goRoot);
  const { code, stdout, stderr } = await runGo(goRoot, ['env', '-json', ...REPORTED_SETTINGS], {
    mode: 'report',
    env: { ...process.env, ...exports },
    cwd: tmpdir(),
  });
  if (code !== 0) throw new Error(`${go} env -json ${describeGoRunCode(code)}: ${stderr.trim()}`);
  try {
    return JSON.parse(stdout) as Record<string, string>;
  } catch {
    throw new Error(`${go} env -json did not print JSON: ${JSON.stringify(stdout.slice(0, 200))}`);
  }
}
