/**
 * Who says what, inside one parse unit: finds the subject of a verb of saying next to a
 * quotation or clause ("…,” Lavrov said", "he added that …", "Lavrov, who told reporters
 * that “…”", "according to the Russian top diplomat, …"): a person mention, a pronoun (or a
 * bare role standing for one) or a group. The account pass (./resolve) resolves it to a
 * person: a name or resolved nominal directly, a pronoun through the running speaker.
 */
import type { Token } from '../../text/tokens';
import { afterApposition, isSpaceBetween, tokenIndexAt } from '../../text/tokens';
import { AUXILIARIES, TIME_WORDS } from '../../data/clauseWords';
import { PERSON_ROLE_DETERMINERS } from '../../data/functionWords';
import { PERSON_PRONOUNS, PRONOUN_GENDERS, type PersonGender } from '../../data/genders';
import { GROUP_NOUNS, SPEAKING_BODIES } from '../../data/groupSpeakers';
import { BARE_ROLES, isRoleWord, ROLE_NOUNS } from '../../data/roles';
import { SAYING_VERBS } from '../../data/sayingVerbs';
import { TITLE_MODIFIERS } from '../../data/titles';

/** A word of a time adverbial, or a day or year number ("on March 19", "in 2021"). */
function isTimeWord(lower: string): boolean {
  return TIME_WORDS.has(lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(lower);
}

/** A person mention of the unit (offsets in the unit). */
export interface MentionSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * A subject found for a verb of saying: a pronoun (or a bare role standing for one), or a
 * person mention, met at its first or its last token; `other` is the index of its token at
 * the other end.
 *
 * Claims are found in the unit pass, before names are clustered, with every candidate
 * mention of the unit (`spans`: the candidates that have their first or last token where the
 * subject was met, as start, end, other-end triples, in mention order). Once clustered, the
 * mention of the subject is the last resolved one among them (see `mentionOfSubject`).
 * Every person met is kept (`UnitSubjects.met`), whether a claim took it or not: when one of
 * them did not resolve, or resolved with another extent, the claim finder may have taken
 * another path, and the unit is read again with the resolved mentions.
 */
export type Subject =
  | { readonly kind: 'person'; readonly other: number; readonly spans: readonly number[] }
  /** A pronoun, or a bare role standing for one ("the Secretary": `role` "secretary"). */
  | { readonly kind: 'pronoun'; readonly role?: string; readonly gender?: PersonGender }
  /** A group of people or a body ("analysts", "the Kremlin", "a joint statement"): the claim is theirs, no one person's. */
  | { readonly kind: 'group' };

const GROUP: Subject = { kind: 'group' };

/** Looks up mentions and pronouns of one unit by token. */
export class UnitSubjects {
  readonly #text: string;
  readonly #tokens: readonly Token[];
  /** For each token that starts a mention: start, end, last-token triples of those mentions. */
  readonly #byFirst = new Map<number, number[]>();
  /** For each token that ends a mention: start, end, first-token triples. */
  readonly #byLast = new Map<number, number[]>();
  readonly #met: Subject[] = [];

  /** `mentions`: the unit's person mentions in order (sorted by start, the longer first). */
  constructor(text: string, tokens: readonly Token[], mentions: readonly MentionSpan[]) {
    this.#text = text;
    this.#tokens = tokens;
    for (const m of mentions) {
      const first = tokenIndexAt(tokens, m.start);
      let last = tokenIndexAt(tokens, m.end) - 1;
      if (last < first) last = first;
      if (first >= tokens.length) continue;
      push(this.#byFirst, first, m.start, m.end, last);
      push(this.#byLast, last, m.start, m.end, first);
    }
  }

  get tokens(): readonly Token[] {
    return this.#tokens;
  }

  /** Every person subject a lookup has returned so far, each once. */
  get met(): readonly Subject[] {
    return this.#met;
  }

  /** The person subject met at a token with these candidate triples (the last one is the mention there), recorded in `met`. */
  #meet(spans: readonly number[]): Subject {
    for (const s of this.#met) if (s.kind === 'person' && s.spans === spans) return s;
    const subject: Subject = { kind: 'person', other: spans[spans.length - 1]!, spans };
    this.#met.push(subject);
    return subject;
  }

  /** The subject starting at token k, and the index of its last token. */
  subjectStartingAt(k: number): { subject: Subject; last: number } | undefined {
    const t = this.#tokens[k];
    if (!t) return undefined;
    const role = this.#possessorsRole(k);
    if (role >= 0) {
      // "Olaf Scholz's spokesman, Steffen Hebestreit": the role's holder, named after a comma, or no one known
      const holder = this.#commaAfter(role) ? this.#byFirst.get(role + 1) : undefined;
      return holder ? { subject: this.#meet(holder), last: holder[holder.length - 1]! } : undefined;
    }
    const m = this.#byFirst.get(k);
    if (m) return { subject: this.#meet(m), last: m[m.length - 1]! };
    if (PERSON_PRONOUNS.has(t.lower)) return { subject: { kind: 'pronoun', gender: PRONOUN_GENDERS.get(t.lower) }, last: k };
    if (!t.possessive && (GROUP_NOUNS.has(t.lower) || (SPEAKING_BODIES.has(t.lower) && !this.#beforeHolder(k)))) return { subject: GROUP, last: k };
    // "the minister", "the French leader": a role the text has not tied to anyone stands for the running speaker;
    // "the Kremlin", "the Foreign Ministry", "a joint statement": a body
    const indefinite = t.lower === 'a' || t.lower === 'an';
    if (PERSON_ROLE_DETERMINERS.has(t.lower) || indefinite) {
      for (let d = k + 1; d <= k + 3 && d < this.#tokens.length; d++) {
        const w = this.#tokens[d]!;
        if (SPEAKING_BODIES.has(w.lower) && !w.possessive && !this.#beforeHolder(d)) return { subject: GROUP, last: d };
        // "a senior official", "an EU diplomat": someone the account does not name, not the running speaker
        if (indefinite && isRoleWord(w.lower) && !w.possessive && !this.#beforeHolder(d) && !this.#commaAfter(d)) return { subject: GROUP, last: d };
        // the role with its modifiers ("the prime minister": a premier, not any minister)
        if (BARE_ROLES.has(w.lower) && t.lower !== 'a') return this.#tokens[d + 1]?.capitalised ? undefined : { subject: { kind: 'pronoun', role: this.#text.slice(this.#tokens[k + 1]!.start, w.end).toLowerCase() }, last: d };
        const modifier = TITLE_MODIFIERS.has(w.lower) && w.lower !== 'former';
        if (!(w.capitalised || modifier || (indefinite && d === k + 1)) || !isSpaceBetween(this.#text, this.#tokens[d - 1]!.end, w.start)) break;
      }
    }
    return undefined;
  }

  /**
   * When tokens from k are a capitalised possessive and a role noun ("Olaf Scholz's
   * spokesman"), the index of the role noun; else -1. The one who speaks is then the
   * role's holder, not the possessor.
   */
  #possessorsRole(k: number): number {
    for (let d = k; d < k + 4 && d < this.#tokens.length - 1; d++) {
      const w = this.#tokens[d]!;
      if (!w.capitalised || (d > k && !isSpaceBetween(this.#text, this.#tokens[d - 1]!.end, w.start))) return -1;
      if (!w.possessive) continue;
      const role = this.#tokens[d + 1]!;
      return !role.capitalised && isRoleWord(role.lower) && isSpaceBetween(this.#text, w.end, role.start) ? d + 1 : -1;
    }
    return -1;
  }

  /** The subject ending at token k (skipping "who" after a comma), and its first token. */
  subjectEndingAt(k: number): { subject: Subject; first: number } | undefined {
    const t = this.#tokens[k];
    if (!t) return undefined;
    if (t.lower === 'who' && k > 0) return this.subjectEndingAt(k - 1);
    const m = this.#byLast.get(k);
    if (m) return { subject: this.#meet(m), first: m[m.length - 1]! };
    if (PERSON_PRONOUNS.has(t.lower)) return { subject: { kind: 'pronoun', gender: PRONOUN_GENDERS.get(t.lower) }, first: k };
    if (!t.possessive && (GROUP_NOUNS.has(t.lower) || SPEAKING_BODIES.has(t.lower))) return { subject: GROUP, first: k };
    if (BARE_ROLES.has(t.lower)) {
      // "the minister", "the Finance Minister", "the Deputy Prime Minister": up to two
      // capitalised words between the determiner and the role
      for (let d = k - 1; d >= 0 && d >= k - 3; d--) {
        const w = this.#tokens[d]!;
        if (PERSON_ROLE_DETERMINERS.has(w.lower)) return { subject: { kind: 'pronoun', role: t.lower }, first: d };
        if (!w.capitalised || !isSpaceBetween(this.#text, w.end, this.#tokens[d + 1]!.start)) break;
      }
    }
    return undefined;
  }

  /** The subject of the verb of saying at token v: to its left, else right after it. */
  subjectOfVerb(v: number, floor: number): Subject | undefined {
    return this.subjectBeforeVerb(v, floor) ?? this.subjectRightAfterVerb(v);
  }

  /** The subject of the verb of saying at token v found to its left (not below token `floor`), or a participle's. */
  subjectBeforeVerb(v: number, floor: number): Subject | undefined {
    // ", adding that …": a participle continues the sentence's speaker.
    const verb = this.#tokens[v]!;
    if (verb.lower.endsWith('ing') && v > 0 && /,\s*$/.test(this.#text.slice(this.#tokens[v - 1]!.end, verb.start))) {
      // the subject the sentence opens with ("The prime minister rejected …, saying"), else the running speaker
      const opening = floor < v ? this.subjectStartingAt(floor) : undefined;
      return opening && opening.subject.kind !== 'pronoun' && opening.last < v ? opening.subject : { kind: 'pronoun' };
    }
    let k = v - 1;
    let steps = 0;
    while (k >= floor && steps < 5 && (AUXILIARIES.has(this.#tokens[k]!.lower) || isTimeWord(this.#tokens[k]!.lower)) && this.#tokens[k]!.lower !== 'who') {
      k--;
      steps++;
    }
    // "Ruiz's remark": after a possessive the verb's form is a noun, with no subject of its own
    if (k >= floor && this.#tokens[k]!.possessive) return undefined;
    if (k >= floor) {
      const commaBeforeVerb = v > 0 && this.#commaAfter(v - 1);
      const left = this.subjectEndingAt(k);
      if (left) {
        if (!commaBeforeVerb) return left.subject;
        // "McCaul, lead Republican on the committee, told": the body ends the apposition, the person before it speaks
        if (left.subject.kind === 'group') {
          const before = this.#beforeParenthetical(v - 2, floor);
          if (before && before.kind === 'person') return before;
        }
        const head = this.#relativeClauseHead(left.first, floor);
        return head === undefined ? left.subject : (head ?? undefined);
      }
      // "Wang Yi, speaking to reporters, said", "Kallas, who met him on Friday, added": the subject before a parenthetical
      if (commaBeforeVerb || this.#commaAfter(k)) return this.#beforeParenthetical(commaBeforeVerb ? v - 2 : k - 1, floor);
    }
    return undefined;
  }

  /** The subject ending right before the comma that opens a parenthetical ending at token `from` (at most 12 tokens back). */
  #beforeParenthetical(from: number, floor: number): Subject | undefined {
    for (let j = from; j >= Math.max(floor, from - 11); j--) {
      if (!/^\s*,\s*$/.test(this.#text.slice(this.#tokens[j]!.end, this.#tokens[j + 1]!.start))) continue;
      return this.subjectEndingAt(j)?.subject;
    }
    return undefined;
  }

  /** Token k is followed by a name or a role: it modifies its holder ("Kremlin spokesman Dmitry Peskov"), it does not speak. */
  #beforeHolder(k: number): boolean {
    const next = this.#tokens[k + 1];
    return !!next && (next.capitalised || isRoleWord(next.lower)) && isSpaceBetween(this.#text, this.#tokens[k]!.end, next.start);
  }

  /** A comma right after token k. */
  #commaAfter(k: number): boolean {
    const next = this.#tokens[k + 1];
    return !!next && /,\s*$/.test(this.#text.slice(this.#tokens[k]!.end, next.start));
  }

  /**
   * "Kallas, who met President Niinistö, added": the mention before the verb (its first
   * token `first`) closes a relative clause; the subject is the one before its ", who" (null
   * when that is no person the unit knows: the mention inside the clause is not the subject
   * either). Undefined when there is no such clause.
   */
  #relativeClauseHead(first: number, floor: number): Subject | null | undefined {
    for (let j = first - 1; j > floor && j >= first - 12; j--) {
      if (this.#tokens[j]!.lower !== 'who') continue;
      if (!this.#commaAfter(j - 1)) return undefined;
      return this.subjectEndingAt(j - 1)?.subject ?? null;
    }
    return undefined;
  }

  /** The subject right after the verb at token v ("…,” said Lavrov"). */
  subjectRightAfterVerb(v: number): Subject | undefined {
    const right = this.subjectStartingAt(v + 1);
    if (right && isSpaceBetween(this.#text, this.#tokens[v]!.end, this.#tokens[v + 1]!.start)) return right.subject;
    return undefined;
  }

  /** The subject right after a verb of saying, past titles and demonyms ("said Kenyan Foreign Minister Alfred Mutua"). */
  subjectAfterVerb(v: number): Subject | undefined {
    for (let k = v + 1; k < Math.min(this.#tokens.length, v + 7); k++) {
      const s = this.subjectStartingAt(k);
      if (s) return s.subject;
      const t = this.#tokens[k]!;
      if (!(t.capitalised || t.lower === 'of' || t.lower === 'the')) return undefined;
    }
    return undefined;
  }

  /** Attribution right after a closing quotation mark: "…,” Lavrov said" / "…,” said Lavrov". */
  subjectAfter(offset: number, limit: number): Subject | undefined {
    const k = tokenIndexAt(this.#tokens, offset);
    const t = this.#tokens[k];
    if (!t || t.start >= limit || !/^[\s,.!?;:\-–—"”’]*$/.test(this.#text.slice(offset, t.start))) return undefined;
    if (isSaying(t)) return this.subjectAfterVerb(k);
    let s = this.subjectStartingAt(k);
    // "…,” U.N. spokesman Stephane Dujarric told": past the title before the name
    for (let d = k; !s && d < k + 4 && d + 1 < this.#tokens.length; d++) {
      const w = this.#tokens[d]!;
      // ("U.N." keeps its last period: the gap may start with one)
      if (!(w.capitalised || ROLE_NOUNS.has(w.lower)) || w.possessive || PERSON_PRONOUNS.has(w.lower) || !/^\.?[ \t\u00a0]+$/.test(this.#text.slice(w.end, this.#tokens[d + 1]!.start))) break;
      s = this.subjectStartingAt(d + 1);
    }
    if (!s) return undefined;
    let j = s.last + 1;
    // "…,” Peskov, 56, told reporters" / "…,” Kallas, who chairs the council, said": past an apposition
    if (this.#commaAfter(s.last)) {
      const after = afterApposition(this.#text, this.#tokens, j);
      if (after < this.#tokens.length) j = after;
    }
    // "…,” a senior official in one EU government said": an unnamed speaker past the phrase that places it
    if (s.subject.kind === 'group' && /^(?:in|at|of|from|with)$/.test(this.#tokens[j]?.lower ?? '')) {
      for (let p = j + 1; p < Math.min(this.#tokens.length, j + 6); p++) {
        if (!isSpaceBetween(this.#text, this.#tokens[p - 1]!.end, this.#tokens[p]!.start)) break;
        if (isSaying(this.#tokens[p]!)) return s.subject;
      }
    }
    for (let steps = 0; j < this.#tokens.length && steps < 4; j++, steps++) {
      const w = this.#tokens[j]!;
      if (isSaying(w)) return s.subject;
      if (!AUXILIARIES.has(w.lower)) return undefined;
    }
    return undefined;
  }
}

/** A verb of saying, written in lower case. */
export function isSaying(t: Token): boolean {
  return !t.capitalised && SAYING_VERBS.has(t.lower);
}

function push(map: Map<number, number[]>, key: number, start: number, end: number, other: number): void {
  const list = map.get(key);
  if (list) list.push(start, end, other);
  else map.set(key, [start, end, other]);
}
