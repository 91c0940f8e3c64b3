/**
 * UTF-8 bytes of a file export that comes in pieces (`ExportOutput.chunks`), for writers
 * that take one array (`vscode.workspace.fs.writeFile`). Two passes over the pieces: the
 * first counts the bytes, the second encodes each piece into its place, so only the bytes
 * are held whole, never the text (a large account's export can be longer than a string can
 * be) nor a second copy of the bytes.
 */

/** The UTF-8 length of `text`: lone surrogates count as U+FFFD (3 bytes), as `TextEncoder` writes them. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-8 encoding of the pieces `chunks()` makes, joined (`chunks` is called twice). */
export function encodeChunks(chunks: () => Iterable<string>): Uint8Array {
  let total = 0;
  for (const piece of chunks()) total += utf8Length(piece);
  const bytes = new Uint8Array(total);
  const encoder = new TextEncoder();
  let at = 0;
  for (const piece of chunks()) {
    const { written } = encoder.encodeInto(piece, bytes.subarray(at));
    at += written;
  }
  if (at !== total) throw new Error(`The export changed while it was encoded (${at} of ${total} bytes).`);
  return bytes;
}
