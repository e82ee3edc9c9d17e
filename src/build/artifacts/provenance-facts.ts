// What the provenance statement says about the run, gathered from where it lives: the runner's
// variables (workflow, run, action ref), the receipt our install wrote beside the Go (its download,
// digest and trust anchors), and the zig the cgo targets used.
import { relative, resolve, sep } from 'node:path';
import { readToolReceipt } from '../../tool-cache/entries';
import { toolCacheRoot } from '../../tool-cache/layout';
import type { Zig } from '../../zig/provision';
import type { ResourceDescriptor } from './provenance';

/** The receipt as it is stored (anchors as text), the fields the statement names. */
interface StoredGoReceipt {
  tool: 'setup-go-golden';
  version: string;
  source: string;
  url: string;
  sha256?: string;
  h1?: string;
  anchors: string[];
  preinstalled?: boolean;
}

async function goReceipt(goRoot: string): Promise<StoredGoReceipt | undefined> {
  let root: string;
  try {
    root = toolCacheRoot();
  } catch {
    return undefined;
  }
  const parts = relative(root, resolve(goRoot)).split(sep);
  if (parts.length !== 3 || parts[0] !== 'go' || parts.some((part) => part === '..' || part === '')) return undefined;
  const receipt = await readToolReceipt<StoredGoReceipt>({ tool: 'go', versionFolder: parts[1]!, arch: parts[2]! });
  return receipt && Array.isArray(receipt.anchors) ? receipt : undefined;
}

/** The Go that built the binaries: the archive it came from and what vouched for it, when this action verified it. */
export async function goDependency(goRoot: string, goVersion: string): Promise<ResourceDescriptor> {
  const receipt = await goReceipt(goRoot);
  if (!receipt) return { name: 'go', annotations: { version: goVersion, verified: false } };
  return {
    name: 'go',
    ...(receipt.url && { uri: receipt.url }),
    ...(receipt.sha256 && { digest: { sha256: receipt.sha256 } }),
    annotations: {
      version: goVersion,
      verified: receipt.anchors.length > 0,
      trustAnchors: receipt.anchors,
      source: receipt.source,
      ...(receipt.h1 && { h1: receipt.h1 }),
      ...(receipt.preinstalled && { preinstalled: true }),
    },
  };
}

/** The commit the binaries were built from, under the repository's URL when the runner names it. */
export function sourceDependency(commit: string | undefined, env: NodeJS.ProcessEnv): ResourceDescriptor | undefined {
  if (!commit) return undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const uri = env.GITHUB_REPOSITORY ? `git+${server}/${env.GITHUB_REPOSITORY}${env.GITHUB_REF ? `@${env.GITHUB_REF}` : ''}` : undefined;
  return { ...(uri ? { uri } : { name: 'source' }), digest: { gitCommit: commit } };
}

export function zigDependency(zig: Zig | undefined): ResourceDescriptor | undefined {
  if (!zig) return undefined;
  return {
    name: 'zig',
    annotations: { version: zig.version, origin: zig.origin, verified: zig.anchors.length > 0, trustAnchors: zig.anchors },
  };
}

/** The workflow that asked for the build, as GitHub's own build provenance names it. */
export function workflowParameters(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined;
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/release.yml@refs/heads/main
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const path = workflowRef.startsWith(`${env.GITHUB_REPOSITORY}/`)
    ? workflowRef.slice(env.GITHUB_REPOSITORY.length + 1).split('@')[0]!
    : '';
  return { repository: env.GITHUB_REPOSITORY, ref: env.GITHUB_REF ?? '', ...(path && { path }) };
}

/** The run's address: one per attempt, as GitHub's own provenance has it. */
export function invocationId(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`;
}
