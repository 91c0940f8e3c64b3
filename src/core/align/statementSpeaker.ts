/**
 * The speaker of an unlabelled statement named from the report's links
 * (`turn/speaker-from-report`): a transcript of one speaker with no label who is named
 * nowhere in it (an address, a stakeout under a header giving only the office) is given the
 * person the reports credit with its words — the speaker of the report claims the alignment
 * linked to it — and so are its sentences (`claim/turn-statement`), as when the account names
 * the turn's speaker itself. Pure; offsets are not touched.
 *
 * Notes: the evidence must agree. At least `MIN_CREDITED_LINKS` distinct claims (quotes or
 * reported speech) credited to one person are linked to the transcript, and none credited to
 * another; partial links do not count (a shared phrase is no evidence of who spoke). The
 * alignment ran before the speaker was known (its links are the evidence), so it read the
 * transcript as having no named speaker; the links stay as they are, and no link credits
 * another person, so no misattribution finding is missing.
 */
import type { Annotation, AnnotationSet, CrossReference, MatchClass } from '../model/annotation';

/** Distinct linked claims needed to name the speaker: one link may be a coincidence. */
export const MIN_CREDITED_LINKS = 2;

/** Links strong enough to say whose words a passage holds. */
const CREDITING_MATCHES: ReadonlySet<MatchClass> = new Set(['verbatim', 'close', 'paraphrase']);

/**
 * `set` with the speaker of each unlabelled statement that no one is named for taken from
 * the claims linked to it; `set` itself when no statement is named that way.
 */
export function nameStatementSpeakers(set: AnnotationSet): AnnotationSet {
  const unnamed = unnamedStatements(set);
  if (unnamed.size === 0) return set;
  const byId = new Map(set.annotations.map((a) => [a.id, a]));
  const named = new Map<string, string>();
  for (const [document, turn] of unnamed) {
    const speaker = creditedSpeaker(set.crossReferences.filter((x) => linksInto(x, turn)), byId, document);
    if (speaker) named.set(turn.id, speaker);
  }
  if (named.size === 0) return set;
  const turns = [...unnamed.values()].filter((t) => named.has(t.id));
  const annotations = set.annotations.map((a) => {
    const speaker = named.get(a.id);
    // the key order of a turn or claim the resolve stage names (`merge/annotateReadings`)
    if (speaker) {
      const { rule: _made, ...turn } = a;
      return { ...turn, speaker, rule: 'turn/speaker-from-report' };
    }
    // the speaker's own sentences in the turn are theirs, as where the turn is named in the account;
    // so are the figures in them (a figure takes its sentence's speaker, `claims/resolve`)
    const turn = a.kind === 'claim' && (a.rule === 'claim/turn-statement' || a.claimType === 'statistic') && !a.speaker ? turns.find((t) => t.document === a.document && t.start <= a.start && a.end <= t.end) : undefined;
    if (!turn) return a;
    const { rule, ...claim } = a;
    return { ...claim, speaker: named.get(turn.id)!, rule };
  });
  const speakers = new Set(named.values());
  const entities = set.entities.map((e) => (speakers.has(e.id) && !e.speaker ? { ...e, speaker: true } : e));
  return { ...set, entities, annotations };
}

/**
 * The one turn of each transcript that is an unlabelled statement with no speaker, by
 * document: only where it is the transcript's only turn (one speaker throughout).
 */
function unnamedStatements(set: AnnotationSet): Map<string, Annotation> {
  const transcripts = new Set(set.documents.filter((d) => d.role === 'transcript').map((d) => d.id));
  const turns = new Map<string, Annotation[]>();
  for (const a of set.annotations) {
    if (a.kind !== 'turn' || !transcripts.has(a.document)) continue;
    const list = turns.get(a.document);
    if (list) list.push(a);
    else turns.set(a.document, [a]);
  }
  const out = new Map<string, Annotation>();
  for (const [document, list] of turns) {
    const only = list[0]!;
    if (list.length === 1 && only.rule === 'turn/unlabelled-statement' && !only.speaker && !only.label) out.set(document, only);
  }
  return out;
}

/** Whether `x` links a passage of another account into `turn`, strongly enough to credit it. */
function linksInto(x: CrossReference, turn: Annotation): boolean {
  return x.to.document === turn.document && x.from.document !== turn.document && x.to.start >= turn.start && x.to.end <= turn.end && CREDITING_MATCHES.has(x.match);
}

/**
 * The one person the linked claims credit with the words, when at least
 * `MIN_CREDITED_LINKS` distinct claims credit them and none credits anyone else.
 */
function creditedSpeaker(links: readonly CrossReference[], byId: ReadonlyMap<string, Annotation>, document: string): string | undefined {
  const credited = new Map<string, Set<string>>();
  for (const x of links) {
    const claim = x.annotation === undefined ? undefined : byId.get(x.annotation);
    if (!claim || claim.document === document || claim.kind !== 'claim' || !claim.speaker) continue;
    if (claim.claimType !== 'quote' && claim.claimType !== 'reported') continue;
    const claims = credited.get(claim.speaker);
    if (claims) claims.add(claim.id);
    else credited.set(claim.speaker, new Set([claim.id]));
  }
  if (credited.size !== 1) return undefined;
  const [speaker, claims] = [...credited][0]!;
  return claims.size >= MIN_CREDITED_LINKS ? speaker : undefined;
}
