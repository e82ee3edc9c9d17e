// Tests of the test harness itself: the archives are real Go releases, the index and sidecars
// describe the served bytes, the signatures verify with gpg, and every fault really happens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as openpgp from 'openpgp';
import { DlServer, INDEX, serveInstalledGo, type IndexRelease } from './dl-server';
import {
  goArchive,
  hostileArchive,
  runTool,
  HOSTILE_CANARY,
  HOSTILE_KINDS,
  SKELETON_ENTRY_COUNT,
  installedGo,
  type GoArchive,
  type HostileKind,
} from './go-archives';
import { gpgVerify, signDetached, testKeys, type TestKeys } from './gpg';

const scratch = mkdtempSync(join(tmpdir(), 'sgg-dl-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function fetchBytes(url: string, init?: RequestInit): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

async function mustRun(command: string, args: string[], cwd?: string): Promise<string> {
  const result = await runTool(command, args, { cwd, timeoutMs: 5 * 60_000 });
  assert.equal(result.code, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Reads a body until `limit` bytes arrived or the stream ends or fails; reports what happened. */
async function readUpTo(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
): Promise<{ received: Buffer; error?: unknown; done: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { value, done } = await reader.read();
      if (done) return { received: Buffer.concat(chunks), done: true };
      chunks.push(Buffer.from(value));
      total += value.length;
    }
    return { received: Buffer.concat(chunks), done: false };
  } catch (error) {
    return { received: Buffer.concat(chunks), error, done: false };
  }
}

describe('go release archives', () => {
  test('the archive of the installed Go has one top folder go/ and its go prints the installed version', async () => {
    const go = await installedGo();
    const archive = await goArchive();
    assert.equal(archive.filename, `${go.version}.${go.os}-${go.arch}.tar.gz`);
    assert.equal(archive.sha256, sha256(readFileSync(archive.path)));
    const names = (await mustRun('tar', ['tzf', archive.path])).split('\n').filter(Boolean);
    assert.ok(names.length > 1000, `only ${names.length} entries`);
    assert.deepEqual(
      names.filter((name) => !name.startsWith('go/')),
      [],
    );

    const dest = mkdtempSync(join(scratch, 'extract-'));
    await mustRun('tar', ['xzf', archive.path, '-C', dest]);
    const version = await mustRun(join(dest, 'go', 'bin', 'go'), ['version']);
    assert.match(version, new RegExp(`^go version ${go.version.replace(/\./g, '\\.')} ${go.os}/${go.arch}\n$`));
  });

  test('an archive for another version names that version in go/VERSION', async () => {
    const archive = await goArchive({ version: '1.25.3' });
    assert.equal(archive.version, 'go1.25.3');
    assert.match(archive.filename, /^go1\.25\.3\.[a-z0-9]+-[a-z0-9]+\.tar\.gz$/);
    const versionFile = await mustRun('tar', ['xzOf', archive.path, 'go/VERSION']);
    assert.equal(versionFile.split('\n')[0], 'go1.25.3');
    assert.equal(archive.sha256, sha256(readFileSync(archive.path)));
  });

  test('a second request reuses the cached archive', async () => {
    const first = await goArchive();
    const second = await goArchive();
    assert.deepEqual(second, first);
  });

  test('the Windows archive is a zip with one top folder go/', async () => {
    const go = await installedGo();
    const archive = await goArchive({ os: 'windows', arch: 'amd64' });
    assert.equal(archive.filename, `${go.version}.windows-amd64.zip`);
    const listing = await mustRun('unzip', ['-Z1', archive.path]);
    const names = listing.split('\n').filter(Boolean);
    assert.ok(names.length > 1000);
    assert.deepEqual(
      names.filter((name) => !name.startsWith('go/')),
      [],
    );
    assert.equal((await mustRun('unzip', ['-p', archive.path, 'go/VERSION'])).split('\n')[0], go.version);
  });
});

describe('fixture cache', () => {
  /** Builds (or reuses) a small archive in another process with its own fixture root. */
  const buildInChild = (root: string) => {
    const script = `
      const { hostileArchive } = await import(${JSON.stringify(join(import.meta.dirname, 'go-archives.ts'))});
      const archive = await hostileArchive('fifo');
      console.log(JSON.stringify({ path: archive.path, sha256: archive.sha256, size: archive.size }));
    `;
    const env = { ...process.env, SETUP_GO_GOLDEN_FIXTURES: root };
    return runTool(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, timeoutMs: 120_000 });
  };

  test('a lock left by a builder that died does not block the next build', async () => {
    const root = mkdtempSync(join(scratch, 'fixtures-'));
    const first = await buildInChild(root);
    assert.equal(first.code, 0, first.stderr);
    const { path } = JSON.parse(first.stdout) as { path: string };
    rmSync(path);
    rmSync(`${path}.sha256`);
    const dead = await runTool(process.execPath, ['-e', 'console.log(process.pid)']);
    mkdirSync(`${path}.lock`);
    writeFileSync(`${path}.lock/pid`, dead.stdout.trim());
    const second = await buildInChild(root);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(existsSync(path));
    assert.ok(!existsSync(`${path}.lock`));
  });

  test('processes building the same archive at once agree on one complete file and leave no temp files', async () => {
    const root = mkdtempSync(join(scratch, 'fixtures-'));
    const results = await Promise.all([1, 2, 3].map(() => buildInChild(root)));
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    const built = results.map((result) => JSON.parse(result.stdout) as { path: string; sha256: string; size: number });
    assert.ok(built[0]!.path.startsWith(root));
    assert.deepEqual(built[1], built[0]);
    assert.deepEqual(built[2], built[0]);
    assert.equal(sha256(readFileSync(built[0]!.path)), built[0]!.sha256);
    const folder = join(built[0]!.path, '..');
    assert.deepEqual(readdirSync(folder).sort(), [basename(built[0]!.path), `${basename(built[0]!.path)}.sha256`]);
  });
});

describe('hostile archives', () => {
  const LIST_TAR = `
import json, sys, tarfile
with tarfile.open(sys.argv[1]) as tar:
    print(json.dumps([{"name": m.name, "type": m.type.decode(), "linkname": m.linkname, "size": m.size} for m in tar.getmembers()]))
`;
  interface Member {
    name: string;
    type: string;
    linkname: string;
    size: number;
  }
  const expectations: Record<HostileKind, (members: Member[]) => boolean> = {
    'absolute-path': (m) => m.some((e) => e.name.startsWith('/')),
    dotdot: (m) => m.some((e) => e.name.split('/').includes('..')),
    'symlink-absolute': (m) => m.some((e) => e.type === '2' && e.linkname.startsWith('/')),
    'symlink-relative': (m) => m.some((e) => e.type === '2' && e.linkname.startsWith('..')),
    'symlink-write-through': (m) => {
      const link = m.find((e) => e.type === '2');
      return link !== undefined && m.some((e) => e.type === '0' && e.name.startsWith(`${link.name}/`));
    },
    'hardlink-escape': (m) => m.some((e) => e.type === '1' && e.linkname.startsWith('/')),
    chardev: (m) => m.some((e) => e.type === '3'),
    fifo: (m) => m.some((e) => e.type === '6'),
    'outside-top': (m) => m.some((e) => !e.name.startsWith('go/') && e.name !== 'go'),
    'symlink-inside-write-through': (m) => {
      const link = m.find((e) => e.type === '2');
      return (
        link !== undefined &&
        !link.linkname.startsWith('/') &&
        !link.linkname.includes('..') &&
        m.some((e) => e.name.startsWith(`${link.name}/`))
      );
    },
    'duplicate-entry': (m) => new Set(m.map((e) => e.name)).size < m.length,
    'hardlink-before-target': (m) => m.some((e, index) => e.type === '1' && m.findIndex((target) => target.name === e.linkname) > index),
    'hardlink-to-symlink': (m) => m.some((e) => e.type === '1' && m.find((target) => target.name === e.linkname)?.type === '2'),
    'symlink-over-folder': (m) =>
      m.some((e, index) => e.type === '2' && m.slice(0, index).some((earlier) => earlier.name.startsWith(`${e.name}/`))),
    'case-variant-symlink': (m) => {
      const link = m.find((e) => e.type === '2');
      return link !== undefined && m.some((e) => e.name !== link.name && e.name.toLowerCase().startsWith(`${link.name.toLowerCase()}/`));
    },
    // Python's tarfile is one of the readers that skips no data for a link: it sees the smuggled entry.
    'link-with-data': (m) => m.some((e) => e.type === '1') && m.some((e) => e.name.startsWith('/')),
    // Python lets the local pax size win (node-tar reports the global one): it reads the smuggled blocks as data.
    'global-pax-size': (m) => m.find((e) => e.name === 'go/README')?.size === 1024,
    'symlink-chain-escape': (m) => m.filter((e) => e.type === '2' && e.linkname.includes('..')).length === 2,
    // Python drops a regular file's pax linkpath from what it lists, but keeps the entry.
    'file-with-link-target': (m) => m.some((e) => e.name === 'go/evil' && e.type === '0'),
    // Python stops at the end blocks: the skeleton is all it lists.
    'data-after-end': (m) => m.length === SKELETON_ENTRY_COUNT,
    // What the outer gzip holds is itself a whole .tar.gz of the Go-looking tree.
    'gzip-twice': (m) => m.length === SKELETON_ENTRY_COUNT,
  };

  for (const kind of HOSTILE_KINDS) {
    test(`${kind}: carries its hostile entry next to a Go-looking tree`, async () => {
      const archive = await hostileArchive(kind);
      assert.equal(archive.sha256, sha256(readFileSync(archive.path)));
      // Python does not look inside a second gzip layer: list what is in it.
      const listed = kind === 'gzip-twice' ? join(mkdtempSync(join(scratch, 'inner-')), 'inner.tar.gz') : archive.path;
      if (kind === 'gzip-twice') writeFileSync(listed, gunzipSync(readFileSync(archive.path)));
      const members = JSON.parse(await mustRun('python3', ['-c', LIST_TAR, listed])) as Member[];
      assert.ok(
        members.some((e) => e.name === 'go/bin/go'),
        'skeleton missing',
      );
      assert.ok(expectations[kind](members), `no ${kind} entry in ${JSON.stringify(members)}`);
    });
  }

  test('escapes point at the canary folder, which exists and is empty', async () => {
    const archive = await hostileArchive('symlink-write-through');
    const members = await mustRun('tar', ['tvzf', archive.path]);
    assert.ok(members.includes(`go/escape -> ${HOSTILE_CANARY}`), members);
    assert.deepEqual(readdirSync(HOSTILE_CANARY), []);
  });
});

describe('test keys', () => {
  let keys: TestKeys;
  before(async () => {
    keys = await testKeys();
  });

  test('the release key certifies with its primary and signs with a subkey', async () => {
    const key = await openpgp.readKey({ armoredKey: keys.release.armoredPublicKey });
    assert.equal(key.getFingerprint().toUpperCase(), keys.release.primaryFingerprint);
    const primaryUser = await key.getPrimaryUser();
    assert.deepEqual([...primaryUser.selfCertification.keyFlags!], [openpgp.enums.keyFlags.certifyKeys]);
    const signing = await key.getSigningKey();
    assert.notEqual(signing.getFingerprint(), key.getFingerprint());
    assert.equal(signing.getFingerprint().toUpperCase(), keys.release.subkeyFingerprint);
  });

  test('the expired subkey signed once while valid and once after it expired', async () => {
    const { expired } = keys;
    const payload = join(scratch, 'payload.txt');
    writeFileSync(payload, 'payload\n');
    const key = await openpgp.readKey({ armoredKey: expired.key.armoredPublicKey });
    const subkey = key.getSubkeys()[0]!;
    const expiresAt = await subkey.getExpirationTime();
    assert.ok(expiresAt instanceof Date);
    assert.equal(expiresAt.getTime(), expired.expiredAt.getTime());
    assert.ok(expiresAt.getTime() < Date.now());

    const created = async (armoredSignature: string) =>
      ((await openpgp.readSignature({ armoredSignature })).packets[0] as unknown as { created: Date }).created;
    const early = await expired.signWhileValid(payload);
    const late = await expired.signAfterExpiry(payload);
    assert.ok((await created(early)) < expiresAt);
    assert.ok((await created(late)) > expiresAt);
    // Both are genuine signatures by that subkey: only the expiry tells them apart.
    assert.equal((await gpgVerify(expired.key.armoredPublicKey, early, payload)).ok, true);
    assert.equal((await gpgVerify(expired.key.armoredPublicKey, late, payload)).ok, true);
  });
});

describe('download server', () => {
  let keys: TestKeys;
  let archive: GoArchive;
  let server: DlServer;

  before(async () => {
    keys = await testKeys();
    archive = await goArchive();
    server = await DlServer.start({
      signingKey: keys.release,
      releases: [
        { version: 'go1.99rc1' },
        { version: 'go1.98.2' },
        { version: archive.version, archives: [archive] },
        { version: 'go1.97.0', stable: true },
        { version: 'go1.20' },
      ],
    });
  });
  after(() => server.close());

  const fileUrl = (name: string) => `${server.url}/${name}`;

  test('the full index lists every release newest first, with the served archive described exactly', async () => {
    server.clearFaults();
    const { status, bytes, headers } = await fetchBytes(`${server.url}/?mode=json&include=all`);
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /application\/json/);
    const index = JSON.parse(bytes.toString()) as IndexRelease[];
    assert.deepEqual(
      index.map((release) => release.version),
      ['go1.99rc1', 'go1.98.2', archive.version, 'go1.97.0', 'go1.20'],
    );
    assert.deepEqual(
      index.map((release) => release.stable),
      [false, true, true, true, true],
    );
    const entry = index[2]!.files.find((file) => file.filename === archive.filename);
    assert.deepEqual(entry, {
      filename: archive.filename,
      os: archive.os,
      arch: archive.arch,
      version: archive.version,
      sha256: archive.sha256,
      size: archive.size,
      kind: 'archive',
    });
    const served = await fetchBytes(fileUrl(archive.filename));
    assert.equal(served.status, 200);
    assert.equal(served.bytes.length, entry!.size);
    assert.equal(sha256(served.bytes), entry!.sha256);
    for (const release of index) {
      assert.ok(release.files.some((file) => file.kind === 'source' && file.filename === `${release.version}.src.tar.gz`));
      assert.ok(release.files.some((file) => file.filename === `${release.version}.linux-armv6l.tar.gz`));
      assert.ok(release.files.some((file) => file.filename === `${release.version}.windows-amd64.zip`));
    }
  });

  test('the short index lists the newest release of the two newest stable lines', async () => {
    const index = (await (await fetch(`${server.url}/?mode=json`)).json()) as IndexRelease[];
    assert.deepEqual(
      index.map((release) => release.version),
      ['go1.98.2', archive.version],
    );
  });

  test('files listed but not served answer 404', async () => {
    assert.equal((await fetchBytes(fileUrl('go1.98.2.linux-amd64.tar.gz'))).status, 404);
    assert.equal((await fetchBytes(fileUrl('go1.98.2.linux-amd64.tar.gz.asc'))).status, 404);
    assert.equal((await fetchBytes(`${server.origin}/elsewhere/${archive.filename}`)).status, 404);
  });

  test('the .sha256 sidecar is 64 lowercase hex digits without a newline', async () => {
    const { status, bytes } = await fetchBytes(fileUrl(`${archive.filename}.sha256`));
    assert.equal(status, 200);
    assert.match(bytes.toString(), /^[0-9a-f]{64}$/);
    assert.equal(bytes.toString(), archive.sha256);
  });

  test('the .asc signature verifies with gpg against the release key only', async () => {
    const { status, bytes } = await fetchBytes(fileUrl(`${archive.filename}.asc`));
    assert.equal(status, 200);
    const signature = bytes.toString();
    assert.match(signature, /^-----BEGIN PGP SIGNATURE-----/);
    const good = await gpgVerify(keys.release.armoredPublicKey, signature, archive.path);
    assert.equal(good.ok, true, good.status);
    assert.match(good.status, new RegExp(`VALIDSIG ${keys.release.subkeyFingerprint} .* ${keys.release.primaryFingerprint}$`, 'm'));
    assert.equal((await gpgVerify(keys.other.armoredPublicKey, signature, archive.path)).ok, false);
  });

  test('HEAD answers the size without a body', async () => {
    const response = await fetch(fileUrl(archive.filename), { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(Number(response.headers.get('content-length')), archive.size);
  });

  test('the request log records method, path, resource, headers and status', async () => {
    server.clearRequests();
    await fetchBytes(fileUrl(`${archive.filename}.sha256`), { headers: { 'User-Agent': 'harness-test/1' } });
    await fetchBytes(`${server.url}/?mode=json&include=all`);
    assert.deepEqual(
      server.requests.map((request) => [request.method, request.url, request.resource, request.status, request.headers['user-agent']]),
      [
        ['GET', `/dl/${archive.filename}.sha256`, `${archive.filename}.sha256`, 200, 'harness-test/1'],
        ['GET', '/dl/?mode=json&include=all', INDEX, 200, 'node'],
      ],
    );
    assert.equal(server.requestsFor(INDEX).length, 1);
  });

  describe('faults', () => {
    test('status: the first N requests fail, then the file is served', async () => {
      server.clearFaults();
      server.fault(`${archive.filename}.sha256`, { kind: 'status', status: 503, times: 2 });
      const statuses = [];
      for (let attempt = 0; attempt < 3; attempt++) statuses.push((await fetchBytes(fileUrl(`${archive.filename}.sha256`))).status);
      assert.deepEqual(statuses, [503, 503, 200]);
    });

    test('status without times: the index stays unreachable', async () => {
      server.clearFaults();
      server.fault(INDEX, { kind: 'status', status: 503 });
      for (let attempt = 0; attempt < 3; attempt++) assert.equal((await fetchBytes(`${server.url}/?mode=json&include=all`)).status, 503);
      server.clearFaults();
      assert.equal((await fetchBytes(`${server.url}/?mode=json&include=all`)).status, 200);
    });

    test('missing signature: .asc answers 404 while the archive is served', async () => {
      server.clearFaults();
      server.fault(`${archive.filename}.asc`, { kind: 'status', status: 404 });
      assert.equal((await fetchBytes(fileUrl(`${archive.filename}.asc`))).status, 404);
      assert.equal((await fetch(fileUrl(archive.filename), { method: 'HEAD' })).status, 200);
    });

    test('truncate: the full Content-Length is announced, the connection drops after K bytes', async () => {
      server.clearFaults();
      server.fault(archive.filename, { kind: 'truncate', afterBytes: 100_000, times: 1 });
      const response = await fetch(fileUrl(archive.filename));
      assert.equal(Number(response.headers.get('content-length')), archive.size);
      const { received, error } = await readUpTo(response.body!.getReader(), archive.size);
      assert.ok(error, 'the body ended without an error');
      assert.equal(received.length, 100_000);
      assert.deepEqual(received, readFileSync(archive.path).subarray(0, 100_000));
      const retry = await fetchBytes(fileUrl(archive.filename));
      assert.equal(sha256(retry.bytes), archive.sha256);
    });

    test('flip-byte: exactly one byte differs, so the digest no longer matches', async () => {
      server.clearFaults();
      const offset = 12_345_678;
      server.fault(archive.filename, { kind: 'flip-byte', offset });
      const { bytes } = await fetchBytes(fileUrl(archive.filename));
      const original = readFileSync(archive.path);
      assert.equal(bytes.length, original.length);
      assert.notEqual(sha256(bytes), archive.sha256);
      assert.equal(bytes[offset], original[offset]! ^ 0xff);
      bytes[offset] = original[offset]!;
      assert.equal(sha256(bytes), archive.sha256);
    });

    test('stall: after K bytes nothing more arrives for the stall time, then the rest does', async () => {
      server.clearFaults();
      const name = `${archive.filename}.asc`;
      const expected = (await fetchBytes(fileUrl(name))).bytes;
      server.fault(name, { kind: 'stall', afterBytes: 10, ms: 60_000, times: 1 });
      const stalled = await fetch(fileUrl(name));
      const reader = stalled.body!.getReader();
      const head = await readUpTo(reader, 10);
      assert.deepEqual(head.received, expected.subarray(0, 10));
      const next = await Promise.race([reader.read().then(() => 'data'), new Promise((resolve) => setTimeout(resolve, 1_000, 'silence'))]);
      assert.equal(next, 'silence');
      await reader.cancel();

      server.fault(name, { kind: 'stall', afterBytes: 10, ms: 50, times: 1 });
      assert.deepEqual((await fetchBytes(fileUrl(name))).bytes, expected);
    });

    test('body: a signature by another key is served instead and fails against the release key', async () => {
      server.clearFaults();
      const foreign = await signDetached(keys.other, archive.path);
      server.fault(`${archive.filename}.asc`, { kind: 'body', body: foreign });
      const served = (await fetchBytes(fileUrl(`${archive.filename}.asc`))).bytes.toString();
      assert.equal(served, foreign);
      assert.equal((await gpgVerify(keys.release.armoredPublicKey, served, archive.path)).ok, false);
      assert.equal((await gpgVerify(keys.other.armoredPublicKey, served, archive.path)).ok, true);
    });

    test('wrong index digest: the index lies, the file and its .sha256 do not', async () => {
      server.clearFaults();
      const wrong = 'f'.repeat(64);
      server.overrideIndexFile(archive.filename, { sha256: wrong });
      const index = (await (await fetch(`${server.url}/?mode=json&include=all`)).json()) as IndexRelease[];
      const entry = index.flatMap((release) => release.files).find((file) => file.filename === archive.filename);
      assert.equal(entry?.sha256, wrong);
      assert.equal((await fetchBytes(fileUrl(`${archive.filename}.sha256`))).bytes.toString(), archive.sha256);
      server.clearFaults();
    });

    test('redirect: a 302 to the download host path, which serves the same bytes', async () => {
      server.clearFaults();
      server.fault(archive.filename, { kind: 'redirect' });
      const hop = await fetch(fileUrl(archive.filename), { redirect: 'manual' });
      assert.equal(hop.status, 302);
      assert.equal(hop.headers.get('location'), `/dl.google.com/go/${archive.filename}`);
      await hop.arrayBuffer();
      const followed = await fetchBytes(fileUrl(archive.filename));
      assert.equal(followed.status, 200);
      assert.equal(sha256(followed.bytes), archive.sha256);
    });

    test('a fault on the final hop applies after a redirect', async () => {
      server.clearFaults();
      const redirecting = await DlServer.start({ signingKey: keys.release, archives: [archive], redirectDownloads: true });
      try {
        const hop = await fetch(`${redirecting.url}/${archive.filename}.asc`, { redirect: 'manual' });
        assert.equal(hop.status, 302);
        await hop.arrayBuffer();
        const sidecar = await fetch(`${redirecting.url}/${archive.filename}.sha256`, { redirect: 'manual' });
        assert.equal(sidecar.status, 200, '.sha256 is served without a redirect');
        await sidecar.arrayBuffer();
        redirecting.fault(`${archive.filename}.asc`, { kind: 'status', status: 500, times: 1 });
        assert.equal((await fetchBytes(`${redirecting.url}/${archive.filename}.asc`)).status, 500);
        assert.equal((await fetchBytes(`${redirecting.url}/${archive.filename}.asc`)).status, 200);
        assert.deepEqual(redirecting.requests.map((request) => [request.url, request.status]).slice(-4), [
          [`/dl/${archive.filename}.asc`, 302],
          [`/dl.google.com/go/${archive.filename}.asc`, 500],
          [`/dl/${archive.filename}.asc`, 302],
          [`/dl.google.com/go/${archive.filename}.asc`, 200],
        ]);
      } finally {
        await redirecting.close();
      }
    });

    test('faults given together apply in order, then the file is served normally', async () => {
      server.clearFaults();
      const name = `${archive.filename}.sha256`;
      server.fault(name, { kind: 'status', status: 502, times: 1 }, { kind: 'reset', times: 1 }, { kind: 'body', body: 'x', times: 1 });
      assert.equal((await fetchBytes(fileUrl(name))).status, 502);
      await assert.rejects(fetch(fileUrl(name)), TypeError);
      assert.equal((await fetchBytes(fileUrl(name))).bytes.toString(), 'x');
      assert.equal((await fetchBytes(fileUrl(name))).bytes.toString(), archive.sha256);
      assert.deepEqual(
        server
          .requestsFor(name)
          .slice(-4)
          .map((request) => request.status),
        [502, -1, 200, 200],
      );
    });

    test('hang: no headers arrive during the hang, then the answer comes', async () => {
      server.clearFaults();
      server.fault(INDEX, { kind: 'hang', ms: 60_000, times: 1 }, { kind: 'hang', ms: 50, times: 1 });
      const controller = new AbortController();
      const pending = fetch(`${server.url}/?mode=json&include=all`, { signal: controller.signal });
      const first = await Promise.race([pending.then(() => 'answered'), new Promise((resolve) => setTimeout(resolve, 1_000, 'silence'))]);
      assert.equal(first, 'silence');
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
      assert.equal((await fetchBytes(`${server.url}/?mode=json&include=all`)).status, 200);
    });

    test('server down: requests are refused after close', async () => {
      const down = await DlServer.start({ archives: [archive] });
      const url = `${down.url}/?mode=json&include=all`;
      assert.equal((await fetchBytes(url)).status, 200);
      await down.close();
      await assert.rejects(fetch(url), (error: Error & { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED');
    });
  });
});

describe('serveInstalledGo', () => {
  test('serves the installed Go between newer and older releases, its zip unsigned like go.dev', async () => {
    const zip = await goArchive({ os: 'windows', arch: 'amd64' });
    const { server, archive, keys } = await serveInstalledGo({ newer: [{ version: '1.99.0' }], older: [{ version: '1.1' }] });
    try {
      const listed = async () => (await (await fetch(`${server.url}/?mode=json&include=all`)).json()) as IndexRelease[];
      assert.deepEqual(
        (await listed()).map((release) => release.version),
        ['go1.99.0', archive.version, 'go1.1'],
      );
      await server.setReleases([{ version: archive.version, archives: [archive, zip] }]);
      const index = await listed();
      assert.deepEqual(
        index.map((release) => release.version),
        [archive.version],
      );
      const zipEntry = index[0]!.files.find((file) => file.filename === zip.filename);
      assert.equal(zipEntry?.sha256, zip.sha256);
      assert.equal(sha256((await fetchBytes(`${server.url}/${zip.filename}`)).bytes), zip.sha256);
      assert.equal((await fetchBytes(`${server.url}/${zip.filename}.asc`)).status, 404);
      const signature = (await fetchBytes(`${server.url}/${archive.filename}.asc`)).bytes.toString();
      assert.equal((await gpgVerify(keys.release.armoredPublicKey, signature, archive.path)).ok, true);
    } finally {
      await server.close();
    }
  });
});
