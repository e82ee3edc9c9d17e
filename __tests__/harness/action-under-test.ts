// The action the e2e tests run: the working tree's sources bundled the way scripts/bundle.mjs
// bundles dist/, beside copies of the action metadata, so a test never passes on a stale dist/.
// The committed dist/ is judged by one test alone (project/dist-fresh.test.ts).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * The node that runs the action's bundles: the runner runs them under the version action.yml
 * declares (node24), which scripts/test.mjs provisions and names here (harness/node24.sh); this
 * process's own node when it could not.
 */
export const ACTION_NODE = process.env.SETUP_GO_GOLDEN_ACTION_NODE || process.execPath;

/** What an action needs beside its bundles at run time (metadata, problem matchers). */
const ACTION_FILES = ['action.yml', 'build/action.yml', 'drift/action.yml', 'matchers'];

let bundled: Promise<string> | undefined;

/** The root of a bundled copy of the working tree's action; bundled once per test process. */
export function actionUnderTest(): Promise<string> {
  bundled ??= (async () => {
    const root = mkdtempSync(join(tmpdir(), 'sgg-action-'));
    process.on('exit', () => rmSync(root, { recursive: true, force: true }));
    const { bundle } = (await import(pathToFileURL(join(REPO_ROOT, 'scripts/bundle.mjs')).href)) as {
      bundle: (outdir: string) => Promise<void>;
    };
    await bundle(join(root, 'dist'));
    for (const file of ACTION_FILES) {
      if (existsSync(join(REPO_ROOT, file))) cpSync(join(REPO_ROOT, file), join(root, file), { recursive: true });
    }
    return root;
  })();
  return bundled;
}

/**
 * The bundled counterpart of a path in the repository (the root action, `drift/`, `dist/cli.js`);
 * a path outside the repository (an action a test made itself) is returned as it is.
 */
export async function underTest(path: string): Promise<string> {
  const inside = relative(REPO_ROOT, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return path;
  return join(await actionUnderTest(), inside);
}
