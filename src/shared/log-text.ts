// How text from outside (inputs, servers, files) is made safe for the runner's log. The runner
// obeys a stdout line that starts, after white space, with `::name::`, and the legacy
// `##[name]` anywhere in a line; annotation data and properties are unescaped from %25, %0D,
// %0A (and %3A, %2C in properties). Pure.

/** Data of a workflow command: what @actions/core does, and what the runner undoes. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A plain log message whose lines the runner reads as output only: a line that would start a
 * command gets its first colon written as %3A, and a legacy `##[` becomes `##%5B`.
 */
export function neutralizeCommands(message: string): string {
  // The runner reads lines as .NET's ReadLine does: CR, LF and CRLF all end one.
  return message
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/^(\s*):(?=:)/, '$1%3A').replace(/##\[/g, '##%5B')))
    .join('');
}
