// GitHub Actions expressions inside a version value: `${{ matrix.go }}`, `1.${{ matrix.minor }}.x`,
// `${{ env.GO_VERSION }}`, `${{ inputs.go-version }}`. Matrix, env and inputs references can be
// followed statically (inputs when the caller is in the repository); everything else (vars, needs,
// fromJSON, ...) is known only at run time. Pure.

export type TemplatePart =
  | { kind: 'text'; text: string }
  /** `matrix.go`, or `matrix.go.version` (path ['version']) for a matrix of objects. */
  | { kind: 'matrix'; name: string; path?: string[]; expression: string }
  | { kind: 'env'; name: string; expression: string }
  | { kind: 'inputs'; name: string; expression: string }
  /** `steps.<id>.outputs.<name>`: followed when the step writes it from a repository file. */
  | { kind: 'steps'; id: string; output: string; expression: string }
  /** `a && b || c` over literals and references: each value it can take, evaluated per value of its references. */
  | { kind: 'choice'; expression: string }
  | { kind: 'runtime'; expression: string; reason: string };

const IDENTIFIER = '([A-Za-z_][A-Za-z0-9_-]*)';
const PROPERTY = `(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])`;
const MATRIX_REF = new RegExp(`^matrix((?:${PROPERTY})+)$`);
const PROPERTY_STEP = new RegExp(PROPERTY, 'g');
const STEPS_OUTPUT_REF = new RegExp(`^steps\\.${IDENTIFIER}\\.outputs${PROPERTY}$`);

const ENV_REF = new RegExp(`^env(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])$`);
const INPUTS_REF = new RegExp(`^inputs(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])$`);
const STRING_LITERAL = /^'((?:[^']|'')*)'$/;

export function hasExpression(text: string): boolean {
  return text.includes('${{');
}

/**
 * Splits a value into literal text and the expressions between `${{` and `}}`. By index, not by a
 * lazy pattern: an unclosed `${{` repeated through a long value would make the pattern scan to
 * the end from each one.
 */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (let open = text.indexOf('${{'); open !== -1; open = text.indexOf('${{', last)) {
    const close = text.indexOf('}}', open + 3);
    if (close === -1) break;
    if (open > last) parts.push({ kind: 'text', text: text.slice(last, open) });
    parts.push(classifyExpression(text.slice(open + 3, close).trim()));
    last = close + 2;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function classifyExpression(expression: string): TemplatePart {
  const literal = STRING_LITERAL.exec(expression);
  if (literal) return { kind: 'text', text: literal[1]!.replace(/''/g, "'") };
  const matrix = MATRIX_REF.exec(expression);
  if (matrix) {
    const [name, ...path] = [...matrix[1]!.matchAll(PROPERTY_STEP)].map((step) => (step[1] ?? step[2])!);
    return path.length > 0 ? { kind: 'matrix', name: name!, path, expression } : { kind: 'matrix', name: name!, expression };
  }
  const output = STEPS_OUTPUT_REF.exec(expression);
  if (output) return { kind: 'steps', id: output[1]!, output: (output[2] ?? output[3])!, expression };
  const env = ENV_REF.exec(expression);
  if (env) return { kind: 'env', name: (env[1] ?? env[2])!, expression };
  const inputs = INPUTS_REF.exec(expression);
  if (inputs) return { kind: 'inputs', name: (inputs[1] ?? inputs[2])!, expression };
  if (hasLogicalOperator(expression)) return { kind: 'choice', expression };
  return { kind: 'runtime', expression, reason: runtimeReason(expression) };
}

export function runtimeReason(expression: string): string {
  if (/\bfromJSON\s*\(/i.test(expression)) return 'fromJSON(...) is evaluated at run time';
  const context = /^([A-Za-z_]+)/.exec(expression)?.[1];
  switch (context) {
    case 'vars':
      return `${expression} is a repository or organisation variable, set outside the repository`;
    case 'needs':
      return `${expression} is an output of another job, known only at run time`;
    case 'inputs':
      return `${expression} comes from the caller of this workflow (reusable workflow or dispatch input)`;
    case 'steps':
      return `${expression} is an output of an earlier step, known only at run time`;
    case 'secrets':
      return `${expression} is a secret`;
    case 'github':
      return `${expression} depends on the event that runs the workflow`;
    default:
      return `\`${expression}\` is evaluated at run time`;
  }
}

/** `&&` or `||` outside string literals: the expression chooses between values. */
function hasLogicalOperator(expression: string): boolean {
  let quoted = false;
  for (let i = 0; i < expression.length - 1; i++) {
    const char = expression[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && (char === '&' || char === '|') && expression[i + 1] === char) return true;
  }
  return false;
}
