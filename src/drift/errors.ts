// A file that cannot be read as what it should be becomes a parse-error finding at the line the
// parser names (`go.mod:7: repeated go line`), never a crash. Pure.
import type { ReadFailure } from './types';

/** The line an error message names right after the file name, if any. */
export function errorLine(file: string, message: string): number | undefined {
  const index = message.indexOf(`${file}:`);
  if (index === -1) return undefined;
  const match = /^(\d+)/.exec(message.slice(index + file.length + 1));
  return match ? Number(match[1]) : undefined;
}

export function parseError(file: string, contents: string, error: unknown): ReadFailure {
  const message = error instanceof Error ? error.message : String(error);
  const line = errorLine(file, message) ?? 1;
  return {
    file,
    line,
    column: 1,
    rule: 'parse-error',
    message: `${message.startsWith(file) ? message : `${file}: ${message}`}; no Go version in it was checked.`,
    found: contents.split(/\r?\n/)[line - 1]?.trim() ?? null,
    expected: null,
  };
}
