/**
 * Whether to offer word wrap for an account: prose accounts in plain text or Markdown run
 * off screen with VS Code's default (`editor.wordWrap: off`); `.transcript` files wrap
 * through the extension's configuration defaults. Pure: no vscode import.
 */

/** Languages whose word wrap the offer may turn on, with the name the offer uses. */
export const WRAP_LANGUAGES: Readonly<Record<string, string>> = { plaintext: 'Plain Text', markdown: 'Markdown' };

/** A line longer than this (UTF-16 units) runs off a default editor: prose, not a list. */
export const LONG_LINE = 160;

/** What the offer is decided on. */
export interface WrapAdviceInput {
  readonly languageId: string;
  /** The effective `editor.wordWrap` of the document's language. */
  readonly wordWrap: string | undefined;
  /** The text of the account, read only when every other condition holds. */
  readonly text: () => string;
  /** `transcriptAnnotator.offerWordWrap`. */
  readonly offer: boolean;
  /** Languages already offered in this session, or declined for good. */
  readonly asked: ReadonlySet<string>;
}

/** True when some line of `text` is longer than `LONG_LINE`. */
export function hasLongLines(text: string): boolean {
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      if (i - from > LONG_LINE) return true;
      from = i + 1;
    }
  }
  return false;
}

/** True when the offer should be made for this account. */
export function shouldOfferWordWrap(input: WrapAdviceInput): boolean {
  return input.offer && input.languageId in WRAP_LANGUAGES && (input.wordWrap ?? 'off') === 'off' && !input.asked.has(input.languageId) && hasLongLines(input.text());
}

/** The offer's message for `languageId`. */
export function wordWrapMessage(languageId: string): string {
  return `Lines of this account run off screen: word wrap is off for ${WRAP_LANGUAGES[languageId] ?? languageId} files. Turn it on?`;
}
