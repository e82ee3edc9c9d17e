// Asks the Go on PATH about itself: host platform, valid targets, the main package.
import { runChecked } from '../../process/run';
import type { DistEntry } from './targets';
import { programNameFromImportPath } from './naming';

export interface GoHost {
  goos: string;
  goarch: string;
  version: string;
}

export async function goHost(): Promise<GoHost> {
  const env = JSON.parse(await runChecked('go', ['env', '-json', 'GOHOSTOS', 'GOHOSTARCH', 'GOVERSION'])) as Record<string, string>;
  return { goos: env.GOHOSTOS!, goarch: env.GOHOSTARCH!, version: env.GOVERSION! };
}

export async function distList(): Promise<DistEntry[]> {
  return JSON.parse(await runChecked('go', ['tool', 'dist', 'list', '-json'])) as DistEntry[];
}

/** Import path of the one main package `packages` names; the engine builds one program per run. */
export async function mainPackagePath(workingDirectory: string, packages: string[]): Promise<string> {
  const listing = await runChecked('go', ['list', '-f', '{{.Name}} {{.ImportPath}}', ...packages], { cwd: workingDirectory });
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
