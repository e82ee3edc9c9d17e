// The proxy route through the action itself (dist/main.js): the real Go module proxy and the real
// checksum database, through a local pass-through that keeps the zips between runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCachingProxy } from '../harness/proxy-server';
import { DlServer } from '../harness/dl-server';
import { goArchive } from '../harness/go-archives';
import { testKeys } from '../harness/gpg';
import { archiveOf, errorsOf, newJob, toolCacheContents } from './fixture';
import { compareGoVersions } from '../../src/version/goversion';

const VERSION = '1.27.4';
const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
let proxy: Awaited<ReturnType<typeof startCachingProxy>>;

before(async () => {
  proxy = await startCachingProxy(upstream, join(tmpdir(), 'setup-go-golden-fixtures', 'proxy'));
});
after(async () => {
  await proxy.stop();
});

test('go-download-source proxy installs a real release verified by sum.golang.org; without its receipt it is checked again', async () => {
  const job = newJob();
  try {
    const inputs = { 'go-version': VERSION, 'go-download-source': 'proxy', goproxy: proxy.url, 'drift-check': 'off', cache: 'false' };
    const result = await job.runAction({ inputs });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['go-version'], VERSION);
    assert.equal(result.outputs.verified, 'sumdb:sum.golang.org');
    assert.match(result.summary, /Go checksum database <code>sum\.golang\.org<\/code>: /);
    const receiptFile = join(job.toolCache, 'go', VERSION, 'x64.setup-go-golden.json');
    assert.match(JSON.parse(readFileSync(receiptFile, 'utf8')).h1, /^h1:/);
    const version = await job.run('go', ['version']);
    assert.match(version.stdout, new RegExp(`go${VERSION.replace(/\./g, '\\.')} linux/amd64`));

    // Forget that we installed it: it is now a Go "from elsewhere", checked against the database by default
    // (preinstalled.e2e.test.ts covers that path in depth).
    rmSync(receiptFile);
    const checked = await newJob({ toolCache: job.toolCache }).runAction({ inputs });
    assert.equal(checked.code, 0, checked.stdout);
    assert.equal(checked.outputs.verified, 'sumdb:sum.golang.org');
    assert.match(checked.summary, /\*\*Verified\*\* now, before anything ran it/);
  } finally {
    job.cleanup();
  }
});

test('go-download-source auto falls back to the proxy when go.dev cannot be reached', async () => {
  const job = newJob();
  try {
    const result = await job.runAction({
      inputs: {
        'go-version': VERSION,
        'go-download-source': 'auto',
        'go-download-base-url': 'http://127.0.0.1:9/dl',
        goproxy: proxy.url,
        'drift-check': 'off',
        cache: 'false',
      },
    });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.ok(
      result.annotations.some(
        (a) => a.level === 'warning' && a.message.endsWith(`falling back to the golang.org/toolchain module through GOPROXY ${proxy.url}`),
      ),
    );
    assert.equal(result.outputs.verified, 'sumdb:sum.golang.org');
  } finally {
    job.cleanup();
  }
});

test('GOSUMDB=off does not switch off toolchain verification', async () => {
  const job = newJob();
  try {
    const result = await job.runAction({
      inputs: {
        'go-version': VERSION,
        'go-download-source': 'proxy',
        goproxy: proxy.url,
        gosumdb: 'off',
        'drift-check': 'off',
        cache: 'false',
      },
    });
    assert.notEqual(result.code, 0);
    assert.match(errorsOf(result), /off/);
    assert.deepEqual(toolCacheContents(job), []);
  } finally {
    job.cleanup();
  }
});

test('sumdb-cross-check adds the checksum database as a further anchor to a go.dev install, and catches a tree that differs', async () => {
  const keys = await testKeys();
  const source = newJob();
  const job = newJob();
  try {
    // The published 1.27.4 tree (through the proxy route), re-served in go.dev's layout and signed.
    const installed = await source.runAction({
      inputs: { 'go-version': VERSION, 'go-download-source': 'proxy', goproxy: proxy.url, 'drift-check': 'off', cache: 'false' },
    });
    assert.equal(installed.code, 0, installed.stdout);
    const archive = await archiveOf(installed.outputs['go-root']!, VERSION, source.temp);
    const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
    try {
      const inputs = {
        'go-version': VERSION,
        'go-download-base-url': server.url,
        'go-signing-key': keys.release.armoredPublicKey,
        goproxy: proxy.url,
        'sumdb-cross-check': 'true',
        'drift-check': 'off',
        cache: 'false',
      };
      const result = await job.runAction({ inputs });
      assert.equal(result.code, 0, result.stdout);
      assert.equal(result.outputs.verified, `sha256:mirror,openpgp:${keys.release.primaryFingerprint},sumdb:sum.golang.org`);

      // This machine's own go1.26.8 (its image edited go.env): digest and signature match what the
      // mirror serves, but the tree is not the published release, and the database says so.
      const local = await goArchive();
      await server.setReleases([{ version: local.version, archives: [local] }]);
      const other = newJob();
      try {
        const refused = await other.runAction({ inputs: { ...inputs, 'go-version': local.version.replace(/^go/, '') } });
        assert.notEqual(refused.code, 0);
        assert.match(errorsOf(refused), /as recorded in the checksum database/);
        assert.deepEqual(toolCacheContents(other), []);
      } finally {
        other.cleanup();
      }
    } finally {
      await server.close();
    }
  } finally {
    source.cleanup();
    job.cleanup();
  }
});

