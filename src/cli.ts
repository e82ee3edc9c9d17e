#!/usr/bin/env node
// Command line for local use and pre-commit hooks: `setup-go-golden drift [dir] [--json] [--ignore GLOB]...`.
// Same engine and findings as the action; exit 1 when a finding is an error.
import { resolve } from 'node:path';
import { checkTree } from './drift/check-tree';
import { countBySeverity, formatFinding, formatTotals } from './drift/format';
import { neutralizeCommands } from './shared/log-text';

const USAGE = 'usage: setup-go-golden drift [dir] [--json] [--repository OWNER/NAME] [--ignore GLOB]...';

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'drift') {
    console.error(USAGE);
    return 2;
  }
  let json = false;
  let directory: string | undefined;
  const ignore: string[] = [];
  let repository: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--ignore' && rest[i + 1] !== undefined) ignore.push(rest[++i]!);
    else if (arg.startsWith('--ignore=')) ignore.push(arg.slice('--ignore='.length));
    else if (arg === '--repository' && rest[i + 1] !== undefined) repository = rest[++i]!;
    else if (!arg.startsWith('-') && directory === undefined) directory = arg;
    else {
      console.error(`unknown argument ${arg}\n${USAGE}`);
      return 2;
    }
  }
  const root = resolve(directory ?? '.');
  const result = checkTree(root, { ignore, repository });
  if (json) console.log(JSON.stringify(result.findings, null, 2));
  else {
    // Run as a CI step (pre-commit in a workflow), a line starting `::` would be a runner command,
    // and paths and messages come from the checked repository.
    for (const finding of result.findings) console.log(neutralizeCommands(formatFinding(finding)));
    console.log(`${result.sites.length} Go version pin(s) checked: ${formatTotals(result.findings)}`);
  }
  return countBySeverity(result.findings).error > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`setup-go-golden: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
