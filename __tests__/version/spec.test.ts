import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeVersionSpec,
  newestStableReleases,
  parseVersionSpec,
  refuseUnsupportedSpec,
  resolveVersionSpec,
  satisfiesVersionSpec,
  type Release,
  type VersionSpec,
} from '../../src/version/spec';
import { RELEASES } from './fixtures/releases';

function spec(text: string): VersionSpec {
  return parseVersionSpec(text, 'input go-version').spec;
}

describe('parseVersionSpec: kinds', () => {
  const kinds: [string, VersionSpec][] = [
    ['1.22.5', { kind: 'exact', version: { major: 1, minor: 22, patch: 5 } }],
    ['go1.22.5', { kind: 'exact', version: { major: 1, minor: 22, patch: 5 } }],
    ['v1.22.5', { kind: 'exact', version: { major: 1, minor: 22, patch: 5 } }],
    [' 1.22.5\n', { kind: 'exact', version: { major: 1, minor: 22, patch: 5 } }],
    ['1.21rc2', { kind: 'exact', version: { major: 1, minor: 21, pre: { kind: 'rc', number: 2 } } }],
    ['1.21.0-rc.2', { kind: 'exact', version: { major: 1, minor: 21, pre: { kind: 'rc', number: 2 } } }],
    ['v1.22.0-beta.1', { kind: 'exact', version: { major: 1, minor: 22, pre: { kind: 'beta', number: 1 } } }],
    ['1.9.2-rc.2', { kind: 'exact', version: { major: 1, minor: 9, patch: 2, pre: { kind: 'rc', number: 2 } } }],
    ['1.9.2rc2', { kind: 'exact', version: { major: 1, minor: 9, patch: 2, pre: { kind: 'rc', number: 2 } } }],
    ['1.22', { kind: 'minor', major: 1, minor: 22 }],
    ['1.22.x', { kind: 'minor', major: 1, minor: 22 }],
    ['1.22.X', { kind: 'minor', major: 1, minor: 22 }],
    ['1.22.*', { kind: 'minor', major: 1, minor: 22 }],
    ['go1.22', { kind: 'minor', major: 1, minor: 22 }],
    ['v1.20', { kind: 'minor', major: 1, minor: 20 }],
    ['stable', { kind: 'stable' }],
    ['Stable', { kind: 'stable' }],
    ['latest', { kind: 'stable' }],
    ['oldstable', { kind: 'oldstable' }],
  ];
  for (const [text, expected] of kinds) {
    test(JSON.stringify(text), () => assert.deepEqual(spec(text), expected));
  }
  for (const text of [
    '^1.22',
    '~1.22.3',
    '>=1.21 <1.23',
    '>=1.21.0, <1.23',
    '1.21 - 1.22',
    '1.x',
    '1.x.x',
    '1',
    'go1',
    '<1.20 || 1.21.3',
  ]) {
    test(`${JSON.stringify(text)} is a range`, () => {
      const parsed = spec(text);
      assert.equal(parsed.kind, 'range');
      assert.equal(parsed.kind === 'range' && parsed.text, text);
    });
  }
  test('|| separates comparator sets', () => {
    const parsed = spec('<1.20 || >=1.21.3 <1.22 || 1.23rc1');
    assert.equal(parsed.kind === 'range' && parsed.sets.length, 3);
  });
});

describe('parseVersionSpec: rejects', () => {
  const bad = [
    '',
    '   ',
    'abc',
    'newest',
    'stable2',
    '1.22.x.1',
    '1.x.5',
    '1.-1',
    '1.022',
    '1.22.5.6',
    '1.21.3rc1',
    '1.22rc',
    '>=',
    '>=abc',
    '>=1.21 <',
    '^',
    '~',
    '1.22 ||',
    '|| 1.22',
    '1.22 || || 1.23',
    'go 1.22',
    '1.21 - ',
    '1.21 - x',
    '>>1.21',
    '=>1.21',
    '1.22.x.x',
    '1.x.x.x',
    '.x',
    '1.22.5-rc.1',
    '1.22.0-rc1',
    '1.22.0-gamma.1',
    'go1.22.0-rc.1',
    '>=*',
    'x.1',
  ];
  for (const text of bad) {
    test(JSON.stringify(text), () => {
      assert.throws(
        () => parseVersionSpec(text, 'input go-version'),
        (error: Error) => {
          assert.match(error.message, /^input go-version: cannot read /);
          assert.ok(error.message.includes(JSON.stringify(text)), error.message);
          assert.match(error.message, /accepted forms: .*1\.22\.5.*\^1\.22.*stable, oldstable/);
          return true;
        },
      );
    });
  }
  test('the error names whatever source the caller gives', () => {
    assert.throws(() => parseVersionSpec('1.22.x.1', 'go.mod:3'), /^Error: go\.mod:3: /);
  });
  test('a bad comparator inside a range is named', () => {
    assert.throws(() => parseVersionSpec('>=1.21 <1.2x', 'input go-version'), /"<1\.2x" is not a version comparator/);
  });
});

