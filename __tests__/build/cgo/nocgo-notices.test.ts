// The notices for programs built with CGO_ENABLED=0 that link standard packages whose behaviour changes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { noCgoNotices } from '../../../src/build/cgo/nocgo-notices';

describe('CGO_ENABLED=0 notices', () => {
  test('net on Linux, os/user on every Unix, plugin where plugins exist; nothing for packages not linked', () => {
    const all = new Set(['net', 'os/user', 'plugin', 'fmt']);
    assert.equal(noCgoNotices('linux', all).length, 3);
    assert.match(noCgoNotices('linux', new Set(['net']))[0]!, /Go's own resolver/);
    // macOS resolves through the system without cgo; os/user still loses directory users.
    assert.deepEqual(
      noCgoNotices('darwin', new Set(['net', 'os/user'])).map((line) => line.split(' ')[0]),
      ['os/user'],
    );
    assert.deepEqual(noCgoNotices('windows', all), []);
    assert.deepEqual(noCgoNotices('linux', new Set(['fmt', 'net/http/internal'])), []);
  });
});
