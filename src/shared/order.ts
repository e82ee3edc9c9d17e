/**
 * Orders strings by UTF-16 code unit, as Array.prototype.sort does by default: independent of the
 * locale, so keys, checksum files and reports come out the same on every machine.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
