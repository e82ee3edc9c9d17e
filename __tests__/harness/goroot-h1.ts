// Prints the h1 of a GOROOT as the action records it in a receipt (the golang.org/toolchain module
// zip's naming), computed by the action's own hasher: `tsx goroot-h1.ts <goroot> <version> <goos> <goarch>`.
// A separate process, so that synchronous fixture code can write a receipt like the action's.
import { startGoRootHash } from '../../src/install/routes/proxy/goroot-hash';

const [goRoot, version, goos, goarch] = process.argv.slice(2) as [string, string, string, string];
const { h1 } = await startGoRootHash(goRoot, version, goos, goarch).tree;
if (!h1) throw new Error(`${goRoot} holds what no module zip can (links or special files): no h1`);
process.stdout.write(h1);
process.exit(0);
