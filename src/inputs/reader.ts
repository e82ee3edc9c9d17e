// The one vocabulary every entry point reads its inputs with: text, booleans as the runner
// documents them, choices, lists (with `#` comments), whole numbers and paths. Every error names
// the input and says what is wrong; every value has a length limit, so a 100 KB input is refused
// here instead of failing deep inside a regular expression or a system call. Pure: no I/O.

/** The raw value of an input as the runner passes it (INPUT_<NAME>), untrimmed; empty when unset. */
export type RawInputSource = (name: string) => string;

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`input ${input}: ${problem}`);
  }
}

/** Default cap on an input's length: far above any sensible value, far below what breaks a regex or a syscall. */
export const MAX_INPUT_LENGTH = 4096;
/** Cap on one item of a list input (a glob, a module pattern, a target). */
export const MAX_ITEM_LENGTH = 1024;
/** Linux's PATH_MAX and NAME_MAX, in bytes: longer paths fail with ENAMETOOLONG. */
export const MAX_PATH_BYTES = 4095;
export const MAX_NAME_BYTES = 255;

/** The runner's boolean spellings (the YAML 1.2 core schema), as core.getBooleanInput accepts them. */
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

/** A value shown inside an error: quoted, control characters visible, long values cut. */
export function shown(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 60)}… (${value.length} characters)` : value;
  return JSON.stringify(cut);
}

export interface TextOptions {
  /** Longest accepted value, in characters. */
  max?: number;
  /** Accept CR and LF inside the value (multi-line text such as a key). */
  multiline?: boolean;
}

export interface ListOptions {
  /** Item separators: newlines always; commas too unless `lines` is set. */
  lines?: boolean;
  /** Longest accepted input, in characters. */
  max?: number;
}

export class InputReader {
  /** Every input name read so far: a test checks it against the action's declared inputs. */
  readonly read = new Set<string>();

  constructor(private readonly source: RawInputSource) {}

  /** The raw value, length-checked. */
  raw(name: string, max = MAX_INPUT_LENGTH): string {
    this.read.add(name);
    const value = this.source(name);
    if (value.length > max) throw new InputError(name, `${value.length} characters is too long (at most ${max})`);
    return value;
  }

  /** Trimmed text; single-line unless `multiline`. */
  text(name: string, options: TextOptions = {}): string {
    const value = this.raw(name, options.max).trim();
    if (!options.multiline && /[\r\n]/.test(value)) throw new InputError(name, `${shown(value)} must be a single line`);
    // Other control characters are never meaningful in an input and only serve to confuse logs.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value))
      throw new InputError(name, `${shown(value)} holds control characters`);
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.text(name);
    if (value === '') return fallback;
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    throw new InputError(name, `${shown(value)} is not a boolean: use true or false (also True, TRUE, False, FALSE)`);
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.text(name);
    if (value === '') return fallback;
    const choice = choices.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (choice !== undefined) return choice;
    throw new InputError(name, `${shown(value)} is not one of ${choices.join(', ')}`);
  }

  /** Items separated by newlines (and commas unless `lines`); blanks dropped; `#` starts a comment to the end of the line. */
  list(name: string, options: ListOptions = {}): string[] {
    return splitList(name, this.raw(name, options.max), options.lines ?? false);
  }

  /** A whole number >= `min`; undefined when empty. */
  integer(name: string, min = 1): number | undefined {
    const value = this.text(name);
    if (value === '') return undefined;
    if (!/^[0-9]+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
      throw new InputError(name, `${shown(value)} is not a whole number >= ${min}`);
    }
    return Number(value);
  }

  /** A path the system can hold: no control characters, within PATH_MAX and NAME_MAX. Empty: `fallback`. */
  path(name: string, fallback = ''): string {
    const value = this.text(name) || fallback;
    checkPathLength(name, value);
    return value;
  }

  /** A plain file name: no directory part. */
  fileName(name: string, fallback: string): string {
    const value = this.path(name, fallback);
    if (/[\\/]/.test(value) || value === '.' || value === '..') throw new InputError(name, `${shown(value)} must be a plain file name`);
    return value;
  }
}

export function checkPathLength(name: string, path: string): void {
  const bytes = Buffer.byteLength(path);
  if (bytes > MAX_PATH_BYTES) throw new InputError(name, `the path is too long (${bytes} bytes; at most ${MAX_PATH_BYTES})`);
  const long = path.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_NAME_BYTES);
  if (long !== undefined) {
    throw new InputError(name, `the path element ${shown(long)} is too long (${Buffer.byteLength(long)} bytes; at most ${MAX_NAME_BYTES})`);
  }
}

export function splitList(name: string, text: string, lines: boolean): string[] {
  const items = text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .flatMap((line) => (lines ? [line] : line.split(',')))
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    if (item.length > MAX_ITEM_LENGTH)
      throw new InputError(name, `the entry ${shown(item)} is too long (at most ${MAX_ITEM_LENGTH} characters)`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(item)) throw new InputError(name, `the entry ${shown(item)} holds control characters`);
  }
  return items;
}
