// The `if:` of a step or job, evaluated for one value a version resolved to: a setup step under
// `if: inputs.go_version != 'gotip'` never receives `gotip`. Only the simple expression language is
// read (==, !=, <, <=, >, >=, &&, ||, !, parentheses, literals, startsWith/endsWith/contains), over
// the references the value was resolved through; everything else is unknown, and the answer is
// three-valued. The text is a pull request's: one pass over it, bounded in length and nesting. Pure.

/** What a reference is bound to for this value: `matrix.go` -> `1.22`; undefined when not known. */
export type ReferenceLookup = (context: 'matrix' | 'env' | 'inputs', name: string) => string | undefined;

/** true, false, or undefined when the condition cannot be evaluated. */
export type Verdict = boolean | undefined;

// A condition past these is not evaluated (unknown): no workflow needs more, and a hostile one
// must not cost more than one pass over a bounded text.
const MAX_CONDITION_LENGTH = 4096;
const MAX_CONDITION_DEPTH = 32;

/**
 * Tokens one check may evaluate in all: each value of a matrix is evaluated under each `if:` on
 * its way, and a repository can hold thousands of steps under long conditions. Past it, a
 * condition is unknown (its findings capped at warnings, saying so). Each text is read into
 * tokens once.
 */
export class ConditionBudget {
  remaining: number;
  readonly tokens = new Map<string, Token[] | undefined>();
  constructor(readonly total = 2_000_000) {
    this.remaining = total;
  }
}

interface Unknown {
  unknown: true;
  /** Known even when the value is not: `x || true` is truthy whatever x is. */
  truthy?: boolean;
  /** One of these values (none of them a choice itself); absent: any value. */
  oneOf?: Value[];
  /** What the value comes from (`inputs.go`, `fromJSON(...)`), when it is any value. */
  source?: string;
}

type Value = string | number | boolean | null | Unknown;

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'word'; value: string }
  | { kind: 'operator'; value: string };

class Unreadable extends Error {}

const UNKNOWN: Unknown = { unknown: true };
/** A comparison or test over an unknown value: a boolean, either one. */
const EITHER_BOOLEAN: Unknown = { unknown: true, oneOf: [true, false] };
/** Past this many values a choice is any value: no version expression has more branches. */
const MAX_CHOICES = 64;
const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', ',', '.'];
const WORD = /[A-Za-z0-9_-]/;

/** Evaluates an `if:` for one value; undefined when it cannot say. */
export function evaluateCondition(condition: string, lookup: ReferenceLookup, budget = new ConditionBudget()): Verdict {
  const value = evaluate(condition, lookup, budget);
  return value === undefined ? undefined : truthiness(value);
}

/** A value an expression can take: its text as a `with:` input receives it, or what it depends on at run time. */
export type Outcome = { text: string } | { runtime: string };

/**
 * Each value a value expression (`matrix.go != 'go.mod' && matrix.go || ''`) can take for these
 * bindings: one when its conditions are known, each branch's when not. Undefined when it cannot be read.
 */
export function evaluateValue(expression: string, lookup: ReferenceLookup, budget = new ConditionBudget()): Outcome[] | undefined {
  const value = evaluate(expression, lookup, budget);
  if (value === undefined) return undefined;
  return (isUnknown(value) && value.oneOf ? value.oneOf : [value]).map((item) =>
    isUnknown(item) ? { runtime: item.source ?? expression } : { text: asString(item) },
  );
}

/** The matrix, env and inputs references of an expression (`matrix.go.version` as matrix `go.version`). */
export function referencesIn(
  expression: string,
  budget = new ConditionBudget(),
): Array<{ context: 'matrix' | 'env' | 'inputs'; name: string }> {
  const tokens = tokensOf(expression, budget) ?? [];
  const references: Array<{ context: 'matrix' | 'env' | 'inputs'; name: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || (token.value !== 'matrix' && token.value !== 'env' && token.value !== 'inputs')) continue;
    const path = propertyPath(tokens, i + 1);
    if (path.names.length > 0) references.push({ context: token.value, name: path.names.join('.') });
    i = path.end - 1;
  }
  return references;
}

/** `.a['b']` from `start`: the names, and where the path ends. */
function propertyPath(tokens: Token[], start: number): { names: string[]; end: number } {
  const names: string[] = [];
  let i = start;
  for (;;) {
    const [first, second, third] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (first?.kind === 'operator' && first.value === '.' && second?.kind === 'word') {
      names.push(second.value);
      i += 2;
    } else if (
      first?.kind === 'operator' &&
      first.value === '[' &&
      second?.kind === 'string' &&
      third?.kind === 'operator' &&
      third.value === ']'
    ) {
      names.push(second.value);
      i += 3;
    } else return { names, end: i };
  }
}

