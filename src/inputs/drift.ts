// The inputs of the drift/ sub-action.
import type { DriftOptions } from '../drift/options';
import type { InputReader } from './reader';
import { existingDirectory } from './workspace';

export function parseDriftInputs(read: InputReader, workspace: string, repository?: string): DriftOptions {
  return {
    ...(repository ? { repository } : {}),
    workspace,
    workingDirectory: existingDirectory('working-directory', read.path('working-directory', '.'), workspace),
    mode: read.choice('mode', ['warn', 'error'] as const, 'error'),
    ignore: read.list('ignore', { max: 16384 }),
  };
}
