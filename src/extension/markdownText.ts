/**
 * Safe Markdown from document text: accounts are untrusted input, and hovers render
 * Markdown with command links enabled, so every piece of document text goes through here.
 * Pure: no vscode import.
 */

/**
 * Escapes `text` so Markdown shows it literally: every ASCII punctuation character that
 * Markdown or HTML could interpret is backslash-escaped (CommonMark allows escaping any),
 * whitespace runs (line breaks included) become one space so text cannot open a block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|~<>&"'=:;$%^?@/]/g, '\\$&');
}

/** Shortens `text` to about `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max * 0.6 ? cut : max)}…`;
}

/** A `command:` link with JSON arguments, for a trusted MarkdownString. */
export function commandLink(title: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))})`;
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (regional indicator symbols); '' when not a code. */
export function flagEmoji(iso: string | undefined): string {
  if (!iso || !/^[A-Za-z]{2}$/.test(iso)) return '';
  const base = 0x1f1e6;
  return String.fromCodePoint(...[...iso.toUpperCase()].map((c) => base + c.charCodeAt(0) - 65));
}
