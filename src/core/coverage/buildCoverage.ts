/**
 * Builds the coverage of one event (see ./model.ts) from an annotation set holding one
 * transcript and the reports aligned with it.
 *
 * Notes:
 * - A link touches a transcript sentence when their ranges overlap; a quote's link points
 *   at the quoted words inside a sentence, a hand link may span several sentences.
 * - The best link of a cell is the one of the best class (verbatim, close, paraphrase,
 *   partial), then the highest score, then the lowest id (deterministic).
 * - Cross-references between two reports, or within one account, are not coverage and
 *   are left out.
 * - Quotes are counted per quote claim: altered when any of its links has an
 *   `altered-quote` finding, accurate when linked without one, not found when unlinked.
 */
import type { Annotation, AnnotationSet, CrossReference, OffsetRange } from '../model/annotation';
import type { Coverage, CoverageCell, CoverageLink, CoverageOutlet, CoverageSentence, CoverageTurn, CoverageTurnCell, CoverageUnmatched, OutletStats, QuoteGroup, Rendering, SpeakerCount } from './model';
import { RENDERINGS } from './model';
import { transcriptSentences } from './transcriptSentences';

/**
 * The id of the set's one transcript, or `undefined` when it has none or several (the
 * caller says which to use, or explains).
 */
export function findTranscript(set: AnnotationSet): string | undefined {
  const transcripts = set.documents.filter((d) => d.role === 'transcript');
  return transcripts.length === 1 ? transcripts[0]!.id : undefined;
}

/** Rank of a class: lower is better. */
const rank = (r: Rendering): number => RENDERINGS.indexOf(r);

/** True when `a` is a better link than `b`. */
function better(a: CoverageLink, b: CoverageLink): boolean {
  return rank(a.match) - rank(b.match) < 0 || (a.match === b.match && (a.score > b.score || (a.score === b.score && idOrder(a.id, b.id) < 0)));
}

