// Which build context each Dockerfile is built with, from what builds it: `docker build` /
// `docker buildx build` / `podman build` lines of workflow `run:` steps and Makefiles,
// docker/build-push-action and docker/bake-action steps, bake files and compose files. A Dockerfile
// builds the module only when its context holds the module's go.mod: a sample Dockerfile built
// from its own folder does not, while build/Dockerfile built with context `.` does.
// Pure: takes text or parsed YAML; every pass is one walk over its input (pull-request files are hostile).
import { posix } from 'node:path';
import { isMap, isSeq, mapEntries, mapValue, scalarText, type YamlFile, type YamlNode } from './yaml-source';

/** A build of a Dockerfile of this repository; `context` is undefined when a variable names it. */
export interface DockerBuild {
  dockerfile: string;
  context: string | undefined;
}

/** A path as a build command names it: in the repository, unknown before run time, or elsewhere (a URL, stdin, outside the root). */
type Place = { kind: 'path'; path: string } | { kind: 'unknown' } | { kind: 'elsewhere' };

const UNKNOWN: Place = { kind: 'unknown' };
const ELSEWHERE: Place = { kind: 'elsewhere' };

// What a workflow or Makefile may write for the repository root or the directory the command runs in.
const ROOT_PREFIX = /^(?:\$\{\{\s*github\.workspace\s*\}\}|\$\{?GITHUB_WORKSPACE\}?)(?=\/|$)/;
const CWD_PREFIX = /^(?:\$\{?PWD\}?|\$\(pwd\)|`pwd`|\$[({]CURDIR[)}])(?=\/|$)/;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

/** Resolves a path written relative to `base` (undefined: a directory known only at run time). */
function place(written: string, base: string | undefined): Place {
  if (written === '-' || REMOTE.test(written)) return ELSEWHERE;
  let from = base;
  let rest = written;
  const root = ROOT_PREFIX.exec(rest);
  const cwd = root ? undefined : CWD_PREFIX.exec(rest);
  if (root) {
    from = '.';
    rest = rest.slice(root[0].length).replace(/^\/+/, '');
  } else if (cwd) rest = rest.slice(cwd[0].length).replace(/^\/+/, '');
  if (/[$`]/.test(rest) || from === undefined) return UNKNOWN;
  if (rest.startsWith('/')) return ELSEWHERE;
  const path = posix.normalize(posix.join(from, rest)).replace(/\/+$/, '') || '.';
  return path === '..' || path.startsWith('../') ? ELSEWHERE : { kind: 'path', path };
}

/** The build of `file` (written relative to `fileBase`, default `<context>/Dockerfile`) with `context`. */
function build(context: Place, file: string | undefined, fileBase: string | undefined): DockerBuild | undefined {
  if (context.kind === 'elsewhere') return undefined;
  const contextPath = context.kind === 'path' ? context.path : undefined;
  const dockerfile = file === undefined ? (contextPath === undefined ? UNKNOWN : place('Dockerfile', contextPath)) : place(file, fileBase);
  // A Dockerfile known only at run time cannot be told apart from the others: the build names none.
  if (dockerfile.kind !== 'path') return undefined;
  return { dockerfile: dockerfile.path, context: contextPath };
}

// Flags of `docker build` / `podman build` that take no value; every other flag takes the next word.
const FLAGS_WITHOUT_VALUE = new Set([
  '--push',
  '--load',
  '--no-cache',
  '--pull',
  '-q',
  '--quiet',
  '--rm',
  '--force-rm',
  '--squash',
  '--compress',
  '--check',
  '--debug',
  '-D',
  '--disable-content-trust',
  '--layers',
  '--all-platforms',
  '--squash-all',
  '--no-hosts',
  '--omit-history',
  '--stdin',
]);

/**
 * The Dockerfile and context of the build command whose arguments start at `start`. A word that is
 * a variable may stand for flags (`$(BUILD_ARGS)`): the context is the last literal argument.
 */
function readBuildCommand(words: string[], start: number, cwd: string | undefined): DockerBuild | undefined {
  let file: string | undefined;
  const positional: string[] = [];
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-f' || word === '--file') file = words[++i];
    else if (word.startsWith('--file=')) file = word.slice('--file='.length);
    else if (/^-f./.test(word)) file = word.slice(2).replace(/^=/, '');
    else if (word.startsWith('-') && word !== '-') {
      if (!word.includes('=') && !FLAGS_WITHOUT_VALUE.has(word)) i++;
    } else positional.push(word);
  }
  const context = positional.findLast((word) => !/[$`]/.test(word)) ?? positional.at(-1);
  if (context === undefined || file === '-') return undefined;
  return build(place(context, cwd), file, cwd);
}

