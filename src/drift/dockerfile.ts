// Go versions in Dockerfiles: `FROM golang:<version>[-variant]`, directly or through a global
// `ARG GO_VERSION=<version>` default. Pure: takes the text, returns the FROM lines that use golang.
import { readGolangImage } from './golang-image';
import type { Position, Resolution } from './types';

export interface DockerfileUsage {
  /** The image reference of the FROM line. */
  at: Position;
  raw: string;
  resolution: Resolution;
}

interface Token {
  text: string;
  at: Position;
}

interface Instruction {
  keyword: string;
  /** Arguments split on whitespace, each with the position of its first character. */
  tokens: Token[];
}

interface ArgDefault {
  value: string | undefined;
  at: Position;
}

export function readDockerfile(path: string, contents: string): DockerfileUsage[] {
  const usages: DockerfileUsage[] = [];
  const globalArgs = new Map<string, ArgDefault>();
  let seenFrom = false;
  for (const instruction of instructions(path, contents)) {
    if (instruction.keyword === 'ARG' && !seenFrom) {
      for (const token of instruction.tokens) {
        const eq = token.text.indexOf('=');
        const name = eq === -1 ? token.text : token.text.slice(0, eq);
        if (eq === -1) {
          globalArgs.set(name, { value: undefined, at: token.at });
          continue;
        }
        const rawValue = token.text.slice(eq + 1);
        const quoted = /^(["'])(.*)\1$/.exec(rawValue);
        const value = quoted ? quoted[2]! : rawValue;
        globalArgs.set(name, { value, at: { ...token.at, column: token.at.column + eq + 1 + (quoted ? 1 : 0) } });
      }
    }
    if (instruction.keyword !== 'FROM') continue;
    seenFrom = true;
    const image = instruction.tokens.find((token) => !token.text.startsWith('--'));
    if (!image) continue;
    const usage = fromUsage(image, globalArgs);
    if (usage) usages.push(usage);
  }
  return usages;
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** A reference after ARG substitution, with the source position of each of its characters. */
interface Expanded {
  text: string;
  origins: Position[];
  /** The first variable with neither a value nor a default, if any. */
  missing?: string;
}

function shift(at: Position, by: number): Position {
  return { ...at, column: at.column + by };
}

function expand(token: Token, args: Map<string, ArgDefault>): Expanded {
  const expanded: Expanded = { text: '', origins: [] };
  const append = (text: string, at: (index: number) => Position): void => {
    expanded.text += text;
    for (let i = 0; i < text.length; i++) expanded.origins.push(at(i));
  };
  let last = 0;
  for (const match of token.text.matchAll(VARIABLE)) {
    const start = last;
    append(token.text.slice(last, match.index), (i) => shift(token.at, start + i));
    last = match.index + match[0].length;
    const [, braced, operator, word = '', bare] = match;
    const name = (braced ?? bare)!;
    const arg = args.get(name);
    const value = arg?.value;
    // `${VAR:-word}` / `${VAR:+word}`: the word sits after `${VAR:-` in the token.
    const wordAt = (i: number) => shift(token.at, match.index + 3 + name.length + (match[0].includes(':') ? 1 : 0) + i);
    if (operator === '+') {
      if (value) append(word, wordAt);
    } else if (value !== undefined && value !== '') {
      append(value, (i) => shift(arg!.at, i));
    } else if (operator === '-') {
      append(word, wordAt);
    } else {
      expanded.missing ??= name;
    }
  }
  append(token.text.slice(last), (i) => shift(token.at, last + i));
  return expanded;
}

function fromUsage(image: Token, args: Map<string, ArgDefault>): DockerfileUsage | undefined {
  const reference = expand(image, args);
  if (reference.missing !== undefined) {
    if (!/golang/.test(reference.text)) return undefined;
    const missing = reference.missing;
    const reason = args.has(missing)
      ? `ARG ${missing} has no default, so the version comes from --build-arg at build time`
      : `$${missing} is not a global ARG declared before the first FROM`;
    return { at: image.at, raw: image.text, resolution: { values: [], unresolved: [{ reason, at: args.get(missing)?.at ?? image.at }] } };
  }
  const parsed = readGolangImage(reference.text);
  if (parsed.kind === 'not-golang') return undefined;
  if (parsed.kind === 'floating') {
    return { at: image.at, raw: image.text, resolution: { values: [], unresolved: [{ reason: parsed.reason, at: image.at }] } };
  }
  const at = reference.origins[parsed.offset] ?? image.at;
  return { at: image.at, raw: image.text, resolution: { values: [{ text: parsed.version, at, via: [], lostDigits: [] }], unresolved: [] } };
}

/** Splits a Dockerfile into instructions, joining continuation lines and skipping comments. */
function instructions(path: string, contents: string): Instruction[] {
  const lines = contents.split(/\r?\n/);
  const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
  const result: Instruction[] = [];
  let current: Token[] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && current === undefined)) continue;
    const continues = trimmed.endsWith(escape);
    const body = continues ? line.slice(0, line.lastIndexOf(escape)) : line;
    const tokens = [...body.matchAll(/\S+/g)].map((match) => ({ text: match[0], at: { file: path, line: index + 1, column: match.index + 1 } }));
    current = current ? [...current, ...tokens] : tokens;
    if (continues) continue;
    const [keyword, ...rest] = current;
    if (keyword) result.push({ keyword: keyword.text.toUpperCase(), tokens: rest });
    current = undefined;
  }
  return result;
}
