// Go versions in Dockerfiles: `FROM golang:<version>[-variant]`, directly or through global ARG
// defaults (`ARG GO_VERSION=1.26`, `ARG IMG=golang:${GO_VERSION}`), and whether the stage (or a
// stage built FROM it) builds or tests the module: only those are held to its minimum, not a runtime
// stage that copies binaries or a stage that installs a tool at a fixed version. A FROM naming an
// earlier stage (`FROM build AS test`, even a stage called `golang`) continues that stage.
// Pure: takes the text, returns the FROM lines that use golang.
import { simpleCommands } from './docker-context';
import { readGolangImage } from './golang-image';
import type { Position, Resolution } from './types';

export interface DockerfileUsage {
  /** The image reference of the FROM line. */
  at: Position;
  raw: string;
  resolution: Resolution;
  /** Whether this stage, or a stage built FROM it, builds or tests the module. */
  buildsModule: boolean;
  /**
   * Whether such a stage cannot work without a go.mod in its build context: it copies go.mod (or
   * go.work) by name, or runs go on package paths (`./...`, `.`) or `go mod download`, and nothing
   * in the file runs `go mod init` or turns modules off. Whatever builds it, its context holds one.
   */
  needsGoMod: boolean;
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
  /** The default after expanding the ARGs before it; undefined when there is none. */
  value: Expanded | undefined;
  at: Position;
}

interface Stage {
  name?: string;
  /** The golang FROM line this stage derives from, directly or through earlier stages. */
  usage?: DockerfileUsage;
  /** A `go` command that needs the module (build, test, vet, mod download, install ./...). */
  runsGo: boolean;
  /** Other RUN commands (make, scripts) and whether the build context is copied or mounted in. */
  runsOther: boolean;
  copiesContext: boolean;
  needsGoMod: boolean;
  /** golang FROM lines whose Go this stage copies or mounts in (`COPY --from=go /usr/local/go ...`). */
  toolchains: DockerfileUsage[];
}

/** The longest value an ARG substitution may build: an image reference is far shorter. */
export const MAX_EXPANDED_LENGTH = 4096;
/** Variable substitutions in one Dockerfile: ARGs that each use the one before multiply them. */
export const MAX_SUBSTITUTIONS = 10_000;

/** An ARG/ENV expansion past its budget, at the token that would exceed it. */
export class ExpansionTooLarge extends Error {
  constructor(
    readonly at: Position,
    reason: string,
  ) {
    super(reason);
  }
}

/** Throws ExpansionTooLarge when ARG substitution would pass its budget. */
export function readDockerfile(path: string, contents: string): DockerfileUsage[] {
  const usages: DockerfileUsage[] = [];
  const budget = { substitutions: MAX_SUBSTITUTIONS };
  const expand = (token: Token, args: Map<string, ArgDefault>): Expanded => expandArgs(token, args, budget);
  const globalArgs = new Map<string, ArgDefault>();
  const stages: Stage[] = [];
  // The first stage of each name, which a later FROM or --from= naming it continues.
  const named = new Map<string, Stage>();
  const finish = (stage: Stage | undefined): void => {
    if (!stage || !(stage.runsGo || (stage.runsOther && stage.copiesContext))) return;
    for (const usage of [stage.usage, ...stage.toolchains]) {
      if (!usage) continue;
      usage.buildsModule = true;
      // Go run on a clone or a download needs that source's go.mod, not the context's.
      if (stage.needsGoMod && stage.copiesContext) usage.needsGoMod = true;
    }
  };
  /** `--from=NAME` of COPY or RUN --mount: an earlier golang stage, or a golang image used directly. */
  const borrowFrom = (stage: Stage, from: Token): void => {
    const reference = expand(from, globalArgs);
    const earlier = named.get(reference.text.toLowerCase());
    const usage = earlier ? earlier.usage : fromUsage(from, reference, globalArgs);
    if (!usage) return;
    if (!earlier) usages.push(usage);
    stage.toolchains.push(usage);
  };
  for (const instruction of instructions(path, contents)) {
    const stage = stages.at(-1);
    switch (instruction.keyword) {
      case 'ARG':
        if (!stage) for (const token of instruction.tokens) declareArg(token, globalArgs, expand);
        break;
      case 'FROM': {
        finish(stage);
        const image = instruction.tokens.find((token) => !token.text.startsWith('--'));
        const asIndex = instruction.tokens.findIndex((token) => token.text.toUpperCase() === 'AS');
        const name = asIndex === -1 ? undefined : instruction.tokens[asIndex + 1]?.text.toLowerCase();
        const next: Stage = { name, runsGo: false, runsOther: false, copiesContext: false, needsGoMod: false, toolchains: [] };
        if (image) {
          const reference = expand(image, globalArgs);
          const parent = named.get(reference.text.toLowerCase());
          if (parent) next.usage = parent.usage;
          else {
            next.usage = fromUsage(image, reference, globalArgs);
            if (next.usage) usages.push(next.usage);
          }
        }
        stages.push(next);
        if (name !== undefined && !named.has(name)) named.set(name, next);
        break;
      }
      case 'COPY':
      case 'ADD': {
        if (!stage) break;
        const from = fromOption(instruction.tokens);
        const sources = instruction.tokens.slice(0, -1).filter((token) => !token.text.startsWith('--'));
        if (from) borrowFrom(stage, from);
        // `ADD https://.../main.tar.gz`: the source comes from elsewhere, not the build context.
        else if (!sources.every((token) => REMOTE_SOURCE.test(token.text))) {
          stage.copiesContext = true;
          if (sources.some((token) => MODULE_FILE.test(token.text))) stage.needsGoMod = true;
        }
        break;
      }
      case 'RUN':
        if (!stage) break;
        for (const mount of instruction.tokens.filter((token) => /^--mount=/i.test(token.text))) {
          const options = mount.text.slice('--mount='.length).split(',');
          const type = options.find((option) => option.startsWith('type='))?.slice('type='.length) ?? 'bind';
          if (type !== 'bind') continue;
          stage.copiesContext = true;
          const fromIndex = mount.text.search(/[=,]from=/i);
          if (fromIndex !== -1) {
            const start = fromIndex + '.from='.length;
            const text = mount.text.slice(start).split(',')[0]!;
            borrowFrom(stage, { text, at: shift(mount.at, start) });
          }
        }
        readRun(commandText(instruction.tokens), stage);
        break;
    }
  }
  finish(stages.at(-1));
  if (MAKES_OWN_MODULE.test(contents)) for (const usage of usages) usage.needsGoMod = false;
  return usages;
}

