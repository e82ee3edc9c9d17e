import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareGoVersions,
  formatGoVersion,
  fromSemver,
  isPrerelease,
  languageVersion,
  parseGoVersion,
  releaseVersion,
  toSemver,
  type GoVersion,
} from '../../src/version/goversion';

describe('parseGoVersion', () => {
  const valid: [string, GoVersion][] = [
    ['1.22.5', { major: 1, minor: 22, patch: 5 }],
    ['go1.22.5', { major: 1, minor: 22, patch: 5 }],
    ['v1.22.5', { major: 1, minor: 22, patch: 5 }],
    ['1.21', { major: 1, minor: 21 }],
    ['1.20', { major: 1, minor: 20 }],
    ['1.21rc1', { major: 1, minor: 21, pre: { kind: 'rc', number: 1 } }],
    ['1.22beta1', { major: 1, minor: 22, pre: { kind: 'beta', number: 1 } }],
    ['go1.21alpha2', { major: 1, minor: 21, pre: { kind: 'alpha', number: 2 } }],
    ['go1.9.2rc2', { major: 1, minor: 9, patch: 2, pre: { kind: 'rc', number: 2 } }],
    ['go1', { major: 1, minor: 0 }],
    ['1.0.0', { major: 1, minor: 0, patch: 0 }],
    ['1.21.0', { major: 1, minor: 21, patch: 0 }],
    ['1.100.10', { major: 1, minor: 100, patch: 10 }],
  ];
  for (const [text, expected] of valid) {
    test(`accepts ${text}`, () => assert.deepEqual(parseGoVersion(text), expected));
  }

  const invalid = [
    '',
    'abc',
    'go',
    'v',
    '1.',
    '1.22.',
    '1.22.x',
    '1.x',
    '1.-1',
    '-1.2',
    '1.022',
    '01.22',
    '1.22.05',
    '1.21.3rc1',
    '1.22.0rc1',
    '1.22rc',
    '1.22rc01',
    '1.22RC1',
    '1.22-rc.1',
    '1.22gamma1',
    ' 1.22',
    '1.22 ',
    'go 1.22',
    'gov1.22',
    '1.22.5.1',
    '1.22.5+build',
    'go1.21.0-bigcorp',
    '1.99999999999999999999',
  ];
  for (const text of invalid) {
    test(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseGoVersion(text), undefined));
  }
});

describe('compareGoVersions', () => {
  // Strictly ascending; every pair is checked in both directions.
  const ascending = [
    'go1',
    '1.2.2',
    '1.9beta1',
    '1.9rc1',
    '1.9rc2',
    '1.9',
    '1.9.1',
    '1.9.2rc1',
    '1.9.2rc2',
    '1.9.2',
    '1.10',
    '1.19.13',
    '1.20beta1',
    '1.20rc1',
    '1.20rc2',
    '1.20',
    '1.20.1',
    '1.20.14',
    '1.21',
    '1.21alpha1',
    '1.21beta1',
    '1.21beta2',
    '1.21rc1',
    '1.21rc2',
    '1.21.0',
    '1.21.1',
    '1.21.2',
    '1.21.10',
    '1.22',
    '1.22rc1',
    '1.22.0',
    '1.22.5',
    '1.23',
    '1.100',
    // go/version: 2.0 is 2.0.0 (minor < 21, whatever the major; see setup-go-compat.test.ts).
    '2.0.0',
    '2.21',
    '2.21.0',
  ];
  ascending.forEach((version, i) => {
    test(`${version} sits at position ${i} of the ordering table`, () => {
      ascending.forEach((other, j) => {
        const expected = Math.sign(i - j);
        assert.equal(compareGoVersions(version, other), expected, `compare(${version}, ${other})`);
      });
    });
  });
  test('sorting a shuffled table restores it', () => {
    const shuffled = [...ascending].reverse().sort((a, b) => a.localeCompare(b));
    assert.deepEqual(shuffled.sort(compareGoVersions), ascending);
  });

  // The examples in the go/version documentation and the go command's ordering rules.
  const goDocs: [string, string, number][] = [
    ['go1.21', 'go1.21rc1', -1],
    ['go1.21rc1', 'go1.21.0', -1],
    ['go1.21.0', 'go1.21.1', -1],
    ['go1.21', 'go1.21.0', -1],
    ['go1.20', 'go1.20.0', 0],
    ['go1', 'go1.0.0', 0],
    ['go1.21rc1', 'go1.21rc1', 0],
    ['go1.22.5', '1.22.5', 0],
    ['v1.22.5', 'go1.22.5', 0],
  ];
  for (const [a, b, expected] of goDocs) {
    test(`compare(${a}, ${b}) = ${expected}`, () => {
      assert.equal(compareGoVersions(a, b), expected);
      assert.equal(compareGoVersions(b, a), -expected || 0);
    });
  }

  test('invalid strings sort before valid ones and equal to each other', () => {
    for (const bad of ['', 'abc', '1.22.x']) {
      assert.equal(compareGoVersions(bad, 'go1'), -1);
      assert.equal(compareGoVersions('go1', bad), 1);
      assert.equal(compareGoVersions(bad, 'garbage'), 0);
    }
    const sorted = ['1.22.1', 'nonsense', '1.21rc1', '1.21'].sort(compareGoVersions);
    assert.deepEqual(sorted, ['nonsense', '1.21', '1.21rc1', '1.22.1']);
  });

  test('accepts parsed versions and strings alike', () => {
    assert.equal(compareGoVersions({ major: 1, minor: 21, patch: 0 }, '1.21rc2'), 1);
    assert.equal(compareGoVersions('1.21rc2', { major: 1, minor: 21, pre: { kind: 'rc', number: 2 } }), 0);
  });
});