describe('parseVersionSpec: the YAML lost-zero warning', () => {
  const lostZero: [string, string][] = [
    ['1.2', '1.20'],
    ['1.3', '1.30'],
    ['1.1', '1.10'],
    ['1.9', '1.90'],
    [' 1.2 ', '1.20'],
  ];
  for (const [text, intended] of lostZero) {
    test(`${JSON.stringify(text)} warns about ${intended}`, () => {
      const { spec: parsed, warnings } = parseVersionSpec(text, 'input go-version');
      assert.equal(warnings.length, 1);
      const [warning] = warnings;
      assert.ok(warning!.startsWith('input go-version: '), warning);
      assert.ok(warning!.includes(`${text.trim()} is probably ${intended} written unquoted in YAML`), warning);
      assert.ok(warning!.includes(`quote it: '${intended}'`), warning);
      // Still honoured as written: the warning explains, it does not guess.
      assert.deepEqual(parsed, { kind: 'minor', major: 1, minor: Number(text.trim().slice(2)) });
    });
  }
  for (const text of ['1.20', '1.22', '1.2.2', '1.2.x', '>=1.2', '2.2', '1.0', 'stable']) {
    test(`${JSON.stringify(text)} does not warn`, () => {
      assert.deepEqual(parseVersionSpec(text, 'input go-version').warnings, []);
    });
  }
  test('version files opt out: no YAML is involved', () => {
    assert.deepEqual(parseVersionSpec('1.2', '.go-version:1', { fromYaml: false }).warnings, []);
  });
});

