// The action's log: every message that can carry a value from outside goes through here, so no
// input, server answer or file name can become a runner command (see log-text.ts).
import * as core from '@actions/core';
import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeCommandData, neutralizeCommands } from './log-text';
import { failureSummaryMarkdown } from './failure-summary';

export type AnnotationProperties = core.AnnotationProperties;

/** Where info lines of work running alongside another go instead of the log (holdInfo). */
const heldLines = new AsyncLocalStorage<string[]>();

export function info(message: string): void {
  const line = neutralizeCommands(message);
  const held = heldLines.getStore();
  if (held) held.push(line);
  else core.info(line);
}

export interface HeldWork<T> {
  result: Promise<T>;
  /** Prints the info lines held so far, in order. */
  release: () => void;
}

/**
 * Runs `body` with its info lines held back, for work that runs while another part of the step
 * logs (the cache restore during the Go download): printed together later, they read as one story.
 * Warnings and errors still go out at once, as annotations.
 */
export function holdInfo<T>(body: () => Promise<T>): HeldWork<T> {
  const lines: string[] = [];
  return {
    result: heldLines.run(lines, body),
    release: () => {
      for (const line of lines.splice(0)) core.info(line);
    },
  };
}

// Annotations and groups are single command lines: @actions/core escapes their message and
// properties (escapeCommandData / escapeCommandProperty), and the runner reads the line as that
// command first, so text inside cannot start another one.
export function warning(message: string, properties?: AnnotationProperties): void {
  core.warning(message, properties);
}

export function error(message: string, properties?: AnnotationProperties): void {
  core.error(message, properties);
}

export function notice(message: string, properties?: AnnotationProperties): void {
  core.notice(message, properties);
}

export function setFailed(message: string): void {
  core.setFailed(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A message from a caught value, for the entry points' last word. */
export function failWith(error: unknown): void {
  setFailed(messageOf(error));
}

/**
 * failWith, then the error in the job summary under `title`, where a reader of the run's page
 * looks first. The step has failed before the summary is tried: a summary that cannot be written
 * is said in the log and never hides the error.
 */
export async function failStep(title: string, error: unknown): Promise<void> {
  failWith(error);
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(failureSummaryMarkdown(title, messageOf(error)), true).write();
  } catch (summaryError) {
    info(`the job summary could not be written: ${messageOf(summaryError)}`);
  }
}

export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  return core.group(name, body);
}

/** Registers a problem matcher: the one command this action writes as a plain line on purpose. */
export function addMatcher(path: string): void {
  core.info(`::add-matcher::${escapeCommandData(path)}`);
}
