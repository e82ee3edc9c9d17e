// `ignore` globs for the drift check: `**` spans directories, `*` and `?` stay within one, `{a,b}`
// alternates. A pattern without `/` matches a name at any depth; a match on a directory ignores
// everything below it. Pure.

export type PathMatcher = (path: string) => boolean;

function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      pattern += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) pattern += '\\{';
      else {
        pattern += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(escape)
          .join('|')})`;
        i = end;
      }
    } else pattern += escapeRegExp(c);
  }
  return new RegExp(`^${pattern}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

export function ignoreMatcher(globs: string[]): PathMatcher {
  const patterns = globs
    .map((glob) => glob.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter((glob) => glob !== '' && !glob.startsWith('#'))
    .map((glob) => globToRegExp(glob.includes('/') ? glob : `**/${glob}`));
  if (patterns.length === 0) return () => false;
  return (path) => {
    const parts = path.split('/');
    for (let end = 1; end <= parts.length; end++) {
      const prefix = parts.slice(0, end).join('/');
      if (patterns.some((pattern) => pattern.test(prefix))) return true;
    }
    return false;
  };
}
