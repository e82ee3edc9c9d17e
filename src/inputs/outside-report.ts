// The job summary's note on path inputs that point outside the workspace. Pure.
import type { OutsidePath } from './workspace';

export function outsideWorkspaceMarkdown(outside: readonly OutsidePath[]): string {
  if (outside.length === 0) return '';
  const lines = outside.map((entry) => `- \`${entry.input}\`: \`${entry.path.replace(/`/g, "'")}\``);
  return `### Paths outside the workspace\n\nThese inputs deliberately point outside the workspace (absolute paths):\n\n${lines.join('\n')}\n`;
}
