// Checks a CycloneDX document the build wrote: the CycloneDX project's own JSON schema validation
// (npm @cyclonedx/cyclonedx-library, strict: no property the 1.6 schema does not name), and Go's own
// account of the binary (`go version -m -json`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';

/** null when valid for CycloneDX 1.6, else the schema's complaints. */
export async function cyclonedxVerdict(text: string): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
}

interface Component {
  name: string;
  version?: string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

export function assertCycloneDxMatchesGo(
  document: { metadata: { component: Component & { hashes: { alg: string; content: string }[] } }; components: Component[] },
  binary: string,
): void {
  const json = JSON.parse(execFileSync('go', ['version', '-m', '-json', binary], { encoding: 'utf8' })) as {
    GoVersion: string;
    Main: { Path: string; Version: string };
    Deps?: { Path: string; Version: string; Sum?: string; Replace?: { Path: string; Version: string; Sum?: string } }[];
    Settings: { Key: string; Value?: string }[];
  };
  const subject = document.metadata.component;
  assert.deepEqual(subject.hashes, [{ alg: 'SHA-256', content: createHash('sha256').update(readFileSync(binary)).digest('hex') }]);
  assert.deepEqual(subject.properties, [
    { name: 'go:version', value: json.GoVersion },
    { name: 'go:package', value: (json as { Path?: string }).Path },
    ...json.Settings.map((setting) => ({ name: `go:build:${setting.Key}`, value: setting.Value ?? '' })),
  ]);
  const [main, stdlib, ...deps] = document.components;
  assert.deepEqual([main!.name, main!.version], [json.Main.Path, json.Main.Version]);
  assert.deepEqual([stdlib!.name, stdlib!.version], ['stdlib', json.GoVersion.replace(/^go/, '')]);
  const h1 = (component: Component) => component.properties?.find((property) => property.name === 'go:module:h1')?.value ?? '';
  assert.deepEqual(
    deps.map((component) => [component.name, component.version, h1(component)]),
    (json.Deps ?? []).map((dep) => {
      const used = dep.Replace ?? dep;
      return [used.Path, used.Version, used.Sum ?? ''];
    }),
  );
}
