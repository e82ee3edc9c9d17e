// The values a `${{ matrix.NAME }}` takes in a job: the dimension's list minus the values every
// combination of which `exclude` removes, plus every value an `include` entry sets. Pure.
import { hasExpression } from './expressions';
import {
  isMap,
  isScalar,
  isSeq,
  mapEntries,
  mapValue,
  plainValue,
  positionOf,
  scalarText,
  type YamlFile,
  type YamlNode,
} from './yaml-source';
import type { Position } from './types';

export interface MatrixValue {
  node: YamlNode;
  at: Position;
}

export type MatrixLookup =
  | { kind: 'values'; values: MatrixValue[]; unknownToo?: string }
  | {
      kind: 'unknown';
      reason: string;
      /** Where the value is decided; absent: at the reference itself. */
      at?: Position;
      /** The key is defined nowhere: a mistake, not a run-time value. */
      broken?: boolean;
    };

export interface JobMatrix {
  lookup(name: string): MatrixLookup;
}

/** Past this many combinations, exclusion is judged from single entries only (keeps huge matrices cheap). */
const MAX_COMBINATIONS = 4096;

/**
 * Combinations compared with exclude entries over a whole check. One matrix of 4096 combinations
 * and a few hundred excludes is a million comparisons, and a repository can hold thousands of
 * matrices; past this budget a matrix value is reported as not judged instead.
 */
export class MatrixBudget {
  remaining: number;
  constructor(readonly total = 2_000_000) {
    this.remaining = total;
  }
}

type Combination = Record<string, string>;

// A value is compared whole (GitHub compares parsed values); one text per node, however often it
// is compared, and however many aliases share the node.
const valueKeys = new WeakMap<YamlNode, string>();

function valueKey(node: YamlNode | undefined): string {
  const text = scalarText(node);
  if (text) return text.value;
  if (node === undefined) return 'null';
  let key = valueKeys.get(node);
  if (key === undefined) {
    key = JSON.stringify(plainValue(node));
    valueKeys.set(node, key);
  }
  return key;
}

class MatrixTooLarge extends Error {}

export function readJobMatrix(
  file: YamlFile,
  strategyNode: YamlNode | undefined,
  jobAt: Position,
  budget: MatrixBudget = new MatrixBudget(),
): JobMatrix {
  const matrixNode = mapValue(strategyNode, 'matrix');
  if (matrixNode === undefined) {
    return {
      lookup: (name) => ({
        kind: 'unknown',
        reason: `matrix.${name} is used but the job has no strategy.matrix, so it is empty`,
        at: jobAt,
        broken: true,
      }),
    };
  }
  if (isScalar(matrixNode)) {
    const at = positionOf(file, matrixNode);
    const reason = `strategy.matrix is the expression ${String(matrixNode.value)}, evaluated at run time`;
    return { lookup: () => ({ kind: 'unknown', reason, at }) };
  }
  const dimensions = new Map<string, YamlNode | undefined>();
  let include: YamlNode | undefined;
  let exclude: YamlNode | undefined;
  for (const [key, value] of mapEntries(matrixNode)) {
    if (key === 'include') include = value;
    else if (key === 'exclude') exclude = value;
    else dimensions.set(key, value);
  }
  const excludes = entriesOf(exclude).map((entry) => Object.fromEntries(mapEntries(entry).map(([key, value]) => [key, valueKey(value)])));
  const includes = entriesOf(include);
  const includeIsExpression = isScalar(include) && hasExpression(String(include.value));
  const looked = new Map<string, MatrixLookup>();

  const lookup = (name: string): MatrixLookup => {
    const values: MatrixValue[] = [];
    const dimension = dimensions.get(name);
    if (dimension !== undefined) {
      if (!isSeq(dimension)) {
        return {
          kind: 'unknown',
          reason: `matrix.${name} is not a list (${scalarText(dimension)?.value ?? 'a mapping'})`,
          at: positionOf(file, dimension),
        };
      }
      const survives = exclusionOf(name, dimensions, excludes, budget);
      try {
        for (const node of dimension.items) {
          if (survives(valueKey(node))) values.push({ node, at: positionOf(file, node) });
        }
      } catch (error) {
        if (!(error instanceof MatrixTooLarge)) throw error;
        const reason = `strategy.matrix has too many combinations and exclude entries to judge (the check compares at most ${budget.total} in all)`;
        return { kind: 'unknown', reason, at: positionOf(file, matrixNode) };
      }
    }
    for (const entry of includes) {
      for (const [key, value] of mapEntries(entry)) {
        if (key === name && value) values.push({ node: value, at: positionOf(file, value) });
      }
    }
    if (includeIsExpression) {
      const reason = `strategy.matrix.include is the expression ${String((include as { value: unknown }).value)}, evaluated at run time`;
      if (values.length === 0) return { kind: 'unknown', reason, at: positionOf(file, include) };
      return { kind: 'values', values, unknownToo: reason };
    }
    if (values.length === 0 && dimension === undefined) {
      return {
        kind: 'unknown',
        reason: `matrix.${name} is not defined in this job's strategy.matrix, so it is empty`,
        at: positionOf(file, matrixNode),
        broken: true,
      };
    }
    return { kind: 'values', values };
  };
  return {
    lookup(name) {
      let result = looked.get(name);
      if (!result) {
        result = lookup(name);
        looked.set(name, result);
      }
      return result;
    },
  };
}

function entriesOf(node: YamlNode | undefined): YamlNode[] {
  if (!isSeq(node)) return [];
  return node.items.filter(isMap);
}

/**
 * Whether some combination with NAME=value is left after `exclude` (GitHub compares parsed values).
 * The entries and the other dimensions' values are sorted out once per name; each comparison of a
 * combination with an entry is paid from the budget.
 */
function exclusionOf(
  name: string,
  dimensions: Map<string, YamlNode | undefined>,
  excludes: Combination[],
  budget: MatrixBudget,
): (value: string) => boolean {
  const byValue = new Map<string, Combination[]>();
  for (const entry of excludes) {
    const value = entry[name];
    if (value === undefined || !Object.keys(entry).every((key) => dimensions.has(key))) continue;
    const same = byValue.get(value);
    if (same) same.push(entry);
    else byValue.set(value, [entry]);
  }
  if (byValue.size === 0) return () => true;
  const others = [...dimensions.entries()]
    .filter(([key]) => key !== name)
    .map(([key, node]) => [key, isSeq(node) ? node.items.map((item) => valueKey(item)) : []] as const);
  const count = others.reduce((product, [, values]) => product * Math.max(values.length, 1), 1);
  return (value) => {
    const relevant = byValue.get(value);
    if (!relevant) return true;
    if (count > MAX_COMBINATIONS) return !relevant.some((entry) => Object.keys(entry).length === 1);
    budget.remaining -= count * relevant.length;
    if (budget.remaining < 0) throw new MatrixTooLarge();
    let combinations: Combination[] = [{ [name]: value }];
    for (const [key, values] of others) {
      if (values.length === 0) continue;
      combinations = combinations.flatMap((combination) => values.map((item) => ({ ...combination, [key]: item })));
    }
    return combinations.some(
      (combination) => !relevant.some((entry) => Object.entries(entry).every(([key, item]) => combination[key] === item)),
    );
  };
}