/** Orders `x2` before `x10`. */
function idOrder(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** `x` seen from the report, or `undefined` when it does not join a report of `outlets` to the transcript. */
function toCoverageLink(x: CrossReference, transcript: string, outlets: ReadonlySet<string>, claims: ReadonlyMap<string, Annotation>): CoverageLink | undefined {
  const reportIsFrom = x.to.document === transcript && outlets.has(x.from.document);
  if (!reportIsFrom && !(x.from.document === transcript && outlets.has(x.to.document))) return undefined;
  const report = reportIsFrom ? x.from : x.to;
  const claim = x.annotation ? claims.get(x.annotation) : undefined;
  // The annotation names the `from` side's claim: a report claim only when the report is `from`.
  const reportClaim = claim && claim.document === report.document ? claim : undefined;
  return {
    id: x.id,
    outlet: report.document,
    report,
    transcript: reportIsFrom ? x.to : x.from,
    match: x.match,
    score: x.score,
    ...(x.fidelity !== undefined ? { fidelity: x.fidelity } : {}),
    ...(x.diff ? { diff: x.diff } : {}),
    reportIsFrom,
    ...(reportClaim ? { claim: reportClaim.id, ...(reportClaim.claimType ? { claimType: reportClaim.claimType } : {}) } : {}),
    findings: x.findings ?? [],
    ...(x.origin ? { origin: x.origin } : {}),
  };
}

/** First index of `sorted` (by start) whose end is after `offset`. */
function firstEndingAfter(sorted: readonly OffsetRange[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Appends `value` to the list of `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Counts per key, most first, then in first-seen order; `undefined` keys last. */
function countsOf(keys: Iterable<string | undefined>): SpeakerCount[] {
  const counts = new Map<string | undefined, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const named = [...counts].filter(([k]) => k !== undefined);
  named.sort((a, b) => b[1] - a[1]);
  const out: SpeakerCount[] = named.map(([speaker, count]) => ({ speaker: speaker!, count }));
  const unnamed = counts.get(undefined);
  if (unnamed) out.push({ count: unnamed });
  return out;
}

/**
 * The coverage of transcript `transcriptId` by every report of `set`. `texts` holds each
 * account's text by document id. Throws when `transcriptId` is no transcript of the set or
 * its text is missing (a caller's mistake: use `findTranscript`).
 */
export function buildCoverage(set: AnnotationSet, texts: Readonly<Record<string, string>>, transcriptId: string): Coverage {
  const transcriptDoc = set.documents.find((d) => d.id === transcriptId);
  if (!transcriptDoc) throw new Error(`buildCoverage: ${transcriptId} is not a document of the set; pass the transcript's document id (findTranscript).`);
  const text = texts[transcriptId];
  if (text === undefined) throw new Error(`buildCoverage: the text of ${transcriptId} (${transcriptDoc.uri}) is missing; pass every account's text by document id.`);

  // Outlets: every other document, in set order; the same text twice is said.
  const firstWithText = new Map<string, string>();
  const outlets: CoverageOutlet[] = set.documents
    .filter((d) => d.id !== transcriptId)
    .map((d, index) => {
      const own = texts[d.id];
      const same = own !== undefined ? firstWithText.get(own) : undefined;
      if (own !== undefined && !same) firstWithText.set(own, d.id);
      return { id: d.id, uri: d.uri, index, ...(same ? { sameTextAs: same } : {}) };
    });
  const outletIds = new Set(outlets.map((o) => o.id));
  const column = new Map(outlets.map((o, i) => [o.id, i]));

  const claims = new Map(set.annotations.filter((a) => a.kind === 'claim').map((a) => [a.id, a]));
  const links: CoverageLink[] = [];
  for (const x of set.crossReferences) {
    const link = toCoverageLink(x, transcriptId, outletIds, claims);
    if (link) links.push(link);
  }

  // Rows: turns and sentences.
  const groups = transcriptSentences(set, transcriptId, text, links.map((l) => l.transcript));
  const sentenceRanges: (OffsetRange & { turn: number; speaker?: string })[] = [];
  groups.forEach((g, turn) => {
    for (const s of g.sentences) sentenceRanges.push({ start: s.start, end: s.end, turn, ...(g.turn?.speaker ? { speaker: g.turn.speaker } : {}) });
  });

  // Each link into the sentences it touches.
  const touching: CoverageLink[][] = sentenceRanges.map(() => []);
  const sentenceOfLink = new Map<CoverageLink, number>();
  for (const link of links) {
    const t = link.transcript;
    for (let i = firstEndingAfter(sentenceRanges, t.start); i < sentenceRanges.length && sentenceRanges[i]!.start < Math.max(t.end, t.start + 1); i++) {
      touching[i]!.push(link);
      if (!sentenceOfLink.has(link)) sentenceOfLink.set(link, i);
    }
  }

  const sentences: CoverageSentence[] = sentenceRanges.map((r, index) => {
    const cells: CoverageCell[] = outlets.map((o) => ({ outlet: o.id, rendering: 'absent', links: 0 }));
    const best: (CoverageLink | undefined)[] = outlets.map(() => undefined);
    const counts = outlets.map(() => 0);
    for (const link of touching[index]!) {
      const c = column.get(link.outlet)!;
      counts[c]!++;
      if (!best[c] || better(link, best[c]!)) best[c] = link;
    }
    best.forEach((b, c) => {
      if (b) cells[c] = { outlet: outlets[c]!.id, rendering: b.match, best: b, links: counts[c]! };
    });
    return { index, start: r.start, end: r.end, turn: r.turn, ...(r.speaker ? { speaker: r.speaker } : {}), cells, outlets: cells.filter((c) => c.rendering !== 'absent').length };
  });

  const sentencesOfTurn: CoverageSentence[][] = groups.map(() => []);
  for (const s of sentences) sentencesOfTurn[s.turn]!.push(s);
  const turns: CoverageTurn[] = groups.map((g, index) => {
    const own = sentencesOfTurn[index]!;
    const cells: CoverageTurnCell[] = outlets.map((o, c) => {
      let rendering: Rendering = 'absent';
      let covered = 0;
      for (const s of own) {
        const r = s.cells[c]!.rendering;
        if (r === 'absent') continue;
        covered++;
        if (rank(r) < rank(rendering)) rendering = r;
      }
      return { outlet: o.id, rendering, sentencesCovered: covered };
    });
    return {
      index,
      start: g.start,
      end: g.end,
      ...(g.turn ? { annotation: g.turn.id } : {}),
      ...(g.turn?.label ? { label: g.turn.label } : {}),
      ...(g.turn?.speaker ? { speaker: g.turn.speaker } : {}),
      sentences: own.map((s) => s.index),
      cells,
      outlets: cells.filter((c) => c.sentencesCovered > 0).length,
    };
  });

  const unmatched: CoverageUnmatched[] = set.unmatched
    .filter((u) => outletIds.has(u.document))
    .map((u) => {
      const claim = claims.get(u.annotation);
      return {
        outlet: u.document,
        document: u.document,
        start: u.start,
        end: u.end,
        claim: u.annotation,
        ...(claim?.claimType ? { claimType: claim.claimType } : {}),
        ...(claim?.speaker ? { speaker: claim.speaker } : {}),
        reason: u.reason,
        ...(u.nearest && u.nearest.document === transcriptId ? { nearest: u.nearest } : {}),
      };
    })
    .sort((a, b) => column.get(a.outlet)! - column.get(b.outlet)! || a.start - b.start || a.end - b.end);

  const totalChars = sentences.reduce((n, s) => n + (s.end - s.start), 0);
  const stats: OutletStats[] = outlets.map((o, c) => {
    const own = set.annotations.filter((a) => a.document === o.id && a.kind === 'claim');
    const ownLinks = links.filter((l) => l.outlet === o.id);
    const linksOfClaim = new Map<string, CoverageLink[]>();
    for (const l of ownLinks) if (l.claim) pushTo(linksOfClaim, l.claim, l);
    const quotes = own.filter((a) => a.claimType === 'quote');
    let accurate = 0;
    let altered = 0;
    let misattributed = 0;
    for (const q of quotes) {
      const found = linksOfClaim.get(q.id) ?? [];
      if (found.length === 0) continue;
      if (found.some((l) => l.findings.some((f) => f.kind === 'altered-quote'))) altered++;
      else accurate++;
      if (found.some((l) => l.findings.some((f) => f.kind === 'misattribution'))) misattributed++;
    }
    const reasons = new Map<string, string>();
    for (const u of unmatched) if (u.outlet === o.id) reasons.set(u.claim, u.reason);
    const renderings = Object.fromEntries(RENDERINGS.map((r) => [r, 0])) as Record<Rendering, number>;
    let coveredChars = 0;
    const coveredSpeakers: (string | undefined)[] = [];
    for (const s of sentences) {
      const r = s.cells[c]!.rendering;
      renderings[r]++;
      if (r === 'absent') continue;
      coveredChars += s.end - s.start;
      coveredSpeakers.push(s.speaker);
    }
    const hasFinding = (kind: string): number => ownLinks.filter((l) => l.findings.some((f) => f.kind === kind)).length;
    return {
      outlet: o.id,
      claims: own.length,
      quotes: { total: quotes.length, accurate, altered, misattributed, notFound: quotes.length - accurate - altered },
      unsupported: [...reasons.values()].filter((r) => r === 'unsupported').length,
      context: [...reasons.values()].filter((r) => r === 'context').length,
      changedFigures: hasFinding('changed-figure'),
      addedNames: hasFinding('added-name'),
      sentencesCovered: sentences.length - renderings.absent,
      share: totalChars > 0 ? coveredChars / totalChars : 0,
      renderings,
      speakersQuoted: countsOf(own.filter((a) => a.claimType === 'quote' || a.claimType === 'reported').map((a) => a.speaker)),
      speakersCovered: countsOf(coveredSpeakers),
    };
  });

  return {
    transcript: { id: transcriptDoc.id, uri: transcriptDoc.uri, length: transcriptDoc.length },
    outlets,
    turns,
    sentences,
    stats,
    quoteGroups: groupQuotes(links, sentenceOfLink, column),
    unmatched,
  };
}

/**
 * The quoted passages of the transcript: the links of report quotes, grouped by the
 * transcript sentence they point into (the first one, for a link spanning several).
 */
function groupQuotes(links: readonly CoverageLink[], sentenceOf: ReadonlyMap<CoverageLink, number>, column: ReadonlyMap<string, number>): QuoteGroup[] {
  const bySentence = new Map<number, CoverageLink[]>();
  for (const l of links) {
    if (l.claimType !== 'quote' || !l.claim) continue;
    const s = sentenceOf.get(l);
    if (s === undefined) continue;
    pushTo(bySentence, s, l);
  }
  return [...bySentence]
    .sort((a, b) => a[0] - b[0])
    .map(([sentence, group]) => {
      group.sort((a, b) => column.get(a.outlet)! - column.get(b.outlet)! || a.report.start - b.report.start || idOrder(a.id, b.id));
      let start = group[0]!.transcript.start;
      let end = group[0]!.transcript.end;
      for (const l of group) {
        start = Math.min(start, l.transcript.start);
        end = Math.max(end, l.transcript.end);
      }
      return {
        sentence,
        transcript: { document: group[0]!.transcript.document, start, end },
        renderings: group.map((link) => ({ outlet: link.outlet, claim: link.claim!, link })),
        outlets: new Set(group.map((l) => l.outlet)).size,
      };
    });
}
