import { join } from 'node:path';

/** The go command of a GOROOT. */
export function goBinary(goRoot: string, platform: NodeJS.Platform = process.platform): string {
  return join(goRoot, 'bin', platform === 'win32' ? 'go.exe' : 'go');
}
