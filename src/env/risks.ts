// Rules that flag Go settings which weaken supply-chain checks or make CI slow or fragile. Pure:
// takes the effective Go environment (as `go env -json` reports it) and facts about paths.
import { proxyCredentials } from '../shared/credentials';
import { foreignCodeFlag } from '../process/go-binary';
import { splitPatterns, uncoveredPatterns } from './patterns';

/** `risk` weakens verification or reproducibility and fails the step under env-policy: error; `advice` never fails. */
export type RiskLevel = 'risk' | 'advice';

export interface Risk {
  setting: string;
  level: RiskLevel;
  message: string;
}

export interface RiskContext {
  /** The effective Go environment: GOSUMDB, GOPROXY, GOPRIVATE, ... (missing means unset). */
  env: Readonly<Record<string, string | undefined>>;
  goRoot: string;
  workspace: string;
  /** File system type of the mount holding each of GOPATH, GOCACHE, GOMODCACHE, when known. */
  fileSystems?: Readonly<Record<string, string | undefined>>;
  /** Platform path helpers, so the rules stay pure and testable for any OS. */
  isAbsolute: (path: string) => boolean;
  isInside: (child: string, parent: string) => boolean;
  /** What decides which Go later steps run, beside the Go environment (own-go.ts gathers it). */
  ownGo?: OwnGoFacts;
}

/** Facts about who else could supply the go that runs: the job's GOROOT, the go env file, PATH. */
export interface OwnGoFacts {
  /** GOROOT of the job environment, when set. */
  jobGoRoot?: string;
  /** Whether jobGoRoot names the verified tree (compared by the caller, after resolving links). */
  jobGoRootIsVerified: boolean;
  /** GOFLAGS of the job environment and of the user's go env file (`go env GOENV`), with that file's path. */
  goflags: { env?: string; envFile?: string; envFilePath?: string };
  /** Each `go` / `gofmt` that comes before the verified one on the PATH later steps get. */
  shadows: { name: string; path: string }[];
}

// Hosts that serve many unrelated owners' public modules: a GOPRIVATE pattern that covers one
// of them wholesale takes every public module there out of the checksum database.
const PUBLIC_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'golang.org',
  'google.golang.org',
  'gopkg.in',
  'go.googlesource.com',
  'gitee.com',
]);
const SLOW_FILE_SYSTEMS = /^(nfs4?|cifs|smb3?|fuse\.sshfs|sshfs|9p|davfs|fuse\.s3fs|fuse\.gcsfuse|fuse\.rclone|afs|glusterfs|ceph)$/;

function value(context: RiskContext, name: string): string {
  return context.env[name]?.trim() ?? '';
}

function sumdbRisks(context: RiskContext): Risk[] {
  const gosumdb = value(context, 'GOSUMDB');
  if (gosumdb === 'off') {
    return [
      {
        setting: 'GOSUMDB',
        level: 'risk',
        message:
          'GOSUMDB=off: downloaded modules are not checked against the Go checksum database, so a tampered or re-tagged module is accepted the first time it is seen.',
      },
    ];
  }
  return [];
}

function insecureRisks(context: RiskContext): Risk[] {
  const goinsecure = value(context, 'GOINSECURE');
  if (!goinsecure) return [];
  return [
    {
      setting: 'GOINSECURE',
      level: 'risk',
      message: `GOINSECURE=${goinsecure}: modules matching it may be fetched over plain HTTP or with unverified TLS certificates, open to tampering in transit.`,
    },
  ];
}

