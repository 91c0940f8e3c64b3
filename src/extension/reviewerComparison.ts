/**
 * The comparison with another reviewer's sidecar of one account, kept while the user
 * resolves it (Compare with Another Reviewer's Annotations…): the agreement per kind
 * (`compareReviewers` over the same automatic layer), the disagreements not resolved yet,
 * and resolving one (keep ours: it leaves the list; take theirs: `mergeReviewerChoices`
 * writes it to our sidecar as one undoable edit, then the comparison is made again).
 * The panel shows it (`toPanelComparison`). One per hand-annotation layer.
 */
import * as vscode from 'vscode';
import { applyHandAnnotations } from '../core/index';
import type { HandAnnotation } from '../core/index';
import { AGREEMENT_KINDS, compareReviewers, type AgreementKind, type Disagreement, type KindAgreement } from '../core/index';
import { mergeReviewerChoices } from '../core/index';
import type { PanelComparison } from '../shared/panelProtocol';
import type { AccountStore } from './accountStore';
import { basename } from './accountStore';
import type { HandAnnotationLayer, HandEditOutcome } from './handAnnotations';

/** One comparison: whose, with what, and what is left to resolve. */
interface Comparison {
  readonly account: vscode.Uri;
  readonly them: string;
  readonly theirs: readonly HandAnnotation[];
  readonly result: Record<AgreementKind, KindAgreement>;
  /** Open disagreements by id. */
  readonly open: Map<string, { readonly kind: AgreementKind; readonly item: Disagreement }>;
  readonly textOf: (uri: string) => string | undefined;
}

/** What resolving one disagreement did. */
export type ResolveOutcome = { readonly kind: 'kept' } | { readonly kind: 'taken'; readonly outcome: HandEditOutcome; readonly label: string } | { readonly kind: 'unchanged' } | { readonly kind: 'gone' };

export class ReviewerComparison implements vscode.Disposable {
  readonly #store: AccountStore;
  readonly #layer: HandAnnotationLayer;
  readonly #emitter = new vscode.EventEmitter<void>();
  #current: Comparison | undefined;

  /** Fires when a comparison is made, resolved further or closed. */
  readonly onDidChange: vscode.Event<void> = this.#emitter.event;

  constructor(store: AccountStore, layer: HandAnnotationLayer) {
    this.#store = store;
    this.#layer = layer;
  }

  dispose(): void {
    this.#emitter.dispose();
  }

  /**
   * Compares our hand annotations of `account` with `theirs` (named `them`) over the same
   * automatic layer; `undefined` when the account has no current analysis.
   */
  compare(account: vscode.Uri, theirs: readonly HandAnnotation[], them: string): Record<AgreementKind, KindAgreement> | undefined {
    const automatic = this.#store.peekAutomatic(account);
    if (!automatic) return undefined;
    const hands = (own: readonly HandAnnotation[]) => automatic.accounts.map((a) => ({ docId: a.docId, uri: a.uri.toString(), text: a.text, hand: a.uri.toString() === account.toString() ? own : this.#layer.handOf(a.uri) }));
    const result = compareReviewers(applyHandAnnotations(automatic.set, hands(this.#layer.handOf(account))).set, applyHandAnnotations(automatic.set, hands(theirs)).set);
    const texts = new Map(automatic.accounts.map((a) => [a.uri.toString(), a.text]));
    const open = new Map<string, { kind: AgreementKind; item: Disagreement }>();
    for (const kind of AGREEMENT_KINDS) for (const [i, item] of result[kind].disagreements.entries()) open.set(`${kind}-${i}`, { kind, item });
    this.#current = { account, them, theirs, result, open, textOf: (uri) => texts.get(uri) ?? texts.get(vscode.Uri.parse(uri).toString()) };
    this.#emitter.fire();
    return result;
  }

  /** Keeps ours on the disagreement `id`, or takes theirs (written to our sidecar). */
  async resolve(id: string, take: 'mine' | 'theirs'): Promise<ResolveOutcome> {
    const current = this.#current;
    const entry = current?.open.get(id);
    if (!current || !entry) return { kind: 'gone' };
    if (take === 'mine') {
      current.open.delete(id);
      this.#emitter.fire();
      return { kind: 'kept' };
    }
    const merge = mergeReviewerChoices({ account: current.account.toString(), mine: this.#layer.handOf(current.account), theirs: current.theirs, textOf: current.textOf, choices: [{ ...entry, take }] });
    if (merge.unchanged.length > 0) return { kind: 'unchanged' };
    const label = `take ${current.them}'s ${entry.kind} on ${quote(entry.item, current.textOf)}`;
    const outcome = await this.#layer.edit(current.account, merge.edit, label);
    // Made again over the new sidecar; the items resolved as ours stay resolved.
    const stillOpen = new Set([...current.open.values()].map((v) => keyOf(v.kind, v.item)));
    const kept = new Set([...this.#keysOf(current)].filter((k) => !stillOpen.has(k)));
    this.compare(current.account, current.theirs, current.them);
    const next = this.#current;
    if (next) for (const [k, v] of [...next.open]) if (kept.has(keyOf(v.kind, v.item))) next.open.delete(k);
    this.#emitter.fire();
    return { kind: 'taken', outcome, label };
  }

  /** Forgets the comparison. */
  close(): void {
    if (!this.#current) return;
    this.#current = undefined;
    this.#emitter.fire();
  }

  /** The comparison as the panel shows it; `undefined` when there is none. */
  toPanel(): PanelComparison | undefined {
    const c = this.#current;
    if (!c) return undefined;
    return {
      account: basename(c.account),
      them: c.them,
      agreements: AGREEMENT_KINDS.map((kind) => {
        const a = c.result[kind];
        return { kind, items: a.items, agreed: a.agreed, ...(a.raw !== undefined && { raw: a.raw }), ...(a.kappa !== undefined && { kappa: Math.max(-1, Math.min(1, a.kappa)) }) };
      }),
      disagreements: [...c.open].map(([id, { kind, item }]) => ({
        id,
        kind,
        quote: words(c.textOf(item.uri), item.start, item.end),
        ...(item.to && { to: words(c.textOf(item.to.uri), item.to.start, item.to.end) }),
        mine: item.a,
        theirs: item.b,
      })),
    };
  }

  /** Keys of every disagreement of the comparison as made (open or resolved). */
  #keysOf(c: Comparison): Set<string> {
    return new Set(AGREEMENT_KINDS.flatMap((kind) => c.result[kind].disagreements.map((item) => keyOf(kind, item))));
  }
}

/** A disagreement's identity across comparisons: kind, place and the two categories. */
function keyOf(kind: AgreementKind, d: Disagreement): string {
  return JSON.stringify([kind, d.uri, d.start, d.end, d.to ?? null, d.a, d.b]);
}

function words(text: string | undefined, start: number, end: number): string {
  const flat = text?.slice(start, end).replace(/\s+/g, ' ') ?? `${start}-${end}`;
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

function quote(item: Disagreement, textOf: (uri: string) => string | undefined): string {
  const w = words(textOf(item.uri), item.start, item.end);
  return `“${w.length > 50 ? `${w.slice(0, 49)}…` : w}”`;
}
