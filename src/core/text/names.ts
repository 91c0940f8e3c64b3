/**
 * Keys for comparing person names across spellings: diacritics folded (Çavuşoğlu =
 * Cavusoglu), transliteration variants merged (Sergey = Sergei, Zelensky = Zelenskyy =
 * Zelenskiy), case ignored (MR. SMITH = Smith).
 */

const FOLD: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe' };

/** The comparison key of one name word ("Sergei" → "sergi", "Zelenskyy" → "zelenski"). */
export function nameKey(word: string): string {
  let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/[ıłøđðþßæœ]/g, (c) => FOLD[c] ?? c);
  s = s.replace(/['’`.\-\\]/g, '');
  // transliteration: y/j/i as vowels, kh/h, ph/f, double letters, ie/ii/iy endings
  s = s.replace(/y/g, 'i').replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/ck/g, 'k').replace(/w/g, 'v');
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/ei$/, 'i').replace(/ie$/, 'i');
  return s;
}

/** An initial glued to the surname after it ("S.Lavrov", "J.R.Smith"), as written in some transcripts' labels. */
const GLUED_INITIALS = /^((?:\p{Lu}\.)+)(\p{Lu}\p{Ll}.*)$/u;

/** A name word as one or more words: glued initials apart ("S.Lavrov" → "S.", "Lavrov"). */
export function nameWords(word: string): string[] {
  const m = GLUED_INITIALS.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

/** Display form of a name word written in capitals ("SMITH" → "Smith", "MCDONALD" → "Mcdonald"). */
export function displayWord(word: string): string {
  if (/\p{Ll}/u.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** True when two first-name keys may name the same person (equal, an initial, or a close variant). */
export function compatibleGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a[0] !== b[0]) return false;
  return editDistanceAtMost(a, b, a.length >= 5 ? 2 : 1);
}

/** True when `a` and `b` are at most `limit` edits (insertions, deletions, substitutions) apart. */
export function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return false;
    prev = cur;
  }
  return prev[b.length]! <= limit;
}
