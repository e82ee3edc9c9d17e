// GitHub Actions expressions inside a version value: `${{ matrix.go }}`, `1.${{ matrix.minor }}.x`,
// `${{ env.GO_VERSION }}`, `${{ inputs.go-version }}`. Matrix, env and inputs references can be
// followed statically (inputs when the caller is in the repository); everything else (vars, needs,
// fromJSON, ...) is known only at run time. Pure.

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'matrix'; name: string; expression: string }
  | { kind: 'env'; name: string; expression: string }
  | { kind: 'inputs'; name: string; expression: string }
  | { kind: 'runtime'; expression: string; reason: string };

const IDENTIFIER = '([A-Za-z_][A-Za-z0-9_-]*)';
const MATRIX_REF = new RegExp(`^matrix(?:\\.${IDENTIFIER}|\\[\\s*'([^']+)'\\s*\\])$`);
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
  if (matrix) return { kind: 'matrix', name: (matrix[1] ?? matrix[2])!, expression };
  const env = ENV_REF.exec(expression);
  if (env) return { kind: 'env', name: (env[1] ?? env[2])!, expression };
  const inputs = INPUTS_REF.exec(expression);
  if (inputs) return { kind: 'inputs', name: (inputs[1] ?? inputs[2])!, expression };
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