test('a mirror vouching only with its own SHA-256 installs once the checksum database proves the tree, and is refused when it does not', async () => {
  const source = newJob();
  const job = newJob();
  try {
    // The published 1.27.4 tree (through the proxy route), re-served in go.dev's layout by a mirror
    // that lists its SHA-256 but serves no signature.
    const installed = await source.runAction({
      inputs: { 'go-version': VERSION, 'go-download-source': 'proxy', goproxy: proxy.url, 'drift-check': 'off', cache: 'false' },
    });
    assert.equal(installed.code, 0, installed.stdout);
    const archive = await archiveOf(installed.outputs['go-root']!, VERSION, source.temp);
    const server = await DlServer.start({ archives: [archive] });
    try {
      const inputs = {
        'go-version': VERSION,
        'go-download-base-url': server.url,
        goproxy: proxy.url,
        'drift-check': 'off',
        cache: 'false',
      };
      const result = await job.runAction({ inputs });
      assert.equal(result.code, 0, result.stdout);
      assert.equal(result.outputs.verified, 'sha256:mirror,sumdb:sum.golang.org');
      assert.match(
        result.summary,
        /origin proved by the Go checksum database sum\.golang\.org: the files match golang\.org\/toolchain@v0\.0\.1-go1\.27\.4\.linux-amd64 h1:/,
      );
      assert.doesNotMatch(result.summary, /ORIGIN NOT PROVEN/);
      const receipt = JSON.parse(readFileSync(join(job.toolCache, 'go', VERSION, 'x64.setup-go-golden.json'), 'utf8'));
      // A receipt names the database by its key too: any database may call itself sum.golang.org.
      assert.deepEqual(receipt.anchors, ['sha256:mirror', 'sumdb:sum.golang.org+033de0ae']);
      assert.match(receipt.h1, /^h1:/);

      // This machine's own go1.26.8 (its image edited go.env): the mirror's digest matches what it
      // serves, but the tree is not the published release. Refused before it runs or is placed.
      const local = await goArchive();
      await server.setReleases([{ version: local.version, archives: [local] }]);
      const other = newJob();
      try {
        const refused = await other.runAction({ inputs: { ...inputs, 'go-version': local.version.replace(/^go/, '') } });
        assert.notEqual(refused.code, 0);
        assert.match(
          errorsOf(refused),
          new RegExp(
            `${local.filename.replace(/\./g, '\\.')} from .* was not installed: only the mirror's own SHA-256 vouches for it, and the Go at .* does not match .* as recorded in the checksum database sum\\.golang\\.org .*To prove it, pin its SHA-256 with input go-sha256`,
          ),
        );
        assert.deepEqual(toolCacheContents(other), []);
      } finally {
        other.cleanup();
      }
    } finally {
      await server.close();
    }
  } finally {
    source.cleanup();
    job.cleanup();
  }
});

test('a version no release matches names the newest stable releases, newest first, though the proxy lists oldest first', async () => {
  const job = newJob();
  try {
    const inputs = { 'go-version': '1.99', 'go-download-source': 'proxy', goproxy: proxy.url, 'drift-check': 'off', cache: 'false' };
    const result = await job.runAction({ inputs });
    assert.equal(result.code, 1);
    const newest = /newest stable: ([^)]+)\)/.exec(errorsOf(result))?.[1]?.split(', ');
    assert.ok(newest && newest.length === 5, errorsOf(result));
    assert.deepEqual(
      [...newest].sort((a, b) => compareGoVersions(b, a)),
      newest,
    );
    assert.ok(compareGoVersions(newest[0]!, VERSION) >= 0, newest.join(', '));
  } finally {
    job.cleanup();
  }
});
