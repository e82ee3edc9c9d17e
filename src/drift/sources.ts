// Reads every file that can pin a Go version into one model: modules and workspaces, version
// files, workflow usages, Dockerfile FROM lines. Unreadable files become parse-error findings.
// Pure: takes file contents.
import { posix } from 'node:path';
import { parseVersionFile, type VersionFileResult } from '../version/version-files';
import { buildsInBake, buildsInCompose, buildsInMakefile, buildsInWorkflow, type DockerBuild } from './docker-context';
import { ExpansionTooLarge, readDockerfile, type DockerfileUsage } from './dockerfile';
import { parseError } from './errors';
import { isOtherCiFile, otherCiGoLines, type NamedLine } from './other-ci';
import { MatrixBudget } from './matrix';
import { ModuleIndex, readModule, type GoModule } from './modules';
import { calledWorkflows, onlyCalled, readUncalledActions, readWorkflow, type CiUsage, type LocalFiles } from './workflow';
import { AliasBudget, parseYamlFile, type YamlFile } from './yaml-source';
import type { FileLookup, Position, ReadFailure, RepoFile, VersionSite } from './types';

export type FileRole =
  | 'go.mod'
  | 'go.work'
  | 'version file'
  | 'workflow'
  | 'local action'
  | 'dockerfile'
  | 'image build'
  | 'other ci'
  | 'go source';

