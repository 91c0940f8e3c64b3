/**
 * Escaping for XML 1.0 text and attribute values.
 */

/** Characters XML 1.0 forbids even escaped (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes character data; characters XML cannot carry become U+FFFD (same length,
 * offsets kept). CR is written as `&#13;`: parsers turn a literal CR LF into LF.
 */
export function escapeXmlText(value: string): string {
  return value.replace(ILLEGAL, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes a double-quoted attribute value; tab and line breaks become character references so they survive. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** `<name a="v" …>` (or `<name … />` when `selfClosing`), skipping undefined attributes. */
export function startTag(name: string, attributes: Readonly<Record<string, string | undefined>>, selfClosing = false): string {
  const attrs = Object.entries(attributes)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(v)}"`)
    .join('');
  return `<${name}${attrs}${selfClosing ? '/>' : '>'}`;
}
