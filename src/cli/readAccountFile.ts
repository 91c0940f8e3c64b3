/**
 * Reads one account file for the command line: UTF-8, one BOM dropped, line ends kept.
 * Refuses (with a message naming the file and what to do) files that are missing,
 * unreadable, empty, binary or UTF-16; warns, with the byte offset, about invalid UTF-8.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeTextBytes } from '../shared/textBytes';

/** An input file problem; the message is one line for the user. */
export class InputError extends Error {}

/** An account's text, and a warning for the user when it was not clean UTF-8. */
export interface AccountFile {
  readonly text: string;
  readonly warning?: string;
}

/** Reads `path` as account text. Throws `InputError`. */
export function readAccountFile(path: string): AccountFile {
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
  const decoded = decodeTextBytes(bytes);
  if (decoded.kind === 'utf16') throw new InputError(`${path} is UTF-16 text: save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8) and try again.`);
  if (decoded.kind === 'binary') throw new InputError(`${path} is not a text file (binary content): save the account as UTF-8 plain text (.txt) and try again.`);
  if (decoded.text.trim() === '') throw new InputError(`${path} has only white space: give the text of the transcript or report.`);
  if (decoded.invalidAt === undefined) return { text: decoded.text };
  return {
    text: decoded.text,
    warning: `${path} is not valid UTF-8 (first bad byte at offset ${decoded.invalidAt}); invalid bytes were read as U+FFFD. Save it as UTF-8 for exact text.`,
  };
}
