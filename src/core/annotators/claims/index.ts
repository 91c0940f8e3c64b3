/**
 * Claims: quotes, reported speech, statements and statistics. Unit pass (find.ts): the claim
 * drafts of a unit with the subjects of their verbs of saying (quotations and statistics,
 * ../quotations and ../statistics, are read as parts). Account pass (resolve.ts): each draft
 * given its speaker. Re-exports only.
 */
export { findClaimDrafts, type ClaimDraft, type ClaimRule, type ClaimUnit } from './find';
export { resolveClaimDrafts, resolveClaims, type ClaimFinding, type ClaimSetting, type RereadClaims } from './resolve';
