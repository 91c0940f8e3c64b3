/**
 * The problems of a report: claims the other account does not support, and quotes whose
 * wording departs from it. Pure: no vscode import; diagnostics.ts publishes them.
 * Unmatched context (the reporter's background and narration, `reason: 'context'`) is a
 * problem of its own code, which the settings leave off by default: it is not an error.
 */
import type { AnnotationSet, OffsetRange, Passage } from '../core/index';
import { truncate } from './markdownText';

/** One problem of one account. */
export interface ClaimProblem {
  readonly code: 'unsupported-claim' | 'context-claim' | 'quote-fidelity';
  readonly range: OffsetRange;
  readonly message: string;
  /** The counterpart passage, for quotes. */
  readonly related?: Passage;
}

/** Input of `findClaimProblems`. */
export interface ProblemInput {
  readonly set: AnnotationSet;
  /** The account to report on (only reports get problems). */
  readonly docId: string;
  /** The other account's file name, for messages. */
  readonly otherName: string;
  /** Quotes with fidelity below this are reported. */
  readonly fidelityThreshold: number;
}

/** Problems of account `docId`; none for a transcript or an unpaired account. */
export function findClaimProblems(input: ProblemInput): ClaimProblem[] {
  const { set, docId, otherName, fidelityThreshold } = input;
  const doc = set.documents.find((d) => d.id === docId);
  if (!doc || doc.role !== 'report' || set.documents.length < 2) return [];
  const claims = new Map(set.annotations.filter((a) => a.kind === 'claim').map((a) => [a.id, a]));
  const problems: ClaimProblem[] = [];
  for (const u of set.unmatched) {
    if (u.document !== docId) continue;
    const claim = claims.get(u.annotation);
    const quoted = claim ? `: “${truncate(claim.text, 80)}”` : '';
    if (u.reason === 'context') {
      problems.push({ code: 'context-claim', range: { start: u.start, end: u.end }, message: `Context, not from this event: ${otherName} does not say this, and the report does not credit it to a speaker there${quoted}` });
      continue;
    }
    const what = claim?.claimType === 'quote' ? 'Quote' : claim?.claimType === 'statistic' ? 'Figure' : 'Claim';
    problems.push({ code: 'unsupported-claim', range: { start: u.start, end: u.end }, message: `${what} not supported by ${otherName}${quoted || ' (no passage there says this)'}` });
  }
  // The best link per quote decides its fidelity.
  const best = new Map<string, (typeof set.crossReferences)[number]>();
  for (const x of set.crossReferences) {
    if (x.from.document !== docId || x.fidelity === undefined || !x.annotation) continue;
    if (claims.get(x.annotation)?.claimType !== 'quote') continue;
    const prev = best.get(x.annotation);
    if (!prev || (prev.fidelity ?? 0) < x.fidelity) best.set(x.annotation, x);
  }
  for (const [id, x] of best) {
    if (x.fidelity! >= fidelityThreshold) continue;
    const claim = claims.get(id)!;
    const changed = (x.diff ?? []).filter((p) => p.op !== 'kept').length;
    problems.push({
      code: 'quote-fidelity',
      range: { start: claim.start, end: claim.end },
      message: `Quote departs from ${otherName}: fidelity ${Math.round(x.fidelity! * 100)}%${changed ? `, ${changed} word change${changed === 1 ? '' : 's'}` : ''}. “${truncate(claim.text, 80)}”`,
      related: x.to,
    });
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
}
