import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveToolchain, environmentExports } from '../../src/env/settings';
import { renderEnvironmentReport } from '../../src/env/report';

const paths = { gopath: '/h/go', gocache: '/h/.cache/go-build', gomodcache: '/h/go/pkg/mod' };

describe('environment exports', () => {
  test('only non-empty inputs are exported; the cache paths always are', () => {
    assert.deepEqual(environmentExports({ goproxy: ' https://p,direct ', gosumdb: '', goflags: '-trimpath' }, paths), {
      GOPROXY: 'https://p,direct',
      GOFLAGS: '-trimpath',
      GOCACHE: '/h/.cache/go-build',
      GOMODCACHE: '/h/go/pkg/mod',
    });
  });
  test('GOTOOLCHAIN: environment, then user env file, then GOROOT/go.env, then auto', () => {
    assert.equal(effectiveToolchain({ env: 'local', userEnvFile: 'auto' }), 'local');
    assert.equal(effectiveToolchain({ userEnvFile: 'go1.22.0', goRootEnvFile: 'auto' }), 'go1.22.0');
    assert.equal(effectiveToolchain({ goRootEnvFile: 'local' }), 'local');
    assert.equal(effectiveToolchain({}), 'auto');
  });
});

describe('environment report', () => {
  test('flags risky settings, lists notes, hides credentials and says whether the step fails', () => {
    const markdown = renderEnvironmentReport({
      env: { GOPROXY: 'https://u:hunter2@proxy.corp', GOSUMDB: 'off', GOFLAGS: '-a|b' },
      risks: [
        { setting: 'GOSUMDB', level: 'risk', message: 'off is bad' },
        { setting: 'GOPROXY', level: 'advice', message: 'no fallback' },
      ],
      exported: ['GOSUMDB'],
      policy: 'error',
    });
    assert.match(markdown, /\| GOSUMDB \| `off` \(exported\) \| ⚠️ risky \|/);
    assert.match(markdown, /\| GOPROXY \| `https:\/\/\*\*\*@proxy.corp` \| ℹ️ note \|/);
    assert.match(markdown, /\| GOFLAGS \| `-a\\\|b` \| {2}\|/);
    assert.match(markdown, /1 risky setting\(s\)\*\* \(env-policy: error, the step fails\)/);
    assert.doesNotMatch(markdown, /hunter2/);
    assert.match(renderEnvironmentReport({ env: {}, risks: [], exported: [], policy: 'warn' }), /No risky Go settings found/);
  });
});
