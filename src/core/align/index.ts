/**
 * Cross-references between accounts: alignment of claims to the passages that support
 * them, quote fidelity, comparable text, entity cross-references. Re-exports only.
 */
export { alignAccounts, alignAccountsWith, DEFAULT_ALIGN_OPTIONS, type Alignment, type AlignOptions, type AlignResources, type ReferenceMemo } from './alignAccounts';
export { createParaphraseLexicon, type ParaphraseLexicon } from './paraphrase';
export { entityMentions, mentionsOf, type EntityInDocument, type EntityMentions } from './entityMentions';
export { diffWordsOf, quoteFidelity, type DiffWord, type QuoteFidelity } from './fidelity';
export { foldTypography, tokenizeWords, type WordToken } from './normalize';
export { comparableTerms, newTermKeyCache, newTermTableMemo, wordKey, type Term, type TermKeyCache, type TermTableMemo } from './terms';
export { splitClauses, splitSentences, type SentenceMemo } from './segment';
export { newRunMemo, type RunMemo } from './runMemo';
export { nameStatementSpeakers } from './statementSpeaker';
