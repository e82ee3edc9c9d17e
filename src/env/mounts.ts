// File system types of paths, from a /proc/mounts listing. Pure.

export interface Mount {
  point: string;
  type: string;
}

/** Parses /proc/mounts (device, mount point with octal escapes, type, ...). */
export function parseMounts(text: string): Mount[] {
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter((fields) => fields.length >= 3)
    .map(([, point, type]) => ({
      point: point!.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))),
      type: type!,
    }));
}

/** The type of the mount holding path: the longest mount point that is path or one of its parents. */
export function fileSystemOf(path: string, mounts: readonly Mount[]): string | undefined {
  let best: Mount | undefined;
  for (const mount of mounts) {
    const inside = mount.point === '/' || path === mount.point || path.startsWith(`${mount.point}/`);
    if (inside && (!best || mount.point.length >= best.point.length)) best = mount;
  }
  return best?.type;
}
