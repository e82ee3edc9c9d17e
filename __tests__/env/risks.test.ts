import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { findRisks, type RiskContext } from '../../src/env/risks';
import { matchesPrefixPattern, uncoveredPatterns } from '../../src/env/patterns';
import { proxyCredentials } from '../../src/shared/credentials';

const SAFE = {
  GOPROXY: 'https://proxy.golang.org,direct',
  GOSUMDB: 'sum.golang.org',
  GOFLAGS: '',
  GO111MODULE: '',
  GOTOOLCHAIN: 'local',
  GOPATH: '/home/u/go',
  GOCACHE: '/home/u/.cache/go-build',
  GOMODCACHE: '/home/u/go/pkg/mod',
};

function risksOf(env: Record<string, string>, extra: Partial<RiskContext> = {}) {
  return findRisks({
    env: { ...SAFE, ...env },
    goRoot: '/opt/go',
    workspace: '/work/repo',
    isAbsolute: posix.isAbsolute,
    isInside: (child, parent) => child === parent || child.startsWith(`${parent}/`),
    ...extra,
  });
}
const flagged = (env: Record<string, string>, extra?: Partial<RiskContext>) =>
  risksOf(env, extra).map((risk) => `${risk.setting}:${risk.level}`);

describe('risky Go settings', () => {
  test('a default environment has no findings', () => {
    assert.deepEqual(risksOf({}), []);
  });
  test('GOSUMDB=off and GOINSECURE are risks', () => {
    assert.deepEqual(flagged({ GOSUMDB: 'off' }), ['GOSUMDB:risk']);
    assert.deepEqual(flagged({ GOINSECURE: 'corp.example.com' }), ['GOINSECURE:risk']);
  });
  test('GONOSUMDB / GONOPROXY patterns outside GOPRIVATE are risks; equal or narrower ones are not', () => {
    assert.deepEqual(flagged({ GOPRIVATE: 'corp.example.com', GONOSUMDB: 'corp.example.com,github.com/someone' }), ['GONOSUMDB:risk']);
    assert.deepEqual(flagged({ GOPRIVATE: 'corp.example.com', GONOPROXY: 'other.example.com' }), ['GONOPROXY:risk']);
    assert.deepEqual(
      flagged({ GOPRIVATE: '*.corp.example.com', GONOSUMDB: 'git.corp.example.com/team', GONOPROXY: '*.corp.example.com' }),
      [],
    );
  });
  test('GOPRIVATE covering a public host wholesale is a risk; one organisation is fine', () => {
    assert.deepEqual(flagged({ GOPRIVATE: 'github.com/*' }), ['GOPRIVATE:risk']);
    assert.deepEqual(flagged({ GOPRIVATE: '*' }), ['GOPRIVATE:risk']);
    assert.deepEqual(flagged({ GOPRIVATE: '*.com' }), ['GOPRIVATE:risk']);
    assert.deepEqual(flagged({ GOPRIVATE: 'github.com/my-org' }), []);
  });
  test('GOPROXY: direct only is a risk, plain http a risk, no fallback a note, credentials a note', () => {
    assert.deepEqual(flagged({ GOPROXY: 'direct' }), ['GOPROXY:risk']);
    assert.deepEqual(flagged({ GOPROXY: 'http://proxy.corp:3000,direct' }), ['GOPROXY:risk']);
    assert.deepEqual(flagged({ GOPROXY: 'http://127.0.0.1:3000,direct' }), []);
    // Credentials in the URL do not hide that the host is this machine (or that it is not).
    assert.deepEqual(flagged({ GOPROXY: 'http://user:pass@localhost:3000,direct' }), ['GOPROXY:advice']);
    assert.deepEqual(flagged({ GOPROXY: 'http://[::1]:3000,direct' }), []);
    assert.deepEqual(flagged({ GOPROXY: 'http://localhost.proxy.corp,direct' }), ['GOPROXY:risk']);
    assert.deepEqual(flagged({ GOPROXY: 'http://127.0.0.1@proxy.corp,direct' }), ['GOPROXY:risk', 'GOPROXY:advice']);
    assert.deepEqual(flagged({ GOPROXY: 'https://proxy.corp' }), ['GOPROXY:advice']);
    assert.deepEqual(flagged({ GOPROXY: 'https://u:secret@proxy.corp|https://proxy.golang.org' }), ['GOPROXY:advice']);
    const plain = risksOf({ GOPROXY: 'http://u:secret@proxy.corp,direct' });
    assert.ok(
      plain.every((risk) => !risk.message.includes('secret')),
      'messages never carry credentials',
    );
  });
  test('GOFLAGS=-mod=mod, GO111MODULE=off and toolchain switching are risks', () => {
    assert.deepEqual(flagged({ GOFLAGS: '-trimpath -mod=mod' }), ['GOFLAGS:risk']);
    assert.deepEqual(flagged({ GOFLAGS: '-mod=readonly' }), []);
    assert.deepEqual(flagged({ GO111MODULE: 'off' }), ['GO111MODULE:risk']);
    assert.deepEqual(flagged({ GOTOOLCHAIN: 'auto' }), ['GOTOOLCHAIN:risk']);
    assert.deepEqual(flagged({ GOTOOLCHAIN: 'local+auto' }), ['GOTOOLCHAIN:risk']);
    assert.deepEqual(flagged({ GOTOOLCHAIN: 'go1.23.1' }), ['GOTOOLCHAIN:risk']);
    assert.deepEqual(flagged({ GOTOOLCHAIN: 'go1.23.1+path' }), ['GOTOOLCHAIN:risk']);
  });
  test('odd or slow cache paths are noted; a relative cache path is a risk', () => {
    assert.deepEqual(flagged({ GOCACHE: 'relative/cache' }), ['GOCACHE:risk']);
    assert.deepEqual(flagged({ GOMODCACHE: '/work/repo/.modcache' }), ['GOMODCACHE:advice']);
    assert.deepEqual(flagged({ GOPATH: '/opt/go/gopath' }), ['GOPATH:advice']);
    assert.deepEqual(flagged({}, { fileSystems: { '/home/u/go/pkg/mod': 'nfs4', '/home/u/.cache/go-build': 'ext4' } }), [
      'GOMODCACHE:advice',
    ]);
    assert.deepEqual(flagged({ GOCACHE: 'off' }), ['GOCACHE:advice']);
  });
});

