/**
 * Automatic pairing: which account in the same folder is the counterpart of a file.
 * Pure: no vscode import. Explicit pairs (the pairs file) are applied by the caller first.
 *
 * Rules: a report pairs with a transcript of its folder; a transcript pairs with a report
 * of its folder, or with the only other transcript when there is no report. When several
 * fit, the one whose file name shares the most words with this one wins (ties: by name).
 */
import type { AccountRole } from '../core/index';

/** A recognised account, by path (any consistent path form). */
export interface PairCandidate {
  readonly path: string;
  readonly role: AccountRole;
}

/** Words of a file name without folder and extension, lower case. */
function nameWords(path: string): Set<string> {
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  return new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Share of file-name words two paths have in common (Jaccard, 0..1). */
export function nameSimilarity(a: string, b: string): number {
  const wa = nameWords(a);
  const wb = nameWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The counterpart of `self` among `others` (accounts of the same folder, `self` excluded
 * or not), or `undefined` when no automatic pair applies.
 */
export function chooseCounterpart(self: PairCandidate, others: readonly PairCandidate[]): PairCandidate | undefined {
  const rest = others.filter((o) => o.path !== self.path);
  let pool: PairCandidate[];
  if (self.role === 'report') {
    pool = rest.filter((o) => o.role === 'transcript');
  } else {
    pool = rest.filter((o) => o.role === 'report');
    if (pool.length === 0) {
      const transcripts = rest.filter((o) => o.role === 'transcript');
      pool = transcripts.length === 1 ? transcripts : [];
    }
  }
  if (pool.length === 0) return undefined;
  return [...pool].sort((a, b) => nameSimilarity(self.path, b.path) - nameSimilarity(self.path, a.path) || a.path.localeCompare(b.path))[0];
}