const REMOTE_SOURCE = /^["[]*(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
// go.mod, go.work, or both as `go.*`, as a COPY source (also in the JSON form `["go.mod", ...]`).
const MODULE_FILE = /(?:^|[/"[])go\.(?:mod|work|\*)["',\]]*$/;

function fromOption(tokens: Token[]): Token | undefined {
  const from = tokens.find((token) => /^--from=/i.test(token.text));
  return from && { text: from.text.slice('--from='.length), at: shift(from.at, '--from='.length) };
}

function declareArg(token: Token, args: Map<string, ArgDefault>, expand: (token: Token, args: Map<string, ArgDefault>) => Expanded): void {
  const eq = token.text.indexOf('=');
  if (eq === -1) {
    args.set(token.text, { value: undefined, at: token.at });
    return;
  }
  const name = token.text.slice(0, eq);
  const quoted = /^(["'])(.*)\1$/.exec(token.text.slice(eq + 1));
  const offset = eq + 1 + (quoted ? 1 : 0);
  const raw: Token = { text: quoted ? quoted[2]! : token.text.slice(eq + 1), at: shift(token.at, offset) };
  // An ARG default may use the ARGs declared before it: `ARG IMG=golang:${GO_VERSION}`.
  args.set(name, { value: expand(raw, args), at: raw.at });
}

// `go` subcommands that need the module's go line; `go install pkg@version` and `go run pkg@version`
// build a fixed tool version instead, and `go version` / `go env` need nothing. The arguments end
// at a redirection (`2>&1`), which names no package.
const GO_COMMAND = /(?:^|[\s;&|(`/"'-])go["']?[\s,"']+(build|test|vet|run|generate|list|mod|get|install|tool|work)\b([^;&|\n<>]*)/g;
// A command that runs something of the build context: make, a script, a shell given a script.
// Only the command's name counts: `chmod +x entrypoint.sh` or `cp build.sh /bin` runs nothing.
const BUILD_TOOL = /^(?:make|gmake)$/;
const SCRIPT = /^(?:\.{1,2}\/.+|.+\.sh|hack\/.+|scripts?\/.+)$/;
const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:ba|z|da)?sh$/;
// A Go package pattern: a tool given one (govulncheck ./..., golangci-lint run ./...) loads the
// module's packages through the go command.
const PACKAGE_PATTERN = /^\.{1,2}\/(?:.*\/)?\.\.\.$/;
// Words before the command's name that leave it the command: `sudo make`, `CGO_ENABLED=0 ./build.sh`.
const PREFIX = /^(?:[A-Za-z_][A-Za-z0-9_]*=.*|sudo|exec|env|time|nohup|-.*)$/;
/** How deep `sh -c '...'` is followed: each level is one more pass over a part of the command. */
const MAX_SHELL_NESTING = 3;

/** A RUN's command as the shell reads it: its flags (`--mount=...`) left out, here-document lines kept apart. */
function commandText(tokens: Token[]): string {
  const words = tokens.filter((token) => !token.text.startsWith('--'));
  const heredoc = words.some((token) => token.text.includes('<<'));
  return words.map((token, i) => (i === 0 ? '' : heredoc && token.at.line !== words[i - 1]!.at.line ? '\n' : ' ') + token.text).join('');
}

function runsOther(command: string, nesting = 0): boolean {
  const exec = execForm(command);
  for (const words of exec ? [exec] : simpleCommands(command)) {
    const index = words.findIndex((word) => !PREFIX.test(word));
    const name = words[index];
    if (name === undefined) continue;
    if (BUILD_TOOL.test(name) || SCRIPT.test(name)) return true;
    if (words.some((word) => PACKAGE_PATTERN.test(word))) return true;
    if (!SHELL.test(name)) continue;
    const argument = words.slice(index + 1).find((word) => !word.startsWith('-') && !word.startsWith('<<'));
    const inline = words[index + 1] === '-c' ? words[index + 2] : undefined;
    if (inline !== undefined ? nesting < MAX_SHELL_NESTING && runsOther(inline, nesting + 1) : argument !== undefined) return true;
  }
  return false;
}

/** The words of an exec-form RUN (`["sh", "-c", "..."]`), undefined for the shell form. */
function execForm(command: string): string[] | undefined {
  if (!command.trimStart().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(command);
    return Array.isArray(parsed) && parsed.every((word) => typeof word === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

// A go.mod made in the image, or modules turned off: go then needs no go.mod from the context.
const MAKES_OWN_MODULE = /go\s+mod\s+init\b|GO111MODULE=["']?(?:off|auto)\b/;
// Flags of go build / go test whose value is written as the next word (`-o ./bin/app`).
const GO_FLAGS_WITH_VALUE = new Set(['-o', '-C', '-modfile', '-tags', '-ldflags', '-gcflags', '-p', '-run', '-exec']);
const PACKAGE_PATH = /^\.{1,2}(?:\/|$)/;
// go mod subcommands that read the module's go.mod.
const READS_GO_MOD = new Set(['download', 'tidy', 'verify', 'vendor', 'graph', 'why', 'edit']);

/** The package arguments of a go command: no flags, no flag values, no redirection leftovers. */
function goArguments(rest: string): string[] {
  const words = rest.split(/[\s,"'\]]+/);
  const packages: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (GO_FLAGS_WITH_VALUE.has(word)) i++;
    else if (word !== '' && !word.startsWith('-') && !word.includes('=') && !/^\d+$/.test(word)) packages.push(word);
  }
  return packages;
}

function readRun(command: string, stage: Stage): void {
  for (const match of command.matchAll(GO_COMMAND)) {
    const [, subcommand, rest = ''] = match;
    const packages = goArguments(rest);
    const fixedTool =
      (subcommand === 'install' || subcommand === 'get' || subcommand === 'run') &&
      packages.length > 0 &&
      packages.every((pkg) => pkg.includes('@'));
    if (fixedTool) continue;
    stage.runsGo = true;
    const onPackages = packages.some((pkg) => PACKAGE_PATH.test(pkg) && !pkg.endsWith('.go'));
    if (onPackages || (subcommand === 'mod' && READS_GO_MOD.has(packages[0] ?? ''))) stage.needsGoMod = true;
  }
  if (runsOther(command)) stage.runsOther = true;
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** A stretch of an expanded value copied from one place: `at(i)` is where its i-th character was written. */
interface Segment {
  start: number;
  length: number;
  at: (index: number) => Position;
}

/** A reference after ARG substitution, with where each stretch of it was written (one entry per substitution, not per character). */
interface Expanded {
  text: string;
  segments: Segment[];
  /** The first variable with neither a value nor a default, if any. */
  missing?: string;
}

/** Where the character at `offset` of an expanded value was written. */
function originAt(expanded: Expanded, offset: number): Position | undefined {
  const segment = expanded.segments.find((s) => offset >= s.start && offset < s.start + s.length);
  return segment?.at(offset - segment.start);
}

function shift(at: Position, by: number): Position {
  return { ...at, column: at.column + by };
}

function expandArgs(token: Token, args: Map<string, ArgDefault>, budget: { substitutions: number }): Expanded {
  if (token.text.length > MAX_EXPANDED_LENGTH) {
    throw new ExpansionTooLarge(token.at, `a word of ${token.text.length} characters, longer than ${MAX_EXPANDED_LENGTH}`);
  }
  const expanded: Expanded = { text: '', segments: [] };
  const grow = (length: number): void => {
    if (expanded.text.length + length > MAX_EXPANDED_LENGTH) {
      throw new ExpansionTooLarge(token.at, `ARG substitution builds a value longer than ${MAX_EXPANDED_LENGTH} characters`);
    }
  };
  const append = (text: string, at: (index: number) => Position): void => {
    grow(text.length);
    if (text !== '') expanded.segments.push({ start: expanded.text.length, length: text.length, at });
    expanded.text += text;
  };
  let last = 0;
  for (const match of token.text.matchAll(VARIABLE)) {
    const start = last;
    append(token.text.slice(last, match.index), (i) => shift(token.at, start + i));
    last = match.index + match[0].length;
    if (--budget.substitutions < 0) {
      throw new ExpansionTooLarge(token.at, `more than ${MAX_SUBSTITUTIONS} ARG substitutions`);
    }
    const [, braced, operator, word = '', bare] = match;
    const name = (braced ?? bare)!;
    const value = args.get(name)?.value;
    // `${VAR:-word}` / `${VAR:+word}`: the word sits after `${VAR:-` in the token.
    const wordAt = (i: number) => shift(token.at, match.index + 3 + name.length + (match[0].includes(':') ? 1 : 0) + i);
    if (operator === '+') {
      if (value?.text) append(word, wordAt);
    } else if (value !== undefined && value.text !== '') {
      grow(value.text.length);
      for (const segment of value.segments) expanded.segments.push({ ...segment, start: expanded.text.length + segment.start });
      expanded.text += value.text;
      if (value.missing !== undefined) expanded.missing ??= value.missing;
    } else if (operator === '-') {
      append(word, wordAt);
    } else {
      expanded.missing ??= name;
    }
  }
  append(token.text.slice(last), (i) => shift(token.at, last + i));
  return expanded;
}

function fromUsage(image: Token, reference: Expanded, args: Map<string, ArgDefault>): DockerfileUsage | undefined {
  if (reference.missing !== undefined) {
    // `FROM $golang_image`: the name of the variable is all there is to go by.
    if (!/golang/i.test(reference.text + image.text)) return undefined;
    const missing = reference.missing;
    const reason = args.has(missing)
      ? `ARG ${missing} has no default, so the version comes from --build-arg at build time`
      : `$${missing} is not a global ARG declared before the first FROM`;
    return {
      at: image.at,
      raw: image.text,
      resolution: { values: [], unresolved: [{ reason, at: args.get(missing)?.at ?? image.at }] },
      buildsModule: false,
      needsGoMod: false,
    };
  }
  const parsed = readGolangImage(reference.text);
  if (parsed.kind === 'not-golang') return undefined;
  if (parsed.kind === 'floating') {
    return {
      at: image.at,
      raw: image.text,
      resolution: { values: [], unresolved: [{ reason: parsed.reason, at: image.at }] },
      buildsModule: false,
      needsGoMod: false,
    };
  }
  const at = originAt(reference, parsed.offset) ?? image.at;
  return {
    at: image.at,
    raw: image.text,
    resolution: { values: [{ text: parsed.version, at, via: [], lostDigits: [] }], unresolved: [] },
    buildsModule: false,
    needsGoMod: false,
  };
}

const HEREDOC = /<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g;

/** The words of a line, each with its position: scanned by hand, one small object per word (a pattern's match arrays were most of the memory a long RUN took). */
function wordsOf(path: string, text: string, lineIndex: number, into: Token[]): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const blank = i === text.length || text.charCodeAt(i) <= 32;
    if (blank && start !== -1) {
      into.push({ text: text.slice(start, i), at: { file: path, line: lineIndex + 1, column: start + 1 } });
      start = -1;
    } else if (!blank && start === -1) start = i;
  }
}

/** Splits a Dockerfile into instructions, joining continuation lines and here-documents, skipping comments. */
function instructions(path: string, contents: string): Instruction[] {
  const lines = contents.split(/\r?\n/);
  const escapeCharacter = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
  const result: Instruction[] = [];
  let current: Token[] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && current === undefined)) continue;
    const continues = trimmed.endsWith(escapeCharacter);
    const body = continues ? line.slice(0, line.lastIndexOf(escapeCharacter)) : line;
    // Appended in place: copying the tokens so far for each continuation line is quadratic.
    current ??= [];
    wordsOf(path, body, index, current);
    if (continues) continue;
    // `RUN <<EOT` ... `EOT`: the lines up to each terminator belong to the instruction.
    for (const [, , terminator] of body.matchAll(HEREDOC)) {
      while (index + 1 < lines.length && lines[++index]!.trim() !== terminator) wordsOf(path, lines[index]!, index, current);
    }
    const [keyword, ...rest] = current;
    if (keyword) result.push({ keyword: keyword.text.toUpperCase(), tokens: rest });
    current = undefined;
  }
  return result;
}
