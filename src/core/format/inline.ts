// Inline Markdown every front end writes the same way: code spans (paths, keys, refs) and prose whose own code
// spans survive while everything else is escaped. Hover Markdown, the CLI's Markdown and the Explain report's
// `code` all come from here, so a backtick in a quoted key renders the same everywhere.

/**
 * `text` as one CommonMark code span. A span is closed by a backtick run of its opening length, so the fence is
 * one longer than the longest run inside; a space pads text that starts or ends with a backtick (it would merge
 * with the fence) or with a space on both ends (CommonMark strips one from each side). Line breaks become
 * spaces, as CommonMark renders them, so the span never breaks a table row or a list item. Empty text has no
 * code span in CommonMark: it becomes one holding a space, so an empty key still shows where it is.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|[\r\n]/g, ' ');
  if (flat === '') return '` `';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(flat) || (/^ .*[^ ].* $/.test(flat)) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Prose with `code` spans, as Markdown: everything outside the spans is escaped, the spans kept as written. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]<>#|~$]/g, '\\$&')))
    .join('');
}

/**
 * `[Docs](url)`: a link to the page a sentence is written from. Parentheses and spaces are percent-encoded so
 * they cannot end the link early (the sources are https URLs on the documentation sites).
 */
export function docsLink(url: string, label = 'Docs'): string {
  return `[${label}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}