const BUILDER = /(?:^|\/)(?:docker|podman)$/;

/** The builds of a shell script run in `cwd` (undefined when a variable names it). */
export function buildsInShell(script: string, cwd: string | undefined, linesApart = false): DockerBuild[] {
  const builds: DockerBuild[] = [];
  for (const words of simpleCommands(script, linesApart)) {
    for (let i = 0; i < words.length; i++) {
      if (!BUILDER.test(words[i]!.replace(/^[@+-]+/, ''))) continue;
      const sub = words[i + 1] === 'buildx' || words[i + 1] === 'image' ? i + 2 : i + 1;
      if (words[sub] !== 'build') continue;
      const found = readBuildCommand(words, sub + 1, cwd);
      if (found) builds.push(found);
      break;
    }
  }
  return builds;
}

/**
 * The simple commands of a shell script, each as its words with quotes taken off. One pass:
 * `$(...)`, `${...}` and `${{ ... }}` stay inside the word they start, `#` starts a comment,
 * `;`, `&`, `|`, `(`, `)` and line ends separate commands, a backslash joins lines.
 * `linesApart`: a line end also closes what a line left open (a Makefile's recipe lines).
 */
export function simpleCommands(script: string, linesApart = false): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  let depth = 0;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === '\n' && linesApart && (quote !== undefined || depth > 0)) {
      // Each Makefile recipe line is a shell of its own: a quote or `$(` left open ends with it.
      quote = undefined;
      depth = 0;
      endCommand();
      continue;
    }
    if (c === '\\' && quote !== "'") {
      const next = script[++i];
      if (next !== undefined && next !== '\n' && next !== '\r') {
        word += next;
        inWord = true;
      } else if (next === '\r' && script[i + 1] === '\n') i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
      continue;
    }
    if (depth > 0) {
      if (c === '(' || c === '{') depth++;
      else if (c === ')' || c === '}') depth--;
      word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '$' && (script[i + 1] === '(' || script[i + 1] === '{')) {
      word += c + script[++i];
      inWord = true;
      depth = 1;
    } else if (c === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '\n') endCommand();
    else if (c === ' ' || c === '\t' || c === '\r') endWord();
    else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** Makefile recipes run from the Makefile's folder; a `*.mk` file is included from the root's. */
export function buildsInMakefile(path: string, text: string): DockerBuild[] {
  const cwd = posix.basename(path).endsWith('.mk') ? '.' : posix.dirname(path);
  // Make passes `$$` to the shell as `$`.
  return buildsInShell(expandMakeVariables(text).replaceAll('$$', '$'), cwd, true);
}

