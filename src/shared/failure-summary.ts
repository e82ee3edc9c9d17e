// The job-summary section of a failed step: the error, and what to do about it when the message
// says. The action's messages end with the way out after their last `; ` ("...; run
// actions/checkout before this step"), so that clause gets a line of its own when it reads as an
// instruction. A message can carry a value from outside (an input, a server's answer): inert. Pure.
import { summaryText } from './summary-text';

/** How an instruction in the action's messages begins (an imperative, a condition, a purpose, a question). */
const INSTRUCTION =
  /^(?:run|set|unset|use|leave|pin|remove|add|give|quote|fix|write|name|raise|pass|install|check|did you mean|to \S+,|if\s)/i;

export interface FailureParts {
  problem: string;
  whatToDo?: string;
}

/** Splits a message into the problem and the instruction after its last `; `, if it ends with one. */
export function splitFailure(message: string): FailureParts {
  const at = message.lastIndexOf('; ');
  const tail = at < 0 ? '' : message.slice(at + 2).trim();
  if (!tail || !INSTRUCTION.test(tail)) return { problem: message };
  return { problem: message.slice(0, at), whatToDo: tail };
}

export function failureSummaryMarkdown(title: string, message: string): string {
  const { problem, whatToDo } = splitFailure(message);
  const lines = [`### ❌ ${summaryText(title)}`, '', summaryText(problem)];
  if (whatToDo) lines.push('', `**What to do:** ${summaryText(whatToDo)}`);
  lines.push('');
  return lines.join('\n');
}
