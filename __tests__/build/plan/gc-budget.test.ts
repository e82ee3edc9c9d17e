// The memory budget of the build's go processes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { gcBudgetEnv } from '../../../src/build/plan/gc-budget';

describe('garbage collector budget of the build processes', () => {
  const GiB = 1024 ** 3;
  test('collection off, with half the memory shared among the processes that run at once as the limit', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {
      GOGC: 'off',
      GOMEMLIMIT: '1024MiB',
    });
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 7 * GiB, goVersion: 'devel go1.27-abcdef', parallel: 2, cores: 2 }), {
      GOGC: 'off',
      GOMEMLIMIT: '896MiB',
    });
  });
  test('a GOGC or GOMEMLIMIT the workflow set is left alone', () => {
    assert.deepEqual(gcBudgetEnv({ GOGC: '100' }, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {});
    assert.deepEqual(gcBudgetEnv({ GOMEMLIMIT: '2GiB' }, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.22.5', parallel: 2, cores: 4 }), {});
  });
  test('too little memory per process: the default collector', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 4 * GiB, goVersion: 'go1.22.5', parallel: 4, cores: 4 }), {});
  });
  test('a Go without GOMEMLIMIT (before 1.19) keeps the default collector: collection off would have no backstop', () => {
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.18.10', parallel: 2, cores: 4 }), {});
    assert.deepEqual(gcBudgetEnv({}, { totalMemoryBytes: 16 * GiB, goVersion: 'go1.19', parallel: 2, cores: 4 }), {
      GOGC: 'off',
      GOMEMLIMIT: '1024MiB',
    });
  });
});