const MAKE_DEFINITION = /^[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(\?=|:{0,3}=)([^#\n]*)$/gm;
const MAKE_REFERENCE = /\$[({]([A-Za-z_][A-Za-z0-9_.-]*)[)}]/g;
/** A value longer than a path is not one; the text all substitutions add is capped too. */
const MAX_MAKE_VALUE = 256;
const MAX_MAKE_EXPANSION = 1 << 20;

/**
 * `$(DOCKERFILE)` where the Makefile sets `DOCKERFILE ?= build/Dockerfile`, as plain `make` sees
 * it; `$(OCI_BUILD) -f x/Dockerfile .` where `OCI_BUILD := docker buildx build $(ARGS)`. Once, not
 * recursively: a reference left in a value stays a word whose meaning is unknown.
 */
function expandMakeVariables(text: string): string {
  const values = new Map<string, string>();
  for (const [, name, operator, written] of text.matchAll(MAKE_DEFINITION)) {
    const value = written!.trim();
    // A definition continued on the next line is not all there.
    if (value.endsWith('\\') || value.length > MAX_MAKE_VALUE || (operator === '?=' && values.has(name!))) continue;
    values.set(name!, value);
  }
  let added = 0;
  return text.replace(MAKE_REFERENCE, (reference, name: string) => {
    const value = values.get(name);
    if (value === undefined || added + value.length > MAX_MAKE_EXPANSION) return reference;
    added += value.length;
    return value;
  });
}

/** What a workflow builds: docker build lines of run steps, build-push-action steps, and the bake files bake-action names. */
export function buildsInWorkflow(file: YamlFile): { builds: DockerBuild[]; bakeFiles: Array<{ path: string; workdir: string }> } {
  const builds: DockerBuild[] = [];
  const bakeFiles: Array<{ path: string; workdir: string }> = [];
  const root = file.root;
  const workflowDirectory = defaultWorkingDirectory(root);
  for (const [, job] of mapEntries(mapValue(root, 'jobs'))) {
    const jobDirectory = defaultWorkingDirectory(job) ?? workflowDirectory;
    const steps = mapValue(job, 'steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const run = scalarText(mapValue(step, 'run'))?.value;
      if (run !== undefined) {
        const written = scalarText(mapValue(step, 'working-directory'))?.value ?? jobDirectory ?? '.';
        const cwd = place(written, '.');
        for (const found of buildsInShell(run, cwd.kind === 'path' ? cwd.path : undefined)) builds.push(found);
        continue;
      }
      const uses = scalarText(mapValue(step, 'uses'))?.value ?? '';
      const inputs = mapValue(step, 'with');
      const input = (name: string): string | undefined => scalarText(mapValue(inputs, name))?.value || undefined;
      if (/^docker\/build-push-action@/i.test(uses)) {
        const found = build(actionContext(input('context')), input('file') ?? (input('context') ? undefined : 'Dockerfile'), '.');
        if (found) builds.push(found);
      } else if (/^docker\/bake-action@/i.test(uses)) {
        const workdir = place(input('workdir') ?? '.', '.');
        if (workdir.kind !== 'path') continue;
        for (const name of (input('files') ?? '').split(/[\n,]/)) {
          const bake = place(name.trim(), workdir.path);
          if (name.trim() !== '' && bake.kind === 'path') bakeFiles.push({ path: bake.path, workdir: workdir.path });
        }
      }
    }
  }
  return { builds, bakeFiles };
}

function defaultWorkingDirectory(node: YamlNode | undefined): string | undefined {
  return scalarText(mapValue(mapValue(mapValue(node, 'defaults'), 'run'), 'working-directory'))?.value;
}

/** build-push-action's context: the Git context of the commit (`{{defaultContext}}[:subdir]`) is the checkout's. */
function actionContext(written: string | undefined): Place {
  if (written === undefined) return { kind: 'path', path: '.' };
  const git = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(written);
  return git ? place(git[1] ?? '.', '.') : place(written, '.');
}

/** Compose services' `build: <context>` or `build: {context, dockerfile}`, relative to the compose file. */
export function buildsInCompose(file: YamlFile): DockerBuild[] {
  const builds: DockerBuild[] = [];
  const folder = posix.dirname(file.path);
  for (const [, service] of mapEntries(mapValue(file.root, 'services'))) {
    const spec = mapValue(service, 'build');
    const short = isMap(spec) ? undefined : scalarText(spec)?.value;
    const written = short ?? (isMap(spec) ? (scalarText(mapValue(spec, 'context'))?.value ?? '.') : undefined);
    if (written === undefined) continue;
    const context = place(composeValue(written), folder);
    const writtenFile = isMap(spec) ? scalarText(mapValue(spec, 'dockerfile'))?.value : undefined;
    const dockerfile = writtenFile === undefined ? undefined : composeValue(writtenFile);
    // The dockerfile is relative to the context, but `$PWD/Dockerfile` is where compose runs: beside the compose file.
    const base = dockerfile !== undefined && CWD_PREFIX.test(dockerfile) ? folder : context.kind === 'path' ? context.path : undefined;
    const found = build(context, dockerfile, base);
    if (found) builds.push(found);
  }
  return builds;
}

/** Compose fills `${VAR:-default}` from the environment: the default is what a plain `docker compose build` uses. */
function composeValue(written: string): string {
  return written.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, '$1');
}

interface BakeTarget {
  context?: string;
  dockerfile?: string;
  inherits: string[];
}

/** Bake targets' `context` (default `.`, relative to where bake runs) and `dockerfile` (relative to the context). */
export function buildsInBake(path: string, text: string, workdir = '.'): DockerBuild[] {
  const targets = path.endsWith('.json') ? bakeJsonTargets(text) : bakeHclTargets(text);
  const builds: DockerBuild[] = [];
  for (const name of targets.keys()) {
    const context = inherited(targets, name, 'context') ?? '.';
    const contextPlace = place(context, workdir);
    const found = build(
      contextPlace,
      inherited(targets, name, 'dockerfile') ?? 'Dockerfile',
      contextPlace.kind === 'path' ? contextPlace.path : undefined,
    );
    if (found) builds.push(found);
  }
  return builds;
}

// Real bake files inherit a level or two; a bound keeps a file of targets that each inherit all
// the others from costing targets x targets per lookup.
const MAX_INHERITED_TARGETS = 32;

/** A target's field, or the first one its `inherits` chain sets (each target visited once). */
function inherited(targets: Map<string, BakeTarget>, name: string, field: 'context' | 'dockerfile'): string | undefined {
  const visited = new Set<string>();
  const queue = [name];
  for (let index = 0; index < queue.length && visited.size < MAX_INHERITED_TARGETS; index++) {
    const next = queue[index]!;
    if (visited.has(next)) continue;
    visited.add(next);
    const target = targets.get(next);
    if (!target) continue;
    if (target.context !== undefined && field === 'context') return target.context;
    if (target.dockerfile !== undefined && field === 'dockerfile') return target.dockerfile;
    for (const parent of target.inherits) queue.push(parent);
  }
  return undefined;
}

function bakeJsonTargets(text: string): Map<string, BakeTarget> {
  const targets = new Map<string, BakeTarget>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return targets;
  }
  const all = (parsed as { target?: unknown } | null)?.target;
  if (typeof all !== 'object' || all === null) return targets;
  for (const [name, value] of Object.entries(all as Record<string, unknown>)) {
    const target = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const text = (key: string): string | undefined => (typeof target[key] === 'string' ? (target[key] as string) : undefined);
    const inherits = Array.isArray(target.inherits) ? target.inherits.filter((i): i is string => typeof i === 'string') : [];
    targets.set(name, { context: text('context'), dockerfile: text('dockerfile'), inherits });
  }
  return targets;
}

const HCL_TARGET = /^\s*target\s+"([^"]*)"\s*\{/;
const HCL_ATTRIBUTE = /^\s*(context|dockerfile|inherits)\s*=\s*(.*)$/;

