/**
 * Reads one account file for the command line: UTF-8, BOM dropped, line ends kept. Refuses
 * (with a message naming the file and what to do) files that are missing, unreadable,
 * empty, or binary.
 */
import { readFileSync, statSync } from 'node:fs';

/** An input file problem; the message is one line for the user. */
export class InputError extends Error {}

/** Reads `path` as account text. Throws `InputError`. */
export function readAccountFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a folder, not a text file: name the account's .txt file.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path} does not exist: check the path of the account file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path} cannot be read (permission denied): make it readable or copy it somewhere readable.`);
    throw new InputError(`${path} cannot be read (${code ?? String(error)}): check the file.`);
  }
  if (bytes.length === 0) throw new InputError(`${path} is empty: give the text of the transcript or report.`);
  if (looksBinary(bytes)) throw new InputError(`${path} is not a text file (binary content): save the account as UTF-8 plain text (.txt) and try again.`);
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${path} has only white space: give the text of the transcript or report.`);
  return text;
}

/** NUL bytes, or many control characters / invalid UTF-8 in the first 8 KB, mean binary. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) return true;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const replaced = (decoded.match(/\uFFFD/g) ?? []).length;
  return replaced > Math.max(8, decoded.length * 0.05);
}
