// The checksums file, in the format `sha256sum -c` reads.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { formatChecksums } from '../../../src/build/artifacts/checksums';

describe('checksums', () => {
  test('lines are sha256sum -c format, sorted by name', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    assert.equal(
      formatChecksums([
        { name: 'z.zip', sha256: a },
        { name: 'B.tar.gz', sha256: b },
        { name: 'a', sha256: b },
      ]),
      `${b}  B.tar.gz\n${b}  a\n${a}  z.zip\n`,
    );
    assert.equal(formatChecksums([]), '');
  });

  test('malformed digests and names are refused', () => {
    assert.throws(() => formatChecksums([{ name: 'x', sha256: 'A'.repeat(64) }]), /not a lowercase SHA-256/);
    assert.throws(() => formatChecksums([{ name: 'x\ny', sha256: 'a'.repeat(64) }]), /unfit for a checksums file/);
  });
});