describe('resolveVersionSpec against the release fixture', () => {
  const table: [string, string | undefined][] = [
    ['stable', '1.23.4'],
    ['latest', '1.23.4'],
    ['oldstable', '1.22.10'],
    ['1.22.5', '1.22.5'],
    ['go1.22.5', '1.22.5'],
    ['v1.22.5', '1.22.5'],
    ['1.22.11', undefined],
    ['1.22', '1.22.10'],
    ['1.22.x', '1.22.10'],
    ['go1.22', '1.22.10'],
    ['1.21', '1.21.13'],
    ['1.20', '1.20.14'],
    ['1.20.0', '1.20.0'],
    ['go1.20.0', '1.20.0'],
    ['1.19.0', '1.19.0'],
    ['1.9', '1.9.7'],
    ['1.9.2', '1.9.2'],
    ['1.9.2rc2', '1.9.2rc2'],
    ['1.24', undefined],
    ['1.24rc1', '1.24rc1'],
    ['1.21rc2', '1.21rc2'],
    ['1.21rc1', undefined],
    ['1.22rc2', '1.22rc2'],
    ['1.22.0-rc.2', '1.22rc2'],
    ['>=1.24.0-rc.1', '1.24rc2'],
    ['^1.22', '1.23.4'],
    ['^1.22.3', '1.23.4'],
    ['~1.22.3', '1.22.10'],
    ['~1.22', '1.22.10'],
    ['~1.20.3', '1.20.14'],
    ['>=1.21 <1.23', '1.22.10'],
    ['>=1.21.0, <1.23', '1.22.10'],
    ['>= 1.21 < 1.23', '1.22.10'],
    ['>=1.21,<1.23', '1.22.10'],
    ['<1.23', '1.22.10'],
    ['<1.23.0', '1.22.10'],
    ['<=1.22', '1.22.10'],
    ['<=1.22.3', '1.22.3'],
    ['>1.22', '1.23.4'],
    ['>1.22.10 <1.23.2', '1.23.1'],
    ['<1.21.0', '1.20.14'],
    ['<1.20', '1.19.13'],
    ['>1.23.4', undefined],
    ['=1.22.5', '1.22.5'],
    ['1.21 - 1.22', '1.22.10'],
    ['1.20 - 1.21.5', '1.21.5'],
    ['1.x', '1.23.4'],
    ['1', '1.23.4'],
    ['go1', '1.23.4'],
    ['2', undefined],
    ['<1.20 || 1.21.3', '1.21.3'],
    ['1.19.5 || 1.9', '1.19.5'],
    ['>=1.23rc1 <1.23.0', '1.23rc2'],
    ['>=1.23rc1', '1.23.4'],
    ['>=1.24rc1', '1.24rc2'],
    ['>=1.23', '1.23.4'],
    ['1.24rc1 - 1.24rc2', '1.24rc2'],
    ['>=1.9rc1 <=1.9.2', '1.9.2'],
    ['>=1.9.2rc1 <1.9.2', '1.9.2rc2'],
    ['>1.9rc1 <1.9.0', '1.9rc2'],
    ['>1.9rc1 <1.9', undefined],
  ];
  for (const [text, expected] of table) {
    test(`${JSON.stringify(text)} -> ${expected}`, () => {
      assert.equal(resolveVersionSpec(spec(text), RELEASES), expected);
      assert.equal(resolveVersionSpec(spec(text), [...RELEASES].reverse()), expected, 'order of the index must not matter');
    });
  }

  const minimum: [string, VersionSpec, string | undefined][] = [
    ['go 1.22', { kind: 'minimum', version: { major: 1, minor: 22 } }, '1.22.10'],
    ['go 1.22.3', { kind: 'minimum', version: { major: 1, minor: 22, patch: 3 } }, '1.22.10'],
    ['go 1.22.10', { kind: 'minimum', version: { major: 1, minor: 22, patch: 10 } }, '1.22.10'],
    ['go 1.22.11', { kind: 'minimum', version: { major: 1, minor: 22, patch: 11 } }, undefined],
    ['go 1.21rc2', { kind: 'minimum', version: { major: 1, minor: 21, pre: { kind: 'rc', number: 2 } } }, '1.21.13'],
    ['go 1.24rc1', { kind: 'minimum', version: { major: 1, minor: 24, pre: { kind: 'rc', number: 1 } } }, '1.24rc2'],
    ['go 1.24', { kind: 'minimum', version: { major: 1, minor: 24 } }, undefined],
    ['go 1.20', { kind: 'minimum', version: { major: 1, minor: 20 } }, '1.20.14'],
    ['go 1.16', { kind: 'minimum', version: { major: 1, minor: 16 } }, undefined],
  ];
  for (const [line, minimumSpec, expected] of minimum) {
    test(`${line} -> ${expected}`, () => assert.equal(resolveVersionSpec(minimumSpec, RELEASES), expected));
  }

  test('stable follows the index flag, not only the version', () => {
    const releases: Release[] = [
      { version: '1.23.4', stable: false },
      { version: '1.23.3', stable: true },
      { version: '1.22.9', stable: true },
      { version: '1.24rc1', stable: true },
    ];
    assert.equal(resolveVersionSpec({ kind: 'stable' }, releases), '1.23.3');
    assert.equal(resolveVersionSpec({ kind: 'oldstable' }, releases), '1.22.9');
  });
  test('oldstable skips lines without stable releases', () => {
    const releases: Release[] = [
      { version: 'go1.20', stable: true },
      { version: 'go1.20.1', stable: true },
      { version: 'go1.21rc2', stable: false },
      { version: 'go1.22.0', stable: true },
    ];
    assert.equal(resolveVersionSpec({ kind: 'oldstable' }, releases), '1.20.1');
  });
  test('nothing to resolve against', () => {
    assert.equal(resolveVersionSpec({ kind: 'stable' }, []), undefined);
    assert.equal(resolveVersionSpec({ kind: 'oldstable' }, [{ version: '1.22.0', stable: true }]), undefined);
    assert.equal(resolveVersionSpec(spec('1.22'), []), undefined);
  });
  test('language versions and garbage in the index are not releases', () => {
    const releases: Release[] = [
      { version: 'go1.23', stable: true },
      { version: 'nonsense', stable: true },
      { version: 'go1.22.1', stable: true },
    ];
    assert.equal(resolveVersionSpec({ kind: 'stable' }, releases), '1.22.1');
    assert.equal(resolveVersionSpec(spec('>=1.22'), releases), '1.22.1');
  });
});

