// YAML with source positions: the drift rules need the exact line and column of every value and
// the text as written, because an unquoted `1.20` parses to the number 1.2 and only the source
// still says what the author meant. js-yaml's event parser gives both (offsets into the text) at a
// fraction of the cost of a full document model; the tree below is built from its events.
// Pure: takes text, returns nodes.
import {
  boolCoreTag,
  EVENT_ID,
  type Event,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent,
  YAMLException,
} from 'js-yaml';
import type { Position, ReadFailure } from './types';

interface NodeAt {
  /** Offset of the node in the text: its first character (a quoted scalar's quote, a block scalar's `|`). */
  offset: number;
}

export interface YamlMap extends NodeAt {
  kind: 'map';
  items: Array<{ key: YamlNode; value: YamlNode }>;
}

export interface YamlSeq extends NodeAt {
  kind: 'seq';
  items: YamlNode[];
}

export interface YamlScalar extends NodeAt {
  kind: 'scalar';
  /** The value as YAML 1.2's core schema reads it: a plain `1.20` is the number 1.2, `true` a boolean, `~` null. */
  value: string | number | boolean | null;
  /** The text, decoded but not typed (`1.20`). */
  source: string;
  /** Unquoted and untagged: the only style whose text is typed. */
  plain: boolean;
}

/** A node; an alias (`*anchor`) is the node it names. */
export type YamlNode = YamlMap | YamlSeq | YamlScalar;

export interface YamlFile {
  path: string;
  /** The source text, for what the parsed tree does not keep (a step writing to $GITHUB_ENV). */
  text: string;
  /** The document's top node; undefined for an empty file. */
  root: YamlNode | undefined;
  /** Line and column (1-based) of an offset into the text. */
  locate: (offset: number) => { line: number; column: number };
}

export function isMap(node: YamlNode | undefined): node is YamlMap {
  return node?.kind === 'map';
}

export function isSeq(node: YamlNode | undefined): node is YamlSeq {
  return node?.kind === 'seq';
}

export function isScalar(node: YamlNode | undefined): node is YamlScalar {
  return node?.kind === 'scalar';
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

class NotOneDocument extends Error {
  constructor(readonly offset: number) {
    super('it holds more than one YAML document');
  }
}

class AliasesTooLarge extends Error {
  constructor(
    readonly offset: number,
    limit: number,
  ) {
    super(`its aliases expand to more than ${limit} nodes`);
  }
}

/**
 * How far aliases may multiply a document. The tree shares an aliased node instead of copying
 * it, but whoever walks the tree (a matrix's values, an exclude entry compared as a whole) walks
 * every copy: 800 bytes of nested anchors are 9^9 nodes to them. So the nodes aliases add, counted
 * with the size of what they name, are capped per file and over the whole check, which makes
 * every walk of every tree linear in the bytes read plus these caps.
 */
export class AliasBudget {
  constructor(
    readonly perFile = 100_000,
    public remaining = 1_000_000,
  ) {}
}

/** Parses a YAML file; a syntax error becomes a parse-error finding at the line the parser names. */
export function parseYamlFile(path: string, contents: string, aliases: AliasBudget = new AliasBudget()): YamlParse {
  const locate = locator(contents);
  try {
    const root = buildTree(contents, parseEvents(contents, { filename: path }), aliases);
    return { ok: true, file: { path, text: contents, root, locate } };
  } catch (error) {
    if (error instanceof RangeError) {
      // js-yaml's parser recurses per nesting level: `[[[[...` deep enough ends the stack.
      return { ok: false, finding: unreadYaml(path, { line: 1, column: 1 }, 'over-budget', 'it nests too deeply to read') };
    }
    if (!(error instanceof YAMLException || error instanceof NotOneDocument || error instanceof AliasesTooLarge)) throw error;
    const offset = error instanceof YAMLException ? Math.max(error.mark?.position ?? 0, 0) : error.offset;
    const reason = error instanceof YAMLException ? error.reason : error.message;
    const rule = error instanceof AliasesTooLarge ? 'over-budget' : 'parse-error';
    return {
      ok: false,
      finding: unreadYaml(path, locate(offset), rule, rule === 'parse-error' ? `is not valid YAML: ${reason}` : `was not read: ${reason}`),
    };
  }
}

function unreadYaml(path: string, at: { line: number; column: number }, rule: 'parse-error' | 'over-budget', problem: string): ReadFailure {
  return {
    file: path,
    ...at,
    rule,
    message: `${path} ${problem}; no Go version in it was checked.`,
    found: null,
    expected: null,
  };
}

const CORE_SCALAR_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

/** A plain scalar typed by the core schema, as the runner reads it; a string when no type claims it. */
function typedPlain(source: string): YamlScalar['value'] {
  for (const tag of CORE_SCALAR_TAGS) {
    const value = tag.resolve(source, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value as YamlScalar['value'];
  }
  return source;
}

/** Where a scalar starts in the text: the quote of a quoted one, the `|` or `>` of a block one. */
function scalarOffset(text: string, event: ScalarEvent, previousEnd: number): number {
  if (event.valueStart === -1) return previousEnd;
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      const from = Math.max(previousEnd, event.tagEnd, event.anchorEnd);
      const header = text.slice(from, event.valueStart).search(/[|>]/);
      return header === -1 ? event.valueStart : from + header;
    }
    default:
      return event.valueStart;
  }
}

