// YAML with source positions: the drift rules need the exact line and column of every value and
// the text as written, because an unquoted `1.20` parses to the number 1.2 and only the source
// still says what the author meant. Pure: takes text, returns nodes.
import { isAlias, isMap, isScalar, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { Position, ReadFailure } from './types';

export interface YamlFile {
  path: string;
  /** The source text, for what the parsed tree does not keep (a step writing to $GITHUB_ENV). */
  text: string;
  document: Document.Parsed;
  /** Line and column (1-based) of an offset into the text. */
  locate: (offset: number) => { line: number; column: number };
}

/**
 * Offsets of line starts, built on first use: most files need a handful of positions, and the
 * parser's own LineCounter costs a callback per newline on every file.
 */
function locator(text: string): YamlFile['locate'] {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

export type YamlParse = { ok: true; file: YamlFile } | { ok: false; finding: ReadFailure };

/** Parses a YAML file; a syntax error becomes a parse-error finding at the line the parser names. */
export function parseYamlFile(path: string, contents: string): YamlParse {
  const document = parseDocument(contents, { prettyErrors: false, uniqueKeys: false });
  const locate = locator(contents);
  const error = document.errors[0];
  if (error) {
    const { line, column: col } = locate(error.pos[0]);
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return {
      ok: false,
      finding: {
        file: path,
        line,
        column: col,
        rule: 'parse-error',
        message: `${path} is not valid YAML: ${firstLine}; no Go version in it was checked.`,
        found: null,
        expected: null,
      },
    };
  }
  return { ok: true, file: { path, text: contents, document, locate } };
}

export function positionOf(file: YamlFile, node: Node | null | undefined): Position {
  const offset = node?.range?.[0] ?? 0;
  return { file: file.path, ...file.locate(offset) };
}

/** Follows an alias (`*anchor`) to the node it names. */
export function resolveNode(file: YamlFile, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(file.document) as Node | undefined;
  return (node ?? undefined) as Node | undefined;
}

/** The value node under `key` of a mapping (or undefined when the node is no mapping or lacks the key). */
export function mapValue(file: YamlFile, node: unknown, key: string): Node | undefined {
  const map = resolveNode(file, node);
  if (!isMap(map)) return undefined;
  for (const pair of (map as YAMLMap).items) {
    const keyNode = resolveNode(file, pair.key);
    if (isScalar(keyNode) && String(keyNode.value) === key) return resolveNode(file, pair.value);
  }
  return undefined;
}

/** The key/value pairs of a mapping with string keys, in order. */
export function mapEntries(file: YamlFile, node: unknown): Array<[string, Node | undefined]> {
  const map = resolveNode(file, node);
  if (!isMap(map)) return [];
  const entries: Array<[string, Node | undefined]> = [];
  for (const pair of (map as YAMLMap).items) {
    const keyNode = resolveNode(file, pair.key);
    if (isScalar(keyNode)) entries.push([String(keyNode.value), resolveNode(file, pair.value)]);
  }
  return entries;
}

export interface ScalarText {
  /** The string GitHub Actions hands to the step: the parsed value, stringified. */
  value: string;
  /** The text as written, without quotes (for plain scalars the literal source). */
  written: string;
  /** True when an unquoted number lost digits in parsing (`1.20` became 1.2). */
  lostDigits: boolean;
}

/** Reads a scalar the way the runner does, keeping what was written next to it. */
export function scalarText(node: unknown): ScalarText | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value === null ? '' : String(node.value);
  const written = node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : value;
  const lostDigits = typeof node.value === 'number' && written !== value;
  return { value, written, lostDigits };
}