// Only the repository's own .github/workflows runs on GitHub; a nested copy (a vendored docs site,
// an example project) is not CI.
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
// Composite actions of the repository: one no workflow calls is still read (with its defaults).
const LOCAL_ACTION = /^\.github\/actions\/(?:[^/]+\/)+action\.ya?ml$/;
// A workflow can set Go up only through setup-go, a golang container, a local action or called
// workflow, or a remote one handed a Go version or called as a whole job (which decides its Go
// even when nothing is passed); most workflows of a large repository do none.
const MAY_SET_UP_GO = /setup-go|golang|uses:\s*["']?\.\/|go[-_]?version|uses:\s*["']?[^\s"'/]+\/[^\s"'/]+\/\.github\/workflows\//i;
const DOCKERFILE = /^(?:Dockerfile|Containerfile)(?:[.\-_].+)?$|[.\-_](?:Dockerfile|dockerfile)$/;
// What names a Dockerfile's build context: compose files, bake files at the root, Makefiles.
const COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
const ROOT_BAKE = /^docker-bake(?:\.override)?\.(?:hcl|json)$/;
const MAKEFILE = /^(?:[Mm]akefile|GNUmakefile|.+\.mk)$/;
// A workflow that may build an image: its docker build lines or actions name build contexts.
const MAY_BUILD_IMAGE = /docker|podman|build-push-action|bake-action/i;

/** Which kind of version source a path is, by name alone (the tree walker reads only these). */
export function classifyFile(path: string): FileRole | undefined {
  const name = posix.basename(path);
  if (name === 'go.mod') return 'go.mod';
  if (name === 'go.work') return 'go.work';
  if (name === '.go-version' || name === '.tool-versions') return 'version file';
  if (WORKFLOW.test(path)) return 'workflow';
  if (LOCAL_ACTION.test(path)) return 'local action';
  if (isOtherCiFile(path)) return 'other ci';
  if (DOCKERFILE.test(name)) return 'dockerfile';
  if (COMPOSE.test(name) || MAKEFILE.test(name) || ROOT_BAKE.test(path)) return 'image build';
  if (name.endsWith('.go')) return 'go source';
  return undefined;
}

export interface VersionFilePin {
  file: string;
  at: Position;
  result: VersionFileResult;
}

export interface DockerfilePins {
  file: string;
  usages: DockerfileUsage[];
  /**
   * The directories whose module a stage that builds the module builds: the module(s) its build
   * contexts hold (see placeBuilds).
   */
  buildDirectories: string[];
}

export interface Sources {
  modules: ModuleIndex;
  versionFiles: VersionFilePin[];
  usages: CiUsage[];
  dockerfiles: DockerfilePins[];
  /** Every folder of the tree, when the caller walked it: a job's working directory missing from it is made at run time. */
  directories?: ReadonlySet<string>;
  /** Each file of CI outside GitHub Actions and the Go lines it names, where first named: evidence a line is tested. */
  otherCi: Array<{ file: string; lines: NamedLine[] }>;
  /** Files that could not be read; the rule table rates them. */
  findings: ReadFailure[];
  sites: VersionSite[];
}

// Go ignores testdata/ and folders whose names start with `_` or `.`: a go.mod there is not a
// module anyone builds. Nor is one in a folder of test inputs, where a Dockerfile is test input
// too; a Dockerfile under `.github/` or `.devcontainer/` may still be CI's.
const TEST_INPUT_FOLDER = /(?:^|\/)(?:testdata|test-fixtures|fixtures)\//;
const HIDDEN_FOLDER = /(?:^|\/)[_.][^/]*\//;

/** Whether Go (or the tests that read the folder) never builds from a file of this role here. */
function outsideAnyModule(path: string, role: FileRole): boolean {
  if (role === 'workflow' || role === 'other ci') return false;
  // `.devcontainer/docker-compose.yml` builds `.devcontainer/Dockerfile`.
  return (
    TEST_INPUT_FOLDER.test(path) || (role !== 'dockerfile' && role !== 'image build' && role !== 'local action' && HIDDEN_FOLDER.test(path))
  );
}

/** Repository files read and parsed once each; a parse error or a refused read becomes one finding. */
function localFiles(lookup: FileLookup, findings: ReadFailure[], repository: string | undefined): LocalFiles {
  const parsed = new Map<string, YamlFile | undefined>();
  const refused = new Set<string>();
  const aliases = new AliasBudget();
  const text = (path: string): string | undefined => {
    const contents = lookup(path);
    if (typeof contents !== 'object') return contents;
    if (!refused.has(path)) findings.push(contents);
    refused.add(path);
    return undefined;
  };
  return {
    text,
    matrixBudget: new MatrixBudget(),
    ...(repository ? { repository } : {}),
    forget(path) {
      parsed.delete(path);
    },
    yaml(path) {
      if (parsed.has(path)) return parsed.get(path);
      const contents = text(path);
      let file: YamlFile | undefined;
      if (contents !== undefined) {
        const result = parseYamlFile(path, contents, aliases);
        if (result.ok) file = result.file;
        else findings.push(result.finding);
      }
      parsed.set(path, file);
      return file;
    },
  };
}

/** `refused`: files the walk did not read (links, special files, budgets), judged like unparsable ones. */
export function collectSources(
  files: RepoFile[],
  lookup: FileLookup,
  refused: ReadFailure[] = [],
  directories?: Iterable<string>,
  repository?: string,
): Sources {
  const findings: ReadFailure[] = [...refused];
  const sites: VersionSite[] = [];
  const modules: GoModule[] = [];
  const versionFiles: VersionFilePin[] = [];
  const usages: CiUsage[] = [];
  const dockerfiles: DockerfilePins[] = [];
  const local = localFiles(lookup, findings, repository);
  const onlyWhenCalled: YamlFile[] = [];
  const localActions: string[] = [];
  const called = new Set<string>();
  const goSourceDirectories = new Set<string>();
  const imageBuilds: DockerBuild[] = [];
  const bakeFiles = new Map<string, string>();
  const otherCi: Sources['otherCi'] = [];
  for (const { path, contents } of files) {
    const role = classifyFile(path);
    if (role === undefined || outsideAnyModule(path, role)) continue;
    switch (role) {
      case 'go.mod':
      case 'go.work': {
        const module = readModule(path, contents, findings, sites);
        if (module) modules.push(module);
        break;
      }
      case 'version file': {
        const pin = readVersionFile(path, contents, findings);
        if (pin) {
          versionFiles.push(pin);
          sites.push({ ...pin.at, kind: 'version file', version: pin.result.text });
        }
        break;
      }
      case 'workflow': {
        // Most workflows in a large repository never mention Go nor an image build; skip parsing those.
        if (!MAY_SET_UP_GO.test(contents)) {
          // Only what it builds is read, quietly: a workflow GitHub cannot parse builds nothing.
          const parsed = MAY_BUILD_IMAGE.test(contents) ? quietYaml(path, contents) : undefined;
          if (parsed) readWorkflowBuilds(parsed, imageBuilds, bakeFiles);
          break;
        }
        const parsed = local.yaml(path);
        if (!parsed) break;
        if (MAY_BUILD_IMAGE.test(contents)) readWorkflowBuilds(parsed, imageBuilds, bakeFiles);
        for (const callee of calledWorkflows(parsed, repository)) called.add(callee);
        // A workflow that only runs when called waits for the list of callers; any other is read
        // now and its tree let go (10 MB of workflows are hundreds of MB as trees).
        if (onlyCalled(parsed)) onlyWhenCalled.push(parsed);
        else {
          for (const usage of readWorkflow(parsed, local)) usages.push(usage);
          local.forget(path);
        }
        break;
      }
      case 'dockerfile':
        if (contents.includes('golang')) {
          const pins = readDockerfilePins(path, contents, findings);
          if (pins) dockerfiles.push(pins);
        }
        break;
      case 'local action':
        localActions.push(path);
        break;
      case 'go source':
        goSourceDirectories.add(posix.dirname(path));
        break;
      case 'image build':
        for (const build of readImageBuilds(path, contents)) imageBuilds.push(build);
        break;
      case 'other ci': {
        const lines = otherCiGoLines(contents);
        if (lines.length > 0) otherCi.push({ file: path, lines });
        break;
      }
    }
  }
  // Bake files (or compose files bake reads) a bake-action step names; those the walk read were read above.
  for (const [path, workdir] of bakeFiles) {
    if (classifyFile(path) === 'image build' && (workdir === '.' || COMPOSE.test(posix.basename(path)))) continue;
    const contents = local.text(path);
    if (contents === undefined) continue;
    const builds = /\.ya?ml$/.test(path) ? composeBuilds(path, contents) : buildsInBake(path, contents, workdir);
    for (const build of builds) imageBuilds.push(build);
  }
  // A workflow that only runs when called is read through its callers, with what they pass.
  for (const workflow of onlyWhenCalled) {
    if (!called.has(workflow.path)) for (const usage of readWorkflow(workflow, local)) usages.push(usage);
  }
  for (const usage of readUncalledActions(localActions, local)) usages.push(usage);
  const placed = placeBuilds(dockerfiles, imageBuilds, modules);
  return {
    modules: new ModuleIndex(modules, goSourceDirectories),
    versionFiles,
    usages,
    dockerfiles: placed,
    otherCi,
    ...(directories ? { directories: new Set(directories) } : {}),
    findings,
    sites,
  };
}

function readWorkflowBuilds(workflow: YamlFile, builds: DockerBuild[], bakeFiles: Map<string, string>): void {
  const found = buildsInWorkflow(workflow);
  for (const build of found.builds) builds.push(build);
  for (const bake of found.bakeFiles) bakeFiles.set(bake.path, bake.workdir);
}

/** The builds a compose file, bake file or Makefile names. */
function readImageBuilds(path: string, contents: string): DockerBuild[] {
  const name = posix.basename(path);
  if (ROOT_BAKE.test(path)) return buildsInBake(path, contents);
  if (MAKEFILE.test(name)) return /docker|podman/.test(contents) ? buildsInMakefile(path, contents) : [];
  return composeBuilds(path, contents);
}

function composeBuilds(path: string, contents: string): DockerBuild[] {
  const parsed = /\bbuild\s*:/.test(contents) ? quietYaml(path, contents) : undefined;
  return parsed ? buildsInCompose(parsed) : [];
}

/**
 * A file read only for the build contexts it names, parsed without a finding when it cannot be:
 * the gate judges Go versions, and a broken compose file pins none. Its own alias budget keeps the
 * walk of its tree linear in its size.
 */
function quietYaml(path: string, contents: string): YamlFile | undefined {
  const parsed = parseYamlFile(path, contents);
  return parsed.ok ? parsed.file : undefined;
}

/**
 * Each Dockerfile's build directories from the builds that name it (else its folder). A context
 * builds the module(s) it holds: the one at its root, else those below it. A context below a
 * module's root that holds no go.mod of its own builds nothing of it (its `COPY . .` copies no
 * go.mod): every stage of such a Dockerfile then builds nothing of the module.
 */
function placeBuilds(dockerfiles: DockerfilePins[], builds: DockerBuild[], modules: GoModule[]): DockerfilePins[] {
  const contexts = new Map<string, Set<string | undefined>>();
  for (const { dockerfile, context } of builds) {
    const set = contexts.get(dockerfile) ?? new Set();
    contexts.set(dockerfile, set.add(context));
  }
  const held = new ModuleDirectories(modules);
  return dockerfiles.map((pins) => {
    const folder = posix.dirname(pins.file);
    const named = contexts.get(pins.file);
    // A context written as a variable: the Dockerfile's folder and the root, so no drift is lost.
    const candidates = named ? [...named].flatMap((context) => (context === undefined ? [folder, '.'] : [context])) : [folder];
    let buildDirectories = [...new Set(candidates.flatMap((context) => held.builtFrom(context)))];
    // A stage that cannot work without a go.mod says its context holds one: it is built from
    // somewhere the check does not see (a checkout path, another CI), so its folder's module applies.
    if (buildDirectories.length === 0 && !named && pins.usages.some((usage) => usage.buildsModule && usage.needsGoMod))
      buildDirectories = [folder];
    if (buildDirectories.length === 0) for (const usage of pins.usages) usage.buildsModule = false;
    return { ...pins, buildDirectories };
  });
}

/** Which module directories a build context holds, as directories ModuleIndex.scopeFor maps to them. */
class ModuleDirectories {
  private readonly moduleDirectories = new Set<string>();
  /** Every directory at or above a go.mod/go.work. */
  private readonly holding = new Set<string>();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly modules: GoModule[]) {
    for (const module of modules) {
      this.moduleDirectories.add(module.directory);
      for (let dir = module.directory; !this.holding.has(dir); dir = posix.dirname(dir)) {
        this.holding.add(dir);
        if (dir === '.') break;
      }
    }
  }

  builtFrom(context: string): string[] {
    let directories = this.cache.get(context);
    if (!directories) {
      directories = this.find(context);
      this.cache.set(context, directories);
    }
    return directories;
  }

  private find(context: string): string[] {
    if (!this.holding.has(context)) return [];
    if (this.moduleDirectories.has(context) || !this.moduleAbove(context)) return [context];
    // scopeFor(context) would name the module above, which the context does not hold.
    const prefix = `${context}/`;
    return [...new Set(this.modules.map((module) => module.directory).filter((dir) => dir.startsWith(prefix)))];
  }

  private moduleAbove(context: string): boolean {
    for (let dir = context; dir !== '.'; ) {
      dir = posix.dirname(dir);
      if (this.moduleDirectories.has(dir)) return true;
    }
    return false;
  }
}

/** Reads a Dockerfile's golang FROM lines; ARG substitution past its budget becomes an over-budget finding. */
function readDockerfilePins(path: string, contents: string, findings: ReadFailure[]): DockerfilePins | undefined {
  try {
    return { file: path, usages: readDockerfile(path, contents), buildDirectories: [posix.dirname(path)] };
  } catch (error) {
    if (!(error instanceof ExpansionTooLarge)) throw error;
    findings.push({
      ...error.at,
      rule: 'over-budget',
      message: `${path}:${error.at.line}: ${error.message}; no Go version in it was checked.`,
      found: null,
      expected: null,
    });
    return undefined;
  }
}

/** Reads a version file; a file that names no version becomes a parse-error finding. */
export function readVersionFile(path: string, contents: string, findings: ReadFailure[]): VersionFilePin | undefined {
  try {
    const result = parseVersionFile(path, contents);
    const line = contents.split(/\r?\n/)[result.line - 1] ?? '';
    const column = Math.max(line.indexOf(result.text), 0) + 1;
    return { file: path, at: { file: path, line: result.line, column }, result };
  } catch (error) {
    findings.push(parseError(path, error));
    return undefined;
  }
}
