// Go's module path patterns (GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE): comma-separated globs,
// each matched against the prefix of a module path with as many elements as the glob has
// (golang.org/x/mod/module.MatchPrefixPatterns). Pure.

export function splitPatterns(list: string): string[] {
  return list
    .split(',')
    .map((pattern) => pattern.trim())
    .filter(Boolean);
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = glob.indexOf(']', index + 1);
      if (end === -1) return /(?!)/; // malformed: path.Match reports an error, which Go treats as no match
      const body = glob.slice(index + 1, end);
      source += `[${body.startsWith('^') ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`;
      index = end;
    } else if (char === '\\' && index + 1 < glob.length) {
      source += escapeRegExp(glob[++index]!);
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeClass(text: string): string {
  return text.replace(/[\]\\^]/g, '\\$&');
}

export function matchesPrefixPattern(pattern: string, modulePath: string): boolean {
  const elements = pattern.replace(/\/+$/, '').split('/').length;
  const prefix = modulePath.split('/').slice(0, elements).join('/');
  return modulePath.split('/').length >= elements && globToRegExp(pattern.replace(/\/+$/, '')).test(prefix);
}

export function matchesAnyPattern(patterns: readonly string[], modulePath: string): boolean {
  return patterns.some((pattern) => matchesPrefixPattern(pattern, modulePath));
}

/** Patterns of `list` that no pattern of `cover` matches (reading each as a module path). */
export function uncoveredPatterns(list: string, cover: string): string[] {
  const covering = splitPatterns(cover);
  return splitPatterns(list).filter((pattern) => !matchesAnyPattern(covering, pattern));
}
