/**
 * Bytes of a file → its text, for the command line and the extension (both read accounts
 * and sidecars as bytes): UTF-8, decoded strictly so that invalid bytes are found (and
 * their offset told) instead of silently becoming U+FFFD; exactly one BOM dropped, so a
 * second U+FEFF stays in the text and offsets stay exact; UTF-16 recognised as such.
 * Uses only `TextDecoder`, which Node and browsers both have.
 */

/** What the bytes of a file are. */
export type DecodedBytes =
  /** UTF-8 text (one leading BOM dropped); `invalidAt` is the byte offset of the first invalid sequence, replaced by U+FFFD in `text`. */
  | { readonly kind: 'text'; readonly text: string; readonly invalidAt?: number }
  /** UTF-16 text (by its BOM, or by the zero high bytes of ASCII characters). */
  | { readonly kind: 'utf16' }
  /** NUL bytes or many control characters in the first 8 KB. */
  | { readonly kind: 'binary' };

const HEAD = 8192;

/** Decodes `bytes` (see the module notes). */
export function decodeTextBytes(bytes: Uint8Array): DecodedBytes {
  if (looksUtf16(bytes)) return { kind: 'utf16' };
  if (looksBinary(bytes)) return { kind: 'binary' };
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? { kind: 'text', text: decoded.text } : { kind: 'text', text: decoded.lossy, invalidAt: decoded.invalidAt };
}

/**
 * Strict UTF-8: the text with one leading BOM dropped, or the byte offset of the first
 * invalid sequence (and the text with U+FFFD in its place, for callers that go on).
 */
export function decodeUtf8(bytes: Uint8Array): { readonly text: string } | { readonly invalidAt: number; readonly lossy: string } {
  const withoutBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  try {
    return { text: withoutBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes), lossy: withoutBom(new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)) };
  }
}

/** Byte offset of the first sequence that is not well-formed UTF-8 (RFC 3629); `bytes.length` when none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence, and the allowed range of its second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** A UTF-16 BOM, or (without one) zero bytes at every other position in most of the first 8 KB. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.floor(Math.min(bytes.length, HEAD) / 2);
  if (pairs < 2) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let p = 0; p < pairs; p++) {
    const even = bytes[2 * p]!;
    const odd = bytes[2 * p + 1]!;
    if (even === 0 && odd !== 0) evenZero++;
    if (odd === 0 && even !== 0) oddZero++;
  }
  return Math.max(evenZero, oddZero) > pairs * 0.6;
}

/** NUL bytes, or many control characters in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEAD);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) return true;
  // Mostly invalid UTF-8 (an image, an archive without NULs in its head).
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head);
  let replaced = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) replaced++;
  return replaced > Math.max(8, decoded.length * 0.05);
}
