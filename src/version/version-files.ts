// Version files (`go-version-file`): go.mod, go.work, .go-version, .tool-versions. Takes a file
// name and its contents, returns plain values. Pure: no I/O, no @actions/*.

import { compareGoVersions, parseGoVersion, releaseVersion, type GoVersion } from './goversion';
import { parseVersionSpec, type VersionSpec } from './spec';

export interface VersionFileResult {
  spec: VersionSpec;
  /** 1-based line the version was read from. */
  line: number;
  /** The version as written on that line (`go1.22.5`, `1.22`). */
  text: string;
  warnings: string[];
}

export interface GoModDirective {
  /** The argument as written, unquoted (`1.22.3`, `go1.22.5`, `./tools`). */
  value: string;
  /** 1-based line of the directive. */
  line: number;
  /** 1-based column where the value starts (a leading byte-order mark is not counted). */
  column: number;
}

export interface GoModDirectives {
  go?: GoModDirective;
  toolchain?: GoModDirective;
  /** go.work `use` entries, from single lines and blocks alike. */
  use: GoModDirective[];
}

export const SUPPORTED_VERSION_FILES = ['go.mod', 'go.work', '.go-version', '.tool-versions'] as const;

interface Token {
  text: string;
  column: number;
}

function stripBom(contents: string): string {
  return contents.charCodeAt(0) === 0xfeff ? contents.slice(1) : contents;
}

function lines(contents: string): string[] {
  return stripBom(contents).split(/\r?\n|\r/);
}

// go.mod lexing: whitespace-separated words, "interpreted" and `raw` strings, `//` comments.
function tokenize(line: string, where: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (line.startsWith('//', i)) {
      break;
    } else if (c === '"' || c === '`') {
      const start = i;
      i++;
      let text = '';
      while (i < line.length && line[i] !== c) {
        if (c === '"' && line[i] === '\\' && i + 1 < line.length) i++;
        text += line[i];
        i++;
      }
      if (i >= line.length) throw new Error(`${where}: unterminated quoted string`);
      i++;
      tokens.push({ text, column: start + 1 });
    } else if (c === '(' || c === ')') {
      tokens.push({ text: c, column: i + 1 });
      i++;
    } else {
      const start = i;
      while (i < line.length && !' \t()"`'.includes(line[i]!) && !line.startsWith('//', i)) i++;
      tokens.push({ text: line.slice(start, i), column: start + 1 });
    }
  }
  return tokens;
}

/**
 * The `go`, `toolchain` and `use` directives of a go.mod or go.work file, with positions for
 * annotations. Other directives are skipped. Throws, naming `fileName` and the line, on a
 * repeated go/toolchain line, an unterminated string or block.
 */
export function parseGoModDirectives(contents: string, fileName = 'go.mod'): GoModDirectives {
  const result: GoModDirectives = { use: [] };
  let block: { verb: string; line: number } | undefined;

  const record = (verb: string, args: Token[], line: number): void => {
    const where = `${fileName}:${line}`;
    const first = args[0];
    if (verb === 'use') {
      if (first) result.use.push({ value: first.text, line, column: first.column });
      return;
    }
    if (verb !== 'go' && verb !== 'toolchain') return;
    if (!first || args.length > 1) throw new Error(`${where}: expected exactly one argument: ${verb} <version>`);
    const previous = result[verb];
    if (previous) throw new Error(`${where}: repeated ${verb} line (the first is on line ${previous.line})`);
    result[verb] = { value: first.text, line, column: first.column };
  };

  lines(contents).forEach((text, index) => {
    const line = index + 1;
    const tokens = tokenize(text, `${fileName}:${line}`);
    if (tokens.length === 0) return;
    if (block) {
      if (tokens[0]!.text === ')') block = undefined;
      else record(block.verb, tokens, line);
      return;
    }
    const [verb, ...args] = tokens;
    if (args[0]?.text === '(') {
      if (args[1]?.text !== ')') block = { verb: verb!.text, line };
      return;
    }
    record(verb!.text, args, line);
  });
  if (block) throw new Error(`${fileName}:${block.line}: ${block.verb} block is never closed with ")"`);
  return result;
}

// What the go command accepts on a `go` line: no prefix, major.minor at least.
const GO_LINE_VERSION = /^[0-9]+\.[0-9]+/;

function goLineSpec(directive: GoModDirective, fileName: string): VersionFileResult {
  const version = GO_LINE_VERSION.test(directive.value) ? parseGoVersion(directive.value) : undefined;
  if (!version) {
    throw new Error(
      `${fileName}:${directive.line}: go line ${JSON.stringify(directive.value)} is not a Go version (expected e.g. "go 1.22" or "go 1.22.3")`,
    );
  }
  return { spec: { kind: 'minimum', version }, line: directive.line, text: directive.value, warnings: [] };
}

// The go command reads `toolchain go1.21.0-bigcorp` as go1.21.0: a custom build's suffix starts at
// the first `-` (or blank), and the Go it is built from is the part before it.
const TOOLCHAIN_SUFFIX = /[-\s].*$/s;

