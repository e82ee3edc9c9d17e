// Arguments of the `go` commands the engine runs. Pure: no I/O.

export interface GoBuildFlags {
  trimpath: boolean;
  ldflags: string;
  tags: string;
}

function sharedFlags(flags: GoBuildFlags): string[] {
  return [
    ...(flags.trimpath ? ['-trimpath'] : []),
    ...(flags.ldflags ? ['-ldflags', flags.ldflags] : []),
    ...(flags.tags ? ['-tags', flags.tags] : []),
  ];
}

export function goBuildArgs(output: string, packages: string[], flags: GoBuildFlags): string[] {
  return ['build', '-o', output, ...sharedFlags(flags), ...packages];
}

/** `go test` for a foreign target: cross-built test binaries run through `emulator` (none: binfmt runs them). */
export function goTestArgs(emulator: string | undefined, flags: GoBuildFlags): string[] {
  // go splits -exec like a command line, so a path with spaces must be quoted.
  const exec = emulator === undefined ? [] : ['-exec', /\s/.test(emulator) ? `'${emulator}'` : emulator];
  return ['test', ...exec, ...sharedFlags(flags), './...'];
}