describe('releaseVersion', () => {
  const cases: [string, GoVersion | undefined][] = [
    ['go1.20', { major: 1, minor: 20, patch: 0 }],
    ['go1', { major: 1, minor: 0, patch: 0 }],
    ['1.9', { major: 1, minor: 9, patch: 0 }],
    ['go1.20.3', { major: 1, minor: 20, patch: 3 }],
    ['go1.20rc1', { major: 1, minor: 20, pre: { kind: 'rc', number: 1 } }],
    ['go1.9.2rc2', { major: 1, minor: 9, patch: 2, pre: { kind: 'rc', number: 2 } }],
    ['go1.21.0', { major: 1, minor: 21, patch: 0 }],
    // From 1.21 on, a bare X.Y is a language version: passed through without a patch.
    ['go1.21', { major: 1, minor: 21 }],
    ['1.22', { major: 1, minor: 22 }],
    ['go1.21rc2', { major: 1, minor: 21, pre: { kind: 'rc', number: 2 } }],
    ['go1.22.x', undefined],
  ];
  for (const [name, expected] of cases) {
    test(`${name}`, () => assert.deepEqual(releaseVersion(name), expected));
  }
});

describe('formatting', () => {
  const canonical = ['1.22.5', '1.21rc2', '1.9.2rc2', '1.22', '1.22beta1', '1.0.0', '1.21.0', '1.20'];
  for (const text of canonical) {
    test(`formatGoVersion round-trips ${text}`, () => assert.equal(formatGoVersion(parseGoVersion(text)!), text));
  }
  test('formatGoVersion drops prefixes', () => {
    assert.equal(formatGoVersion(parseGoVersion('go1.22.5')!), '1.22.5');
    assert.equal(formatGoVersion(parseGoVersion('v1.21rc1')!), '1.21rc1');
    assert.equal(formatGoVersion(releaseVersion('go1.20')!), '1.20.0');
  });
  test('languageVersion', () => {
    assert.equal(languageVersion(parseGoVersion('1.22.5')!), '1.22');
    assert.equal(languageVersion(parseGoVersion('go1.21rc2')!), '1.21');
    assert.equal(languageVersion(parseGoVersion('1.9.2rc2')!), '1.9');
  });
  test('isPrerelease', () => {
    assert.equal(isPrerelease(parseGoVersion('1.21rc2')!), true);
    assert.equal(isPrerelease(parseGoVersion('1.9.2rc2')!), true);
    assert.equal(isPrerelease(parseGoVersion('1.22beta1')!), true);
    assert.equal(isPrerelease(parseGoVersion('1.22.5')!), false);
    assert.equal(isPrerelease(parseGoVersion('1.22')!), false);
  });
});

describe('tool-cache semver names', () => {
  const pairs: [string, string][] = [
    ['1.22.5', '1.22.5'],
    ['1.21.0', '1.21.0'],
    ['1.21rc2', '1.21.0-rc.2'],
    ['1.22beta1', '1.22.0-beta.1'],
    ['1.21alpha1', '1.21.0-alpha.1'],
    ['1.20rc1', '1.20.0-rc.1'],
    ['1.9.2rc2', '1.9.2-rc.2'],
    ['1.20.0', '1.20.0'],
  ];
  for (const [go, semver] of pairs) {
    test(`${go} <-> ${semver}`, () => {
      const version = parseGoVersion(go)!;
      assert.equal(toSemver(version), semver);
      assert.deepEqual(fromSemver(semver), version);
      assert.equal(formatGoVersion(fromSemver(semver)!), go);
    });
  }
  test('release names from the pre-1.21 era map to .0 directories', () => {
    assert.equal(toSemver(releaseVersion('go1.20')!), '1.20.0');
    assert.equal(toSemver(releaseVersion('go1')!), '1.0.0');
  });
  for (const dir of [
    '1.22',
    '1.22.5-rc',
    '1.22.1-rc.1',
    '1.21.3-rc.1',
    'v1.22.5',
    '1.22.05',
    '1.22.5-gamma.1',
    '1.22.5+meta',
    'go1.22.5',
    '',
    'latest',
  ]) {
    test(`fromSemver rejects ${JSON.stringify(dir)}`, () => assert.equal(fromSemver(dir), undefined));
  }
  test('fromSemver accepts a pre-1.21 patch candidate only', () => {
    assert.deepEqual(fromSemver('1.8.5-rc.4'), { major: 1, minor: 8, patch: 5, pre: { kind: 'rc', number: 4 } });
    assert.equal(fromSemver('1.22.1-rc.1'), undefined);
  });
});
