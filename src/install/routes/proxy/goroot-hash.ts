// h1 of an installed GOROOT as the golang.org/toolchain module zip of its release names the files.
// Apart from the proxy route (which loads with its HTTP clients) so a check can start hashing first.
import { hashTree, type TreeHash } from '../../../sumdb/tree-hash';
import { goRootZipNaming, toolchainModuleVersion } from './toolchain-module';

export interface GoRootHash {
  moduleVersion: string;
  tree: Promise<TreeHash>;
}

/**
 * Starts hashing a GOROOT: the go.dev archive layout minus `api/ doc/ misc/ test/`, every `go.mod`
 * named `_go.mod`, under the module prefix. No h1 when the tree holds links or other non-files (a
 * release holds none). A rejected `tree` is marked handled: whoever awaits it still sees the error.
 */
export function startGoRootHash(goRoot: string, version: string, goos: string, goarch: string): GoRootHash {
  const moduleVersion = toolchainModuleVersion(version, goos, goarch);
  const tree = hashTree(goRoot, goRootZipNaming(moduleVersion));
  tree.catch(() => undefined);
  return { moduleVersion, tree };
}
