import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The go command of a GOROOT. */
export function goBinary(goRoot: string, platform: NodeJS.Platform = process.platform): string {
  return join(goRoot, 'bin', platform === 'win32' ? 'go.exe' : 'go');
}

export interface GoRun {
  /** The exit code; a spawn error's code (ENOENT, EACCES); or `killed` after the timeout. */
  code: number | string;
  stdout: string;
  stderr: string;
}

const RUN_TIMEOUT_MS = 60_000;

/**
 * Runs the go command of `goRoot` with GOTOOLCHAIN=local (with auto or a go1.x value, go could
 * download and run another toolchain instead) and collects its output. Node's execFile, not
 * @actions/exec: a step's first go run is on its critical path, and the tool runner's first call
 * costs more (bench/verified-warm.bench.ts measures that path).
 */
export function runGo(goRoot: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<GoRun> {
  const env = { ...options.env, GOTOOLCHAIN: 'local' };
  return new Promise((resolve) => {
    execFile(
      goBinary(goRoot),
      args,
      { env, cwd: options.cwd, timeout: RUN_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? ((error as NodeJS.ErrnoException & { code?: number | string }).code ?? (error.killed ? 'killed' : 1)) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) || (error?.message ?? '') });
      },
    );
  });
}

/** How a failed run reads in an error message. */
export function describeGoRunCode(code: number | string): string {
  if (code === 'killed') return `did not finish within ${RUN_TIMEOUT_MS / 1000} s`;
  return typeof code === 'number' ? `exited with code ${code}` : `could not run (${code})`;
}
