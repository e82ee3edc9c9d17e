// The build inputs with their places checked: the module directory exists, the packages named by
// path are there, and the output directory can be made (inside the workspace unless deliberate).
import { parseBuildOptions, type BuildOptions } from '../build/plan/options';
import { InputError, shown, type InputReader } from './reader';
import { existingDirectory, writableDirectory, type OutsidePath } from './workspace';
import { resolve } from 'node:path';

export function placeBuildOptions(options: BuildOptions, placement: { workspace: string; outside: OutsidePath[] }): BuildOptions {
  const workingDirectory = existingDirectory('working-directory', options.workingDirectory, placement.workspace);
  writableDirectory('output-dir', options.outputDir, { base: workingDirectory, ...placement });
  for (const pattern of options.packages) {
    if (!/^\.\.?(\/|$)/.test(pattern)) continue;
    const directory = pattern.replace(/(^|\/)\.\.\.$/, '') || '.';
    try {
      existingDirectory('packages', directory, workingDirectory);
    } catch {
      throw new InputError('packages', `${shown(pattern)}: no directory ${resolve(workingDirectory, directory)}`);
    }
  }
  return { ...options, workingDirectory };
}

export function parseBuildInputs(
  read: InputReader,
  defaultParallel: number,
  placement: { workspace: string; outside: OutsidePath[] },
): BuildOptions {
  return placeBuildOptions(parseBuildOptions(read, defaultParallel), placement);
}
