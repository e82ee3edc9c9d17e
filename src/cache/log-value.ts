// Values from outside (the cache service's keys) written into log lines. The runner reads a line
// starting with `::` as a command: a value carrying a line break could start one. Escaped the way
// the runner unescapes command data (%25, %0D, %0A), so nothing it carries can end the line.
// (A general helper for every logged value is being written for issue 13; this one is the cache's.)
export function logValue(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
