import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servicePath } from '../../src/cache/entry-path';

test('a cache inside the workspace is filed relative to it, one outside by its absolute path', () => {
  assert.equal(servicePath('/runner/abc123/hostexecutor/.gomodcache', '/runner/abc123/hostexecutor'), '.gomodcache');
  assert.equal(servicePath('/runner/abc123/hostexecutor/a/b', '/runner/abc123/hostexecutor'), 'a/b');
  assert.equal(servicePath('/home/runner/go/pkg/mod', '/runner/abc123/hostexecutor'), '/home/runner/go/pkg/mod');
  // A sibling whose name starts with the workspace's is outside it.
  assert.equal(servicePath('/runner/abc123/hostexecutor-2/x', '/runner/abc123/hostexecutor'), '/runner/abc123/hostexecutor-2/x');
  assert.equal(servicePath('/runner/..cache', '/runner/ws'), '/runner/..cache');
});
