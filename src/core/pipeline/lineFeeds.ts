/**
 * Line ends as the analysis reads them: LF or CR LF. A lone CR (an old Mac line end) is read
 * as LF, one character for one, so every offset is one into the text as given; annotation
 * texts are then sliced from the text as given.
 */
import type { AccountInput } from '../api';
import type { AnnotationSet } from '../model/annotation';

/** `input` with each lone CR as LF (the same object when it has none). */
export function withLineFeeds(input: AccountInput): AccountInput {
  // most texts have no CR at all: one character search before the regular expression
  return input.text.includes('\r') && /\r(?!\n)/.test(input.text) ? { ...input, text: input.text.replace(/\r(?!\n)/g, '\n') } : input;
}

/** `set` with each annotation's text sliced from the text as given, where `withLineFeeds` changed it. */
export function withTextsAsGiven(set: AnnotationSet, given: readonly AccountInput[], analysed: readonly AccountInput[]): AnnotationSet {
  if (given.every((g, i) => g === analysed[i])) return set;
  const textOf = new Map(set.documents.map((d, i) => [d.id, given[i]!.text]));
  return { ...set, annotations: set.annotations.map((a) => ({ ...a, text: textOf.get(a.document)!.slice(a.start, a.end) })) };
}
