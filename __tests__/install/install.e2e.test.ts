// The Go install end to end: dist/main.js through the runner emulator against the go.dev-like
// fixture server serving the real installed Go, signed with a gpg key made for the test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DlServer } from '../harness/dl-server';
import { unusualArchive } from '../harness/go-archives';
import { spawnCollect } from '../harness/runner';
import { errorsOf, newJob, startInstallFixture, toolCacheContents, type InstallFixture } from './fixture';

let fixture: InstallFixture;

before(async () => {
  fixture = await startInstallFixture();
});

after(async () => {
  await fixture.server.close();
});

describe('happy path', () => {
  test('installs, verifies, puts go on PATH; a second job is served from the tool cache offline', async () => {
    const job = newJob();
    try {
      const result = await job.runAction({ inputs: fixture.inputs({ 'go-version': '1.26' }) });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs['go-version'], fixture.version);
      const goRoot = join(job.toolCache, 'go', fixture.version, 'x64');
      assert.equal(result.outputs['go-root'], goRoot);
      assert.equal(result.outputs.verified, `sha256:mirror,openpgp:${fixture.key.primaryFingerprint}`);
      assert.ok(existsSync(`${goRoot}.complete`));
      const receipt = JSON.parse(readFileSync(join(job.toolCache, 'go', fixture.version, 'x64.setup-go-golden.json'), 'utf8'));
      assert.equal(receipt.sha256, fixture.archive.sha256);
      assert.deepEqual(receipt.anchors, result.outputs.verified!.split(','));
      assert.equal(result.exportedEnv.GOTOOLCHAIN, 'local');
      // Added last, so later steps find the verified go first (before GOPATH/bin).
      assert.equal(job.path.split(delimiter)[0], join(goRoot, 'bin'));
      assert.match(result.summary, new RegExp(fixture.key.primaryFingerprint.slice(0, 4)));
      assert.match(result.summary, /integrity only, not origin/);
      const matcher = /::add-matcher::(.*)/.exec(result.stdout)?.[1];
      assert.ok(matcher && existsSync(matcher), `problem matcher registered: ${matcher}`);
      const goVersion = await job.run('go', ['version']);
      assert.equal(goVersion.code, 0, goVersion.stderr);
      assert.match(goVersion.stdout, new RegExp(`^go version go${fixture.version.replace(/\./g, '\\.')} `));
      assert.deepEqual(
        toolCacheContents(job).filter((path) => path.startsWith('.setup-go-golden-staging/')),
        [],
      );

      fixture.server.clearRequests();
      const second = newJob({ toolCache: job.toolCache });
      try {
        const offline = await second.runAction({
          inputs: fixture.inputs({ 'go-version': '1.26.x', 'go-download-base-url': 'http://127.0.0.1:9' }),
        });
        assert.equal(offline.code, 0, offline.stdout + offline.stderr);
        assert.equal(offline.outputs['go-version'], fixture.version);
        assert.equal(offline.outputs.verified, result.outputs.verified);
        assert.equal(fixture.server.requests.length, 0);
        assert.match(offline.summary, /when this action installed it/);
        const again = await second.run('go', ['version']);
        assert.match(again.stdout, new RegExp(`go${fixture.version.replace(/\./g, '\\.')}`));
      } finally {
        second.cleanup();
      }
    } finally {
      job.cleanup();
    }
  });

  test('an unusual but safe archive installs exactly as GNU tar unpacks it', async () => {
    // No folder entries for most files, names too long for a plain tar header, a read-only folder,
    // a symlink and a hard link: what the parallel unpacking must get right whatever the order.
    const archive = await unusualArchive();
    const server = await DlServer.start({ archives: [archive], signingKey: fixture.key });
    const job = newJob();
    try {
      const result = await job.runAction({ inputs: fixture.inputs({ 'go-download-base-url': server.url }) });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      const reference = mkdtempSync(join(tmpdir(), 'sgg-unusual-'));
      const untar = await spawnCollect('tar', ['-x', '-z', '-f', archive.path, '-C', reference, '--no-same-owner']);
      assert.equal(untar.code, 0, untar.stderr);
      const installed = treeOf(result.outputs['go-root']!);
      // Folders are made with full access for their owner, so that nothing in the tool cache is
      // read-only to the runner: the one difference from tar's own result.
      const expected = treeOf(join(reference, 'go')).map((line) => line.replace(/^d(\d)/, (_, owner: string) => `d${Number(owner) | 7}`));
      assert.deepEqual(installed, expected);
      assert.ok(
        installed.some((line) => line.includes('readonly')),
        'the read-only folder was compared',
      );
      const goRoot = result.outputs['go-root']!;
      assert.equal(lstatSync(join(goRoot, 'bin/go-again')).ino, lstatSync(join(goRoot, 'bin/go')).ino, 'the hard link is the same file');
      // Nothing downloaded becomes setuid, setgid or sticky (tar as root would keep those bits).
      assert.equal(lstatSync(join(goRoot, 'pkg/tool/setuid-tool')).mode & 0o7777, 0o755);
    } finally {
      job.cleanup();
      await server.close();
    }
  });

  test('go-version-file go.mod picks the newest patch of the go line', async () => {
    const job = newJob();
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(job.workspace, 'go.mod'), 'module example.com/app\n\ngo 1.26.0\n');
      const inputs = fixture.inputs({ 'go-version-file': 'go.mod' });
      delete inputs['go-version'];
      const result = await job.runAction({ inputs });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs['go-version'], fixture.version);
    } finally {
      job.cleanup();
    }
  });

  test('specs and version files as actions/setup-go accepts them resolve the same way', async () => {
    const job = newJob();
    try {
      const { writeFileSync } = await import('node:fs');
      // Build metadata and a comment line in .go-version; `*` and the pre-release idiom as inputs.
      writeFileSync(join(job.workspace, '.go-version'), `# the Go CI uses\n${fixture.version}+ci\n`);
      const fromFile = fixture.inputs({ 'go-version-file': '.go-version' });
      delete fromFile['go-version'];
      const [major, minor] = fixture.version.split('.');
      for (const inputs of [fromFile, fixture.inputs({ 'go-version': '*' }), fixture.inputs({ 'go-version': `>=${major}.${minor}.0-0` })]) {
        const result = await job.runAction({ inputs: { ...inputs, 'drift-check': 'off' } });
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal(result.outputs['go-version'], fixture.version, JSON.stringify(inputs));
      }
    } finally {
      job.cleanup();
    }
  });

  test('a spec whose newest release has no archive for this runner installs the newest one that has', async () => {
    const [major, minor, patch] = fixture.version.split('.').map(Number);
    const newer = `${major}.${minor}.${patch! + 1}`;
    const older = `${major}.${minor! - 1}.0`;
    const platform = `${fixture.archive.os}/${fixture.archive.arch}`;
    // go.dev lists the files a release was built for; the newer one has none for this runner.
    const server = await DlServer.start({
      releases: [
        { version: newer, unbuilt: [platform] },
        { version: fixture.version, archives: [fixture.archive] },
        { version: older, unbuilt: [platform] },
      ],
      signingKey: fixture.key,
    });
    const job = newJob();
    const failingJob = newJob();
    try {
      const inputs = (spec: string) => fixture.inputs({ 'go-version': spec, 'go-download-base-url': server.url, 'drift-check': 'off' });
      const result = await job.runAction({ inputs: inputs(`${major}.${minor}`) });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs['go-version'], fixture.version);
      assert.match(
        result.stdout,
        new RegExp(
          `Go ${newer.replace(/\./g, '\\.')} matches .* has no archive of it for ${platform}: installing Go ${fixture.version.replace(/\./g, '\\.')}, the newest that has one`,
        ),
      );
      assert.ok(!server.requests.some((request) => request.url.includes(`go${newer}.`)), 'the newer release was not asked for');

      const failed = await failingJob.runAction({ inputs: inputs(older) });
      assert.notEqual(failed.code, 0);
      assert.match(
        errorsOf(failed),
        new RegExp(
          `is Go ${older.replace(/\./g, '\\.')}, which .* has no archive of for ${platform} \\(input architecture\\), and no older release matching it has one either`,
        ),
      );
      assert.deepEqual(failed.addedPath, []);
    } finally {
      await server.close();
      job.cleanup();
      failingJob.cleanup();
    }
  });

  test('two jobs installing the same version at once both succeed', async () => {
    const first = newJob();
    const second = newJob({ toolCache: first.toolCache });
    try {
      const results = await Promise.all([first, second].map((job) => job.runAction({ inputs: fixture.inputs() })));
      for (const result of results) assert.equal(result.code, 0, result.stdout + result.stderr);
      for (const job of [first, second]) {
        const version = await job.run('go', ['version']);
        assert.match(version.stdout, new RegExp(`go${fixture.version.replace(/\./g, '\\.')}`));
      }
      assert.deepEqual(
        toolCacheContents(first).filter((path) => path.startsWith('.setup-go-golden-staging/') || path.includes('.abandoned')),
        [],
      );
    } finally {
      first.cleanup();
      second.cleanup();
    }
  });

  test('a workflow GOTOOLCHAIN is left alone unless the gotoolchain input is given', async () => {
    const job = newJob({ env: { GOTOOLCHAIN: 'go1.26.8+auto' } });
    try {
      const kept = await job.runAction({ inputs: fixture.inputs() });
      assert.equal(kept.code, 0, kept.stdout + kept.stderr);
      assert.equal(kept.exportedEnv.GOTOOLCHAIN, undefined);
      const overridden = await job.runAction({ inputs: fixture.inputs({ gotoolchain: 'local' }) });
      assert.equal(overridden.exportedEnv.GOTOOLCHAIN, 'local');
    } finally {
      job.cleanup();
    }
  });
});

