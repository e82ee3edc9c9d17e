// Hostile and broken servers on the go.dev route, through dist/main.js: index file names that
// would write outside staging, bodies that break early, servers too slow for the stall timer,
// redirects, archives that verify but are not a working Go. Every failure must end in one clear
// error annotation, no stack trace, an empty staging folder and nothing in the tool cache.
// The archives are the small skeleton ones, and deadlines are shortened through the environment.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DlServer, INDEX } from '../harness/dl-server';
import { BROKEN_GO_KINDS, brokenGoArchive, skeletonGoArchive, type BrokenGoKind, type GoArchive } from '../harness/go-archives';
import { testKeys, type TestKeys } from '../harness/gpg';
import type { RunnerJob } from '../harness/runner';
import { assertCleanFailure, SHORT_DEADLINES, STEP_TIMEOUT_MS } from './fault-fixture';
import { errorsOf, newJob } from './fixture';

let keys: TestKeys;
let archive: GoArchive;
let server: DlServer;

before(async () => {
  [keys, archive] = await Promise.all([testKeys(), skeletonGoArchive()]);
  server = await DlServer.start({ archives: [archive], signingKey: keys.release });
});
after(async () => {
  await server.close();
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'go-version': archive.version.replace(/^go/, ''),
    'go-download-base-url': server.url,
    'go-signing-key': keys.release.armoredPublicKey,
    'go-download-source': 'go.dev',
    cache: 'false',
    'drift-check': 'off',
    ...extra,
  };
}

async function runJob(extraInputs: Record<string, string> = {}, prepare?: (job: RunnerJob) => void) {
  const job = newJob();
  prepare?.(job);
  // A hang shows up as a killed step (code 128), which every assertion below then reports.
  const result = await job.runAction({ inputs: inputs(extraInputs), env: SHORT_DEADLINES, timeoutMs: STEP_TIMEOUT_MS });
  return { job, result };
}

describe('class 1: a file name from the index is used only if it is the plain name of the archive', () => {
  const hostileNames = [
    '../../../workspace/dist/app.zip',
    '../../../workspace/dist/go1.26.8.linux-amd64.tar.gz',
    'sub/go1.26.8.linux-amd64.tar.gz',
    '/tmp/go1.26.8.linux-amd64.tar.gz',
    'go1.26.8.linux-amd64.tar.gz\n::error::injected',
    'go1.26.8.linux-arm64.tar.gz',
    'go1.25.0.linux-amd64.tar.gz',
    'app.zip',
  ];
  for (const name of hostileNames) {
    test(`the index names the archive ${JSON.stringify(name)}: refused before anything is written`, async () => {
      const listed = name.replace('1.26.8', archive.version.replace(/^go/, '')).replace('linux-amd64', `${archive.os}-${archive.arch}`);
      server.overrideIndexFile(archive.filename, { filename: listed });
      // Whatever path the name resolves to answers with the archive, so a download would succeed.
      server.serveAt(new URL(`${server.url}/${listed}`).pathname, archive.filename);
      server.clearRequests();
      try {
        const { job, result } = await runJob({}, (created) => mkdirSync(join(created.workspace, 'dist'), { recursive: true }));
        try {
          assertCleanFailure(
            job,
            result,
            /release index from .* lists .* as the .* archive of "?go\d.*: not a plain file name of the form go<version>\.<os>-<arch>\.\(tar\.gz\|zip\)/,
          );
          assert.deepEqual(readdirSync(join(job.workspace, 'dist')), [], 'nothing written outside staging');
          assert.deepEqual(
            server.requests.filter((request) => request.resource !== INDEX),
            [],
            'nothing was downloaded',
          );
        } finally {
          job.cleanup();
        }
      } finally {
        server.clearFaults();
      }
    });
  }
});

