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

type Combination = Record<string, string>;

function valueKey(node: YamlNode | undefined): string {
  const text = scalarText(node);
  return text ? text.value : JSON.stringify(plainValue(node));
}

export function readJobMatrix(file: YamlFile, strategyNode: YamlNode | undefined, jobAt: Position): JobMatrix {
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

  return {
    lookup(name) {
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
        for (const node of dimension.items) {
          if (survivesExclude(name, valueKey(node), dimensions, excludes)) values.push({ node, at: positionOf(file, node) });
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
    },
  };
}

function entriesOf(node: YamlNode | undefined): YamlNode[] {
  if (!isSeq(node)) return [];
  return node.items.filter(isMap);
}

/** Whether some combination with NAME=value is left after `exclude` (GitHub compares parsed values). */
function survivesExclude(name: string, value: string, dimensions: Map<string, YamlNode | undefined>, excludes: Combination[]): boolean {
  const relevant = excludes.filter((entry) => entry[name] === value && Object.keys(entry).every((key) => dimensions.has(key)));
  if (relevant.length === 0) return true;
  const others = [...dimensions.entries()]
    .filter(([key]) => key !== name)
    .map(([key, node]) => [key, isSeq(node) ? node.items.map((item) => valueKey(item)) : []] as const);
  const count = others.reduce((product, [, values]) => product * Math.max(values.length, 1), 1);
  if (count > MAX_COMBINATIONS) return !relevant.some((entry) => Object.keys(entry).length === 1);
  let combinations: Combination[] = [{ [name]: value }];
  for (const [key, values] of others) {
    if (values.length === 0) continue;
    combinations = combinations.flatMap((combination) => values.map((item) => ({ ...combination, [key]: item })));
  }
  return combinations.some(
    (combination) => !relevant.some((entry) => Object.entries(entry).every(([key, item]) => combination[key] === item)),
  );
}
