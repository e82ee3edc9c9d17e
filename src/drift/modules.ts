// The modules and workspaces of the tree and what each directory builds against: the go line of
// the nearest go.work (with every module it uses) or go.mod above it, as the go command finds
// them. Pure: takes file contents.
import { posix } from 'node:path';
import { compareGoVersions, parseGoVersion, releaseVersion, type GoVersion } from '../version/goversion';
import { parseGoModDirectives, type GoModDirective } from '../version/version-files';
import { parseError } from './errors';
import type { Position, ReadFailure, VersionSite } from './types';

export interface VersionLine {
  version: GoVersion;
  text: string;
  at: Position;
}

export interface GoModule {
  /** Path of the go.mod or go.work file. */
  file: string;
  directory: string;
  kind: 'go.mod' | 'go.work';
  go?: VersionLine;
  toolchain?: VersionLine;
  /** go.work: directories of the modules it uses. */
  uses: string[];
}

export interface BuildScope {
  /** The go.mod / go.work files whose go lines apply. */
  modules: GoModule[];
  /** The highest go line among them: the oldest Go that can build all of them. */
  minimum?: VersionLine & { file: string };
}

const GO_LINE_VERSION = /^[0-9]+\.[0-9]+/;

export function readModule(file: string, contents: string, findings: ReadFailure[], sites: VersionSite[]): GoModule | undefined {
  const kind = posix.basename(file) === 'go.work' ? 'go.work' : 'go.mod';
  let directives: ReturnType<typeof parseGoModDirectives>;
  try {
    directives = parseGoModDirectives(contents, file);
  } catch (error) {
    findings.push(parseError(file, error));
    return undefined;
  }
  const directory = posix.dirname(file);
  const module: GoModule = { file, directory, kind, uses: directives.use.map((use) => posix.join(directory, use.value)) };
  if (directives.go) {
    const at = positionIn(file, directives.go);
    const version = GO_LINE_VERSION.test(directives.go.value) ? parseGoVersion(directives.go.value) : undefined;
    if (version) module.go = { version, text: directives.go.value, at };
    else findings.push(invalidVersion(at, directives.go.value, `the go line of ${file} must be a Go version like 1.22 or 1.22.3`));
    sites.push({ ...at, kind, version: `go ${directives.go.value}` });
  }
  const toolchain = directives.toolchain;
  if (toolchain && toolchain.value !== 'default') {
    const at = positionIn(file, toolchain);
    const version = toolchain.value.startsWith('go') ? releaseVersion(toolchain.value.slice(2)) : undefined;
    if (version) module.toolchain = { version, text: toolchain.value, at };
    else findings.push(invalidVersion(at, toolchain.value, `the toolchain line of ${file} must name a release like go1.22.5`));
    sites.push({ ...at, kind: 'toolchain', version: `toolchain ${toolchain.value}` });
  }
  return module;
}

function positionIn(file: string, directive: GoModDirective): Position {
  return { file, line: directive.line, column: directive.column };
}

function invalidVersion(at: Position, found: string, message: string): ReadFailure {
  return { ...at, rule: 'invalid-version', message, found, expected: null };
}

export class ModuleIndex {
  private readonly byFile = new Map<string, GoModule>();
  private readonly modsByDir = new Map<string, GoModule>();
  private readonly worksByDir = new Map<string, GoModule>();

  /** go.mod files with Go source in a directory they own. */
  private readonly withSources = new Set<GoModule>();

  /** `goSourceDirectories`: directories holding at least one .go file. */
  constructor(modules: GoModule[], goSourceDirectories: Iterable<string> = []) {
    for (const module of modules) {
      this.byFile.set(module.file, module);
      (module.kind === 'go.work' ? this.worksByDir : this.modsByDir).set(module.directory, module);
    }
    for (const directory of goSourceDirectories) {
      const owner = this.nearest(this.modsByDir, directory);
      if (owner) this.withSources.add(owner);
    }
  }

  /** Whether the module has Go source (a go.mod for a Hugo site or a tools pin may have none). */
  hasGoSources(module: GoModule): boolean {
    return this.withSources.has(module);
  }

  get all(): GoModule[] {
    return [...this.byFile.values()];
  }

  private readonly scopes = new Map<string, BuildScope>();

  /** What `go build` run in `directory` builds against (once per directory: thousands of jobs name the same few). */
  scopeFor(directory: string): BuildScope {
    let scope = this.scopes.get(directory);
    if (!scope) {
      scope = this.findScope(directory);
      this.scopes.set(directory, scope);
    }
    return scope;
  }

  private findScope(directory: string): BuildScope {
    const start = posix.normalize(directory).replace(/\/+$/, '') || '.';
    const work = this.nearest(this.worksByDir, start);
    if (work) {
      const used = work.uses.map((dir) => this.modsByDir.get(posix.normalize(dir))).filter((m): m is GoModule => m !== undefined);
      return withMinimum([work, ...used]);
    }
    const module = this.nearest(this.modsByDir, start);
    if (module) return withMinimum([module]);
    const prefix = start === '.' ? '' : `${start}/`;
    return withMinimum(
      [...this.modsByDir.values()].filter((m) => m.directory === start || prefix === '' || m.directory.startsWith(prefix)),
    );
  }

  private nearest(map: Map<string, GoModule>, directory: string): GoModule | undefined {
    for (let dir = directory; ; dir = posix.dirname(dir)) {
      const found = map.get(dir);
      if (found) return found;
      if (dir === '.' || dir === '/' || dir === '') return undefined;
    }
  }
}

export function mergeScopes(scopes: BuildScope[]): BuildScope {
  return withMinimum([...new Set(scopes.flatMap((scope) => scope.modules))]);
}

function withMinimum(modules: GoModule[]): BuildScope {
  let minimum: BuildScope['minimum'];
  for (const module of modules) {
    if (module.go && (!minimum || compareGoVersions(module.go.version, minimum.version) > 0)) minimum = { ...module.go, file: module.file };
  }
  return { modules, minimum };
}
