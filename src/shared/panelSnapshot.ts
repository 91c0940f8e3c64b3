/**
 * Builds what the cross-reference panel shows (`PanelSnapshot`) from an annotation set
 * of a report/transcript pair and the texts of both accounts. Pure: no vscode, no DOM.
 *
 * Notes:
 * - Cross-references may point either way (`from` report or `from` transcript); rows are
 *   normalised so that `report` is always the report side, and so is the word diff, in
 *   the literal words of both texts (reportDiff.ts).
 * - A row's speaker (its filter and grouping key) is its claim's speaker, else the speaker
 *   of the transcript turn that holds the transcript passage. The row also carries both
 *   sides apart, to show them apart: the report's attribution (the speaker of the report
 *   claim) and the transcript's speaker (of the turn). Its countries are the country
 *   mentions inside either passage.
 * - Passage text longer than `maxPassageChars` is cut (the row says so) to keep messages small.
 */
import type { AccountDocument, Annotation, AnnotationSet, HandAnnotation, OrphanedHandAnnotation, Passage, Review } from '../core/index';
import { fileNameOf as fileName } from './fileName';
import { reportDiff } from './reportDiff';
import type { PanelEntity, PanelMatchRow, PanelOrphan, PanelPassage, PanelReview, PanelSnapshot, PanelUnsupportedRow } from './panelProtocol';

/** Inputs of `buildPanelSnapshot`. */
export interface PanelSnapshotInput {
  readonly set: AnnotationSet;
  /** Account texts by document uri (`AccountDocument.uri`), exactly as analysed. */
  readonly texts: ReadonlyMap<string, string>;
  /** Longest passage text sent to the panel; default 4,000 characters. */
  readonly maxPassageChars?: number;
  /**
   * Hand annotations of the pair's accounts that could not be placed in the current text
   * (from the hand-annotation layer); those of other accounts are left out. Default none.
   */
  readonly orphans?: readonly OrphanedHandAnnotation[];
}

/** Outcome: the snapshot, or a sentence saying why the set cannot be shown as a pair. */
export type PanelSnapshotResult = { readonly ok: true; readonly snapshot: PanelSnapshot } | { readonly ok: false; readonly error: string };

/** Sorted annotations of one document with a binary search over their starts. */
interface SpanIndex {
  readonly spans: readonly Annotation[];
}

