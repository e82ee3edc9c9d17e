// A Go that a runner image put in the tool cache (no receipt of ours), through the action itself
// (dist/main.js): verified against the checksum database before anything runs it (and again on
// every later use: the receipt it gets is a hint, not a proof), replaced by a verified copy when it
// differs from the published release, never run unverified unless the workflow says verify-cached: false. The stand-in for the runner image is a real release (the
// golang.org/toolchain module from the real proxy, proved by sum.golang.org) with its receipt removed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DlServer } from '../harness/dl-server';
import { testKeys } from '../harness/gpg';
import { startCachingProxy } from '../harness/proxy-server';
import type { RunnerJob, StepResult } from '../harness/runner';
import { archiveOf, errorsOf, newJob } from './fixture';

const VERSION = '1.27.4';
const upstream = execFileSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).trim().split(/[,|]/u)[0]!;
/** A file every Go has and the module zip covers, and one the module zip leaves out (runner images have it). */
const COVERED_FILE = 'src/fmt/print.go';
const UNCOVERED_FILE = 'test/README.md';
let proxy: Awaited<ReturnType<typeof startCachingProxy>>;
/** The published tree, installed once through the proxy route. */
let published: RunnerJob;
let publishedRoot: string;

before(async () => {
  proxy = await startCachingProxy(upstream, join(tmpdir(), 'setup-go-golden-fixtures', 'proxy'));
  published = newJob();
  const installed = await published.runAction({
    inputs: { 'go-version': VERSION, 'go-download-source': 'proxy', goproxy: proxy.url, 'drift-check': 'off', cache: 'false' },
  });
  assert.equal(installed.code, 0, installed.stdout);
  publishedRoot = installed.outputs['go-root']!;
  // A go.dev tree also has api/ doc/ misc/ test/, which the module zip (and so the database) leaves out.
  mkdirSync(join(publishedRoot, 'test'), { recursive: true });
  writeFileSync(join(publishedRoot, UNCOVERED_FILE), 'runner image copy\n');
});
after(async () => {
  published?.cleanup();
  await proxy.stop();
});

/** A job whose tool cache holds the published tree as a runner image leaves it: folder and marker, no receipt. */
function jobWithPreinstalledGo(): { job: RunnerJob; goRoot: string } {
  const job = newJob();
  const goRoot = join(job.toolCache, 'go', VERSION, 'x64');
  mkdirSync(join(job.toolCache, 'go', VERSION), { recursive: true });
  // Hard links: fast, and a test that tampers replaces the file it changes instead of writing through the link.
  execFileSync('cp', ['-al', publishedRoot, goRoot]);
  writeFileSync(`${goRoot}.complete`, '');
  return { job, goRoot };
}

const receiptOf = (goRoot: string) => `${goRoot}.setup-go-golden.json`;
/** Beside the tree, not in it: created by the planted go command if anything runs it. */
const ranMarkerOf = (goRoot: string) => `${goRoot}.unverified-go-ran`;

/**
 * Replaces the tree's go command with a program that leaves a mark and fails: the tree no longer
 * matches the release, and a step that ran any go of it before the check (even `go env`) would
 * leave the mark.
 */
function plantRecordingGo(goRoot: string): void {
  const go = join(goRoot, 'bin', 'go');
  unlinkSync(go);
  writeFileSync(go, `#!/bin/sh\ntouch '${ranMarkerOf(goRoot)}'\nexit 1\n`, { mode: 0o755 });
}
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const proxyInputs = () => ({
  'go-version': VERSION,
  'go-download-source': 'proxy',
  goproxy: proxy.url,
  'drift-check': 'off',
  cache: 'false',
});
const warningsOf = (result: StepResult) =>
  result.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');

function assertPublishedTreeAt(goRoot: string): void {
  assert.equal(sha256(join(goRoot, COVERED_FILE)), sha256(join(publishedRoot, COVERED_FILE)));
  assert.ok(existsSync(join(goRoot, 'bin', 'go')));
  // Nothing of the old tree is left beside the new one.
  assert.deepEqual(
    readdirSync(join(goRoot, '..')).filter((name) => name.startsWith('.')),
    [],
  );
}

