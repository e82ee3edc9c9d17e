// The job summary's note on path inputs that point outside the workspace. Pure. A path is the
// workflow's text, shown inert (summaryCode) whatever characters it holds.
import { summaryCode } from '../shared/summary-text';
import type { OutsidePath } from './workspace';

export function outsideWorkspaceMarkdown(outside: readonly OutsidePath[]): string {
  if (outside.length === 0) return '';
  const lines = outside.map((entry) => `- \`${entry.input}\`: ${summaryCode(entry.path)}`);
  return `### Paths outside the workspace\n\nThese inputs deliberately point outside the workspace (absolute paths):\n\n${lines.join('\n')}\n`;
}
