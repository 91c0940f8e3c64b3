/**
 * Document text written into HTML as data, never markup: every character that HTML gives
 * a meaning (`& < > " '`) is escaped, so the same function serves text and quoted
 * attribute values; control characters that HTML forbids become U+FFFD. Text taken from a
 * document goes inside `<bdi>` (`documentText`), so bidi controls in it (U+202E RIGHT-TO-LEFT
 * OVERRIDE, isolates, embeddings) reorder nothing outside it. Pure.
 */

/** C0 controls but tab, line feed and carriage return; DEL and C1 controls; noncharacters U+FFFE/U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Bidi embedding, override, isolate and mark characters (for places where no `<bdi>` can go: `<title>`). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(FORBIDDEN, '\ufffd');
}

/** Document text as an isolated, escaped HTML fragment: `<bdi>…</bdi>`. */
export function documentText(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** Document text for `<title>` (no markup allowed there): escaped, bidi controls dropped. */
export function titleText(text: string): string {
  return escapeHtml(text.replace(BIDI, ''));
}
