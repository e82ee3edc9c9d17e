// A CycloneDX 1.6 JSON document for one binary, from the same build info as its SPDX document: the
// binary as the BOM's subject (SHA-256, Go build settings as properties), and the main module, the
// standard library and every dependency module as components with package URLs and h1 sums. The
// serial number is a name-based UUID of the binary, so the same binary gives the same bytes. Pure.
import { createHash } from 'node:crypto';
import { effectiveModule, type GoBuildInfo, type GoModule } from './build-info';
import { purlOf, STDLIB, stdlibVersion, type SbomSubject } from './sbom-subject';

/** RFC 4122 namespace for URLs: the serial number names `urn:sha256:<binary digest>` in it. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** UUID version 5 (SHA-1, name-based) of `name`. */
function uuidV5(name: string): string {
  const bytes = createHash('sha1').update(URL_NAMESPACE).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function component(ref: string, module: GoModule, replaced?: GoModule): Record<string, unknown> {
  const purl = purlOf(module);
  const properties = [
    ...(module.sum ? [{ name: 'go:module:h1', value: module.sum }] : []),
    ...(replaced ? [{ name: 'go:module:replaces', value: [replaced.path, replaced.version].filter(Boolean).join(' ') }] : []),
  ];
  return {
    type: 'library',
    'bom-ref': ref,
    name: module.path,
    ...(module.version && { version: module.version }),
    ...(purl && { purl }),
    ...(properties.length > 0 && { properties }),
  };
}

export function cyclonedxDocument(info: GoBuildInfo, subject: SbomSubject): Record<string, unknown> {
  const [tool, toolVersion] = [subject.tool.replace(/-[^-]*$/, ''), subject.tool.replace(/^.*-/, '')];
  const main = info.main && component('module:main', info.main);
  const stdlib = component('module:stdlib', { path: STDLIB, version: stdlibVersion(info.goVersion), sum: '' });
  const deps = info.deps.map((module, index) => component(`module:${index + 1}`, effectiveModule(module), module.replace && module));
  const components = [...(main ? [main] : []), stdlib, ...deps];
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${uuidV5(`urn:sha256:${subject.sha256}`)}`,
    version: 1,
    metadata: {
      timestamp: subject.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      tools: { components: [{ type: 'application', name: tool, version: toolVersion }] },
      component: {
        type: 'application',
        'bom-ref': 'binary',
        name: subject.fileName,
        ...(info.main && info.main.version !== '(devel)' && { version: info.main.version }),
        hashes: [{ alg: 'SHA-256', content: subject.sha256 }],
        properties: [
          { name: 'go:version', value: info.goVersion },
          { name: 'go:package', value: info.path },
          ...info.settings.map((setting) => ({ name: `go:build:${setting.key}`, value: setting.value })),
        ],
      },
    },
    components,
    dependencies: [
      { ref: 'binary', dependsOn: components.map((entry) => entry['bom-ref'] as string) },
      ...components.map((entry) => ({ ref: entry['bom-ref'] as string })),
    ],
  };
}
