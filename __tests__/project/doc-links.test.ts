// The README and docs/ link to each other by relative path and heading anchor; moving a section or
// renaming a heading silently breaks those links on GitHub. Every relative link must name a file
// of the repository, and every anchor a heading of the file it points into.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const REPO = join(import.meta.dirname, '../..');

/** The text outside fenced code blocks, line for line (fenced lines become empty). */
function prose(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && opening) {
      fence = opening[1]![0]!.repeat(opening[1]!.length);
      return '';
    }
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      return '';
    }
    return line;
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link of the Markdown files under `root` that names no file, or no heading of it. */
function brokenLinks(root: string, files: readonly string[]): string[] {
  const broken: string[] = [];
  for (const file of files) {
    const path = join(root, file);
    const lines = prose(readFileSync(path, 'utf8'));
    lines.forEach((line, index) => {
      const text = line.replace(/`[^`]*`/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue;
        const [file_, anchor] = target!.split('#', 2) as [string, string | undefined];
        const where = `${file}:${index + 1}: ${target}`;
        const destination = file_ === '' ? path : resolve(dirname(path), decodeURIComponent(file_));
        if (relative(root, destination).startsWith('..')) broken.push(`${where} (outside the repository)`);
        else if (!existsSync(destination)) broken.push(`${where} (no such file)`);
        else if (anchor !== undefined && !headingAnchors(readFileSync(destination, 'utf8')).has(anchor)) {
          broken.push(`${where} (no heading with that anchor)`);
        }
      }
    });
  }
  return broken;
}

const markdownFiles = (root: string) => [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

describe('documentation links', () => {
  test('every relative link in README.md and docs/ names a file and a heading that exist', () => {
    assert.deepEqual(brokenLinks(REPO, markdownFiles(REPO)), []);
  });

  test('anchors are made as GitHub makes them', () => {
    const anchors = headingAnchors(
      [
        '# Switching from actions/setup-go',
        '### Basic inputs (the ones actions/setup-go has)',
        '## What it proves, and how',
        '## `CGO_ENABLED=0` traps',
        '## Notes',
        '## Notes',
        '```sh',
        '# not a heading',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(
      [...anchors],
      [
        'switching-from-actionssetup-go',
        'basic-inputs-the-ones-actionssetup-go-has',
        'what-it-proves-and-how',
        'cgo_enabled0-traps',
        'notes',
        'notes-1',
      ],
    );
  });

  test('a missing file, a missing anchor and a link out of the repository are reported; code is not read', () => {
    const root = mkdtempSync(join(tmpdir(), 'sgg-doc-links-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'docs', 'a.md'), '# A\n\n## Present\n');
      writeFileSync(
        join(root, 'README.md'),
        [
          '# Top',
          '[ok](docs/a.md#present) [ok](#top) [web](https://example.com/x#y)',
          '[gone](docs/b.md) [no anchor](docs/a.md#absent) [here](#nowhere) [out](../elsewhere.md)',
          '`[code](docs/none.md)`',
          '```md',
          '[fenced](docs/none.md)',
          '```',
        ].join('\n'),
      );
      assert.deepEqual(brokenLinks(root, markdownFiles(root)), [
        'README.md:3: docs/b.md (no such file)',
        'README.md:3: docs/a.md#absent (no heading with that anchor)',
        'README.md:3: #nowhere (no heading with that anchor)',
        'README.md:3: ../elsewhere.md (outside the repository)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
