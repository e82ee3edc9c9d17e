// File names of binaries and archives.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  archiveFileName,
  archiveFormatFor,
  binaryFileName,
  programFileName,
  programNameFromImportPath,
} from '../../../src/build/plan/naming';
import type { BuildTarget } from '../../../src/build/plan/targets';

const t = (goos: string, goarch: string, variant = ''): BuildTarget => ({ goos, goarch, variant });

describe('names', () => {
  test('binaries carry goos, goarch and variant, and .exe on windows', () => {
    assert.equal(binaryFileName('hello', t('linux', 'arm', 'v7')), 'hello-linux-arm-v7');
    assert.equal(binaryFileName('hello', t('linux', 'amd64')), 'hello-linux-amd64');
    assert.equal(binaryFileName('hello', t('windows', 'arm64')), 'hello-windows-arm64.exe');
    assert.equal(programFileName('hello', t('windows', 'arm64')), 'hello.exe');
    assert.equal(programFileName('hello', t('darwin', 'arm64')), 'hello');
  });

  test('archives: auto is zip for windows and tar.gz elsewhere; explicit choices win', () => {
    assert.equal(archiveFormatFor('auto', t('windows', 'amd64')), 'zip');
    assert.equal(archiveFormatFor('auto', t('linux', 'amd64')), 'tar.gz');
    assert.equal(archiveFormatFor('zip', t('linux', 'amd64')), 'zip');
    assert.equal(archiveFormatFor('tar.gz', t('windows', 'amd64')), 'tar.gz');
    assert.equal(archiveFormatFor('none', t('windows', 'amd64')), undefined);
    assert.equal(archiveFileName('hello', t('linux', 'amd64', 'v3'), 'tar.gz'), 'hello-linux-amd64-v3.tar.gz');
  });

  test('the default name is the last element of the main package path, without a major-version suffix', () => {
    assert.equal(programNameFromImportPath('example.com/hello'), 'hello');
    assert.equal(programNameFromImportPath('github.com/acme/tool/cmd/tool-cli'), 'tool-cli');
    assert.equal(programNameFromImportPath('github.com/acme/tool/v3'), 'tool');
    assert.equal(programNameFromImportPath('hello'), 'hello');
  });
});
