// Go release archives made at test time: real `go<ver>.<os>-<arch>.tar.gz` (and `.zip`) archives of
// the Go installed on this machine, with go.dev's layout (one top folder `go/`), plus small hostile
// archives that an extractor must refuse. Archives are cached on disk between test files and runs,
// keyed by the installed Go's version, and published atomically so concurrent test processes never
// see half-written files.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fakeGoScript } from './proxy-server';
import { spawnCollect, type SpawnResult } from './runner';

/**
 * Everything built here lives below this folder, one subfolder per installed Go version.
 * SETUP_GO_GOLDEN_FIXTURES moves it (CI caches it; tests of the cache itself use a fresh one).
 */
export const FIXTURE_ROOT = process.env.SETUP_GO_GOLDEN_FIXTURES || join(tmpdir(), 'setup-go-golden-fixtures');
/** Bump when the way archives are built changes, so stale caches are not reused. */
const LAYOUT_REVISION = 2;
/**
 * gzip level of built archives. Measured for go1.26.8 (270 MB, 2 cores): -1 builds in 8-10 s
 * (76 MB), -6 in 12-23 s (67 MB); both decompress in about 1.5 s, so build speed decides.
 */
const GZIP_LEVEL = 1;

/** A file the download server can serve, with the digest and size its index lists. */
export interface ServedFile {
  path: string;
  filename: string;
  sha256: string;
  size: number;
}

export interface GoArchive extends ServedFile {
  /** Release name as go.dev writes it: `go1.26.8`. */
  version: string;
  os: string;
  arch: string;
}

export interface InstalledGo {
  goroot: string;
  /** `go1.26.8`: the first line of $GOROOT/VERSION, what `go version` prints. */
  version: string;
  os: string;
  arch: string;
}

/** Runs a tool to completion and collects its output; a tool that cannot start answers exit code 127. */
export function runTool(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {},
): Promise<SpawnResult> {
  return spawnCollect(command, args, options).catch((error: Error) => ({ code: 127, stdout: '', stderr: error.message }));
}

let installedGoPromise: Promise<InstalledGo> | undefined;

