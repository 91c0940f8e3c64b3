/**
 * UTF-16 offsets → Unicode code point offsets, for formats whose offsets count code
 * points (brat is written in Python 3, whose strings index code points).
 */

/** Returns a converter from UTF-16 offsets of `text` to code point offsets. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  // before[i] = code points in text[0, i).
  const before = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLowOfPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    before[i + 1] = before[i] + (isLowOfPair ? 0 : 1);
  }
  return (i) => before[i];
}
