/**
 * The Markdown of hovers on persons, countries and claims. Pure: no vscode import; the
 * provider wraps it in a MarkdownString trusted for this extension's commands only.
 * Every piece of document text is escaped (markdownText.ts).
 */
import type { Annotation, AnnotationSet, Entity, NearestPassage, OffsetRange } from '../core/index';
import { DIFF_LEGEND } from '../shared/diffLegend';
import type { PanelDiffPart } from '../shared/panelProtocol';
import { reportDiff } from '../shared/reportDiff';
import { attributedCounts, claimAt, counterpartLinks, mentionAt, mentionCounts, turnAt, unconfirmedOf, unmatchedOf } from './annotationQueries';
import { labelRange } from './tokenSpans';
import { commandLink, escapeMarkdown, flagEmoji, truncate } from './markdownText';

/** Commands hovers may link to (the MarkdownString trusts exactly these). */
export const HOVER_COMMANDS = ['transcriptAnnotator.goToCounterpart', 'transcriptAnnotator.showCrossReferences', 'transcriptAnnotator.setVerdict', 'transcriptAnnotator.addNote'] as const;

/** One account of the analysis, as hovers name it. */
export interface HoverAccount {
  readonly docId: string;
  /** File name shown to the user. */
  readonly name: string;
  readonly uri: string;
  readonly text: string;
}

/** Input of `buildHoverMarkdown`. */
export interface HoverInput {
  readonly set: AnnotationSet;
  /** The account hovered. */
  readonly here: HoverAccount;
  /** The paired account, if any. */
  readonly other?: HoverAccount;
  readonly offset: number;
}

