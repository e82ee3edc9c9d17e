// Makes the chosen C compilers usable by `go build`: provisions zig once when any target needs it
// and writes one wrapper script per zig triple (cc and c++). The wrappers live at a path that
// depends only on the zig version and triple: Go's build cache hashes the CC path, so a path that
// changed every run would make every cgo package miss the cache.
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileNoFollow } from '../plan/link-free';
import type { CCompiler } from './choice';
import type { Zig, ZigRequest } from '../../zig/provision';

export interface CompilerEnv {
  env: Record<string, string>;
  /** Shown in the summary and the artifacts output: `zig 0.14.1 cc -target aarch64-linux-musl`, `CC_FOR_linux_arm64`. */
  label: string;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function wrapperScript(zig: Zig, mode: 'cc' | 'c++', triple: string): string {
  return [
    '#!/bin/sh',
    `# ${mode} for ${triple}: zig ${zig.version}, written by setup-go-golden`,
    `exec ${shellQuote(zig.path)} ${mode} -target ${triple} "$@"`,
    '',
  ].join('\n');
}

function wrapperRoot(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'setup-go-golden', 'zig-cc');
}

export class CompilerSetup {
  private zig: Promise<Zig> | undefined;
  private readonly wrappers = new Map<string, Promise<CompilerEnv>>();

  constructor(
    private readonly zigRequest: ZigRequest,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** The zig in use, once a target has asked for it. */
  async zigInUse(): Promise<Zig | undefined> {
    return this.zig;
  }

  private provideZig(): Promise<Zig> {
    this.zig ??= import('../../zig/provision').then(({ provideZig }) => provideZig(this.zigRequest));
    return this.zig;
  }

  /** Environment for `go build` with `compiler` (empty for Go's default). */
  async envFor(compiler: CCompiler): Promise<CompilerEnv> {
    if (compiler.kind === 'go-default') return { env: {}, label: 'go env CC' };
    if (compiler.kind === 'command') return { env: { CC: compiler.command }, label: `${compiler.command} (${compiler.source})` };
    let wrapper = this.wrappers.get(compiler.triple);
    if (!wrapper) {
      wrapper = this.writeWrappers(compiler.triple);
      this.wrappers.set(compiler.triple, wrapper);
    }
    return wrapper;
  }

  private async writeWrappers(triple: string): Promise<CompilerEnv> {
    const zig = await this.provideZig();
    const dir = join(wrapperRoot(this.env), zig.version, triple);
    await mkdir(dir, { recursive: true });
    const cc = join(dir, 'cc');
    const cxx = join(dir, 'c++');
    // Written afresh each run, never through a link an earlier job left at the name.
    await Promise.all([
      writeFileNoFollow(cc, wrapperScript(zig, 'cc', triple), 0o755),
      writeFileNoFollow(cxx, wrapperScript(zig, 'c++', triple), 0o755),
    ]);
    return { env: { CC: cc, CXX: cxx }, label: `zig ${zig.version} cc -target ${triple}` };
  }
}
