/**
 * Finds statistics in one parse unit: numbers, money, percentages and counts, with what they
 * count ("more than 2 million Russian tourists", "$2.5bn system", "6,000 lives", "40%").
 * Dates, years, clock times, ordinals and designations ("S-400", "5+5") are not statistics.
 */
import { COUNTED_STOP_WORDS } from '../../data/stopwords';
import type { OffsetRange } from '../../model/annotation';

/** A number, with an optional currency before and a unit after; qualifiers are looked for separately. */
const NUMBER =
  /(?<![\p{L}\d\-+./:])(?:[$€£¥₽]\s?)?(?<![\p{L}\d\-+./:])\d+(?:[.,]\d+)*(?![\d+:]|-\d|[./]\d)(?:\s?(?:%|per ?cent\b|percent\b|bn\b|mn\b|m\b|k\b|tn\b|(?:hundred|thousand|million|billion|trillion)s?\b))?/gu;
/** A qualifier right before a number ("more than", "nearly"). */
const QUALIFIER = /\b(?:(?:more|less|fewer) than|over|under|about|around|nearly|almost|some|roughly|approximately|up to|at least|at most|only|just)\s+$/i;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const COUNTED = /^[ \u00a0]*(?:[-–][ \u00a0]?)?((?:[\p{L}][\p{L}'’\-]*[ \u00a0]?){1,3})/u;

/** Finds the statistics of `text` (offsets in the text). */
export function findStatistics(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(NUMBER)) {
    const qualifier = QUALIFIER.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const start = m.index - (qualifier ? qualifier[0].length : 0);
    let end = m.index + m[0].length;
    const digits = /\d[\d.,]*/.exec(m[0])![0];
    const hasUnit = /[$€£¥₽%]|cent|bn|mn|\bm\b|\bk\b|tn|hundred|thousand|million|billion|trillion/i.test(m[0]);
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 16), start);
    if (isDateOrTime(digits, before, after, hasUnit)) continue;
    if (/^(?:st|nd|rd|th)\b/i.test(text.slice(end, end + 3))) continue;
    const counted = countedNoun(after);
    if (!hasUnit && !counted) continue;
    end += counted;
    out.push({ start, end });
  }
  return out;
}

function isDateOrTime(digits: string, before: string, after: string, hasUnit: boolean): boolean {
  if (hasUnit) return false;
  const value = Number(digits.replace(/,/g, ''));
  if (/^\d{4}$/.test(digits) && value >= 1800 && value <= 2200) return true;
  if (MONTHS.test(after.trimStart()) || /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i.test(before)) return true;
  if (/^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|GMT|UTC)\b/i.test(after)) return true;
  if (/(?:No|no|number|#)\.?\s*$/.test(before)) return true;
  return false;
}

/** Length of the counted noun phrase at the start of `after` (0 when there is none). */
function countedNoun(after: string): number {
  const m = COUNTED.exec(after);
  if (!m) return 0;
  const words = m[1]!.trimEnd().split(/[ \u00a0]/);
  let keep = 0;
  let length = m[0].length - m[1]!.length;
  for (const w of words) {
    if (COUNTED_STOP_WORDS.has(w.toLowerCase())) break;
    keep++;
    length += w.length + 1;
    // the counted noun ends at the first plural ("2 million Russian tourists have …")
    if (/\p{Ll}s$/u.test(w) || /\p{Lu}\p{Ll}+s$/u.test(w) && keep > 1) break;
  }
  if (keep === 0) return 0;
  return Math.min(length - 1, m[0].trimEnd().length);
}
