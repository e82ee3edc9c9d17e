// The Go environment table shows what a reader needs: which Go, what is set, what this step
// exported, what a finding is about; a setting left unset is no row of its own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderEnvironmentReport } from '../../src/env/report';

function rows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\| [A-Z]/.test(line) && !line.startsWith('| setting'));
}

describe('environment table rows', () => {
  test('set, exported and flagged settings only, plus GOVERSION and GOROOT', () => {
    const markdown = renderEnvironmentReport({
      env: {
        GOPROXY: 'https://proxy.golang.org,direct',
        GOCACHE: '/home/u/.cache/go-build',
        GOMODCACHE: '/home/u/go/pkg/mod',
        GOPRIVATE: '',
      },
      risks: [
        { setting: 'GOINSECURE', level: 'advice', message: 'note on an unset setting' },
        { setting: 'GONOSUMDB', level: 'risk', message: 'risk on an unset setting' },
      ],
      exported: ['GOMODCACHE', 'GOFLAGS'],
      policy: 'warn',
    });
    assert.deepEqual(rows(markdown), [
      '| GOVERSION | unset |  |',
      '| GOROOT | unset |  |',
      '| GOMODCACHE | <code>/home/u/go/pkg/mod</code> (exported) |  |',
      '| GOCACHE | <code>/home/u/.cache/go-build</code> |  |',
      '| GOPROXY | <code>https://proxy.golang.org,direct</code> |  |',
      '| GONOSUMDB | unset | ⚠️ risky |',
      '| GOINSECURE | unset | ℹ️ note |',
      '| GOFLAGS | unset (exported) |  |',
    ]);
    assert.doesNotMatch(markdown, /_unset_|GOPRIVATE|GO111MODULE/);
    assert.match(markdown, /^### Go environment$/m);
  });
});
