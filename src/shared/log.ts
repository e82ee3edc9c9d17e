// The action's log: every message that can carry a value from outside goes through here, so no
// input, server answer or file name can become a runner command (see log-text.ts).
import * as core from '@actions/core';
import { escapeCommandData, neutralizeCommands } from './log-text';

export type AnnotationProperties = core.AnnotationProperties;

export function info(message: string): void {
  core.info(neutralizeCommands(message));
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

/** A message from a caught value, for the entry points' last word. */
export function failWith(error: unknown): void {
  setFailed(error instanceof Error ? error.message : String(error));
}

export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  return core.group(name, body);
}

/** Registers a problem matcher: the one command this action writes as a plain line on purpose. */
export function addMatcher(path: string): void {
  core.info(`::add-matcher::${escapeCommandData(path)}`);
}
