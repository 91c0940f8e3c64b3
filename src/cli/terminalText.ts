/**
 * Text for the terminal: file names come from the user's disk and may hold escape
 * sequences (`ESC [ 2 J` clears the screen, `ESC ] 0 ;` sets the window title) or bidi
 * controls that reorder what is shown. Messages print them as `\xNN` / `\u{NNNN}`.
 */

/** C0 and C1 controls, DEL, and the bidi embedding, override and isolate controls. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as an escape (line breaks too: a message is one line). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Each line of `text` escaped, line breaks kept (for multi-line output such as a stack trace). */
export function escapeControlsPerLine(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}
