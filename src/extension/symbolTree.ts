/**
 * The outline of an account: a transcript's turns by speaker with their claims inside; a
 * report's claims in document order. Pure: no vscode import.
 */
import type { Annotation, AnnotationSet, ClaimType, OffsetRange } from '../core/index';
import { truncate } from './markdownText';

/** One outline entry. */
export interface SymbolNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: 'turn' | ClaimType | 'claim';
  /** The whole entry. */
  readonly range: OffsetRange;
  /** What is selected when the entry is picked (the label, or the claim). */
  readonly selection: OffsetRange;
  readonly children: readonly SymbolNode[];
}

const CLAIM_DETAIL: Record<ClaimType, string> = { quote: 'quote', reported: 'reported speech', statement: 'statement', statistic: 'statistic' };

/** Builds the outline of account `docId`. */
export function buildSymbolTree(set: AnnotationSet, docId: string): SymbolNode[] {
  const names = new Map(set.entities.map((e) => [e.id, e.name]));
  const mine = set.annotations.filter((a) => a.document === docId && a.end > a.start);
  const claims = mine.filter((a) => a.kind === 'claim').sort((a, b) => a.start - b.start || b.end - a.end);
  const turns = mine.filter((a) => a.kind === 'turn').sort((a, b) => a.start - b.start);
  const unmatched = new Map(set.unmatched.map((u) => [u.annotation, u.reason]));

  const claimNode = (c: Annotation, inTurnOf?: string): SymbolNode => {
    const who = c.speaker ? names.get(c.speaker) : undefined;
    const details = [c.claimType ? CLAIM_DETAIL[c.claimType] : 'claim'];
    if (who && who !== inTurnOf) details.push(who);
    const reason = unmatched.get(c.id);
    if (reason) details.push(reason === 'context' ? 'context, not from this event' : 'unsupported');
    return { name: truncate(c.text, 60) || '(empty)', detail: details.join(' · '), kind: c.claimType ?? 'claim', range: c, selection: c, children: [] };
  };

  if (turns.length === 0) return claims.map((c) => claimNode(c));

  const nodes: SymbolNode[] = [];
  let next = 0;
  for (const t of turns) {
    // Claims before this turn (outside any turn) stay at the top level.
    while (next < claims.length && claims[next]!.start < t.start) nodes.push(claimNode(claims[next++]!));
    const speaker = t.speaker ? names.get(t.speaker) : undefined;
    const inside: SymbolNode[] = [];
    while (next < claims.length && claims[next]!.start < t.end) {
      const c = claims[next++]!;
      inside.push(claimNode(c, speaker));
    }
    const name = speaker ?? t.label ?? 'Unnamed speaker';
    const detail = [speaker && t.label && t.label !== speaker ? t.label : '', `${inside.length} claim${inside.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const labelEnd = t.label ? Math.min(t.end, t.start + Math.max(1, t.text.indexOf(t.label) + t.label.length)) : Math.min(t.end, t.start + 1);
    // A claim may end past its turn (hard-wrapped text); the turn's range must contain its children.
    const end = inside.reduce((max, c) => Math.max(max, c.range.end), t.end);
    nodes.push({ name, detail, kind: 'turn', range: { start: t.start, end }, selection: { start: t.start, end: labelEnd }, children: inside });
  }
  while (next < claims.length) nodes.push(claimNode(claims[next++]!));
  return nodes;
}
