// A hostile mirror's position: a signature binds bytes, not the file name, so a mirror (or whoever
// holds a go-signing-key) can serve a validly signed, correctly indexed Go for another platform under
// the linux-amd64 name. Such a Go is refused in staging, whether it runs here (linux/386 on amd64)
// or not (linux/arm64), and nothing reaches the tool cache or PATH. Also: `architecture` names
// are looked up as the table's own keys, not inherited object properties.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DlServer } from '../harness/dl-server';
import { FIXTURE_ROOT, installedGo, runTool, type GoArchive } from '../harness/go-archives';
import { testKeys } from '../harness/gpg';
import { startCachingProxy } from '../harness/proxy-server';
import { errorsOf, newJob, toolCacheContents } from './fixture';

const FIXTURES = join(FIXTURE_ROOT, 'staged-platform-r1');
/** A real release for arm64 from the Go module proxy (cached by the proxy fixture between runs). */
const ARM64_VERSION = '1.26.10';

async function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  const result = await runTool(command, args, { ...options, timeoutMs: 10 * 60_000 });
  assert.equal(result.code, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
}

/** `go<version>.linux-amd64.tar.gz` made of the GOROOT `tree`, whatever platform that tree is for. */
async function servedAsLinuxAmd64(tree: string, version: string): Promise<GoArchive> {
  const filename = `go${version}.linux-amd64.tar.gz`;
  const path = join(FIXTURES, filename);
  if (!existsSync(path)) {
    await run('tar', ['-czf', `${path}.partial`, '-C', join(tree, '..'), 'go']);
    renameSync(`${path}.partial`, path);
  }
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  return { path, filename, sha256, size: statSync(path).size, version: `go${version}`, os: 'linux', arch: 'amd64' };
}

/**
 * A real linux/386 Go of this machine's release: the installed GOROOT with bin/ and pkg/tool/
 * cross-built for 386 from its own sources (the module proxy here serves no linux-386 toolchain).
 */
async function linux386Tree(): Promise<{ tree: string; version: string }> {
  const go = await installedGo();
  const version = go.version.replace(/^go/, '');
  const tree = join(FIXTURES, `386-${version}`, 'go');
  if (existsSync(join(tree, 'pkg', 'tool', 'linux_386', 'compile'))) return { tree, version };
  rmSync(join(tree, '..'), { recursive: true, force: true });
  mkdirSync(join(tree, '..'), { recursive: true });
  cpSync(go.goroot, tree, { recursive: true, verbatimSymlinks: true });
  const tools = readdirSync(join(tree, 'pkg', 'tool', 'linux_amd64'));
  rmSync(join(tree, 'pkg', 'tool', 'linux_amd64'), { recursive: true });
  rmSync(join(tree, 'bin'), { recursive: true });
  const env = { ...process.env, GOOS: 'linux', GOARCH: '386', GOFLAGS: '', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };
  const cwd = join(go.goroot, 'src');
  await run(join(go.goroot, 'bin', 'go'), ['build', '-o', `${join(tree, 'bin')}/`, 'cmd/go', 'cmd/gofmt'], { cwd, env });
  await run(
    join(go.goroot, 'bin', 'go'),
    ['build', '-o', `${join(tree, 'pkg', 'tool', 'linux_386')}/`, ...tools.map((tool) => `cmd/${tool}`)],
    {
      cwd,
      env,
    },
  );
  return { tree, version };
}

/** A real linux/arm64 release, from the golang.org/toolchain module laid out as go.dev's archive. */
async function linuxArm64Tree(): Promise<string> {
  const tree = join(FIXTURES, `arm64-${ARM64_VERSION}`, 'go');
  if (existsSync(join(tree, 'bin', 'go'))) return tree;
  const upstream = (await runTool('go', ['env', 'GOPROXY'])).stdout.trim().split(/[,|]/u)[0]!;
  const proxy = await startCachingProxy(upstream, join(FIXTURE_ROOT, 'proxy'));
  const moduleVersion = `v0.0.1-go${ARM64_VERSION}.linux-arm64`;
  const unpacked = join(FIXTURES, `arm64-${ARM64_VERSION}`);
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  try {
    const answer = await fetch(`${proxy.url}/golang.org/toolchain/@v/${moduleVersion}.zip`);
    assert.equal(answer.status, 200, `the module proxy has no ${moduleVersion}`);
    const zip = join(unpacked, 'toolchain.zip');
    writeFileSync(zip, Buffer.from(await answer.arrayBuffer()));
    await run('unzip', ['-q', zip, '-d', unpacked]);
    rmSync(zip);
  } finally {
    await proxy.stop();
  }
  renameSync(join(unpacked, `golang.org/toolchain@${moduleVersion}`), tree);
  // The module's names and modes, back to the archive's (DESIGN.md section 3).
  await run('sh', ['-c', 'find . -name _go.mod -execdir mv _go.mod go.mod \\; && chmod -R a+x bin pkg/tool'], { cwd: tree });
  return tree;
}

let keys: Awaited<ReturnType<typeof testKeys>>;

before(async () => {
  mkdirSync(FIXTURES, { recursive: true });
  keys = await testKeys();
});

describe('a mirror serves another platform’s signed Go as linux-amd64', () => {
  const cases: Array<{ name: string; make: () => Promise<GoArchive>; message: RegExp }> = [
    {
      name: 'a linux/386 Go, which runs on this amd64 machine, is refused naming both platforms',
      make: async () => {
        const { tree, version } = await linux386Tree();
        return servedAsLinuxAmd64(tree, version);
      },
      message: /archive is a linux\/386 Go, not linux\/amd64 \(its tools are in pkg\/tool\/linux_386\).*it was not installed/,
    },
    {
      name: 'a linux/arm64 Go, which cannot run here, is refused naming both platforms',
      make: async () => servedAsLinuxAmd64(await linuxArm64Tree(), ARM64_VERSION),
      message: /archive is a linux\/arm64 Go, not linux\/amd64 \(its tools are in pkg\/tool\/linux_arm64\).*it was not installed/,
    },
  ];
  for (const { name, make, message } of cases) {
    test(name, async () => {
      const archive = await make();
      // Indexed with its true digest and signed by the key the job trusts: only the platform is wrong.
      const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
      const job = newJob();
      try {
        const result = await job.runAction({
          inputs: {
            'go-version': archive.version.replace(/^go/, ''),
            'go-download-base-url': server.url,
            'go-signing-key': keys.release.armoredPublicKey,
            cache: 'false',
            'drift-check': 'off',
          },
        });
        assert.notEqual(result.code, 0, result.stdout);
        assert.match(errorsOf(result), message);
        assert.deepEqual(toolCacheContents(job), []);
        assert.deepEqual(result.addedPath, []);
        assert.equal(result.outputs['go-root'], undefined);
      } finally {
        job.cleanup();
        await server.close();
      }
    });
  }
});

describe('architecture names are the table’s own keys', () => {
  for (const name of ['constructor', '__proto__', 'toString']) {
    test(`architecture: ${name} is an input error naming the input`, async () => {
      const job = newJob();
      try {
        const result = await job.runAction({
          inputs: { 'go-version': '1.26.8', 'go-download-base-url': 'http://127.0.0.1:9', architecture: name, cache: 'false' },
        });
        assert.notEqual(result.code, 0, result.stdout);
        assert.match(errorsOf(result), new RegExp(`input architecture: unknown architecture '${name}'`));
        assert.deepEqual(toolCacheContents(job), []);
        assert.deepEqual(result.addedPath, []);
      } finally {
        job.cleanup();
      }
    });
  }
});