function evaluate(text: string, lookup: ReferenceLookup, budget: ConditionBudget): Value | undefined {
  const tokens = tokensOf(text, budget);
  if (tokens === undefined) return undefined;
  budget.remaining -= tokens.length + 1;
  if (budget.remaining < 0) return undefined;
  try {
    const parser = new Parser(tokens, lookup);
    const value = parser.expression(0);
    parser.end();
    return value;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

function tokensOf(condition: string, budget: ConditionBudget): Token[] | undefined {
  if (budget.tokens.has(condition)) return budget.tokens.get(condition);
  const expression = unwrap(condition.trim());
  let tokens: Token[] | undefined;
  if (expression !== undefined && expression.length <= MAX_CONDITION_LENGTH) {
    try {
      tokens = tokenize(expression);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
    }
  }
  budget.remaining -= condition.length > MAX_CONDITION_LENGTH ? 1 : condition.length;
  budget.tokens.set(condition, tokens);
  return tokens;
}

/** `${{ x }}` or `x`: an `if:` is an expression either way; text around the braces is not read. */
function unwrap(text: string): string | undefined {
  if (!text.includes('${{')) return text;
  if (!text.startsWith('${{') || !text.endsWith('}}')) return undefined;
  const inner = text.slice(3, -2);
  return inner.includes('${{') || inner.includes('}}') ? undefined : inner;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      i++;
      continue;
    }
    if (char === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Unreadable();
        if (text[j] === "'") {
          if (text[j + 1] !== "'") break;
          value += "'";
          j += 2;
          continue;
        }
        value += text[j];
        j++;
      }
      tokens.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    // `.5` and `-1` are numbers; a `.` between words is property access.
    if (operator && !(operator === '.' && /[0-9]/.test(text[i + 1] ?? '') && !WORD.test(text[i - 1] ?? ''))) {
      tokens.push({ kind: 'operator', value: operator });
      i += operator.length;
      continue;
    }
    let j = i;
    while (j < text.length && (WORD.test(text[j]!) || (text[j] === '.' && /[0-9]/.test(text[i]!) && !text.startsWith('0x', i)))) j++;
    if (j === i) throw new Unreadable();
    const word = text.slice(i, j);
    const number = /^-?(?:[0-9]|\.[0-9])/.test(word) ? Number(word) : Number.NaN;
    tokens.push(Number.isNaN(number) ? { kind: 'word', value: word } : { kind: 'number', value: number });
    i = j;
  }
  return tokens;
}

const PRECEDENCE = new Map([
  ['||', 1],
  ['&&', 2],
  ['==', 3],
  ['!=', 3],
  ['<', 4],
  ['<=', 4],
  ['>', 4],
  ['>=', 4],
]);

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lookup: ReferenceLookup,
  ) {}

  end(): void {
    if (this.position !== this.tokens.length) throw new Unreadable();
  }

  /** Precedence climbing: each token is read once. */
  expression(depth: number, minimum = 1): Value {
    if (depth > MAX_CONDITION_DEPTH) throw new Unreadable();
    let left = this.unary(depth);
    for (;;) {
      const next = this.tokens[this.position];
      const operator = next?.kind === 'operator' ? next.value : '';
      const precedence = PRECEDENCE.get(operator);
      if (precedence === undefined || precedence < minimum) return left;
      this.position++;
      const right = this.expression(depth + 1, precedence + 1);
      left = binary(operator, left, right);
    }
  }

  private unary(depth: number): Value {
    if (depth > MAX_CONDITION_DEPTH) throw new Unreadable();
    const token = this.take();
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'operator') {
      if (token.value === '!') return not(this.unary(depth + 1));
      if (token.value === '(') {
        const inner = this.expression(depth + 1);
        this.expect(')');
        return inner;
      }
      throw new Unreadable();
    }
    const word = token.value;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (this.peek('(')) return this.call(word, depth);
    return this.reference(word);
  }

  private call(name: string, depth: number): Value {
    this.expect('(');
    const args: Value[] = [];
    if (!this.peek(')')) {
      args.push(this.expression(depth + 1));
      while (this.peek(',')) {
        this.position++;
        args.push(this.expression(depth + 1));
      }
    }
    this.expect(')');
    const test = STRING_FUNCTIONS.get(name.toLowerCase());
    const [haystack, needle] = args;
    if (!test || args.length !== 2) return { unknown: true, source: `${name}(...)` };
    if (isUnknown(haystack!) || isUnknown(needle!)) return EITHER_BOOLEAN;
    return test(asString(haystack!).toLowerCase(), asString(needle!).toLowerCase());
  }

  /** `matrix.go`, `inputs['go-version']`, `matrix.go.version`: a value only for the three contexts a version is resolved through. */
  private reference(context: string): Value {
    const path: string[] = [];
    for (;;) {
      if (this.peek('.')) {
        this.position++;
        const name = this.take();
        if (name.kind !== 'word') throw new Unreadable();
        path.push(name.value);
      } else if (this.peek('[')) {
        this.position++;
        const index = this.take();
        if (index.kind !== 'string' && index.kind !== 'number' && index.kind !== 'word') throw new Unreadable();
        this.expect(']');
        path.push(index.kind === 'word' ? '*' : String(index.value));
      } else break;
    }
    if ((context === 'matrix' || context === 'env' || context === 'inputs') && path.length > 0 && !path.includes('*')) {
      const bound = this.lookup(context, path.join('.'));
      if (bound !== undefined) return bound;
    }
    return { unknown: true, source: [context, ...path].join('.') };
  }

  private take(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new Unreadable();
    return token;
  }

  private peek(operator: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'operator' && token.value === operator;
  }

  private expect(operator: string): void {
    if (!this.peek(operator)) throw new Unreadable();
    this.position++;
  }
}

