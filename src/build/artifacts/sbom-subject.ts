// What every SBOM of a binary names alike: the binary file, when it was made, which tool wrote it,
// and Go modules as package URLs. Pure: no I/O.
import type { GoModule } from './build-info';

export interface SbomSubject {
  /** The binary's file name in the output folder. */
  fileName: string;
  sha256: string;
  /** The source date, so the document is as reproducible as the binary. */
  created: Date;
  /** `setup-go-golden-<version>`. */
  tool: string;
}

/** The name vulnerability databases (OSV, the Go vulnerability database) give the standard library. */
export const STDLIB = 'stdlib';

/** `go1.26.8` as the standard library's module version: `1.26.8`. */
export function stdlibVersion(goVersion: string): string {
  return goVersion.replace(/^go/, '');
}

/**
 * `pkg:golang/<path>@<version>`, each path element percent-encoded as the purl spec asks; none for
 * a module without a version (a local replacement) or a main module built outside version control.
 */
export function purlOf(module: GoModule): string | undefined {
  if (!module.version || module.version === '(devel)') return undefined;
  const path = module.path.split('/').map(encodeURIComponent).join('/');
  return `pkg:golang/${path}@${encodeURIComponent(module.version)}`;
}
