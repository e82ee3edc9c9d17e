// How text from outside (repository files, inputs, servers, the environment) is made inert for the
// job summary. The summary is GitHub-flavoured Markdown that passes HTML through, so a value could
// open a comment (`<!--`) that hides the rest, add headings or links, or end a table cell (`|`) or
// code span (backtick). Everything that could is written as an HTML character reference, which
// GitHub decodes inside `<code>` and table cells alike. Pure.

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
};

/** Untrusted text as inert summary text on one line (a table cell, a list item, a heading). */
export function summaryText(text: string): string {
  return text.replace(/[&<>"'|`\\*_[\]~]/g, (character) => REFERENCES[character] ?? character).replace(/\r\n|\r|\n/g, ' ');
}

/** Untrusted text shown as code: `<code>`, since a Markdown code span cannot hold a backtick safely. */
export function summaryCode(text: string): string {
  return `<code>${summaryText(text)}</code>`;
}