// GitHub compares strings ignoring case, in functions too.
const STRING_FUNCTIONS = new Map<string, (haystack: string, needle: string) => boolean>([
  ['startswith', (haystack, needle) => haystack.startsWith(needle)],
  ['endswith', (haystack, needle) => haystack.endsWith(needle)],
  ['contains', (haystack, needle) => haystack.includes(needle)],
]);

function isUnknown(value: Value): value is Unknown {
  return typeof value === 'object' && value !== null;
}

function truthiness(value: Value): boolean | undefined {
  if (isUnknown(value)) {
    if (value.truthy !== undefined || !value.oneOf) return value.truthy;
    const [first, ...rest] = value.oneOf.map(truthiness);
    return rest.every((truthy) => truthy === first) ? first : undefined;
  }
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value !== false && value !== null && value !== '';
}

function not(value: Value): Value {
  const truthy = truthiness(value);
  return truthy === undefined ? EITHER_BOOLEAN : !truthy;
}

/** The values a value can be: itself, or each of a choice. */
function choices(value: Value): Value[] {
  return isUnknown(value) && value.oneOf ? value.oneOf : [value];
}

/** One of these values: the value itself when there is one, any value past the cap. */
function oneOf(values: Value[]): Value {
  const unique = values.filter((value, index) => isUnknown(value) || values.indexOf(value) === index);
  if (unique.length === 1) return unique[0]!;
  if (unique.length > MAX_CHOICES) return UNKNOWN;
  const choice: Unknown = { unknown: true, oneOf: unique };
  return { ...choice, truthy: truthiness(choice) };
}

function asString(value: Exclude<Value, Unknown>): string {
  return value === null ? '' : String(value);
}

/** GitHub's loose conversion: '' and null are 0, booleans 1 and 0, other strings their number or NaN. */
function asNumber(value: Exclude<Value, Unknown>): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return value;
}

function compare(left: Exclude<Value, Unknown>, right: Exclude<Value, Unknown>): number {
  if (typeof left === 'string' && typeof right === 'string') {
    const a = left.toLowerCase();
    const b = right.toLowerCase();
    return a === b ? 0 : a < b ? -1 : 1;
  }
  const a = asNumber(left);
  const b = asNumber(right);
  return a === b ? 0 : a < b ? -1 : a > b ? 1 : Number.NaN;
}

function binary(operator: string, left: Value, right: Value): Value {
  if (operator === '&&' || operator === '||') {
    const stopsAt = operator === '||';
    const leftTruthy = truthiness(left);
    if (leftTruthy === stopsAt) return left;
    if (leftTruthy === !stopsAt) return right;
    // Each value the left side can be either stops (|| on a truthy one, && on a falsy one) or gives the right side.
    const results: Value[] = [];
    let givesRight = false;
    for (const value of choices(left)) {
      const truthy = truthiness(value);
      if (truthy !== !stopsAt) results.push(truthy === undefined ? { ...(value as Unknown), truthy: stopsAt } : value);
      if (truthy !== stopsAt) givesRight = true;
    }
    if (givesRight) results.push(...choices(right));
    return oneOf(results);
  }
  if (isUnknown(left) || isUnknown(right)) return EITHER_BOOLEAN;
  const order = compare(left, right);
  switch (operator) {
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}
