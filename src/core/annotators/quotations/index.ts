/**
 * Quotations. Unit pass only (find.ts): the quotation marks of a unit and the words inside;
 * part of the claims (the claims annotator reads them), no annotation of their own, nothing to
 * resolve over the account. Re-exports only.
 */
export { findQuotations, type Quotation } from './find';