function privatePatternRisks(context: RiskContext): Risk[] {
  const risks: Risk[] = [];
  const goprivate = value(context, 'GOPRIVATE');
  for (const pattern of splitPatterns(goprivate)) {
    const [first = '', second] = pattern.split('/');
    // `*.corp.example.com` names one organisation's hosts; `*`, `*.com` or `*.*` name everyone's.
    const wildHost = first.split('.').filter((label) => !/[*?[]/.test(label)).length < 2;
    const wholePublicHost = PUBLIC_HOSTS.has(first) && (second === undefined || /^[*?]+$/.test(second));
    if (wildHost || wholePublicHost) {
      risks.push({
        setting: 'GOPRIVATE',
        level: 'risk',
        message: `GOPRIVATE pattern ${pattern} covers public modules too: all of them skip the proxy and the checksum database. Name your own hosts or organisations instead.`,
      });
    }
  }
  for (const [setting, effect] of [
    ['GONOSUMDB', 'skip the checksum database'],
    ['GONOPROXY', 'bypass the module proxy (fetched from their origin)'],
  ] as const) {
    const extra = uncoveredPatterns(value(context, setting), goprivate);
    if (extra.length > 0) {
      risks.push({
        setting,
        level: 'risk',
        message: `${setting} has pattern(s) ${extra.join(', ')} not covered by GOPRIVATE (${goprivate || 'unset'}): those modules ${effect} without being declared private. Set GOPRIVATE and leave ${setting} to default to it.`,
      });
    }
  }
  return risks;
}

function proxyRisks(context: RiskContext): Risk[] {
  const goproxy = value(context, 'GOPROXY');
  if (!goproxy) return [];
  const entries = goproxy
    .split(/[,|]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const risks: Risk[] = [];
  if (entries.length === 1 && entries[0] === 'direct') {
    risks.push({
      setting: 'GOPROXY',
      level: 'risk',
      message:
        'GOPROXY=direct: every module comes straight from its version control origin, so a deleted or force-pushed tag breaks or changes the build, and each job pays for full VCS fetches.',
    });
  } else if (entries.length === 1 && entries[0] === 'off') {
    risks.push({
      setting: 'GOPROXY',
      level: 'advice',
      message: 'GOPROXY=off: no module can be downloaded; builds work only from the module cache or vendor/.',
    });
  } else if (entries.length === 1) {
    risks.push({
      setting: 'GOPROXY',
      level: 'advice',
      message: `GOPROXY has a single proxy and no fallback: when it is down, every job that needs a module fails. Add ",direct" or a second proxy if that is not intended.`,
    });
  }
  for (const entry of entries) {
    if (plainHttpToAnotherHost(entry)) {
      risks.push({
        setting: 'GOPROXY',
        level: 'risk',
        message: `GOPROXY entry ${proxyCredentials(entry).redacted} uses plain HTTP: module downloads can be read or altered in transit.`,
      });
    }
  }
  if (proxyCredentials(goproxy).secrets.length > 0) {
    risks.push({
      setting: 'GOPROXY',
      level: 'advice',
      message:
        'GOPROXY carries credentials in its URL; they are masked in logs, but a .netrc file (or GOAUTH) keeps them out of the environment of every later step.',
    });
  }
  return risks;
}

function flagRisks(context: RiskContext): Risk[] {
  const flags = value(context, 'GOFLAGS').split(/\s+/).filter(Boolean);
  const risks: Risk[] = [];
  if (flags.some((flag) => /^--?mod=mod$/.test(flag))) {
    risks.push({
      setting: 'GOFLAGS',
      level: 'risk',
      message:
        'GOFLAGS=-mod=mod lets go commands rewrite go.mod and go.sum during the build, so CI can pass with requirements that were never committed. Use the default (-mod=readonly) in CI.',
    });
  }
  if (flags.some((flag) => /^--?insecure(=true)?$/.test(flag))) {
    risks.push({ setting: 'GOFLAGS', level: 'risk', message: 'GOFLAGS contains -insecure: module fetches may skip TLS verification.' });
  }
  return risks;
}

function moduleModeRisks(context: RiskContext): Risk[] {
  if (value(context, 'GO111MODULE') !== 'off') return [];
  return [
    {
      setting: 'GO111MODULE',
      level: 'risk',
      message:
        'GO111MODULE=off builds in GOPATH mode: go.mod and go.sum are ignored, so dependency versions and their checksums are not enforced.',
    },
  ];
}

function toolchainRisks(context: RiskContext): Risk[] {
  const gotoolchain = value(context, 'GOTOOLCHAIN');
  if (gotoolchain === 'auto' || gotoolchain.endsWith('+auto')) {
    return [
      {
        setting: 'GOTOOLCHAIN',
        level: 'risk',
        message: `GOTOOLCHAIN=${gotoolchain}: go switches to whatever toolchain a go.mod or go.work asks for, so the build may not run on the Go this action installed and verified.`,
      },
    ];
  }
  if (/^go[0-9]/.test(gotoolchain)) {
    return [
      {
        setting: 'GOTOOLCHAIN',
        level: 'risk',
        message: `GOTOOLCHAIN=${gotoolchain}: go downloads and runs ${gotoolchain.split('+')[0]} instead of the Go this action installed and verified. Install that version with go-version instead.`,
      },
    ];
  }
  return [];
}

function pathRisks(context: RiskContext): Risk[] {
  const risks: Risk[] = [];
  if (value(context, 'GOCACHE') === 'off') {
    risks.push({ setting: 'GOCACHE', level: 'advice', message: 'GOCACHE=off disables the build cache: every build and test starts cold.' });
  }
  for (const setting of ['GOPATH', 'GOCACHE', 'GOMODCACHE']) {
    const raw = value(context, setting);
    if (!raw || raw === 'off') continue;
    const paths = setting === 'GOPATH' ? raw.split(/[:;]/).filter((path) => path && context.isAbsolute(path)) : [raw];
    if (setting !== 'GOPATH' && !context.isAbsolute(raw)) {
      risks.push({ setting, level: 'risk', message: `${setting}=${raw} is not an absolute path; go refuses it.` });
      continue;
    }
    for (const path of paths) {
      if (context.isInside(path, context.goRoot)) {
        risks.push({
          setting,
          level: 'advice',
          message: `${setting} ${path} is inside GOROOT ${context.goRoot}: the toolchain directory is shared and may be replaced by a later setup.`,
        });
      } else if (context.isInside(path, context.workspace)) {
        risks.push({
          setting,
          level: 'advice',
          message: `${setting} ${path} is inside the checkout ${context.workspace}: it shows up as untracked files, and ./... patterns or linters may walk it.`,
        });
      }
      const fileSystem = context.fileSystems?.[path];
      if (fileSystem && SLOW_FILE_SYSTEMS.test(fileSystem)) {
        risks.push({
          setting,
          level: 'advice',
          message: `${setting} ${path} is on a ${fileSystem} network file system: cache reads and writes will be slow, and file locking may be unreliable.`,
        });
      }
    }
  }
  return risks;
}

/** Flags of a GOFLAGS value that run another program or compile other files (process/go-binary.ts). */
function foreignCodeFlags(goflags: string | undefined): string[] {
  return (goflags ?? '').split(/\s+/).filter((flag) => flag && foreignCodeFlag(flag) !== undefined);
}

/** Anything that would make go commands run something other than the verified Go. */
export function ownGoRisks(facts: OwnGoFacts, goRoot: string): Risk[] {
  const risks: Risk[] = [];
  if (facts.jobGoRoot && !facts.jobGoRootIsVerified) {
    risks.push({
      setting: 'GOROOT',
      level: 'risk',
      message: `GOROOT=${facts.jobGoRoot} in the job environment is not the verified Go ${goRoot}: go commands in later steps compile with that tree's tools and standard library. Remove GOROOT from the workflow (the action's own commands ignore it).`,
    });
  }
  const sources = [
    ['the job environment', facts.goflags.env],
    [`the go env file ${facts.goflags.envFilePath ?? ''}`.trim(), facts.goflags.envFile],
  ] as const;
  for (const [source, goflags] of sources) {
    const flags = foreignCodeFlags(goflags);
    if (flags.length === 0) continue;
    risks.push({
      setting: 'GOFLAGS',
      level: 'risk',
      message: `GOFLAGS in ${source} has ${flags.join(' ')}: go runs that program around the compiler or the tests, or compiles other files than the package's, in every later go command. The action's own commands leave these flags out.`,
    });
  }
  for (const shadow of facts.shadows) {
    risks.push({
      setting: 'PATH',
      level: 'risk',
      message: `${shadow.path} comes before the verified ${shadow.name} (${goRoot}) on PATH: later steps that run ${shadow.name} run it instead. Remove it, or its folder from PATH.`,
    });
  }
  return risks;
}

export function findRisks(context: RiskContext): Risk[] {
  return [
    ...(context.ownGo ? ownGoRisks(context.ownGo, context.goRoot) : []),
    ...sumdbRisks(context),
    ...insecureRisks(context),
    ...privatePatternRisks(context),
    ...proxyRisks(context),
    ...flagRisks(context),
    ...moduleModeRisks(context),
    ...toolchainRisks(context),
    ...pathRisks(context),
  ];
}

/** An `http://` proxy URL whose host is not this machine (credentials and port aside). */
function plainHttpToAnotherHost(entry: string): boolean {
  if (!/^http:\/\//i.test(entry)) return false;
  let host: string;
  try {
    host = new URL(entry).hostname;
  } catch {
    return true;
  }
  return !/^(localhost|127\.[0-9.]+|\[::1\])$/i.test(host);
}
