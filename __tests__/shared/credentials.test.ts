// Proxy URL credentials: one reading for the Go environment step and the proxy downloads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { proxyCredentials, redactUrl, urlCredentials, urlSecrets } from '../../src/shared/credentials';

describe('proxy credentials', () => {
  test('the proxy route masks what the environment step masks: password raw and decoded, and the whole URL', () => {
    for (const url of ['https://bob:p%40ss@proxy.corp/go', 'https://TOKEN123@other.corp', 'http://u:s3cr%2Ft@10.0.0.1:8080/mod']) {
      const fromList = proxyCredentials(url);
      assert.deepEqual(urlSecrets(url), fromList.secrets, url);
      assert.equal(redactUrl(url), fromList.redacted, url);
      assert.ok(urlSecrets(url).includes(url), `${url}: the whole URL is masked`);
    }
    assert.deepEqual(urlSecrets('https://bob:p%40ss@proxy.corp/go'), ['p%40ss', 'p@ss', 'https://bob:p%40ss@proxy.corp/go']);
  });

  test('the user information ends at the last @ of the authority, not at the first', () => {
    assert.deepEqual(urlCredentials('https://u:p@ss@proxy.corp/a@b'), {
      secrets: ['p@ss', 'https://u:p@ss@proxy.corp/a@b'],
      redacted: 'https://***@proxy.corp/a@b',
    });
  });

  test('no user information, no scheme, or an @ only in the path: nothing to mask', () => {
    for (const text of ['https://proxy.golang.org', 'proxy.corp/go', 'https://proxy.corp/~bob@corp', 'direct', 'off', '']) {
      assert.deepEqual(urlCredentials(text), { secrets: [], redacted: text });
    }
  });

  test('lists keep their separators', () => {
    assert.equal(
      proxyCredentials('https://a:x@p1,https://p2|https://t@p3,direct').redacted,
      'https://***@p1,https://p2|https://***@p3,direct',
    );
  });

  test('100 KB of scheme-like text or of @ signs is read, with nothing to mask', () => {
    // The earlier regular expression backtracked on these (61 s for 100 KB); bench/credentials.bench.ts measures the time.
    for (const text of ['a'.repeat(100_000), 'a+'.repeat(50_000)])
      assert.deepEqual(proxyCredentials(text), { secrets: [], redacted: text });
    assert.equal(proxyCredentials(`https://${'@'.repeat(100_000)}proxy.corp`).redacted, 'https://***@proxy.corp');
  });
});