describe('faults and tampering leave nothing behind', () => {
  async function expectFailure(name: string, inputs: Record<string, string>, message: RegExp, env: Record<string, string> = {}) {
    const job = newJob();
    try {
      const result = await job.runAction({ inputs, env });
      assert.notEqual(result.code, 0, `${name}: expected failure\n${result.stdout}`);
      assert.match(errorsOf(result), message, name);
      assert.deepEqual(toolCacheContents(job), [], `${name}: the tool cache must stay empty`);
      assert.deepEqual(result.addedPath, [], `${name}: nothing on PATH`);
      assert.equal(result.outputs['go-root'], undefined);
      return result;
    } finally {
      job.cleanup();
    }
  }

  test('a flipped byte fails the SHA-256 check', async () => {
    fixture.server.fault(fixture.archive.filename, { kind: 'flip-byte', offset: 1_000_000 });
    try {
      await expectFailure('flip', fixture.inputs(), /SHA-256 of .* is [0-9a-f]{64}, but .* lists/);
    } finally {
      fixture.server.clearFaults();
    }
  });

  test('a wrong digest in the index fails', async () => {
    fixture.server.overrideIndexFile(fixture.archive.filename, { sha256: 'a'.repeat(64) });
    try {
      await expectFailure('index digest', fixture.inputs(), /but .* lists a{64}/);
    } finally {
      fixture.server.overrideIndexFile(fixture.archive.filename, { sha256: fixture.archive.sha256 });
    }
  });

  test('a pinned go-sha256 that does not match fails', async () => {
    await expectFailure('pin', fixture.inputs({ 'go-sha256': 'b'.repeat(64) }), /input go-sha256 pins b{64}/);
  });

  test('a signature by another key fails', async () => {
    const { testKeys, signDetached } = await import('../harness/gpg');
    const keys = await testKeys();
    const forged = await signDetached(keys.other, fixture.archive.path);
    fixture.server.fault(`${fixture.archive.filename}.asc`, { kind: 'body', body: forged, times: 100 });
    try {
      await expectFailure('other key', fixture.inputs(), /was made by key ID [0-9A-F]+, not by key/);
    } finally {
      fixture.server.clearFaults();
    }
  });

  test('verify-signature required fails when no signature is published; auto then needs the checksum database or a pin', async () => {
    fixture.server.fault(`${fixture.archive.filename}.asc`, { kind: 'status', status: 404, times: 100 });
    // Nothing listens on port 9: the checksum database cannot be reached through this GOPROXY.
    const noDatabase = { goproxy: 'http://127.0.0.1:9' };
    try {
      await expectFailure('required', fixture.inputs({ 'verify-signature': 'required' }), /publishes no signature/);
      // Only the mirror's own digest vouches for the archive, and nothing can prove it came from Go.
      await expectFailure(
        'mirror digest only',
        fixture.inputs(noDatabase),
        new RegExp(
          `${fixture.archive.filename.replace(/\./g, '\\.')} from .* was not installed: only the mirror's own SHA-256 vouches for it, and the Go checksum database could not prove it: .*127\\.0\\.0\\.1:9.*` +
            "To prove it, pin its SHA-256 with input go-sha256, or use a mirror that serves Google's signatures .*verify-signature.*, " +
            "or make a checksum database reachable \\(inputs goproxy and gosumdb, or the job's GOPROXY and GOSUMDB\\)",
        ),
      );
      // A pin proves the origin by itself: no database needed.
      const job = newJob();
      try {
        const result = await job.runAction({ inputs: fixture.inputs({ ...noDatabase, 'go-sha256': fixture.archive.sha256 }) });
        assert.equal(result.code, 0, result.stdout);
        assert.equal(result.outputs.verified, 'sha256:pinned,sha256:mirror');
        assert.match(result.summary, /publishes no OpenPGP signature/);
      } finally {
        job.cleanup();
      }
    } finally {
      fixture.server.clearFaults();
    }
  });

  test('a body truncated on every attempt fails after retries', async () => {
    fixture.server.fault(fixture.archive.filename, { kind: 'truncate', afterBytes: 5_000_000, times: 100 });
    try {
      const result = await expectFailure('truncate', fixture.inputs(), /failed after 4 attempts: .*(truncated|closed)/);
      assert.equal(fixture.server.requestsFor(fixture.archive.filename).length >= 4, true);
      assert.match(result.stdout, /retrying/);
    } finally {
      fixture.server.clearFaults();
    }
  });

  test('5xx twice, then a good answer: installs', async () => {
    fixture.server.clearRequests();
    fixture.server.fault(fixture.archive.filename, { kind: 'status', status: 503, times: 2 });
    const job = newJob();
    try {
      const result = await job.runAction({ inputs: fixture.inputs() });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(fixture.server.requestsFor(fixture.archive.filename).length, 3);
    } finally {
      job.cleanup();
      fixture.server.clearFaults();
    }
  });

  test('a stalled body is abandoned after the stall timeout and retried', async () => {
    fixture.server.clearRequests();
    fixture.server.fault(fixture.archive.filename, { kind: 'stall', afterBytes: 1_000_000, ms: 5_000, times: 1 });
    const job = newJob();
    try {
      const result = await job.runAction({ inputs: fixture.inputs(), env: { SETUP_GO_GOLDEN_STALL_TIMEOUT: '1' } });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /no data from .* for 1 s/);
      assert.equal(fixture.server.requestsFor(fixture.archive.filename).length, 2);
    } finally {
      job.cleanup();
      fixture.server.clearFaults();
    }
  });

  test('an unreachable index with nothing cached fails clearly', async () => {
    await expectFailure(
      'no index',
      fixture.inputs({ 'go-download-base-url': 'http://127.0.0.1:9/dl' }),
      /cannot read the Go release index and no Go in the tool cache satisfies/,
    );
  });
});

/** One line per entry under `root`: kind and mode, path, then content digest, link target or mtime. */
function treeOf(root: string): string[] {
  const lines: string[] = [];
  const walk = (relative: string) => {
    const path = join(root, relative);
    const stat = lstatSync(path);
    const mode = (stat.mode & 0o777).toString(8);
    if (stat.isSymbolicLink()) lines.push(`l${mode} ${relative} -> ${readlinkSync(path)}`);
    else if (stat.isDirectory()) {
      lines.push(`d${mode} ${relative}/`);
      for (const name of readdirSync(path).sort()) walk(relative ? `${relative}/${name}` : name);
    } else {
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
      lines.push(`f${mode} ${relative} ${digest} ${stat.mtimeMs}`);
    }
  };
  walk('');
  return lines;
}
