/**
 * Words for the agreement between two reviewers (Compare with Another Reviewer's
 * Annotations…): one line per kind, and one line per disagreement. Pure.
 */
import type { AgreementKind, Disagreement, KindAgreement } from '../core/index';

/** `claims: κ 0.62 · raw 80% (8 of 10 items) · 2 disagreements`; κ "n/a" when undefined (no items, or one category only). */
export function agreementLine(kind: AgreementKind, agreement: KindAgreement): string {
  if (agreement.items === 0) return `${kind}: no items either reviewer annotated`;
  const kappa = agreement.kappa === undefined ? 'κ n/a' : `κ ${agreement.kappa.toFixed(2)}`;
  const raw = `raw ${Math.round((agreement.raw ?? 0) * 100)}% (${agreement.agreed} of ${agreement.items} items)`;
  const count = agreement.disagreements.length;
  return `${kind}: ${kappa} · ${raw} · ${count} disagreement${count === 1 ? '' : 's'}`;
}

/** `“words”: mine accurate · theirs misquoted`, the words read from `textOf(uri)` (shortened). */
export function disagreementLine(item: Disagreement, textOf: (uri: string) => string | undefined): string {
  const words = (uri: string, start: number, end: number) => {
    const text = textOf(uri)?.slice(start, end).replace(/\s+/g, ' ') ?? `${start}-${end}`;
    return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
  };
  const where = item.to ? `${words(item.uri, item.start, item.end)} ↔ ${words(item.to.uri, item.to.start, item.to.end)}` : words(item.uri, item.start, item.end);
  return `${where}: mine ${item.a} · theirs ${item.b}`;
}
