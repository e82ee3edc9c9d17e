// The runner's side of the input layer: the only place that reads INPUT_* values. Entry points
// build one reader here and pass typed objects down; nothing below them reads an input.
import * as core from '@actions/core';
import { InputReader } from './reader';

export function actionInputs(): InputReader {
  // Untrimmed: lists and multi-line values are split by the reader, which trims what it returns.
  return new InputReader((name) => core.getInput(name, { trimWhitespace: false }));
}

// `owner/name` as GitHub spells repositories; anything else is not trusted as one.
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

/** The repository the workflow runs for (`GITHUB_REPOSITORY`), when it is one. */
export function runningRepository(): string | undefined {
  const repository = process.env.GITHUB_REPOSITORY;
  return repository !== undefined && REPOSITORY.test(repository) ? repository : undefined;
}

/** The checkout every relative path input is taken from. */
export function workspaceDirectory(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
