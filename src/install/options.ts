// What the Go install is asked to do, as the input layer (src/inputs/install.ts) reads it.
import type { VersionSpec } from '../version/spec';
import type { GoDevRouteOptions } from './routes/godev/route';
import type { ProxyRouteOptions } from './routes/proxy/route';

export interface InstallOptions extends GoDevRouteOptions, ProxyRouteOptions {
  /** Undefined when neither go-version nor go-version-file is given. */
  spec?: VersionSpec;
  /** Where the spec came from, for messages: `input go-version` or `go.mod:3`. */
  specSource: string;
  specText: string;
  checkLatest: boolean;
  downloadSource: 'go.dev' | 'proxy' | 'auto';
  /** Check a tool-cache Go we did not install against the checksum database before using it (default true). */
  verifyCached: boolean;
  /** Also check a fresh go.dev or mirror download against the checksum database. */
  sumdbCrossCheck: boolean;
  /** The gotoolchain input; undefined when not given. */
  gotoolchain?: string;
  warnings: string[];
}

/** The install options once a version spec is known (from an input, a version file, or a default). */
export type SpecifiedInstallOptions = InstallOptions & { spec: VersionSpec };