describe('module path patterns', () => {
  test('match a prefix with as many elements as the pattern', () => {
    assert.ok(matchesPrefixPattern('corp.example.com', 'corp.example.com/a/b'));
    assert.ok(matchesPrefixPattern('*.example.com', 'git.example.com/a'));
    assert.ok(!matchesPrefixPattern('*.example.com', 'example.com/a'));
    assert.ok(!matchesPrefixPattern('corp.example.com/team', 'corp.example.com'));
    assert.ok(matchesPrefixPattern('github.com/org?', 'github.com/org1/x'));
    assert.deepEqual(uncoveredPatterns('a.com, b.com/x ,c.com', 'a.com,b.com'), ['c.com']);
  });
});

describe('proxy credentials', () => {
  test('collects passwords, tokens and full URLs, and redacts every entry', () => {
    const { secrets, redacted } = proxyCredentials('https://bob:p%40ss@proxy.corp/go,https://TOKEN123@other.corp|direct');
    assert.ok(secrets.includes('p%40ss') && secrets.includes('p@ss') && secrets.includes('TOKEN123'));
    assert.ok(secrets.includes('https://bob:p%40ss@proxy.corp/go'));
    assert.equal(redacted, 'https://***@proxy.corp/go,https://***@other.corp|direct');
    assert.deepEqual(proxyCredentials('https://proxy.golang.org,direct'), { secrets: [], redacted: 'https://proxy.golang.org,direct' });
  });
});