describe('class 3: a body that breaks early ends in one clear error and an empty staging', () => {
  const cases: Array<{ name: string; fault: Parameters<DlServer['fault']>[1]; message: RegExp; attempts: number }> = [
    {
      name: 'an HTML page answered with 200 (Content-Length differs from the index size)',
      fault: { kind: 'body', body: '<!doctype html><html><body>Please log in</body></html>\n', contentType: 'text/html; charset=utf-8' },
      message:
        /go\d[^ ]*\.tar\.gz .*answered an HTML page \(text\/html; charset=utf-8, 55 bytes\) instead of the \d+-byte archive the release index lists; not retried/,
      attempts: 1,
    },
    {
      name: 'the connection closes before the first byte',
      fault: { kind: 'truncate', afterBytes: 0 },
      message: /download of .*\.tar\.gz failed after 4 attempts: the connection closed after 0 of \d+ bytes/,
      attempts: 4,
    },
    {
      name: 'the connection closes early in the body',
      fault: { kind: 'truncate', afterBytes: 100 },
      message: /download of .*\.tar\.gz failed after 4 attempts: the connection closed after 100 of \d+ bytes/,
      attempts: 4,
    },
    {
      name: 'extra bytes counted in Content-Length',
      fault: { kind: 'append', bytes: 10 },
      message: /\.tar\.gz is \d+ bytes, but the release index lists \d+; not retried/,
      attempts: 1,
    },
    {
      name: 'extra bytes after the promised size, chunked',
      fault: { kind: 'append', bytes: 10, chunked: true },
      message: /\.tar\.gz sent more than the \d+ bytes the release index lists; not retried/,
      attempts: 1,
    },
    {
      name: 'bad chunked encoding',
      fault: { kind: 'bad-chunked', afterBytes: 100 },
      message: /download of .*\.tar\.gz failed after 4 attempts: the connection closed after 100 of \d+ bytes/,
      attempts: 4,
    },
  ];
  for (const { name, fault, message, attempts } of cases) {
    test(name, async () => {
      server.fault(archive.filename, fault);
      server.clearRequests();
      try {
        const { job, result } = await runJob();
        try {
          assertCleanFailure(job, result, message);
          assert.equal(server.requestsFor(archive.filename).length, attempts, 'retried only where another attempt can help');
          if (attempts > 1) assert.match(result.stdout, /retrying .* \(attempt 2 of 4\)/);
        } finally {
          job.cleanup();
        }
      } finally {
        server.clearFaults();
      }
    });
  }

  test('a break on the first attempt only: the retry installs', async () => {
    server.fault(archive.filename, { kind: 'bad-chunked', afterBytes: 100, times: 1 });
    try {
      const { job, result } = await runJob();
      try {
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal(result.outputs['go-version'], archive.version.replace(/^go/, ''));
      } finally {
        job.cleanup();
      }
    } finally {
      server.clearFaults();
    }
  });
});

describe('class 4: a verified archive that is not a working Go never enters the tool cache', () => {
  const expected: Record<BrokenGoKind, RegExp> = {
    'no-bin-go': /the verified go\d\S* tree does not run: .*bin\/go is missing/,
    'wrong-version': /the verified go\d\S* tree does not run: .*bin\/go version printed "go version go1\.2\.3 [^"]*", not go\d/,
    'not-executable': /the verified go\d\S* tree does not run: .*bin\/go .*(EACCES|permission denied|not executable)/i,
    fails: /the verified go\d\S* tree does not run: .*bin\/go version exited with code 2: "cannot find GOROOT"/,
  };
  for (const kind of BROKEN_GO_KINDS) {
    test(kind, async () => {
      const broken = await brokenGoArchive(kind);
      // Listed with its true digest and signed by the release key: every verification passes.
      const brokenServer = await DlServer.start({ archives: [broken], signingKey: keys.release });
      const job = newJob();
      try {
        const result = await job.runAction({
          inputs: inputs({ 'go-download-base-url': brokenServer.url }),
          env: SHORT_DEADLINES,
          timeoutMs: STEP_TIMEOUT_MS,
        });
        assertCleanFailure(job, result, expected[kind]);
      } finally {
        job.cleanup();
        await brokenServer.close();
      }
    });
  }
});

