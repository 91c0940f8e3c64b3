/**
 * Types shared by the exporters.
 */

/** The text of each account, keyed by `AccountDocument.id` (`d1`, `d2`, …). */
export type AccountTexts = Readonly<Record<string, string>>;

/** One file written by an exporter that writes several (brat). */
export interface ExportFile {
  /** File name relative to the output folder (no directories). */
  readonly name: string;
  readonly content: string;
}

/** Returns the text of document `id`, or throws an error that says what is missing. */
export function requireText(texts: AccountTexts, id: string, uri: string): string {
  const text = texts[id];
  if (text === undefined) {
    throw new Error(`The text of account ${id} (${uri}) was not given to the exporter. Pass every account's text, keyed by document id.`);
  }
  return text;
}
