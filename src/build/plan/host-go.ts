// Asks the verified Go about itself: host platform, valid targets, the main package. Questions,
// not builds: neither the job's GOFLAGS nor the user's go env file apply (process/go-binary.ts).
import { runGoChecked, verifiedGoRoot } from '../../process/go-binary';
import type { DistEntry } from './targets';
import { programNameFromImportPath } from './naming';

export interface GoHost {
  goos: string;
  goarch: string;
  version: string;
}

/** The verified Go's answer to `args`, asked the way every question of the build is. */
function askGo(args: string[], cwd?: string): Promise<string> {
  return runGoChecked(verifiedGoRoot(), args, { mode: 'inspect', env: process.env, cwd });
}

export async function goHost(): Promise<GoHost> {
  const env = JSON.parse(await askGo(['env', '-json', 'GOHOSTOS', 'GOHOSTARCH', 'GOVERSION'])) as Record<string, string>;
  return { goos: env.GOHOSTOS!, goarch: env.GOHOSTARCH!, version: env.GOVERSION! };
}

export async function distList(): Promise<DistEntry[]> {
  return JSON.parse(await askGo(['tool', 'dist', 'list', '-json'])) as DistEntry[];
}

/** Import path of the one main package `packages` names; the engine builds one program per run. */
export async function mainPackagePath(workingDirectory: string, packages: string[]): Promise<string> {
  const listing = await askGo(['list', '-f', '{{.Name}} {{.ImportPath}}', ...packages], workingDirectory);
  const mains = listing
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([name]) => name === 'main')
    .map(([, importPath]) => importPath!);
  if (mains.length !== 1) {
    throw new Error(
      `input packages: "${packages.join(' ')}" must name exactly one main package, found ${mains.length}` +
        (mains.length ? ` (${mains.join(', ')})` : ''),
    );
  }
  return mains[0]!;
}

export async function defaultProgramName(workingDirectory: string, packages: string[]): Promise<string> {
  return programNameFromImportPath(await mainPackagePath(workingDirectory, packages));
}
