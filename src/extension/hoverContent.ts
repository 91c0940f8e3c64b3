/**
 * The Markdown of hovers on persons, countries and claims. Pure: no vscode import; the
 * provider wraps it in a MarkdownString trusted for this extension's commands only.
 * Every piece of document text is escaped (markdownText.ts).
 */
import type { Annotation, AnnotationSet, DiffPart, Entity, OffsetRange } from '../core/model/annotation';
import { attributedCounts, claimAt, counterpartLinks, isUnsupported, mentionAt, mentionCounts, turnAt } from './annotationQueries';
import { labelRange } from './tokenSpans';
import { commandLink, escapeMarkdown, flagEmoji, truncate } from './markdownText';

/** Commands hovers may link to (the MarkdownString trusts exactly these). */
export const HOVER_COMMANDS = ['transcriptAnnotator.goToCounterpart', 'transcriptAnnotator.showCrossReferences'] as const;

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

/** Renders a word diff: `~~struck~~` words only on the `from` side, **bold** only on the `to` side. */
export function diffMarkdown(diff: readonly DiffPart[]): string {
  return diff
    .map((p) => {
      const from = p.from ? escapeMarkdown(p.from) : '';
      const to = p.to ? escapeMarkdown(p.to) : '';
      switch (p.op) {
        case 'kept':
          return from || to;
        case 'changed':
          return `~~${from}~~ **${to}**`;
        case 'added':
          return `~~${from}~~`;
        case 'dropped':
          return `**${to}**`;
      }
    })
    .filter(Boolean)
    .join(' ');
}

function claimMarkdown(input: HoverInput, claim: Annotation): string {
  const { set, here, other } = input;
  const speaker = claim.speaker ? set.entities.find((e) => e.id === claim.speaker) : undefined;
  const type = CLAIM_TYPE_NAMES[claim.claimType ?? ''] ?? 'Claim';
  const lines = [`$(quote) **${type}**${speaker ? ` by **${escapeMarkdown(speaker.name)}**` : ''}${claim.origin === 'hand' ? ' _(by hand)_' : ''}`];
  const links = counterpartLinks(set, here.docId, claim, claim.id);
  if (!other) {
    lines.push('_No other account is paired with this file: use “Pair with Other Account…”._');
  } else if (links.length === 0) {
    lines.push(isUnsupported(set, claim.id) ? `$(warning) **Not found in ${escapeMarkdown(other.name)}**: no passage there supports it.` : `_Not cross-referenced in ${escapeMarkdown(other.name)}._`);
  } else {
    for (const link of links.slice(0, 3)) {
      const x = link.reference;
      const figures = [`score ${x.score.toFixed(2)}`, ...(x.fidelity !== undefined ? [`fidelity ${Math.round(x.fidelity * 100)}%`] : [])];
      lines.push(`**${MATCH_NAMES[x.match] ?? x.match}** match in ${escapeMarkdown(other.name)} (${figures.join(', ')}):`);
      lines.push(`> ${escapeMarkdown(truncate(other.text.slice(link.there.start, link.there.end), 400))}`);
      if (x.diff?.length) {
        const [fromName, toName] = link.fromHere ? [here.name, other.name] : [other.name, here.name];
        lines.push('');
        lines.push(`Wording: ${diffMarkdown(x.diff)}  \n_~~struck~~ only in ${escapeMarkdown(fromName)}, **bold** only in ${escapeMarkdown(toName)}_`);
      }
      lines.push('');
    }
    if (links.length > 3) lines.push(`_…and ${links.length - 3} more._`);
  }
  const args = { uri: here.uri, offset: claim.start };
  const actions = [...(links.length ? [commandLink('Open Counterpart', 'transcriptAnnotator.goToCounterpart', args)] : []), commandLink('Show in Panel', 'transcriptAnnotator.showCrossReferences', args)];
  lines.push(actions.join(' · '));
  return lines.join('  \n').replace(/ {2}\n {2}\n/g, '\n\n');
}

/**
 * The hover at `offset`: the person or country mentioned there, then the claim around it
 * (both when a mention sits inside a claim). `undefined` when nothing is annotated there.
 */
export function buildHoverMarkdown(input: HoverInput): HoverResult | undefined {
  let mention: OffsetRange & { readonly entity?: string } | undefined = mentionAt(input.set, input.here.docId, input.offset);
  if (!mention) {
    // On a turn label ("MS. OKAFOR:"): the speaker of the turn.
    const turn = turnAt(input.set, input.here.docId, input.offset);
    const label = turn?.speaker ? labelRange(input.here.text, turn) : undefined;
    if (turn && label && input.offset >= label.start && input.offset <= label.end) mention = { ...label, entity: turn.speaker };
  }
  const claim = claimAt(input.set, input.here.docId, input.offset);
  const parts: string[] = [];
  const entity = mention?.entity ? input.set.entities.find((e) => e.id === mention!.entity) : undefined;
  if (entity) parts.push(entityMarkdown(input, entity));
  // A plain statement that nothing links to is most of a transcript: no hover for it.
  const quiet = claim?.claimType === 'statement' && !isUnsupported(input.set, claim.id) && counterpartLinks(input.set, input.here.docId, claim, claim.id).length === 0;
  if (claim && !quiet) parts.push(claimMarkdown(input, claim));
  if (parts.length === 0) return undefined;
  const range = entity ? mention! : claim!;
  return { markdown: parts.join('\n\n---\n\n'), start: range.start, end: range.end };
}