describe('satisfiesVersionSpec (offline tool-cache matching)', () => {
  const table: [string, string, boolean][] = [
    ['1.22.5', '1.22.5', true],
    ['1.22.5', 'go1.22.5', true],
    ['1.22.5', '1.22.6', false],
    ['1.20.0', 'go1.20', true],
    ['1.20', 'go1.20', true],
    ['1.22', '1.22.0', true],
    ['1.22', '1.22.9', true],
    ['1.22', '1.22rc1', false],
    ['1.22', '1.23.0', false],
    ['1.22', '1.22', false],
    ['1.21rc2', '1.21rc2', true],
    ['1.21rc2', '1.21.0', false],
    ['^1.22', '1.23.1', true],
    ['^1.22', '1.24rc1', false],
    ['^1.22', '1.21.13', false],
    ['~1.22.3', '1.22.2', false],
    ['~1.22.3', '1.22.3', true],
    ['>=1.21 <1.23', '1.23rc1', false],
    ['>=1.23rc1', '1.23rc2', true],
    ['>=1.23rc1', '1.24rc1', false],
    ['1.x', '1.9.2', true],
    ['1.x', '2.0.0', false],
    ['>1.22', '1.22.5', false],
    ['>1.22', '1.23.0', true],
    ['>=1.22', '1.21.13', false],
    ['>=1.22', '1.22.0', true],
    ['<=1.22', '1.22.10', true],
    ['<=1.22', '1.23.0', false],
    ['<1.22', '1.22.0', false],
    ['<1.22', '1.21.13', true],
    ['>1.22.3', '1.22.3', false],
    ['>1.22.3', '1.22.4', true],
    ['<=1.22.3', '1.22.3', true],
    ['<1.22.3', '1.22.3', false],
    ['1.21 - 1.22', '1.21.0', true],
    ['1.21 - 1.22', '1.22.10', true],
    ['1.21 - 1.22', '1.23.0', false],
    ['1.21 - 1.22', '1.20.14', false],
    ['^1.22.3', '1.22.2', false],
    ['~1.22', '1.23.0', false],
    ['~1.22', '1.22.0', true],
    ['1.22.x', '1.22.0', true],
    ['1.9', '1.9.2rc2', false],
    ['1.9.2rc2', '1.9.2rc2', true],
    ['stable', '1.23.4', false],
    ['oldstable', '1.22.10', false],
    ['1.22', 'garbage', false],
  ];
  for (const [text, version, expected] of table) {
    test(`${text} ${expected ? 'accepts' : 'rejects'} ${version}`, () => {
      assert.equal(satisfiesVersionSpec(spec(text), version), expected);
    });
  }
  test('go.mod minimum', () => {
    const minimum: VersionSpec = { kind: 'minimum', version: { major: 1, minor: 22, patch: 3 } };
    assert.equal(satisfiesVersionSpec(minimum, '1.22.3'), true);
    assert.equal(satisfiesVersionSpec(minimum, '1.22.2'), false);
    assert.equal(satisfiesVersionSpec(minimum, '1.23.0'), false);
    assert.equal(satisfiesVersionSpec({ kind: 'minimum', version: { major: 1, minor: 22 } }, '1.22rc2'), false);
  });
  test('satisfies agrees with resolve on every fixture release', () => {
    for (const text of ['1.22', '^1.21.5', '>=1.23rc1 <1.23.2', '1.9.2rc2', '<1.20 || 1.21.3']) {
      const parsed = spec(text);
      const matching = RELEASES.filter((r) => satisfiesVersionSpec(parsed, r.version));
      assert.ok(matching.length > 0, text);
      const resolved = resolveVersionSpec(parsed, RELEASES);
      assert.equal(resolveVersionSpec(parsed, matching), resolved, text);
    }
  });
});