function scalarNode(text: string, event: ScalarEvent, previousEnd: number): YamlScalar {
  const offset = scalarOffset(text, event, previousEnd);
  if (event.valueStart === -1) return { kind: 'scalar', offset, value: null, source: '', plain: true };
  const source = getScalarValue(text, event);
  const plain = event.style === SCALAR_STYLE.PLAIN && event.tagStart === -1;
  return { kind: 'scalar', offset, value: plain ? typedPlain(source) : source, source, plain };
}

/**
 * The node tree of a one-document event stream. An alias becomes the node its anchor names (an
 * alias inside the node it names becomes null: a cycle would never end a walk).
 */
function buildTree(text: string, events: Event[], aliases: AliasBudget): YamlNode | undefined {
  const anchors = new Map<string, YamlNode>();
  const open: Array<{ node: YamlMap | YamlSeq | undefined; key?: YamlNode; expandedBefore: number; anchored?: boolean }> = [];
  // Nodes of the document with every alias expanded, and of each container once it is closed.
  let expanded = 0;
  let added = 0;
  const expandedSize = new Map<YamlNode, number>();
  let root: YamlNode | undefined;
  let documents = 0;
  let previousEnd = 0;
  const place = (node: YamlNode): void => {
    const parent = open.at(-1);
    if (!parent?.node) root = node;
    else if (parent.node.kind === 'seq') parent.node.items.push(node);
    else if (parent.key === undefined) parent.key = node;
    else {
      parent.node.items.push({ key: parent.key, value: node });
      parent.key = undefined;
    }
  };
  const anchor = (event: { anchorStart: number; anchorEnd: number }, node: YamlNode): void => {
    if (event.anchorStart !== -1) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node);
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new NotOneDocument(secondDocumentOffset(text));
        open.push({ node: undefined, expandedBefore: expanded });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: YamlMap | YamlSeq =
          event.type === EVENT_ID.MAPPING
            ? { kind: 'map', offset: event.start, items: [] }
            : { kind: 'seq', offset: event.start, items: [] };
        anchor(event, node);
        place(node);
        expanded++;
        open.push({ node, expandedBefore: expanded - 1, anchored: event.anchorStart !== -1 });
        previousEnd = event.start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(text, event, previousEnd);
        anchor(event, node);
        place(node);
        expanded++;
        previousEnd = Math.max(previousEnd, event.valueEnd);
        break;
      }
      case EVENT_ID.ALIAS: {
        const named = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        const cyclic = named !== undefined && open.some((level) => level.node === named);
        place(named && !cyclic ? named : { kind: 'scalar', offset: event.anchorStart - 1, value: null, source: '', plain: true });
        const size = named && !cyclic ? (expandedSize.get(named) ?? 1) : 1;
        expanded += size;
        added += size;
        if (added > aliases.perFile || added > aliases.remaining) {
          throw new AliasesTooLarge(event.anchorStart - 1, Math.min(aliases.perFile, aliases.remaining));
        }
        previousEnd = event.anchorEnd;
        break;
      }
      case EVENT_ID.POP: {
        const closed = open.pop();
        // Only an anchored node can be aliased, so only its size is kept.
        if (closed?.node && closed.anchored) expandedSize.set(closed.node, expanded - closed.expandedBefore);
        break;
      }
    }
  }
  aliases.remaining -= added;
  return root;
}

function secondDocumentOffset(text: string): number {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)];
  const marker = markers.length > 1 && markers[0]!.index === 0 ? markers[1] : markers[0];
  return marker?.index ?? 0;
}

export function positionOf(file: YamlFile, node: YamlNode | null | undefined): Position {
  return { file: file.path, ...file.locate(node?.offset ?? 0) };
}

/** The value node under `key` of a mapping (or undefined when the node is no mapping or lacks the key). */
export function mapValue(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) if (isScalar(pair.key) && String(pair.key.value) === key) return pair.value;
  return undefined;
}

/** The key/value pairs of a mapping with scalar keys, in order. */
export function mapEntries(node: YamlNode | undefined): Array<[string, YamlNode]> {
  if (!isMap(node)) return [];
  const entries: Array<[string, YamlNode]> = [];
  for (const pair of node.items) if (isScalar(pair.key)) entries.push([String(pair.key.value), pair.value]);
  return entries;
}

/** The node as plain data (what JSON would hold), to compare whole values. */
export function plainValue(node: YamlNode | undefined): unknown {
  if (node === undefined) return null;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plainValue);
  return Object.fromEntries(mapEntries(node).map(([key, value]) => [key, plainValue(value)]));
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
export function scalarText(node: YamlNode | undefined): ScalarText | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value === null ? '' : String(node.value);
  const written = node.plain ? node.source : value;
  const lostDigits = typeof node.value === 'number' && written !== value;
  return { value, written, lostDigits };
}