/** The Go on this machine's PATH, whose files every archive here is made of. */
export function installedGo(): Promise<InstalledGo> {
  installedGoPromise ??= (async () => {
    const result = await runTool('go', ['env', 'GOROOT', 'GOHOSTOS', 'GOHOSTARCH'], { timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(`go env failed: ${result.stderr}`);
    const [goroot, os, arch] = result.stdout.trim().split('\n');
    if (!goroot || !os || !arch) throw new Error(`unexpected go env output: ${result.stdout}`);
    const version = readFileSync(join(goroot, 'VERSION'), 'utf8').split('\n')[0]!.trim();
    return { goroot, version, os, arch };
  })();
  return installedGoPromise;
}

/** `go1.26.8` from `1.26.8`, `v1.26.8` or `go1.26.8`. */
export function releaseName(version: string): string {
  return `go${version.replace(/^(go|v)/, '')}`;
}

/** go.dev's archive name: `go1.22.5.linux-amd64.tar.gz`, `go1.22.5.windows-amd64.zip`. */
export function archiveFilename(version: string, os: string, arch: string): string {
  return `${releaseName(version)}.${os}-${arch}.${os === 'windows' ? 'zip' : 'tar.gz'}`;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fixtureDir(): Promise<string> {
  const go = await installedGo();
  const dir = join(FIXTURE_ROOT, `${go.version}-${go.os}-${go.arch}-r${LAYOUT_REVISION}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const LOCK_STALE_MS = 10 * 60_000;
const inProcess = new Map<string, Promise<ServedFile>>();

/**
 * Returns the cached file `filename`, building it with `build(tempPath)` first if needed. A lock
 * directory keeps concurrent processes from building the same file twice; the finished file and
 * its digest are renamed into place, the digest first, so a visible file is always complete.
 */
function cachedFile(dir: string, filename: string, build: (tempPath: string) => Promise<void>): Promise<ServedFile> {
  const path = join(dir, filename);
  let pending = inProcess.get(path);
  if (!pending) {
    pending = buildOnce(path, build);
    inProcess.set(path, pending);
    pending.catch(() => inProcess.delete(path));
  }
  return pending;
}

/** A lock is stale when its builder died (a crashed test run) or it is implausibly old. */
function lockIsStale(lock: string): boolean {
  const stat = statSync(lock, { throwIfNoEntry: false });
  if (!stat) return false;
  if (Date.now() - stat.mtimeMs > LOCK_STALE_MS) return true;
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // the builder has not written its pid yet
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function buildOnce(path: string, build: (tempPath: string) => Promise<void>): Promise<ServedFile> {
  const digestPath = `${path}.sha256`;
  const lock = `${path}.lock`;
  for (;;) {
    if (existsSync(path) && existsSync(digestPath)) {
      return { path, filename: basename(path), sha256: readFileSync(digestPath, 'utf8'), size: statSync(path).size };
    }
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
      continue;
    }
    writeFileSync(join(lock, 'pid'), String(process.pid));
    const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await build(temp);
      writeFileSync(`${temp}.sha256`, await sha256File(temp));
      renameSync(`${temp}.sha256`, digestPath);
      renameSync(temp, path);
    } finally {
      rmSync(temp, { force: true });
      rmSync(`${temp}.sha256`, { force: true });
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

async function run(command: string, args: string[], cwd?: string): Promise<void> {
  const result = await runTool(command, args, { cwd });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
}

/** A `go/VERSION` that names `version`, keeping the installed file's other lines. */
function versionFileFor(go: InstalledGo, version: string): string {
  const lines = readFileSync(join(go.goroot, 'VERSION'), 'utf8').split('\n');
  lines[0] = version;
  return lines.join('\n');
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));
}

function gzipProgram(): string {
  // pigz compresses on every core; plain gzip is the fallback that every machine has.
  return `${onPath('pigz') ? 'pigz' : 'gzip'} -${GZIP_LEVEL}`;
}

export interface GoArchiveOptions {
  /** Release name the archive claims (`go1.26.8` or `1.26.8`); default the installed Go's. */
  version?: string;
  /** Default the installed Go's; any other value only changes the name, the binaries stay the host's. */
  os?: string;
  arch?: string;
}

/**
 * A real Go release archive of the installed Go: `.tar.gz`, or `.zip` when os is `windows`. For a
 * version other than the installed one only `go/VERSION` changes: `go version` of the result still
 * prints the installed version, since the binaries carry their own.
 */
export async function goArchive(options: GoArchiveOptions = {}): Promise<GoArchive> {
  const go = await installedGo();
  const version = releaseName(options.version ?? go.version);
  const os = options.os ?? go.os;
  const arch = options.arch ?? go.arch;
  const filename = archiveFilename(version, os, arch);
  const dir = await fixtureDir();
  const served = await cachedFile(dir, filename, (temp) =>
    os === 'windows' ? buildZip(go, version, temp) : buildTarGz(go, version, temp),
  );
  return { ...served, version, os, arch };
}

/** Makes a staging folder holding `go/VERSION.override` when the archive names another version. */
function versionOverride(go: InstalledGo, version: string, temp: string): string | undefined {
  if (version === go.version) return undefined;
  const staging = `${temp}.staging`;
  mkdirSync(join(staging, 'go'), { recursive: true });
  writeFileSync(join(staging, 'go', 'VERSION.override'), versionFileFor(go, version));
  return staging;
}

async function buildTarGz(go: InstalledGo, version: string, temp: string): Promise<void> {
  const parent = dirname(go.goroot);
  const top = basename(go.goroot);
  const staging = versionOverride(go, version, temp);
  const escapedTop = top.replace(/[.[\]*^$\\]/g, '\\$&');
  const args = [
    '--create',
    '--file',
    temp,
    '--use-compress-program',
    gzipProgram(),
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '--sort=name',
    // Rename the top folder to go/ (symlink targets untouched: flag S).
    ...(top === 'go' ? [] : [`--transform=s,^${escapedTop}\\(/\\|$\\),go\\1,S`]),
    ...(staging ? ['--exclude', `${top}/VERSION`, '--transform=s,^go/VERSION\\.override$,go/VERSION,'] : []),
    '-C',
    parent,
    top,
    ...(staging ? ['-C', staging, 'go/VERSION.override'] : []),
  ];
  try {
    await run('tar', args);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

async function buildZip(go: InstalledGo, version: string, temp: string): Promise<void> {
  // zip names entries after the path it is given, so it runs where `go` names the GOROOT.
  const linkDir = `${temp}.root`;
  mkdirSync(linkDir, { recursive: true });
  symlinkSync(go.goroot, join(linkDir, 'go'));
  const staging = versionOverride(go, version, temp);
  const zipPath = `${temp}.zip`;
  try {
    // -X: no extra attributes; symlinks are followed (Windows archives carry none).
    await run('zip', ['-q', '-r', `-${GZIP_LEVEL}`, '-X', zipPath, 'go', ...(staging ? ['-x', 'go/VERSION'] : [])], linkDir);
    if (staging) {
      renameSync(join(staging, 'go', 'VERSION.override'), join(staging, 'go', 'VERSION'));
      await run('zip', ['-q', '-X', zipPath, 'go/VERSION'], staging);
    }
    renameSync(zipPath, temp);
  } finally {
    rmSync(linkDir, { recursive: true, force: true });
    rmSync(zipPath, { force: true });
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile archives

/**
 * Where hostile archives point their escapes. It exists (empty) so that an extractor that follows
 * an escaping link really writes here; a test asserts it stays empty. Never a system folder: a
 * broken extractor running as root must not be able to damage the machine.
 */
export const HOSTILE_CANARY = join(tmpdir(), 'setup-go-golden-canary');

export type HostileKind =
  | 'absolute-path'
  | 'dotdot'
  | 'symlink-absolute'
  | 'symlink-relative'
  | 'symlink-write-through'
  | 'hardlink-escape'
  | 'chardev'
  | 'fifo'
  | 'outside-top'
  | 'symlink-inside-write-through'
  | 'duplicate-entry'
  | 'hardlink-before-target'
  | 'hardlink-to-symlink'
  | 'symlink-over-folder'
  | 'case-variant-symlink'
  | 'link-with-data'
  | 'global-pax-size'
  | 'symlink-chain-escape'
  | 'file-with-link-target'
  | 'data-after-end'
  | 'gzip-twice';

export const HOSTILE_KINDS: readonly HostileKind[] = [
  'absolute-path',
  'dotdot',
  'symlink-absolute',
  'symlink-relative',
  'symlink-write-through',
  'hardlink-escape',
  'chardev',
  'fifo',
  'outside-top',
  'symlink-inside-write-through',
  'duplicate-entry',
  'hardlink-before-target',
  'hardlink-to-symlink',
  'symlink-over-folder',
  'case-variant-symlink',
  'link-with-data',
  'global-pax-size',
  'symlink-chain-escape',
  'file-with-link-target',
  'data-after-end',
  'gzip-twice',
];

export interface TarEntry {
  name: string;
  /** `zeros`: `size` zero bytes, no header (two blocks of them end an archive). */
  type: 'file' | 'dir' | 'symlink' | 'hardlink' | 'chardev' | 'fifo' | 'zeros';
  content?: string;
  /** Written as this entry's data instead of `content`: the blocks of these entries. */
  smuggle?: TarEntry[];
  /** The header's size field, when it should not be the data's length. */
  size?: number;
  /** Pax extended (or global) header records written just before this entry. */
  paxBefore?: { records: Record<string, string>; global?: boolean }[];
  linkname?: string;
  mode?: number;
}

function hostileEntries(kind: HostileKind): TarEntry[] {
  switch (kind) {
    case 'absolute-path':
      return [{ name: join(HOSTILE_CANARY, 'absolute'), type: 'file', content: 'escaped through an absolute path\n' }];
    case 'dotdot':
      return [{ name: 'go/../../dotdot-escape', type: 'file', content: 'escaped through ..\n' }];
    case 'symlink-absolute':
      return [{ name: 'go/escape', type: 'symlink', linkname: HOSTILE_CANARY }];
    case 'symlink-relative':
      return [{ name: 'go/escape', type: 'symlink', linkname: '../../..' }];
    case 'symlink-write-through':
      return [
        { name: 'go/escape', type: 'symlink', linkname: HOSTILE_CANARY },
        { name: 'go/escape/passwd', type: 'file', content: 'written through a symlink\n' },
      ];
    case 'hardlink-escape':
      return [{ name: 'go/escape', type: 'hardlink', linkname: join(HOSTILE_CANARY, 'hardlink-target') }];
    case 'chardev':
      return [{ name: 'go/dev-null', type: 'chardev' }];
    case 'fifo':
      return [{ name: 'go/fifo', type: 'fifo' }];
    case 'outside-top':
      return [
        { name: 'outside/', type: 'dir' },
        { name: 'outside/README', type: 'file', content: 'outside the single go/ top folder\n' },
      ];
    // The next three stay inside go/, but make what is written depend on the order of writing.
    case 'symlink-inside-write-through':
      return [
        { name: 'go/alias', type: 'symlink', linkname: 'bin' },
        { name: 'go/alias/go', type: 'file', mode: 0o755, content: '#!/bin/sh\necho replaced through a symlink\n' },
      ];
    case 'duplicate-entry':
      return [{ name: 'go/bin/go', type: 'file', mode: 0o755, content: '#!/bin/sh\necho the second go/bin/go\n' }];
    case 'hardlink-before-target':
      return [
        { name: 'go/early', type: 'hardlink', linkname: 'go/late' },
        { name: 'go/late', type: 'file', content: 'target\n' },
      ];
    case 'hardlink-to-symlink':
      // A hard link to a symlink is a second symlink: it must not open a way around the rule above.
      return [
        { name: 'go/alias', type: 'symlink', linkname: 'bin' },
        { name: 'go/second-alias', type: 'hardlink', linkname: 'go/alias' },
        { name: 'go/second-alias/go', type: 'file', mode: 0o755, content: '#!/bin/sh\necho replaced through a hard-linked symlink\n' },
      ];
    case 'symlink-over-folder':
      // A symlink where an earlier entry needed a folder: which wins depends on who writes first.
      return [
        { name: 'go/lib/file', type: 'file', content: 'in a folder\n' },
        { name: 'go/lib', type: 'symlink', linkname: 'bin' },
      ];
    case 'case-variant-symlink':
      // One path on macOS and Windows file systems, two on Linux.
      return [
        { name: 'go/Alias', type: 'symlink', linkname: 'bin' },
        { name: 'go/alias/go', type: 'file', mode: 0o755, content: '#!/bin/sh\necho replaced through a case-folded symlink\n' },
      ];
    case 'link-with-data':
      // Tar readers disagree on whether a link's size counts: whoever skips it reads the data as headers.
      return [{ name: 'go/bin/gofmt', type: 'hardlink', linkname: 'go/bin/go', size: SMUGGLED_BYTES, smuggle: SMUGGLED }];
    case 'global-pax-size':
      // A local pax size, then a global one: node-tar reads the local size of data, but reports the global one.
      return [
        {
          name: 'go/README',
          type: 'file',
          size: 0,
          smuggle: SMUGGLED,
          paxBefore: [{ records: { size: String(SMUGGLED_BYTES) } }, { records: { size: '0' }, global: true }],
        },
      ];
    case 'symlink-chain-escape':
      // Each target stays inside go/ on paper; followed through the first link, the second reaches /.
      return [
        { name: 'go/a/b/c/d/e/s', type: 'symlink', linkname: '../../../../..' },
        { name: 'go/escape', type: 'symlink', linkname: 'a/b/c/d/e/s/../../../../../..' },
      ];
    case 'file-with-link-target':
      // Some tars (busybox) hard-link any entry that names a target.
      return [{ name: 'go/evil', type: 'file', paxBefore: [{ records: { linkpath: join(HOSTILE_CANARY, 'hardlink-target') } }] }];
    case 'data-after-end':
      // Two zero blocks end the archive; megabytes of anything after them is not a release.
      return [
        { name: 'go/end', type: 'zeros', size: 1024 },
        { name: 'go/tail', type: 'zeros', size: 2 * 1024 ** 2 },
      ];
    case 'gzip-twice':
      // A tar.gz inside the gzip: node-tar would quietly unpack the inner layer too.
      return [];
  }
}

/** Entries hidden inside another entry's data, escaping to the canary if a tar ever reads them as headers. */
const SMUGGLED: TarEntry[] = [{ name: join(HOSTILE_CANARY, 'smuggled'), type: 'file', content: 'read from inside another entry\n' }];
/** Their size as blocks: one header, one data block. */
const SMUGGLED_BYTES = 1024;

/** A tiny Go-looking tree: enough for an installer to get past its layout checks. */
function skeletonEntries(version: string, os: string, arch: string): TarEntry[] {
  return [
    { name: 'go/', type: 'dir' },
    { name: 'go/VERSION', type: 'file', content: `${version}\ntime 2026-01-01T00:00:00Z\n` },
    { name: 'go/bin/', type: 'dir' },
    // Answers `go env NAME...` and `go version` as go does.
    { name: 'go/bin/go', type: 'file', mode: 0o755, content: fakeGoScript(version, os, arch) },
    // The tools folder names the platform the tree was built for: the installer checks it.
    { name: 'go/pkg/', type: 'dir' },
    { name: 'go/pkg/tool/', type: 'dir' },
    { name: `go/pkg/tool/${os}_${arch}/`, type: 'dir' },
  ];
}

/** How many entries a skeleton tree has: what a tar reader that stops early lists of a hostile archive. */
export const SKELETON_ENTRY_COUNT = skeletonEntries('1.0', 'linux', 'amd64').length;

// Python's tarfile writes whatever header it is given, including names and links that GNU tar
// refuses to create; that is the point here. Entries are written block by block, so that a test
// can also put data where a tar reader expects none, or pax records before an entry.
const WRITE_TAR_GZ = `
import gzip, json, sys, tarfile
types = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "symlink": tarfile.SYMTYPE,
         "hardlink": tarfile.LNKTYPE, "chardev": tarfile.CHRTYPE, "fifo": tarfile.FIFOTYPE}

def padded(data):
    return data + b"\\0" * (-len(data) % 512)

def blocks(entries):
    out = b""
    for e in entries:
        if e["type"] == "zeros":
            out += b"\\0" * e["size"]
            continue
        for pax in e.get("paxBefore", []):
            out += tarfile.TarInfo._create_pax_generic_header(
                pax["records"], tarfile.XGLTYPE if pax.get("global") else tarfile.XHDTYPE, "utf-8")
        info = tarfile.TarInfo(e["name"])
        info.type = types[e["type"]]
        info.mode = e.get("mode", 0o755 if e["type"] == "dir" else 0o644)
        info.mtime = 1767225600
        info.linkname = e.get("linkname", "")
        if e["type"] == "chardev":
            info.devmajor, info.devminor = 1, 3
        data = blocks(e["smuggle"]) if "smuggle" in e else e.get("content", "").encode()
        info.size = e.get("size", len(data) if e["type"] == "file" else 0)
        out += info.tobuf(tarfile.GNU_FORMAT, "utf-8", "surrogateescape") + padded(data)
    return out

tar = blocks(json.load(sys.stdin)) + b"\\0" * 1024
with gzip.open(sys.argv[1], "wb") as archive:
    archive.write(gzip.compress(tar) if sys.argv[2:] == ["gzip-twice"] else tar)
`;

export interface HostileArchive extends GoArchive {
  kind: HostileKind;
}

/**
 * A small `go<ver>.<os>-<arch>.tar.gz` that looks like a Go release but carries one hostile entry
 * (see HostileKind). Escapes point into HOSTILE_CANARY or above the extraction folder.
 */
export async function hostileArchive(kind: HostileKind, options: GoArchiveOptions = {}): Promise<HostileArchive> {
  mkdirSync(HOSTILE_CANARY, { recursive: true });
  const archive = await skeletonArchive(join('hostile', kind), hostileEntries(kind), options, kind === 'gzip-twice' ? ['gzip-twice'] : []);
  return { ...archive, kind };
}

/**
 * A small Go-looking archive that is unusual but safe: no folder entries for most files, names too
 * long for a plain tar header, a read-only folder, a symlink and a hard link inside go/, a setuid file.
 * An installer must reproduce it exactly.
 */
export async function unusualArchive(options: GoArchiveOptions = {}): Promise<GoArchive> {
  return skeletonArchive('unusual', UNUSUAL_ENTRIES, options);
}

export const UNUSUAL_ENTRIES: readonly TarEntry[] = [
  { name: `go/src/${'long-folder-name/'.repeat(8)}file.go`, type: 'file', content: 'package deep\n' },
  { name: `go/misc/${'n'.repeat(130)}.txt`, type: 'file', content: 'a name longer than 100 bytes\n' },
  { name: 'go/lib/readonly/', type: 'dir', mode: 0o555 },
  { name: 'go/lib/readonly/inside.txt', type: 'file', content: 'in a read-only folder\n' },
  { name: 'go/lib/version-link', type: 'symlink', linkname: '../VERSION' },
  { name: 'go/bin/go-again', type: 'hardlink', linkname: 'go/bin/go' },
  { name: 'go/pkg/tool/setuid-tool', type: 'file', mode: 0o4755, content: '#!/bin/sh\n' },
];

/** A small Go-looking archive, nothing unusual: for tests of what happens around the archive (transport faults). */
export async function skeletonGoArchive(options: GoArchiveOptions = {}): Promise<GoArchive> {
  return skeletonArchive('plain', [], options);
}

/** Ways a verified archive can fail to be a working Go. */
export type BrokenGoKind = 'no-bin-go' | 'wrong-version' | 'not-executable' | 'fails';
export const BROKEN_GO_KINDS: readonly BrokenGoKind[] = ['no-bin-go', 'wrong-version', 'not-executable', 'fails'];

/** A small archive, valid as a tar.gz, whose `bin/go` does not print the release it claims. */
export async function brokenGoArchive(kind: BrokenGoKind, options: GoArchiveOptions = {}): Promise<GoArchive> {
  const go = await installedGo();
  const arch = `${options.os ?? go.os}/${options.arch ?? go.arch}`;
  const binGo: Record<BrokenGoKind, TarEntry | undefined> = {
    'no-bin-go': undefined,
    'wrong-version': { name: 'go/bin/go', type: 'file', mode: 0o755, content: `#!/bin/sh\necho "go version go1.2.3 ${arch}"\n` },
    'not-executable': {
      name: 'go/bin/go',
      type: 'file',
      mode: 0o644,
      content: `#!/bin/sh\necho "go version ${releaseName(options.version ?? go.version)} ${arch}"\n`,
    },
    fails: { name: 'go/bin/go', type: 'file', mode: 0o755, content: '#!/bin/sh\necho "cannot find GOROOT" >&2\nexit 2\n' },
  };
  const replacement = binGo[kind];
  return skeletonArchive(join('broken', kind), replacement ? [replacement] : [], options, [], (entry) => entry.name !== 'go/bin/go');
}

async function skeletonArchive(
  subdir: string,
  extra: readonly TarEntry[],
  options: GoArchiveOptions,
  writerArgs: string[] = [],
  keepSkeletonEntry: (entry: TarEntry) => boolean = () => true,
): Promise<GoArchive> {
  const go = await installedGo();
  const version = releaseName(options.version ?? go.version);
  const os = options.os ?? go.os;
  const arch = options.arch ?? go.arch;
  if (os === 'windows') throw new Error('these archives are .tar.gz; go.dev serves Windows as .zip');
  const filename = archiveFilename(version, os, arch);
  // The skeleton's revision: a change to it must not reuse archives built from the old one.
  const dir = join(await fixtureDir(), 'skeleton-r4', subdir);
  mkdirSync(dir, { recursive: true });
  const served = await cachedFile(dir, filename, async (temp) => {
    const entries = [...skeletonEntries(version, os, arch).filter(keepSkeletonEntry), ...extra];
    const result = await runTool('python3', ['-c', WRITE_TAR_GZ, temp, ...writerArgs], {
      input: JSON.stringify(entries),
      timeoutMs: 60_000,
    });
    if (result.code !== 0) throw new Error(`writing archive ${subdir} failed: ${result.stderr}`);
  });
  return { ...served, version, os, arch };
}