/** The targets of a bake HCL file, line by line: only attributes directly inside a `target` block count. */
function bakeHclTargets(text: string): Map<string, BakeTarget> {
  const targets = new Map<string, BakeTarget>();
  let depth = 0;
  let current: BakeTarget | undefined;
  for (const line of text.split('\n')) {
    const opened = depth === 0 ? HCL_TARGET.exec(line) : null;
    if (opened) {
      current = { inherits: [] };
      targets.set(opened[1]!, current);
    } else if (current && depth === 1) {
      const attribute = HCL_ATTRIBUTE.exec(line);
      if (attribute) {
        const strings = [...attribute[2]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!);
        if (attribute[1] === 'inherits') current.inherits = strings;
        // A value built by an expression or function is known only when bake runs.
        else current[attribute[1] as 'context' | 'dockerfile'] = /^\s*"[^"]*"\s*(?:#.*|\/\/.*)?$/.test(attribute[2]!) ? strings[0] : '$';
      }
    }
    depth = Math.max(0, depth + braceBalance(line));
    if (depth === 0) current = undefined;
  }
  return targets;
}

/** Opened minus closed braces of a line, outside strings and comments. */
function braceBalance(line: string): number {
  let balance = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && line[i + 1] === '/')) break;
    else if (c === '{') balance++;
    else if (c === '}') balance--;
  }
  return balance;
}