describe('a preinstalled Go (no receipt) with the default verify-cached: true', () => {
  test('is verified against the checksum database before use, gets a receipt, and the next run proves it again', async () => {
    const { job, goRoot } = jobWithPreinstalledGo();
    try {
      const zipsBefore = proxy.requests.filter((path) => path.endsWith('.zip')).length;
      const startedAt = Date.now();
      const first = await job.runAction({ inputs: proxyInputs() });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(first.outputs['go-root'], goRoot);
      assert.equal(first.outputs.verified, 'sumdb:sum.golang.org');
      assert.match(first.summary, /tool cache \(preinstalled, verified in place\)/);
      assert.match(first.summary, /\*\*Verified\*\* now, before anything ran it/);
      assert.match(first.stdout, /Verified the Go at .* \(\d+ files\) against golang\.org\/toolchain@v0\.0\.1-go1\.27\.4\.linux-amd64 h1:/);
      assert.equal(warningsOf(first), '');
      // Verified where it was: nothing downloaded.
      assert.equal(proxy.requests.filter((path) => path.endsWith('.zip')).length, zipsBefore);
      const receipt = JSON.parse(readFileSync(receiptOf(goRoot), 'utf8'));
      assert.equal(receipt.preinstalled, true);
      assert.deepEqual(receipt.anchors, ['sumdb:sum.golang.org+033de0ae']);
      assert.match(receipt.h1, /^h1:/);
      const checkedAt = Date.parse(receipt.installedAt);
      assert.ok(checkedAt >= startedAt && checkedAt <= Date.now(), `receipt time ${receipt.installedAt} is this run's`);

      const sumdbBefore = proxy.requests.filter((path) => path.includes('/sumdb/')).length;
      const second = await newJob({ toolCache: job.toolCache }).runAction({ inputs: proxyInputs() });
      assert.equal(second.code, 0, second.stdout);
      assert.equal(second.outputs.verified, 'sumdb:sum.golang.org');
      assert.match(second.stdout, /Verified the Go at/);
      assert.match(second.summary, /\*\*Verified\*\* now, before anything ran it/);
      assert.ok(proxy.requests.filter((path) => path.includes('/sumdb/')).length > sumdbBefore, 'the checksum database was asked again');
      assert.equal(
        readFileSync(receiptOf(goRoot), 'utf8'),
        JSON.stringify(receipt, null, 2) + '\n',
        'a receipt that matches is left as it is',
      );
    } finally {
      job.cleanup();
    }
  });

  test('whose receipt cannot be written is still verified and used; the next run checks it again, and no partial receipt is left', async () => {
    const { job, goRoot } = jobWithPreinstalledGo();
    try {
      // A folder where the receipt goes: it reads as no receipt, and a receipt cannot be renamed over it.
      mkdirSync(join(receiptOf(goRoot), 'in-the-way'), { recursive: true });
      const result = await job.runAction({ inputs: proxyInputs() });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs.verified, 'sumdb:sum.golang.org');
      assert.match(result.stdout, /Verified the Go at /);
      assert.match(result.stdout, /could not write the receipt beside /);
      assert.deepEqual(
        readdirSync(join(goRoot, '..')).filter((name) => name.includes('.partial')),
        [],
      );
    } finally {
      job.cleanup();
    }
  });

  test('with a receipt that records only a mirror digest is checked against the database, not trusted', async () => {
    const { job, goRoot } = jobWithPreinstalledGo();
    try {
      // A receipt as one written before mirror downloads needed the checksum database: anchors
      // sha256:mirror only, which proves integrity, not origin.
      const first = await job.runAction({ inputs: proxyInputs() });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      const stored = JSON.parse(readFileSync(receiptOf(goRoot), 'utf8'));
      delete stored.preinstalled;
      delete stored.h1;
      writeFileSync(receiptOf(goRoot), JSON.stringify({ ...stored, anchors: ['sha256:mirror'], source: 'https://mirror.example/golang' }));

      const sumdbBefore = proxy.requests.filter((path) => path.includes('/sumdb/')).length;
      const second = await newJob({ toolCache: job.toolCache }).runAction({ inputs: proxyInputs() });
      assert.equal(second.code, 0, second.stdout + second.stderr);
      assert.equal(second.outputs.verified, 'sumdb:sum.golang.org');
      assert.match(second.stdout, /Verified the Go at /);
      assert.ok(proxy.requests.filter((path) => path.includes('/sumdb/')).length > sumdbBefore, 'the checksum database was not asked');
      assert.deepEqual(JSON.parse(readFileSync(receiptOf(goRoot), 'utf8')).anchors, ['sumdb:sum.golang.org+033de0ae']);
    } finally {
      job.cleanup();
    }
  });

  for (const [what, tamper] of [
    [
      'one byte changed in one file',
      (goRoot: string) => {
        const path = join(goRoot, COVERED_FILE);
        const bytes = readFileSync(path);
        bytes[100] = bytes[100]! ^ 0x20;
        unlinkSync(path);
        writeFileSync(path, bytes);
      },
    ],
    ['one file deleted', (goRoot: string) => unlinkSync(join(goRoot, COVERED_FILE))],
    ['its go command replaced by a program that records being run', plantRecordingGo],
  ] as const) {
    test(`with ${what} is not used: a verified copy replaces it, with a warning`, async () => {
      const { job, goRoot } = jobWithPreinstalledGo();
      try {
        tamper(goRoot);
        const result = await job.runAction({ inputs: proxyInputs() });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.match(
          warningsOf(result),
          /Go 1\.27\.4 in the tool cache at \S+ does not match the release it claims to be, and it will not be used/,
        );
        assert.match(warningsOf(result), /does not match Go 1\.27\.4 linux\/amd64 as recorded in the checksum database sum\.golang\.org/);
        assert.equal(result.outputs.verified, 'sumdb:sum.golang.org');
        assert.equal(result.outputs['go-root'], goRoot);
        assert.deepEqual(
          result.addedPath.filter((dir) => dir.startsWith(job.toolCache)),
          [join(goRoot, 'bin')],
        );
        assertPublishedTreeAt(goRoot);
        // The file the zip leaves out came with the old tree and went with it.
        assert.ok(!existsSync(join(goRoot, UNCOVERED_FILE)));
        const receipt = JSON.parse(readFileSync(receiptOf(goRoot), 'utf8'));
        assert.equal(receipt.preinstalled, undefined);
        assert.match(receipt.url, /golang\.org\/toolchain@v0\.0\.1-go1\.27\.4\.linux-amd64/);
        assert.match(result.summary, /did not match the published release; it was replaced by this verified copy/);
        assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the unverified go command was run');
      } finally {
        job.cleanup();
      }
    });
  }

  test('with a file it cannot read is replaced by a verified copy, and the warning says the files could not be read', async () => {
    const { job, goRoot } = jobWithPreinstalledGo();
    try {
      // A copy of its own (the tree is hard-linked to the published one), readable by nobody. Root
      // reads it anyway, so the step runs without the capabilities that bypass file permissions.
      const path = join(goRoot, COVERED_FILE);
      const bytes = readFileSync(path);
      unlinkSync(path);
      writeFileSync(path, bytes, { mode: 0o000 });
      const result = await job.runAction({
        inputs: proxyInputs(),
        launcher: ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'],
      });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      const warnings = warningsOf(result);
      assert.match(
        warnings,
        /Cannot verify Go 1\.27\.4 in the tool cache at \S+: its files could not be read \(.*print\.go.*\); installing a verified copy in its place/,
      );
      assert.doesNotMatch(warnings, /checksum database/);
      assert.equal(result.outputs.verified, 'sumdb:sum.golang.org');
      assertPublishedTreeAt(goRoot);
    } finally {
      job.cleanup();
    }
  });

  test('with the database unreachable is replaced by a verified download from the configured source', async () => {
    const keys = await testKeys();
    const { job, goRoot } = jobWithPreinstalledGo();
    const archive = await archiveOf(publishedRoot, VERSION, job.temp);
    const server = await DlServer.start({ archives: [archive], signingKey: keys.release });
    try {
      writeFileSync(join(goRoot, 'marker-of-the-old-tree'), '');
      const result = await job.runAction({
        inputs: {
          'go-version': VERSION,
          'go-download-base-url': server.url,
          'go-signing-key': keys.release.armoredPublicKey,
          goproxy: 'http://127.0.0.1:9',
          'drift-check': 'off',
          cache: 'false',
        },
      });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(
        warningsOf(result),
        /Cannot verify Go 1\.27\.4 in the tool cache at \S+: the checksum database could not be asked .*installing a verified copy in its place/,
      );
      assert.equal(result.outputs.verified, `sha256:mirror,openpgp:${keys.release.primaryFingerprint}`);
      assert.equal(result.outputs['go-root'], goRoot);
      assert.ok(!existsSync(join(goRoot, 'marker-of-the-old-tree')));
      assertPublishedTreeAt(goRoot);
    } finally {
      await server.close();
      job.cleanup();
    }
  });

  test('with neither the database nor a download source reachable fails, naming verify-cached: false, and runs nothing', async () => {
    const { job, goRoot } = jobWithPreinstalledGo();
    try {
      plantRecordingGo(goRoot);
      const result = await job.runAction({
        inputs: {
          'go-version': VERSION,
          'go-download-base-url': 'http://127.0.0.1:9',
          goproxy: 'http://127.0.0.1:9',
          'drift-check': 'off',
          cache: 'false',
        },
      });
      assert.notEqual(result.code, 0);
      assert.match(
        errorsOf(result),
        /Go 1\.27\.4 in the tool cache at \S+ cannot be verified: the checksum database could not be asked .*set verify-cached: false/,
      );
      assert.deepEqual(result.addedPath, []);
      assert.equal(result.outputs['go-version'], undefined);
      // Left as it was: it may well be fine, we just could not tell.
      assert.ok(existsSync(join(goRoot, 'bin', 'go')));
      assert.ok(!existsSync(receiptOf(goRoot)));
      assert.ok(!existsSync(ranMarkerOf(goRoot)), 'the unverified go command was run');
    } finally {
      job.cleanup();
    }
  });
});

test('verify-cached: false uses a preinstalled Go unverified, and says so loudly', async () => {
  const { job, goRoot } = jobWithPreinstalledGo();
  try {
    // Even a tampered tree: the workflow opted out of the check.
    rmSync(join(goRoot, COVERED_FILE));
    const result = await job.runAction({ inputs: { ...proxyInputs(), 'verify-cached': 'false' } });
    assert.equal(result.code, 0, result.stdout);
    assert.equal(result.outputs.verified, 'none');
    assert.equal(result.outputs['go-root'], goRoot);
    assert.match(warningsOf(result), /verify-cached: false: using Go 1\.27\.4 from .* WITHOUT VERIFICATION/);
    assert.match(result.summary, /Not verified by setup-go-golden/);
    assert.ok(!existsSync(receiptOf(goRoot)));
  } finally {
    job.cleanup();
  }
});
