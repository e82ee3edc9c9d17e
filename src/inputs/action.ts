// The runner's side of the input layer: the only place that reads INPUT_* values. Entry points
// build one reader here and pass typed objects down; nothing below them reads an input.
import * as core from '@actions/core';
import { InputReader } from './reader';

export function actionInputs(): InputReader {
  // Untrimmed: lists and multi-line values are split by the reader, which trims what it returns.
  return new InputReader((name) => core.getInput(name, { trimWhitespace: false }));
}

/** The checkout every relative path input is taken from. */
export function workspaceDirectory(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}