/** The hover: Markdown and the offset range it is about. */
export interface HoverResult {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

const CLAIM_TYPE_NAMES: Record<string, string> = { quote: 'Quote', reported: 'Reported speech', statement: 'Statement', statistic: 'Statistic' };
const MATCH_NAMES: Record<string, string> = { verbatim: 'Verbatim', close: 'Close', paraphrase: 'Paraphrase', partial: 'Partial' };

function perAccount(counts: ReadonlyMap<string, number>, accounts: readonly HoverAccount[]): string {
  return accounts.map((a) => `${counts.get(a.docId) ?? 0} in ${escapeMarkdown(a.name)}`).join(' · ');
}

function entityMarkdown(input: HoverInput, entity: Entity): string {
  const accounts = [input.here, ...(input.other ? [input.other] : [])];
  const lines: string[] = [];
  if (entity.kind === 'country') {
    const flag = flagEmoji(entity.iso);
    lines.push(`${flag ? `${flag} ` : ''}**${escapeMarkdown(entity.name)}**${entity.iso ? ` \`${entity.iso.replace(/[^A-Za-z]/g, '')}\`` : ''} — country`);
  } else {
    lines.push(`$(person) **${escapeMarkdown(entity.name)}** — person${entity.speaker ? ', speaker' : ''}`);
  }
  if (entity.aliases.length) lines.push(`Also written: ${entity.aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`);
  lines.push(`Mentions: ${perAccount(mentionCounts(input.set, entity.id), accounts)}`);
  if (entity.kind === 'person') {
    const { claims, turns } = attributedCounts(input.set, entity.id);
    if (claims.size) lines.push(`Claims attributed: ${perAccount(claims, accounts)}`);
    if (turns.size) lines.push(`Turns: ${perAccount(turns, accounts)}`);
  }
  return lines.join('  \n');
}

/** Most words of a diff a hover shows (about four lines of a default-width hover); the panel shows the rest. */
const MAX_DIFF_WORDS = 40;

/**
 * Renders a word diff seen from the report (shared/reportDiff.ts), in the panel's
 * convention (shared/diffLegend.ts): shared words plain, `−~~struck~~` only in the
 * transcript, `+**bold**` only in the report. Cut after about `maxWords` words.
 */
export function diffMarkdown(diff: readonly PanelDiffPart[], maxWords = MAX_DIFF_WORDS): string {
  const out: string[] = [];
  let count = 0;
  for (const p of diff) {
    if (count >= maxWords) {
      out.push('…');
      break;
    }
    const said = p.transcript ? `−~~${escapeMarkdown(p.transcript)}~~` : '';
    const added = p.report ? `+**${escapeMarkdown(p.report)}**` : '';
    count += (p.report ?? p.transcript ?? '').split(/\s+/).length;
    switch (p.op) {
      case 'kept':
        out.push(escapeMarkdown(p.report ?? p.transcript ?? ''));
        break;
      case 'changed':
        out.push(`${said} ${added}`);
        break;
      case 'added':
        out.push(added);
        break;
      case 'dropped':
        out.push(said);
        break;
    }
  }
  return out.filter(Boolean).join(' ');
}

/** The diff legend line, as the panel words it. */
export const DIFF_LEGEND_MARKDOWN = `_${DIFF_LEGEND.title}:_ −~~struck~~ ${DIFF_LEGEND.dropped} · +**bold** ${DIFF_LEGEND.added}`;

function claimMarkdown(input: HoverInput, claim: Annotation): string {
  const { set, here, other } = input;
  const speaker = claim.speaker ? set.entities.find((e) => e.id === claim.speaker) : undefined;
  const type = CLAIM_TYPE_NAMES[claim.claimType ?? ''] ?? 'Claim';
  const links = counterpartLinks(set, here.docId, claim, claim.id);
  const args = { uri: here.uri, offset: claim.start };
  // Actions first: a long passage or diff must never push them out of the hover.
  const actions = [
    ...(links.length ? [commandLink('Open Counterpart', 'transcriptAnnotator.goToCounterpart', args)] : []),
    commandLink('Show in Panel', 'transcriptAnnotator.showCrossReferences', args),
    commandLink(claim.review?.verdict !== undefined ? 'Change Verdict…' : 'Set Verdict…', 'transcriptAnnotator.setVerdict', args),
    commandLink(claim.review?.note !== undefined ? 'Edit Note…' : 'Add Note…', 'transcriptAnnotator.addNote', args),
  ];
  const lines = [`$(quote) **${type}**${speaker ? ` by **${escapeMarkdown(speaker.name)}**` : ''}${claim.origin === 'hand' ? ' _(by hand)_' : ''} · ${actions.join(' · ')}`];
  const review = claim.review;
  if (review?.verdict !== undefined) lines.push(`$(pass) Verdict: **${escapeMarkdown(review.verdict)}**${review.creator ? ` — ${escapeMarkdown(review.creator)}` : ''}`);
  if (review?.note !== undefined) lines.push(`$(note) Note${review.verdict === undefined && review.creator ? ` (${escapeMarkdown(review.creator)})` : ''}: ${escapeMarkdown(truncate(review.note, 400))}`);
  if (!other) {
    lines.push('_No other account is paired with this file: use “Pair with Other Account…”._');
  } else if (links.length === 0) {
    const unmatched = unmatchedOf(set, claim.id);
    const unconfirmed = unmatched ? undefined : unconfirmedOf(set, claim.id);
    if (unmatched?.reason === 'unsupported') {
      lines.push(`$(warning) **Not found in ${escapeMarkdown(other.name)}**: no passage there supports it.`);
      if (unmatched.nearest) lines.push(nearestMarkdown(other, unmatched.nearest, 'Nearest'));
    } else if (unmatched?.reason === 'context') lines.push(`_Context, not from this event: ${escapeMarkdown(other.name)} does not say it, and the report does not credit it to a speaker there._`);
    else if (unconfirmed) lines.push(nearestMarkdown(other, unconfirmed.nearest, `$(question) **Not confirmed by ${otherName(set, other)}**; nearest`));
    else lines.push(`_Not cross-referenced in ${escapeMarkdown(other.name)}._`);
  } else {
    // The best counterpart only; the panel lists them all.
    const link = links[0]!;
    const x = link.reference;
    const figures = [`score ${x.score.toFixed(2)}`, ...(x.fidelity !== undefined ? [`fidelity ${Math.round(x.fidelity * 100)}%`] : [])];
    lines.push(`**${MATCH_NAMES[x.match] ?? x.match}** match in ${escapeMarkdown(other.name)} (${figures.join(', ')}):`);
    const reportIsFrom = set.documents.find((d) => d.id === x.from.document)?.role !== 'transcript';
    const diff = x.diff?.length ? reportDiff(x.diff, reportIsFrom) : [];
    if (diff.some((p) => p.op !== 'kept')) {
      // The diff holds the literal words of both passages: it replaces the passage, so the
      // hover stays within VS Code's hover height (with a problem above it, in a short
      // editor); the legend comes before it, so a cut only ever takes the diff's tail.
      lines.push(DIFF_LEGEND_MARKDOWN);
      lines.push(`> ${diffMarkdown(diff)}`);
    } else {
      lines.push(`> ${escapeMarkdown(truncate(other.text.slice(link.there.start, link.there.end), 240))}`);
    }
    if (links.length > 1) lines.push('', `_${links.length - 1} more ${links.length === 2 ? 'counterpart' : 'counterparts'}: Show in Panel._`);
  }
  const origin = originMarkdown(claim);
  if (origin) lines.push(origin);
  return lines.join('  \n').replace(/ {2}\n {2}\n/g, '\n\n');
}

/**
 * The quiet last line saying where an annotation comes from: the rule that found an
 * automatic one (“found by: `claim/said-after-quote`”), or “added by hand”; empty when the
 * annotation says neither (a file from before rule ids). Claims already say “(by hand)”.
 */
export function originMarkdown(annotation: Annotation): string {
  // rule ids are kebab-case paths; anything else (a hand-edited file) is dropped, not rendered
  const rule = annotation.rule?.replace(/[^A-Za-z0-9/_.-]/g, '');
  if (rule) return `_found by: \`${rule}\`_`;
  return annotation.origin === 'hand' && annotation.kind !== 'claim' ? '_added by hand_' : '';
}

/**
 * `lead`: “…” (similarity NN%): the nearest passage of `other` to a claim it does not
 * support, its text escaped and shortened.
 */
export function nearestMarkdown(other: HoverAccount, nearest: NearestPassage, lead: string): string {
  return `${lead}: “${escapeMarkdown(truncate(other.text.slice(nearest.start, nearest.end), 200))}” (similarity ${Math.round(nearest.score * 100)}%)`;
}

/** “the transcript” when the other account is one, else its file name (escaped). */
function otherName(set: AnnotationSet, other: HoverAccount): string {
  return set.documents.find((d) => d.id === other.docId)?.role === 'transcript' ? 'the transcript' : escapeMarkdown(other.name);
}

/**
 * The hover at `offset`: one thing, the innermost — the person or country mentioned there
 * (a mention inside a claim says so in one line), else the claim. `undefined` when nothing
 * is annotated there.
 */
export function buildHoverMarkdown(input: HoverInput): HoverResult | undefined {
  let mention: OffsetRange & { readonly entity?: string } | undefined = mentionAt(input.set, input.here.docId, input.offset);
  // the annotation the hover is about when it shows an entity: the mention, or the turn of a label
  let found: Annotation | undefined = mention as Annotation | undefined;
  if (!mention) {
    // On a turn label ("MS. OKAFOR:"): the speaker of the turn.
    const turn = turnAt(input.set, input.here.docId, input.offset);
    const label = turn?.speaker ? labelRange(input.here.text, turn) : undefined;
    if (turn && label && input.offset >= label.start && input.offset <= label.end) {
      mention = { ...label, entity: turn.speaker };
      found = turn;
    }
  }
  const claim = claimAt(input.set, input.here.docId, input.offset);
  const entity = mention?.entity ? input.set.entities.find((e) => e.id === mention!.entity) : undefined;
  // A plain statement that nothing links to is most of a transcript: no hover for it.
  const quiet = claim?.claimType === 'statement' && !claim.review && !unmatchedOf(input.set, claim.id) && !unconfirmedOf(input.set, claim.id) && counterpartLinks(input.set, input.here.docId, claim, claim.id).length === 0;
  if (entity) {
    const inClaim = claim && !quiet ? `  \n_In a ${(CLAIM_TYPE_NAMES[claim.claimType ?? ''] ?? 'claim').toLowerCase()}: hover its other words for its counterpart._` : '';
    const origin = found ? originMarkdown(found) : '';
    return { markdown: `${entityMarkdown(input, entity)}${inClaim}${origin ? `  \n${origin}` : ''}`, start: mention!.start, end: mention!.end };
  }
  if (!claim || quiet) return undefined;
  return { markdown: claimMarkdown(input, claim), start: claim.start, end: claim.end };
}
