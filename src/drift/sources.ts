// Reads every file that can pin a Go version into one model: modules and workspaces, version
// files, workflow usages, Dockerfile FROM lines. Unreadable files become parse-error findings.
// Pure: takes file contents.
import { posix } from 'node:path';
import { parseVersionFile, type VersionFileResult } from '../version/files';
import { readDockerfile, type DockerfileUsage } from './dockerfile';
import { parseError } from './errors';
import { ModuleIndex, readModule, type GoModule } from './modules';
import { readWorkflow, type CiUsage } from './workflow';
import { parseYamlFile } from './yaml-source';
import type { Finding, Position, RepoFile, VersionSite } from './types';

export type FileRole = 'go.mod' | 'go.work' | 'version file' | 'workflow' | 'dockerfile';

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const DOCKERFILE = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile)$/;

/** Which kind of version source a path is, by name alone (the tree walker reads only these). */
export function classifyFile(path: string): FileRole | undefined {
  const name = posix.basename(path);
  if (name === 'go.mod') return 'go.mod';
  if (name === 'go.work') return 'go.work';
  if (name === '.go-version' || name === '.tool-versions') return 'version file';
  if (WORKFLOW.test(path)) return 'workflow';
  if (DOCKERFILE.test(name)) return 'dockerfile';
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
}

export interface Sources {
  modules: ModuleIndex;
  versionFiles: VersionFilePin[];
  usages: CiUsage[];
  dockerfiles: DockerfilePins[];
  findings: Finding[];
  sites: VersionSite[];
}

// Go ignores modules under testdata/; so does the check.
function isTestdata(path: string): boolean {
  return /(^|\/)testdata\//.test(path);
}

export function collectSources(files: RepoFile[]): Sources {
  const findings: Finding[] = [];
  const sites: VersionSite[] = [];
  const modules: GoModule[] = [];
  const versionFiles: VersionFilePin[] = [];
  const usages: CiUsage[] = [];
  const dockerfiles: DockerfilePins[] = [];
  for (const { path, contents } of files) {
    const role = classifyFile(path);
    if (role === undefined || (isTestdata(path) && role !== 'workflow')) continue;
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
        // Most workflows in a large repository never mention Go; skip parsing those.
        if (!contents.includes('setup-go') && !contents.includes('golang')) break;
        const parsed = parseYamlFile(path, contents);
        if (!parsed.ok) findings.push(parsed.finding);
        else usages.push(...readWorkflow(parsed.file).usages);
        break;
      }
      case 'dockerfile':
        if (contents.includes('golang')) dockerfiles.push({ file: path, usages: readDockerfile(path, contents) });
        break;
    }
  }
  return { modules: new ModuleIndex(modules), versionFiles, usages, dockerfiles, findings, sites };
}

/** Reads a version file; a file that names no version becomes a parse-error finding. */
export function readVersionFile(path: string, contents: string, findings: Finding[]): VersionFilePin | undefined {
  try {
    const result = parseVersionFile(path, contents);
    const line = contents.split(/\r?\n/)[result.line - 1] ?? '';
    const column = Math.max(line.indexOf(result.text), 0) + 1;
    return { file: path, at: { file: path, line: result.line, column }, result };
  } catch (error) {
    findings.push(parseError(path, contents, error));
    return undefined;
  }
}