function indexSpans(spans: Annotation[]): SpanIndex {
  return { spans: spans.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** First index whose start is >= `offset`. */
function lowerBound(index: SpanIndex, offset: number): number {
  let lo = 0;
  let hi = index.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans lying entirely inside `[start, end)`. */
function spansWithin(index: SpanIndex | undefined, start: number, end: number): Annotation[] {
  if (!index) return [];
  const out: Annotation[] = [];
  for (let i = lowerBound(index, start); i < index.spans.length && index.spans[i].start < end; i++) {
    if (index.spans[i].end <= end) out.push(index.spans[i]);
  }
  return out;
}

/** The last span starting at or before `offset` that also covers it (turns do not nest). */
function spanCovering(index: SpanIndex | undefined, offset: number): Annotation | undefined {
  if (!index) return undefined;
  const i = lowerBound(index, offset + 1) - 1;
  if (i < 0) return undefined;
  const span = index.spans[i];
  return span.start <= offset && offset < span.end ? span : undefined;
}

/** Builds the panel's snapshot of a report/transcript pair. */
export function buildPanelSnapshot(input: PanelSnapshotInput): PanelSnapshotResult {
  const { set, texts } = input;
  const maxChars = input.maxPassageChars ?? 4_000;
  const report = set.documents.find((d) => d.role === 'report');
  const transcript = set.documents.find((d) => d.role === 'transcript');
  if (!report || !transcript) {
    const roles = set.documents.map((d) => `${fileName(d.uri)} (${d.role})`).join(', ') || 'none';
    return { ok: false, error: `The panel needs one report and one transcript; the pair has ${roles}.` };
  }
  const reportText = texts.get(report.uri);
  const transcriptText = texts.get(transcript.uri);
  if (reportText === undefined || transcriptText === undefined) {
    const missing = reportText === undefined ? report.uri : transcript.uri;
    return { ok: false, error: `The text of ${fileName(missing)} is not available; open the file and run Re-analyse.` };
  }
  const textOf = (doc: AccountDocument) => (doc === report ? reportText : transcriptText);

  const annotationsById = new Map(set.annotations.map((a) => [a.id, a]));
  const claimsByRange = new Map(set.annotations.filter((a) => a.kind === 'claim').map((a) => [passageKey(a), a.id]));
  const countriesByDoc = new Map<string, Annotation[]>();
  const turnsByDoc = new Map<string, Annotation[]>();
  const counts = new Map<string, { report: number; transcript: number }>();
  for (const a of set.annotations) {
    if (a.kind === 'country') push(countriesByDoc, a.document, a);
    if (a.kind === 'turn') push(turnsByDoc, a.document, a);
    if (a.entity && (a.kind === 'person' || a.kind === 'country')) {
      const c = counts.get(a.entity) ?? { report: 0, transcript: 0 };
      if (a.document === report.id) c.report++;
      else if (a.document === transcript.id) c.transcript++;
      counts.set(a.entity, c);
    }
  }
  const countryIndex = new Map([...countriesByDoc].map(([doc, spans]) => [doc, indexSpans(spans)]));
  const turnIndex = new Map([...turnsByDoc].map(([doc, spans]) => [doc, indexSpans(spans)]));

  const toPanelPassage = (p: Passage): PanelPassage => {
    const doc = p.document === report.id ? report : transcript;
    const whole = textOf(doc).slice(p.start, p.end);
    return whole.length > maxChars
      ? { uri: doc.uri, start: p.start, end: p.end, text: whole.slice(0, maxChars), truncated: true }
      : { uri: doc.uri, start: p.start, end: p.end, text: whole };
  };
  const countriesIn = (...passages: Passage[]): string[] => {
    const ids = new Set<string>();
    for (const p of passages) for (const c of spansWithin(countryIndex.get(p.document), p.start, p.end)) if (c.entity) ids.add(c.entity);
    return [...ids];
  };
  const speakerOf = (claimId: string | undefined, transcriptPassage: Passage | undefined): string | undefined => {
    const claim = claimId ? annotationsById.get(claimId) : undefined;
    if (claim?.speaker) return claim.speaker;
    if (!transcriptPassage) return undefined;
    return spanCovering(turnIndex.get(transcriptPassage.document), transcriptPassage.start)?.speaker;
  };

  const known = new Set([report.id, transcript.id]);
  const rows: PanelMatchRow[] = [];
  for (const x of set.crossReferences) {
    if (!known.has(x.from.document) || !known.has(x.to.document) || x.from.document === x.to.document) continue;
    const reportFirst = x.from.document === report.id;
    const r = reportFirst ? x.from : x.to;
    const t = reportFirst ? x.to : x.from;
    const claimId = x.annotation ?? claimsByRange.get(passageKey(r));
    const claim = claimId ? annotationsById.get(claimId) : undefined;
    const reportClaimId = (reportFirst ? x.annotation : undefined) ?? claimsByRange.get(passageKey(r));
    const transcriptTurn = spanCovering(turnIndex.get(t.document), t.start);
    rows.push(
      compact({
        kind: 'match' as const,
        id: x.id,
        match: x.match,
        score: clamp01(x.score),
        fidelity: x.fidelity === undefined ? undefined : clamp01(x.fidelity),
        claimType: claim?.claimType,
        speaker: speakerOf(claimId, t),
        attribution: reportClaimId ? annotationsById.get(reportClaimId)?.speaker : undefined,
        transcriptSpeaker: transcriptTurn?.speaker,
        countries: countriesIn(r, t),
        report: toPanelPassage(r),
        transcript: toPanelPassage(t),
        diff: x.diff ? reportDiff(x.diff, reportFirst) : undefined,
        review: panelReview(reportClaimId ? annotationsById.get(reportClaimId)?.review : undefined),
        linkReview: panelReview(x.review),
      }),
    );
  }
  rows.sort((a, b) => a.report.start - b.report.start || a.transcript.start - b.transcript.start);

  // Unmatched passages and, in a group of their own, those not confirmed.
  const notLinked = [...set.unmatched.map((u) => ({ u, reason: u.reason })), ...(set.unconfirmed ?? []).map((u) => ({ u, reason: 'unconfirmed' as const }))];
  const unsupported: PanelUnsupportedRow[] = [];
  for (const { u, reason } of notLinked) {
    if (u.document !== report.id) continue;
    const claim = annotationsById.get(u.annotation);
    unsupported.push(
      compact({
        kind: 'unsupported' as const,
        id: u.annotation,
        reason,
        claimType: claim?.claimType,
        speaker: claim?.speaker,
        attribution: claim?.speaker,
        countries: countriesIn(u),
        report: toPanelPassage(u),
        nearest: u.nearest ? toPanelPassage(u.nearest) : undefined,
        similarity: u.nearest ? clamp01(u.nearest.score) : undefined,
        review: panelReview(claim?.review),
      }),
    );
  }
  unsupported.sort((a, b) => a.report.start - b.report.start);

  const entities: PanelEntity[] = set.entities.map((e) =>
    compact({
      id: e.id,
      kind: e.kind,
      name: e.name,
      iso: e.iso,
      speaker: e.speaker,
      reportMentions: counts.get(e.id)?.report ?? 0,
      transcriptMentions: counts.get(e.id)?.transcript ?? 0,
    }),
  );

  return {
    ok: true,
    snapshot: {
      report: { uri: report.uri, name: fileName(report.uri) },
      transcript: { uri: transcript.uri, name: fileName(transcript.uri) },
      entities,
      rows,
      unsupported,
      orphans: panelOrphans(input.orphans ?? [], [report.uri, transcript.uri], maxChars),
    },
  };
}

/**
 * The orphans of the accounts `uris` as the panel lists them: report first (the order of
 * `uris`), then by where each stood in the text when it was made.
 */
export function panelOrphans(orphans: readonly OrphanedHandAnnotation[], uris: readonly string[], maxQuoteChars = 4_000): PanelOrphan[] {
  const order = new Map(uris.map((u, i) => [u, i]));
  return orphans
    .filter((o) => order.has(o.uri))
    .map((o) => ({ o, rank: order.get(o.uri)!, at: o.annotation.target.selectors.position.start }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ o }) => {
      const hand = o.annotation;
      const exact = hand.target.selectors.quote.exact;
      return compact<PanelOrphan>({
        id: hand.id,
        uri: o.uri,
        account: fileName(o.uri),
        action: hand.action,
        kind: hand.action === 'tag' || hand.action === 'reject' ? hand.kind : undefined,
        label: orphanLabel(hand),
        quote: exact.length > maxQuoteChars ? exact.slice(0, maxQuoteChars) : exact,
        truncated: exact.length > maxQuoteChars ? true : undefined,
        reason: o.reason,
      });
    });
}

/** Whom or what a hand annotation names: the entity (with its ISO code), the speaker, or a link's counterpart quote. */
function orphanLabel(hand: HandAnnotation): string | undefined {
  switch (hand.action) {
    case 'tag':
      if (hand.kind === 'claim') return hand.speaker;
      return hand.entity && hand.iso ? `${hand.entity} (${hand.iso})` : hand.entity ?? hand.iso;
    case 'setSpeaker':
      return hand.speaker;
    case 'link':
    case 'unlink':
      return shorten(hand.counterpart.selectors.quote.exact, 300) || undefined;
    case 'assess':
      return hand.verdict;
    case 'comment':
      return shorten(hand.note, 300) || undefined;
    case 'reject':
      return undefined;
  }
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A review as the panel shows it (who and what; not when); `undefined` when there is none. */
function panelReview(review: Review | undefined): PanelReview | undefined {
  if (!review || (review.verdict === undefined && review.note === undefined)) return undefined;
  return compact<PanelReview>({ verdict: review.verdict, note: review.note, creator: review.creator });
}

/** Key of a passage for exact-range lookups. */
function passageKey(p: Passage): string {
  return `${p.document}:${p.start}:${p.end}`;
}


function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

/** Drops properties whose value is `undefined` (messages carry only what is known). */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** @internal exported for tests. */
export const _internal = { spansWithin, spanCovering, indexSpans };
