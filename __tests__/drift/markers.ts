// Expected findings written into fixture files as comments, on the line they are about:
// `# expect: rule[@column][, rule...]` (or `// expect:` in go.mod), or `# expect-next: ...` on the
// line before (Dockerfiles, where a trailing `#` is not a comment).
import type { Finding, RepoFile } from '../../src/drift/types';

export interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
  column?: number;
}

const MARKER = /(?:#|\/\/)\s*expect(-next)?:\s*(.+)$/;

export function readMarkers(files: RepoFile[]): ExpectedFinding[] {
  const expected: ExpectedFinding[] = [];
  for (const file of files) {
    file.contents.split(/\r?\n/).forEach((text, index) => {
      const match = MARKER.exec(text);
      if (!match) return;
      const line = index + 1 + (match[1] ? 1 : 0);
      for (const item of match[2]!.split(',')) {
        const [rule, column] = item.trim().split('@');
        expected.push({ file: file.path, line, rule: rule!, column: column === undefined ? undefined : Number(column) });
      }
    });
  }
  return expected;
}

/** Pairs expected and actual findings; returns what is missing and what is unexpected. */
export function compareWithMarkers(expected: ExpectedFinding[], actual: Finding[]): { missing: ExpectedFinding[]; unexpected: Finding[] } {
  const unmatched = [...actual];
  const missing: ExpectedFinding[] = [];
  // Markers with a column first, so that a column-less marker cannot take their finding.
  const ordered = [...expected].sort((a, b) => (a.column === undefined ? 1 : 0) - (b.column === undefined ? 1 : 0));
  for (const want of ordered) {
    const index = unmatched.findIndex(
      (f) =>
        f.file === want.file && f.line === want.line && f.rule === want.rule && (want.column === undefined || f.column === want.column),
    );
    if (index === -1) missing.push(want);
    else unmatched.splice(index, 1);
  }
  return { missing, unexpected: unmatched };
}
