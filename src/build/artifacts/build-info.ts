// A Go binary's build info as `go version -m` prints it (every Go release that has it, unlike the
// `-json` form of Go 1.22 on): the Go version, main package path, main module, dependencies with
// their versions, h1 sums and replacements, and the build settings. Pure: no I/O.

export interface GoModule {
  path: string;
  /** Empty for a replacement by a local folder. */
  version: string;
  /** `h1:` sum; empty for the main module and local replacements. */
  sum: string;
  replace?: GoModule;
}

export interface GoBuildInfo {
  goVersion: string;
  /** The main package's import path. */
  path: string;
  main: GoModule | undefined;
  deps: GoModule[];
  /** In the order the binary lists them. */
  settings: { key: string; value: string }[];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** Reverses Go's strconv.Quote, which `go version -m` applies to keys and values holding spaces or quotes. */
export function unquoteGo(text: string): string {
  if (!text.startsWith('"')) return text;
  if (!text.endsWith('"') || text.length < 2) throw new Error(`unterminated Go string: ${text}`);
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let at = 0; at < body.length; ) {
    const char = body[at]!;
    if (char !== '\\') {
      const point = body.codePointAt(at)!;
      bytes.push(...Buffer.from(String.fromCodePoint(point)));
      at += point > 0xffff ? 2 : 1;
      continue;
    }
    const kind = body[at + 1] ?? '';
    if (kind in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[kind]!.charCodeAt(0));
      at += 2;
    } else if (kind === 'x') {
      bytes.push(Number.parseInt(body.slice(at + 2, at + 4), 16));
      at += 4;
    } else if (kind === 'u' || kind === 'U') {
      const width = kind === 'u' ? 4 : 8;
      bytes.push(...Buffer.from(String.fromCodePoint(Number.parseInt(body.slice(at + 2, at + 2 + width), 16))));
      at += 2 + width;
    } else if (/[0-7]/.test(kind)) {
      bytes.push(Number.parseInt(body.slice(at + 1, at + 4), 8));
      at += 4;
    } else {
      throw new Error(`unknown escape \\${kind} in Go string: ${text}`);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function moduleFrom(fields: string[]): GoModule {
  return { path: fields[0] ?? '', version: fields[1] ?? '', sum: fields[2] ?? '' };
}

/** Parses the output of `go version -m <binary>`; throws when it holds no build info. */
export function parseBuildInfo(goVersionM: string): GoBuildInfo {
  const lines = goVersionM.split('\n');
  const header = /: (go[^\s]+)$/.exec(lines[0] ?? '');
  if (!header) throw new Error(`no Go version in the first line of go version -m: ${JSON.stringify(lines[0] ?? '')}`);
  const info: GoBuildInfo = { goVersion: header[1]!, path: '', main: undefined, deps: [], settings: [] };
  let last: GoModule | undefined;
  for (const line of lines.slice(1)) {
    if (!line.startsWith('\t')) continue;
    const [kind, ...fields] = line.slice(1).split('\t');
    if (kind === 'path') info.path = fields[0] ?? '';
    else if (kind === 'mod' || kind === 'dep') {
      last = moduleFrom(fields);
      if (kind === 'mod') info.main = last;
      else info.deps.push(last);
    } else if (kind === '=>' && last) last.replace = moduleFrom(fields);
    else if (kind === 'build') {
      const setting = fields.join('\t');
      // A quoted key ends at its closing quote; a plain one at the first '='.
      const keyEnd = setting.startsWith('"') ? closingQuote(setting) + 1 : setting.indexOf('=');
      if (setting[keyEnd] !== '=') throw new Error(`build setting without '=': ${setting}`);
      info.settings.push({ key: unquoteGo(setting.slice(0, keyEnd)), value: unquoteGo(setting.slice(keyEnd + 1)) });
    }
  }
  return info;
}

function closingQuote(text: string): number {
  for (let at = 1; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  throw new Error(`unterminated Go string: ${text}`);
}

/** The module whose code is in the binary: the replacement when there is one. */
export function effectiveModule(module: GoModule): GoModule {
  return module.replace ?? module;
}

export function buildSetting(info: GoBuildInfo, key: string): string | undefined {
  return info.settings.find((setting) => setting.key === key)?.value;
}
