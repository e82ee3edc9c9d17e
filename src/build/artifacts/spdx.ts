// An SPDX 2.3 JSON document for one binary, from the binary's own build info: the binary (with its
// SHA-256 and Go build settings), the main module, the Go standard library and every dependency
// module (version, h1 sum, replacement) it contains. Everything in it comes from the binary and the
// source date, so the same binary gives the same bytes. Pure: no I/O.
import { effectiveModule, type GoBuildInfo, type GoModule } from './build-info';
import { purlOf, STDLIB, stdlibVersion, type SbomSubject } from './sbom-subject';

const NOASSERTION = 'NOASSERTION';

/** SPDX ids allow letters, digits, '.' and '-'; the index keeps `a/b` and `a-b` apart. */
function moduleId(index: number, path: string): string {
  return `SPDXRef-Module-${index}-${path.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
}

function modulePackage(id: string, module: GoModule, purpose: string, replaced?: GoModule): Record<string, unknown> {
  const purl = purlOf(module);
  return {
    name: module.path,
    SPDXID: id,
    ...(module.version && { versionInfo: module.version }),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: purpose,
    externalRefs: [
      ...(purl ? [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }] : []),
      // Go's own content hash of the module (golang.org/x/mod/sumdb/dirhash), as go.sum and the checksum database have it.
      ...(module.sum ? [{ referenceCategory: 'OTHER', referenceType: 'go-module-h1', referenceLocator: module.sum }] : []),
    ],
    ...(replaced && { comment: `replaces ${[replaced.path, replaced.version].filter(Boolean).join(' ')}` }),
  };
}

export function spdxDocument(info: GoBuildInfo, subject: SbomSubject): Record<string, unknown> {
  const binaryId = 'SPDXRef-Package-binary';
  const main = info.main && { id: moduleId(0, info.main.path), module: info.main };
  const deps = info.deps.map((module, index) => ({ id: moduleId(index + 1, effectiveModule(module).path), module }));
  const stdlibId = 'SPDXRef-Module-stdlib';
  const packages = [
    {
      name: subject.fileName,
      SPDXID: binaryId,
      ...(main && main.module.version !== '(devel)' && { versionInfo: main.module.version }),
      packageFileName: subject.fileName,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      checksums: [{ algorithm: 'SHA256', checksumValue: subject.sha256 }],
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      primaryPackagePurpose: 'APPLICATION',
      sourceInfo: `built with ${info.goVersion} from package ${info.path}`,
      comment: `Go build settings:\n${info.settings.map((setting) => `${setting.key}=${setting.value}`).join('\n')}`,
    },
    ...(main ? [modulePackage(main.id, main.module, 'SOURCE')] : []),
    {
      name: STDLIB,
      SPDXID: stdlibId,
      versionInfo: stdlibVersion(info.goVersion),
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: purlOf({ path: STDLIB, version: stdlibVersion(info.goVersion), sum: '' }),
        },
      ],
    },
    ...deps.map(({ id, module }) => modulePackage(id, effectiveModule(module), 'LIBRARY', module.replace && module)),
  ];
  const contained = [...(main ? [main.id] : []), stdlibId, ...deps.map((dep) => dep.id)];
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: subject.fileName,
    // Unique per binary, and the same for the same binary: a rebuild gives the same document.
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(subject.fileName)}-${subject.sha256}`,
    creationInfo: { created: subject.created.toISOString().replace(/\.\d{3}Z$/, 'Z'), creators: [`Tool: ${subject.tool}`] },
    packages,
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: binaryId },
      ...contained.map((id) => ({ spdxElementId: binaryId, relationshipType: 'CONTAINS', relatedSpdxElement: id })),
    ],
  };
}