function toolchainRelease(directive: GoModDirective, fileName: string, warnings: string[]): GoVersion {
  const where = `${fileName}:${directive.line}`;
  const name = directive.value.replace(TOOLCHAIN_SUFFIX, '');
  const release = name.startsWith('go') ? releaseVersion(name.slice(2)) : undefined;
  if (!release) {
    throw new Error(`${where}: toolchain ${JSON.stringify(directive.value)} is not a Go release (expected e.g. "toolchain go1.22.5")`);
  }
  if (release.patch === undefined && release.pre === undefined) {
    throw new Error(`${where}: toolchain ${directive.value} names a language version, not a release; write ${name}.0`);
  }
  if (name !== directive.value) {
    warnings.push(
      `${where}: toolchain ${directive.value} is a custom build of ${name}; installing the published ${name} (the go command reads the line the same way)`,
    );
  }
  return release;
}

function parseGoModLike(fileName: string, contents: string): VersionFileResult {
  const directives = parseGoModDirectives(contents, fileName);
  const go = directives.go && goLineSpec(directives.go, fileName);
  const toolchain = directives.toolchain;
  if (toolchain && toolchain.value !== 'default') {
    const warnings: string[] = [];
    const release = toolchainRelease(toolchain, fileName, warnings);
    const exact: VersionFileResult = { spec: { kind: 'exact', version: release }, line: toolchain.line, text: toolchain.value, warnings };
    if (go?.spec.kind !== 'minimum' || compareGoVersions(release, go.spec.version) >= 0) return exact;
    // A Go older than the go line refuses to build the module, so the go line wins.
    go.warnings.push(
      `${fileName}:${toolchain.line}: toolchain ${toolchain.value} is older than the go line (go ${go.text}, line ${go.line}); ` +
        `using the go line`,
    );
  }
  if (!go) throw new Error(`${fileName}: no go or toolchain line names a Go version`);
  return go;
}

// Strips `#` comments and surrounding blanks; keeps line numbers.
function meaningfulLines(contents: string): { text: string; line: number }[] {
  return lines(contents).flatMap((raw, index) => {
    const text = raw.replace(/#.*/, '').trim();
    return text === '' ? [] : [{ text, line: index + 1 }];
  });
}

// Far above any version spec (`>=1.22.0-rc.1 <1.24`); a longer line is something else, and an error
// message quoting it would print whatever the file holds.
const MAX_SPEC_LENGTH = 128;

function specFromFileText(text: string, fileName: string, line: number): VersionFileResult {
  if (text.length > MAX_SPEC_LENGTH) {
    throw new Error(`${fileName}:${line}: a value of ${text.length} characters is not a Go version`);
  }
  const { spec, warnings } = parseVersionSpec(text, `${fileName}:${line}`, { fromYaml: false });
  return { spec, line, text, warnings };
}

// A bare version on the first meaningful line; `#` comments allowed.
function parseGoVersionFile(fileName: string, contents: string): VersionFileResult {
  const [first, ...rest] = meaningfulLines(contents);
  if (!first) throw new Error(`${fileName}: the file names no Go version`);
  const result = specFromFileText(first.text, fileName, first.line);
  if (rest.length > 0) result.warnings.push(`${fileName}:${rest[0]!.line}: ignoring everything after the version on line ${first.line}`);
  return result;
}

// asdf: `golang 1.22.5 1.21.13` (the first listed version is the one in use); mise also writes `go`.
const TOOL_NAMES = ['golang', 'go'];

function parseToolVersions(fileName: string, contents: string): VersionFileResult {
  for (const { text, line } of meaningfulLines(contents)) {
    const [tool, first] = text.split(/\s+/);
    if (!TOOL_NAMES.includes(tool!)) continue;
    if (!first) throw new Error(`${fileName}:${line}: the ${tool} line lists no version`);
    if (first === 'system' || /^(ref|path):/.test(first)) {
      throw new Error(`${fileName}:${line}: ${tool} ${first} is not a Go version this action can install`);
    }
    return specFromFileText(first, fileName, line);
  }
  throw new Error(`${fileName}: no "golang <version>" line`);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Reads the Go version a version file asks for. go.mod/go.work: a `toolchain goX.Y.Z` line is that
 * exact release (`toolchain default` is ignored; a toolchain older than the go line loses to it,
 * with a warning); otherwise the `go` line is a minimum within its line (`go 1.22.3`: newest
 * 1.22.x at or above 1.22.3; `go 1.21rc1`: newest 1.21 release or candidate at or above rc1).
 * `.go-version`: a bare version spec. `.tool-versions`: the first version on the `golang` line.
 * `fileName` may be a path; its base name selects the format. Errors name the file and line.
 */
export function parseVersionFile(fileName: string, contents: string): VersionFileResult {
  switch (baseName(fileName)) {
    case 'go.mod':
    case 'go.work':
      return parseGoModLike(fileName, contents);
    case '.go-version':
      return parseGoVersionFile(fileName, contents);
    case '.tool-versions':
      return parseToolVersions(fileName, contents);
    default:
      throw new Error(`${fileName}: unsupported version file; supported: ${SUPPORTED_VERSION_FILES.join(', ')}`);
  }
}
