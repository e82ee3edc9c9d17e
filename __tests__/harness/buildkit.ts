// The real image builder of the tests: buildkit.sh provisions (once per machine, cached outside the
// clone) and starts buildkitd plus a registry on 127.0.0.1; this wraps it for a test file, and reads
// images back over the OCI distribution API.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCollect } from './runner';

export const BUILDKIT_SCRIPT = join(import.meta.dirname, 'buildkit.sh');

export interface BuildkitFixture {
  /** host:port of the registry. */
  registry: string;
  /** DOCKER_CONFIG (with the buildx plugin and the builder) and BUILDX_BUILDER for the jobs. */
  dockerConfig: string;
  builder: string;
  stop(): Promise<void>;
}

async function script(args: string[]): Promise<string> {
  // Provisioning a cold machine builds BuildKit and buildx from source: minutes on 2 cores.
  const run = await spawnCollect('bash', [BUILDKIT_SCRIPT, ...args], { timeoutMs: 40 * 60_000 });
  if (run.code !== 0) throw new Error(`buildkit.sh ${args.join(' ')} failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

export async function startBuildkit(): Promise<BuildkitFixture> {
  await script(['provision']);
  const dir = mkdtempSync(join(tmpdir(), 'sgg-buildkit-'));
  let settings: Record<string, string>;
  try {
    settings = Object.fromEntries(
      (await script(['start', dir]))
        .trim()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
  } catch (error) {
    await script(['stop', dir]).catch(() => undefined);
    throw error;
  }
  return {
    registry: settings.REGISTRY!,
    dockerConfig: settings.DOCKER_CONFIG!,
    builder: settings.BUILDX_BUILDER!,
    async stop() {
      await script(['stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];
export const MANIFEST_TYPES = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'];

/** Where an image's manifests and blobs come from: a registry repository or an OCI image layout. */
export interface ImageSource {
  manifest(digest: string): Promise<Buffer>;
  blob(digest: string): Promise<Buffer>;
}

/** A repository of the registry, read over the OCI distribution API. */
export class RegistryRepository implements ImageSource {
  constructor(
    readonly registry: string,
    readonly name: string,
  ) {}

  /** The manifest a tag or digest names, with the digest the registry serves it under (undefined: 404). */
  async lookUp(reference: string): Promise<{ digest: string; body: Buffer } | undefined> {
    const response = await fetch(`http://${this.registry}/v2/${this.name}/manifests/${reference}`, {
      headers: { accept: [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ') },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GET manifest ${this.name}:${reference}: HTTP ${response.status}`);
    return { digest: response.headers.get('docker-content-digest')!, body: Buffer.from(await response.arrayBuffer()) };
  }

  async manifest(digest: string): Promise<Buffer> {
    const found = await this.lookUp(digest);
    if (!found) throw new Error(`manifest ${this.name}@${digest} not in the registry`);
    return found.body;
  }

  async blob(digest: string): Promise<Buffer> {
    const response = await fetch(`http://${this.registry}/v2/${this.name}/blobs/${digest}`);
    if (!response.ok) throw new Error(`GET blob ${this.name}@${digest}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
}

/** An unpacked OCI image layout (what `--output type=oci` writes as a tarball). */
export class OciLayout implements ImageSource {
  constructor(readonly dir: string) {}

  async manifest(digest: string): Promise<Buffer> {
    return this.blob(digest);
  }

  async blob(digest: string): Promise<Buffer> {
    const [algorithm, hex] = digest.split(':');
    return readFile(join(this.dir, 'blobs', algorithm!, hex!));
  }
}