describe('describeVersionSpec', () => {
  const table: [string, string][] = [
    ['1.22.5', 'Go 1.22.5'],
    ['go1.21rc2', 'Go 1.21rc2'],
    ['1.22.x', 'the newest Go 1.22.x release'],
    ['stable', 'the newest stable Go release'],
    ['oldstable', 'the newest release of the Go line before the newest stable one'],
    ['>=1.21 <1.23', 'the newest Go release matching ">=1.21 <1.23" (>=1.21 <1.23)'],
    ['^1.22.3', 'the newest Go release matching "^1.22.3" (>=1.22.3 <2.0)'],
    ['<1.20 || 1.21.3', 'the newest Go release matching "<1.20 || 1.21.3" (<1.20 or >=1.21.3 <=1.21.3)'],
  ];
  for (const [text, expected] of table) {
    test(text, () => assert.equal(describeVersionSpec(spec(text)), expected));
  }
  test('minimum', () => {
    assert.equal(
      describeVersionSpec({ kind: 'minimum', version: { major: 1, minor: 22, patch: 3 } }),
      'the newest Go 1.22.x release at or above 1.22.3',
    );
  });
});

describe('refuseUnsupportedSpec: releases older than the oldest this action supports', () => {
  const refusal = (text: string, options?: { fromYaml?: boolean }, source = 'input go-version') => {
    try {
      refuseUnsupportedSpec(spec(text), source, text, options);
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };
  test('an unquoted 1.20 (read as 1.2) is refused, suggesting what YAML lost', () => {
    assert.equal(
      refusal('1.2'),
      "input go-version: 1.2 is older than Go 1.9, the oldest this action supports; did you mean '1.20'? (YAML reads an unquoted 1.20 as 1.2)",
    );
    assert.match(refusal('1.1')!, /did you mean '1\.10'\?/);
  });
  test('other old specs are refused with the floor to ask for', () => {
    for (const text of ['1.2.2', '1.8.7', '1.8rc1', 'go1.4', '<1.9', '<=1.8', '1.5 - 1.8', '<1.5 || <=1.8.3']) {
      assert.equal(
        refusal(text),
        `input go-version: ${text} is older than Go 1.9, the oldest this action supports; ask for Go 1.9 or newer`,
        text,
      );
    }
  });
  test('version files get no YAML hint and name their file and line', () => {
    assert.equal(
      refusal('1.2', { fromYaml: false }, '.go-version:1'),
      '.go-version:1: 1.2 is older than Go 1.9, the oldest this action supports; ask for Go 1.9 or newer',
    );
  });
  test('a spec admitting any release from Go 1.9 on passes', () => {
    for (const text of [
      '1.9',
      '1.9rc1',
      '1.9.7',
      '1.20',
      '1.26.3',
      '>=1.2',
      '<=1.9',
      '<1.10',
      '<1.5 || >=1.22',
      '*',
      'stable',
      'oldstable',
    ]) {
      assert.equal(refusal(text), undefined, text);
    }
  });
  test('a go.mod minimum below the floor is refused', () => {
    const minimum: VersionSpec = { kind: 'minimum', version: { major: 1, minor: 8, patch: 3 } };
    assert.throws(
      () => refuseUnsupportedSpec(minimum, 'go.mod:3', '1.8.3', { fromYaml: false }),
      /^Error: go\.mod:3: 1\.8\.3 is older than Go 1\.9/,
    );
  });
});

describe('newestStableReleases', () => {
  test('sorts by Go version order whatever the list order (a proxy lists the oldest first)', () => {
    const releases: Release[] = ['1.21.0', '1.9.2rc2', '1.26.1', '1.22.10', '1.22.9', '1.26.0', '1.27rc1', '1.3.0', '1.26.10'].map(
      (version) => ({ version, stable: !/rc/.test(version) }),
    );
    assert.deepEqual(newestStableReleases(releases, 5), ['1.26.10', '1.26.1', '1.26.0', '1.22.10', '1.22.9']);
  });
  test('go.dev release names (go1.20 is 1.20.0) sort among the rest', () => {
    const releases: Release[] = [
      { version: 'go1.20', stable: true },
      { version: '1.20.1', stable: true },
      { version: '1.19.13', stable: true },
    ];
    assert.deepEqual(newestStableReleases(releases, 2), ['1.20.1', 'go1.20']);
  });
});
