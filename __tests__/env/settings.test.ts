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
    assert.match(markdown, /\| GOSUMDB \| <code>off<\/code> \(exported\) \| ⚠️ risky \|/);
    assert.match(markdown, /\| GOPROXY \| <code>https:\/\/&#42;&#42;&#42;@proxy.corp<\/code> \| ℹ️ note \|/);
    assert.match(markdown, /\| GOFLAGS \| <code>-a&#124;b<\/code> \| {2}\|/);
    assert.match(markdown, /1 risky setting\(s\)\*\* \(env-policy: error, the step fails\)/);
    assert.doesNotMatch(markdown, /hunter2/);
    assert.match(renderEnvironmentReport({ env: {}, risks: [], exported: [], policy: 'warn' }), /No risky Go settings found/);
  });
});

describe('environment report: values from outside', () => {
  test("GOSUMDB's credentials are masked like GOPROXY's", () => {
    const gosumdb = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8 https://ci:hunter2@sumdb.corp/lookup';
    const markdown = renderEnvironmentReport({ env: { GOSUMDB: gosumdb }, risks: [], exported: [], policy: 'warn' });
    assert.doesNotMatch(markdown, /hunter2/);
    assert.match(markdown, /<code>sum.golang.org\+033de0ae\+\S+ https:\/\/&#42;&#42;&#42;@sumdb.corp\/lookup<\/code>/);
  });
  test('HTML, comments and Markdown in values and messages stay text', () => {
    const markdown = renderEnvironmentReport({
      env: { GOPRIVATE: '<!-- hidden', GOFLAGS: '<h1>x</h1> | `y` [z](http://e)' },
      risks: [{ setting: 'GOPRIVATE', level: 'risk', message: 'pattern <!-- covers * too' }],
      exported: [],
      policy: 'warn',
    });
    assert.doesNotMatch(markdown, /<!--|<h1>|\[z\]/);
    assert.match(markdown, /<code>&lt;h1&gt;x&lt;\/h1&gt; &#124; &#96;y&#96; &#91;z&#93;\(http:\/\/e\)<\/code>/);
    assert.match(markdown, /- \*\*GOPRIVATE\*\*: pattern &lt;!-- covers &#42; too/);
  });
});
