// Checks an SPDX document the build wrote against Go's own account of the binary.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface SpdxPackage {
  name: string;
  SPDXID: string;
  versionInfo?: string;
  checksums?: { algorithm: string; checksumValue: string }[];
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  comment?: string;
}

/** Checks an SPDX document of `binary` against `go version -m -json` of the same file. */
export function assertSpdxMatchesGo(document: { packages: SpdxPackage[]; relationships: unknown[] }, binary: string): void {
  const json = JSON.parse(execFileSync('go', ['version', '-m', '-json', binary], { encoding: 'utf8' })) as {
    GoVersion: string;
    Main: { Path: string; Version: string };
    Deps?: { Path: string; Version: string; Sum?: string; Replace?: { Path: string; Version: string; Sum?: string } }[];
    Settings: { Key: string; Value?: string }[];
  };
  const [binaryPackage, main, stdlib, ...deps] = document.packages;
  assert.deepEqual(binaryPackage!.checksums, [
    { algorithm: 'SHA256', checksumValue: createHash('sha256').update(readFileSync(binary)).digest('hex') },
  ]);
  assert.equal(binaryPackage!.comment, `Go build settings:\n${json.Settings.map((s) => `${s.Key}=${s.Value ?? ''}`).join('\n')}`);
  assert.equal(main!.name, json.Main.Path);
  assert.equal(main!.versionInfo, json.Main.Version);
  assert.deepEqual([stdlib!.name, stdlib!.versionInfo], ['stdlib', json.GoVersion.replace(/^go/, '')]);
  const h1 = (pkg: SpdxPackage) => pkg.externalRefs?.find((ref) => ref.referenceType === 'go-module-h1')?.referenceLocator ?? '';
  assert.deepEqual(
    deps.map((pkg) => [pkg.name, pkg.versionInfo, h1(pkg)]),
    (json.Deps ?? []).map((dep) => {
      const used = dep.Replace ?? dep;
      return [used.Path, used.Version, used.Sum ?? ''];
    }),
  );
  assert.equal(document.relationships.length, 1 + document.packages.length - 1, 'DESCRIBES the binary, which CONTAINS every module');
}
