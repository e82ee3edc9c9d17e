// ziglang.org's download index (index.json): per version, per host (`x86_64-linux`...), the
// tarball URL, its SHA-256 (`shasum`) and size. Pure: no I/O.

export interface ZigDownload {
  version: string;
  /** Absolute URL of the tarball. */
  url: string;
  fileName: string;
  /** The folder the tarball unpacks to: the file name without `.tar.xz` (`zig-x86_64-linux-0.14.1`). */
  rootDir: string;
  sha256: string;
  size: number;
}

const VERSION = /^[0-9]+\.[0-9]+\.[0-9]+$/;

/** Zig's host name (`x86_64-linux`, `aarch64-macos`) for a Node platform and architecture. */
export function zigHost(platform: NodeJS.Platform, arch: string): string | undefined {
  const cpu: Record<string, string> = {
    x64: 'x86_64',
    arm64: 'aarch64',
    riscv64: 'riscv64',
    ppc64: 'powerpc64le',
    s390x: 's390x',
    loong64: 'loongarch64',
  };
  const os: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'macos' };
  return cpu[arch] && os[platform] ? `${cpu[arch]}-${os[platform]}` : undefined;
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/**
 * Picks `version` (an exact X.Y.Z, or `latest`: the newest release in the index) for `host`.
 * Relative tarball URLs are taken relative to the index. Throws naming the input when the index
 * lacks the version or the host, or lists something that is not a plain .tar.xz.
 */
export function pickZigDownload(indexText: string, indexUrl: string, version: string, host: string): ZigDownload {
  let index: Record<string, Record<string, unknown>>;
  try {
    index = JSON.parse(indexText) as typeof index;
  } catch (error) {
    throw new Error(`zig download index ${indexUrl} is not JSON: ${(error as Error).message}`);
  }
  const releases = Object.keys(index)
    .filter((key) => VERSION.test(key))
    .sort(compareVersions);
  const wanted = version === 'latest' ? releases.at(-1) : version;
  if (!wanted || !VERSION.test(wanted)) throw new Error(`input zig-version: "${version}" is not an exact version like 0.14.1 or latest`);
  const release = index[wanted];
  if (!release) throw new Error(`input zig-version: ${wanted} is not in ${indexUrl} (newest: ${releases.slice(-5).reverse().join(', ')})`);
  const entry = release[host] as { tarball?: unknown; shasum?: unknown; size?: unknown } | undefined;
  if (!entry) throw new Error(`zig ${wanted} has no build for this runner (${host}) in ${indexUrl}`);
  const size = Number(entry.size);
  if (
    typeof entry.tarball !== 'string' ||
    typeof entry.shasum !== 'string' ||
    !/^[0-9a-f]{64}$/i.test(entry.shasum) ||
    !Number.isSafeInteger(size) ||
    size <= 0
  ) {
    throw new Error(`zig ${wanted} ${host} in ${indexUrl}: tarball, shasum (SHA-256) and size must all be given`);
  }
  const url = new URL(entry.tarball, indexUrl);
  const fileName = url.pathname.split('/').at(-1) ?? '';
  if (!/^zig-[A-Za-z0-9_.+-]+\.tar\.xz$/.test(fileName)) {
    throw new Error(`zig ${wanted} ${host} in ${indexUrl}: ${fileName || url.href} is not a zig-*.tar.xz tarball`);
  }
  return {
    version: wanted,
    url: url.href,
    fileName,
    rootDir: fileName.slice(0, -'.tar.xz'.length),
    sha256: entry.shasum.toLowerCase(),
    size,
  };
}
