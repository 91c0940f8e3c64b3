/**
 * How an answer opens when it denies the words a journalist's question told back to the
 * speaker ("Is it true that you said a ban would close the harbour?" — "I never said
 * that."): the question's words are then the journalist's claim, denied, and support no
 * report that the speaker said them (`../align/passages.ts`, `recalledInQuestion`).
 * Lower case, straight apostrophes, single spaces; read at the start of the answer's first
 * sentence, after one opening word of `DENIAL_OPENERS` ("No, I didn't say that").
 */
export const RECALL_DENIALS: readonly string[] = [
  'i never said', "i've never said", 'i have never said', 'i never did say',
  "i didn't say", 'i did not say',
  "that's not what i said", 'that is not what i said', "that isn't what i said",
];

/** Words an answer may open with before its denial ("No, …", "Well, …"). */
export const DENIAL_OPENERS: ReadonlySet<string> = new Set(['no', 'well', 'look', 'again']);
