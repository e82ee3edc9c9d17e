// CI that is not GitHub Actions (Travis, CircleCI, GitLab, Semaphore, Drone, AppVeyor, Azure
// Pipelines, Cirrus, Buildkite, Cloud Build, Bitbucket, Woodpecker, TeamCity, Jenkins): the Go
// lines its files name, each where it is first named. They are evidence that a line is tested (so
// "no CI job builds with go X" is not claimed when such a file names X); a line below go.mod's is
// at most a warning, since such a file (a Travis one above all) is often left from a service the
// project no longer uses. Pure: takes file text.

const OTHER_CI_FILE =
  /^(?:\.travis\.ya?ml|\.gitlab-ci\.ya?ml|\.drone\.ya?ml|\.cirrus\.ya?ml|\.?appveyor\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|cloudbuild\.ya?ml|codefresh\.ya?ml|Jenkinsfile|\.woodpecker\.ya?ml|\.circleci\/config\.ya?ml|\.semaphore\/[^/]+\.ya?ml|\.buildkite\/[^/]+\.ya?ml|\.woodpecker\/[^/]+\.ya?ml|\.teamcity\/[^/]+\.kts)$/;

/** Whether a path (relative to the root, with `/`) is the configuration of a CI other than GitHub Actions. */
export function isOtherCiFile(path: string): boolean {
  return OTHER_CI_FILE.test(path);
}

// A line that is about Go: an image, a version key, a version manager, a target triple.
const ABOUT_GO = /\bgo\b|golang|go[-_]?version|GOVERSION|\/go:|sem-version\s+go|gimme|(?:linux|darwin|windows)\/[a-z0-9]+\/\d/i;
// Not a tool's version (`golangci-lint@v1.18.0`, the orb `circleci/go@1.7.3`).
const GO_LINE = /(?<![\d.@]|\bv)1\.(\d{1,2})(?:\.(?:\d{1,3}|x))?(?![\d])/g;
// A YAML key whose list items are versions (`go:` in Travis), read until the indentation ends.
const GO_LIST_KEY = /^(\s*)go:\s*$/;
const SKIPPED_KEY = /^(\s*)(?:-\s*)?allow_failures:\s*$/;
const COMMENT = /(?:^|\s)(?:#|\/\/).*$/;
const LIST_ITEM = /^(\s*)-\s*["']?([^\s"'#]+)/;

export interface NamedLine {
  /** The Go language line, `1.21`. */
  line: string;
  /** 1-based line and column of its first mention. */
  at: { line: number; column: number };
}

/** The Go language lines (`1.21`) a CI file names, in the order first seen. */
export function otherCiGoLines(text: string): NamedLine[] {
  const named = new Map<string, NamedLine>();
  let listIndent: number | undefined;
  let skipIndent: number | undefined;
  for (const [index, written] of text.split(/\r?\n/).entries()) {
    // Comments are prose (`# 1.12 is too old`), not versions CI runs; what is left is a prefix, so columns hold.
    const line = written.replace(COMMENT, '');
    // A blank or comment line inside a `go:` list does not end it.
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (skipIndent !== undefined && indent > skipIndent) continue;
    skipIndent = undefined;
    // Travis `allow_failures:` names jobs that may fail, not jobs of their own.
    const skipped = SKIPPED_KEY.exec(line);
    if (skipped) {
      skipIndent = skipped[1]!.length;
      continue;
    }
    const item = listIndent === undefined ? undefined : LIST_ITEM.exec(line);
    if (listIndent !== undefined && !(item && item[1]!.length >= listIndent)) listIndent = undefined;
    const key = GO_LIST_KEY.exec(line);
    if (key) listIndent = key[1]!.length;
    if (!item && !ABOUT_GO.test(line)) continue;
    for (const match of line.matchAll(GO_LINE)) {
      const goLine = `1.${match[1]}`;
      if (!named.has(goLine)) named.set(goLine, { line: goLine, at: { line: index + 1, column: match.index + 1 } });
    }
  }
  return [...named.values()];
}
