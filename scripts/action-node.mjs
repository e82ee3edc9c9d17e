// The runner runs the action's bundles under Node 24 (action.yml: `using: node24`); tests and
// benches do too. SETUP_GO_GOLDEN_ACTION_NODE names that binary for the runner emulator; when it is
// unset, __tests__/harness/node24.sh provides one (from PyPI, cached per machine).
import { execFileSync } from 'node:child_process';

export function provideActionNode() {
  if (!process.env.SETUP_GO_GOLDEN_ACTION_NODE) {
    try {
      process.env.SETUP_GO_GOLDEN_ACTION_NODE = execFileSync('bash', ['__tests__/harness/node24.sh'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }).trim();
    } catch {
      console.log(
        `WARNING: no Node 24 could be provided (see __tests__/harness/node24.sh); the action's bundles run under this node, ${process.version}`,
      );
      return;
    }
  }
  const version = execFileSync(process.env.SETUP_GO_GOLDEN_ACTION_NODE, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`the action's bundles run under node ${version} (${process.env.SETUP_GO_GOLDEN_ACTION_NODE})`);
}
