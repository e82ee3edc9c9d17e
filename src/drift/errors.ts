// A file that cannot be read as what it should be becomes a parse-error finding at the line the
// parser names (`go.mod:7: repeated go line`), never a crash; a file that is not read at all (a
// link, a special file, a budget spent) becomes a finding that names only its path. Pure.
import { describeRefusal, type RepoRefusal } from '../shared/repo-file';
import type { ReadFailure } from './types';

/** The line an error message names right after the file name, if any. */
export function errorLine(file: string, message: string): number | undefined {
  const index = message.indexOf(`${file}:`);
  if (index === -1) return undefined;
  const match = /^(\d+)/.exec(message.slice(index + file.length + 1));
  return match ? Number(match[1]) : undefined;
}

/**
 * The parser's message names the file, the line and at most the token it is about; the line itself
 * is not quoted (an unparsable file may hold anything, a pasted secret included).
 */
export function parseError(file: string, error: unknown): ReadFailure {
  const message = error instanceof Error ? error.message : String(error);
  const line = errorLine(file, message) ?? 1;
  return {
    file,
    line,
    column: 1,
    rule: 'parse-error',
    message: `${message.startsWith(file) ? message : `${file}: ${message}`}; no Go version in it was checked.`,
    found: null,
    expected: null,
  };
}

/** A file the check did not read, at the repository path of what refused it (the link, the special file). */
export function refusedFile(path: string, read: RepoRefusal): ReadFailure {
  return {
    file: read.kind === 'not-followed' ? read.at : path,
    line: 1,
    column: 1,
    rule: read.kind === 'not-followed' ? 'not-followed' : 'over-budget',
    message: `${describeRefusal(path, read)}; no Go version in it was checked.`,
    found: null,
    expected: null,
  };
}
