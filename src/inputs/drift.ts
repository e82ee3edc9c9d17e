// The inputs of the drift/ sub-action.
import type { InputReader } from './reader';
import { existingDirectory } from './workspace';

export interface DriftInputs {
  /** Absolute root of the tree to check. */
  workingDirectory: string;
  mode: 'warn' | 'error';
  ignore: string[];
}

export function parseDriftInputs(read: InputReader, workspace: string): DriftInputs {
  return {
    workingDirectory: existingDirectory('working-directory', read.path('working-directory', '.'), workspace),
    mode: read.choice('mode', ['warn', 'error'] as const, 'error'),
    ignore: read.list('ignore', { max: 16384 }),
  };
}