describe('class 5: every download has a deadline sized from its expected size', () => {
  const slowResources: Array<[string, () => string, RegExp]> = [
    ['the archive', () => archive.filename, /download of .*\.tar\.gz failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/],
    ['the release index', () => INDEX, /release index.*failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/],
    ['the signature', () => `${archive.filename}.asc`, /\.asc failed after 4 attempts: .*took longer than its deadline of [\d.]+ s/],
  ];
  for (const [name, resource, message] of slowResources) {
    test(`${name} sent at one byte per 300 ms (never stalls for 2 s) fails in bounded time`, async () => {
      server.fault(resource(), { kind: 'trickle', intervalMs: 300 });
      try {
        const { job, result } = await runJob();
        try {
          assertCleanFailure(job, result, message);
        } finally {
          job.cleanup();
        }
      } finally {
        server.clearFaults();
      }
    });
  }
});

describe('class 7: messages say which download failed, what was wrong, and whether it was retried', () => {
  test('a relative redirect is followed', async () => {
    server.fault(archive.filename, { kind: 'redirect', location: `../dl.google.com/go/${archive.filename}` });
    server.fault(`${archive.filename}.asc`, { kind: 'redirect', location: `/dl.google.com/go/${archive.filename}.asc` });
    server.clearRequests();
    try {
      const { job, result } = await runJob();
      try {
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal(result.outputs.verified, `sha256:mirror,openpgp:${keys.release.primaryFingerprint}`);
        assert.ok(server.requests.some((request) => request.url === `/dl.google.com/go/${archive.filename}` && request.status === 200));
      } finally {
        job.cleanup();
      }
    } finally {
      server.clearFaults();
    }
  });

  test('a redirect loop says so and is not retried', async () => {
    server.fault(archive.filename, { kind: 'redirect', location: `${server.basePath}/${archive.filename}` });
    server.clearRequests();
    try {
      const { job, result } = await runJob();
      try {
        assertCleanFailure(job, result, /GET .*\.tar\.gz: redirect loop \(.*\.tar\.gz redirects to itself\); not retried/);
        assert.equal(server.requestsFor(archive.filename).length, 1);
      } finally {
        job.cleanup();
      }
    } finally {
      server.clearFaults();
    }
  });

  for (const target of ['file:///etc/passwd', 'ftp://127.0.0.1/go.tar.gz']) {
    test(`a redirect to ${target.split(':')[0]}: is refused`, async () => {
      server.fault(archive.filename, { kind: 'redirect', location: target });
      try {
        const { job, result } = await runJob();
        try {
          assertCleanFailure(
            job,
            result,
            new RegExp(
              `GET .*\\.tar\\.gz redirects to ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: only http and https redirects are followed; not retried`,
            ),
          );
          assert.doesNotMatch(errorsOf(result), /ECONNREFUSED/);
        } finally {
          job.cleanup();
        }
      } finally {
        server.clearFaults();
      }
    });
  }

  /** Serves `bytes` as the archive, listed by the mirror with their own digest and size, unsigned: only the mirror vouches. */
  async function serveVouchedGarbage(bytes: Buffer): Promise<void> {
    server.fault(archive.filename, { kind: 'body', body: bytes });
    server.fault(`${archive.filename}.asc`, { kind: 'status', status: 404 });
    server.overrideIndexFile(archive.filename, { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
  }

  const garbage: Array<[string, () => Buffer, RegExp]> = [
    [
      'not gzip at all',
      () => Buffer.from('PK\u0003\u0004 this is no gzip stream '.repeat(20)),
      /: not a valid \.tar\.gz: not gzip data \(incorrect header check\)/,
    ],
    [
      'a gzip stream cut short',
      () => readFileSync(archive.path).subarray(0, Math.floor(archive.size / 2)),
      /: not a valid \.tar\.gz: the compressed data ends early \(unexpected end of file\)/,
    ],
  ];
  for (const [name, bytes, message] of garbage) {
    test(`an archive the mirror vouches for that is ${name} is reported as such, not as raw zlib text`, async () => {
      await serveVouchedGarbage(bytes());
      try {
        const { job, result } = await runJob();
        try {
          assertCleanFailure(job, result, message);
          assert.match(
            errorsOf(result),
            new RegExp(
              `${archive.filename.replace(/\./g, '\\.')} from 127\\.0\\.0\\.1:\\d+: .*; not retried: its bytes are the ones the index lists`,
            ),
          );
        } finally {
          job.cleanup();
        }
      } finally {
        server.clearFaults();
      }
    });
  }
});
