/**
 * Finds role nominals that stand for a person the text has introduced: "the Russian top
 * diplomat", "his Turkish counterpart", "Russian foreign minister says …". A role followed
 * by a name is a title, not a nominal ("Russian Foreign Minister Sergey Lavrov").
 */
import type { Token } from '../../text/tokens';
import { isSpaceBetween } from '../../text/tokens';
import { NOMINAL_DETERMINERS } from '../../data/functionWords';
import { GENERIC_ROLE_FAMILIES, ROLE_NOMINALS } from '../../data/roles';
import type { UnitCountry } from '../persons/find';

/** One nominal (offsets in the unit). */
export interface NominalFinding {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Role family ("foreign", "president", "counterpart", …). */
  readonly role: string;
  /** Country of the demonym or possessive before the role, if any. */
  readonly country?: string;
}

/** First words of the role phrases, to skip most tokens at once. */
const FIRST_WORDS = new Set([...ROLE_NOMINALS.keys()].map((k) => k.split(' ')[0]!));

/** Finds role nominals among `tokens` of `text`. */
export function findNominals(text: string, tokens: readonly Token[], countries: readonly UnitCountry[]): NominalFinding[] {
  const out: NominalFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i]!.lower)) continue;
    const match = roleAt(text, tokens, i);
    if (!match) continue;
    const { family, last } = match;
    const next = tokens[last + 1];
    if (next && next.capitalised && isSpaceBetween(text, tokens[last]!.end, next.start)) continue; // a title
    let start = i;
    let country: string | undefined;
    const prev = tokens[start - 1];
    const c = prev ? countryOf(prev, countries) : undefined;
    if (prev && c && isSpaceBetween(text, prev.end, tokens[start]!.start)) {
      country = c;
      start--;
    }
    const det = tokens[start - 1];
    const hasDet = !!det && NOMINAL_DETERMINERS.has(det.lower) && isSpaceBetween(text, det.end, tokens[start]!.start);
    if (det && (det.lower === 'a' || det.lower === 'an')) continue;
    if (hasDet) start--;
    const sentenceStart = !det || /[.!?]["”]?\s*$/.test(text.slice(Math.max(0, tokens[start]!.start - 4), tokens[start]!.start));
    if (!hasDet && !(country && sentenceStart)) continue;
    if (!country && GENERIC_ROLE_FAMILIES.has(family) && det?.lower === 'the') continue;
    const s = tokens[start]!.start;
    const e = tokens[last]!.possessive ? tokens[last]!.baseEnd : tokens[last]!.end;
    out.push({ start: s, end: e, text: text.slice(s, e), role: family, country });
    i = last;
  }
  return out;
}

/** The longest role phrase (up to three words) starting at tokens[i]. */
function roleAt(text: string, tokens: readonly Token[], i: number): { family: string; last: number } | undefined {
  let phrase = '';
  let found: { family: string; last: number } | undefined;
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    if (k > i && !isSpaceBetween(text, tokens[k - 1]!.end, tokens[k]!.start)) break;
    phrase = phrase ? `${phrase} ${tokens[k]!.lower}` : tokens[k]!.lower;
    const family = ROLE_NOMINALS.get(phrase);
    if (family) found = { family, last: k };
    if (tokens[k]!.possessive) break;
  }
  return found;
}

function countryOf(token: Token, countries: readonly UnitCountry[]): string | undefined {
  for (const c of countries) if (c.start < token.end && token.start < c.end) return c.iso;
  return undefined;
}
