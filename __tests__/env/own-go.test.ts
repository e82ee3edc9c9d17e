// Which go runs: the go / gofmt that would come before the verified ones on PATH, the Go the build
// sub-action finds (the one a setup-go-golden step verified, else the go on PATH), and the risks
// reported for a job GOROOT elsewhere, GOFLAGS that run other programs and shadowing on PATH.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { locateOwnGo, ownGoFacts, shadowsOnPath } from '../../src/env/own-go';
import { ownGoRisks } from '../../src/env/risks';
import { VERIFIED_GOROOT_VARIABLE } from '../../src/process/go-binary';

const root = mkdtempSync(join(tmpdir(), 'sgg-own-go-'));
after(() => rmSync(root, { recursive: true, force: true }));

function program(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

/** A GOROOT with bin/go and bin/gofmt. */
function goRoot(path: string): string {
  program(join(path, 'bin', 'go'));
  program(join(path, 'bin', 'gofmt'));
  mkdirSync(join(path, 'pkg', 'tool'), { recursive: true });
  return path;
}

describe('go and gofmt before the verified ones on PATH', () => {
  const verified = goRoot(join(root, 'verified'));
  const planted = join(root, 'home', 'go', 'bin');
  program(join(planted, 'go'));
  const linked = join(root, 'linked');
  mkdirSync(linked);
  symlinkSync(join(verified, 'bin', 'gofmt'), join(linked, 'gofmt'));
  const notExecutable = join(root, 'plain');
  mkdirSync(notExecutable);
  writeFileSync(join(notExecutable, 'go'), 'not a program');

  test('the verified bin first: nothing shadows it', () => {
    assert.deepEqual(shadowsOnPath(verified, [join(verified, 'bin'), planted].join(delimiter)), []);
  });
  test('a planted go earlier is a shadow; a link to the verified gofmt and a plain file are not', () => {
    const path = [notExecutable, linked, planted, join(verified, 'bin')].join(delimiter);
    assert.deepEqual(shadowsOnPath(verified, path), [{ name: 'go', path: join(planted, 'go') }]);
  });
});

describe('the Go the build sub-action runs', () => {
  const toolCache = join(root, 'toolcache');
  const cached = goRoot(join(toolCache, 'go', '1.26.8', 'x64'));
  writeFileSync(`${cached}.complete`, '');
  writeFileSync(`${cached}.setup-go-golden.json`, '{}');
  const onPath = goRoot(join(root, 'on-path'));
  const saved = process.env.RUNNER_TOOL_CACHE;
  after(() => {
    if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = saved;
  });

  test('the tree a setup-go-golden step verified, when it is still our tool-cache entry', async () => {
    process.env.RUNNER_TOOL_CACHE = toolCache;
    assert.deepEqual(await locateOwnGo({ [VERIFIED_GOROOT_VARIABLE]: cached, PATH: join(onPath, 'bin') }), {
      goRoot: cached,
      verified: true,
    });
  });
  test('a named tree outside the tool cache or without our receipt is not taken: the go on PATH is, unverified', async () => {
    process.env.RUNNER_TOOL_CACHE = toolCache;
    const elsewhere = goRoot(join(root, 'elsewhere'));
    const unreceipted = goRoot(join(toolCache, 'go', '1.25.0', 'x64'));
    writeFileSync(`${unreceipted}.complete`, '');
    for (const named of [elsewhere, unreceipted, join(toolCache, 'go', '..', 'go', '1.26.8', 'x64', '..', '..')]) {
      assert.deepEqual(
        await locateOwnGo({ [VERIFIED_GOROOT_VARIABLE]: named, PATH: join(onPath, 'bin') }),
        { goRoot: onPath, verified: false },
        named,
      );
    }
    assert.equal(await locateOwnGo({ PATH: join(root, 'nowhere') }), undefined);
  });
  test('a go outside any tree (a shim) is asked for its GOROOT, with no go env file', async () => {
    const shims = join(root, 'shims');
    mkdirSync(shims);
    writeFileSync(join(shims, 'go'), `#!/bin/sh\n[ "$*" = "env GOROOT" ] && [ "$GOENV" = off ] && echo '${onPath}'\n`);
    chmodSync(join(shims, 'go'), 0o755);
    assert.deepEqual(await locateOwnGo({ PATH: shims }), { goRoot: onPath, verified: false });
  });
});

describe('risks of another go running', () => {
  const verified = goRoot(join(root, 'risky-verified'));
  const facts = (env: NodeJS.ProcessEnv) => ownGoFacts(verified, { HOME: join(root, 'risky-home'), PATH: join(verified, 'bin'), ...env });

  test('nothing to report for the verified tree alone', () => {
    assert.deepEqual(ownGoRisks(facts({}), verified), []);
    assert.deepEqual(ownGoRisks(facts({ GOROOT: verified, GOFLAGS: '-mod=mod -trimpath' }), verified), []);
  });
  test('a job GOROOT elsewhere, foreign-code GOFLAGS in the env and the go env file, a shadowing go', () => {
    const envFile = join(root, 'risky-home', '.config', 'go', 'env');
    mkdirSync(join(envFile, '..'), { recursive: true });
    writeFileSync(envFile, 'GOFLAGS=-overlay=/tmp/o.json -mod=mod\n');
    const shadow = program(join(root, 'shadow', 'go'));
    const risks = ownGoRisks(
      facts({ GOROOT: '/other/go', GOFLAGS: '-toolexec=/tmp/spy', PATH: [join(root, 'shadow'), join(verified, 'bin')].join(delimiter) }),
      verified,
    );
    assert.deepEqual(
      risks.map((risk) => `${risk.setting}:${risk.level}`),
      ['GOROOT:risk', 'GOFLAGS:risk', 'GOFLAGS:risk', 'PATH:risk'],
    );
    assert.match(risks[0]!.message, /^GOROOT=\/other\/go in the job environment is not the verified Go /);
    assert.match(risks[1]!.message, /^GOFLAGS in the job environment has -toolexec=\/tmp\/spy:/);
    assert.match(risks[2]!.message, new RegExp(`^GOFLAGS in the go env file ${envFile} has -overlay=/tmp/o\\.json:`));
    assert.match(risks[3]!.message, new RegExp(`^${shadow} comes before the verified go`));
  });
});
