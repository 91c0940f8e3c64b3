/**
 * Builds the sets of inflected verb forms the word lists hold, from their lemmas, so that a
 * list names each verb once ("say/said") instead of spelling out every form.
 *
 * A spec is one line per group: the forms the group takes, a colon, then its lemmas.
 *
 * ```
 * base s ed ing: say/said tell/told stress
 * base s: note
 * ed: sanction
 * ```
 *
 * - Forms: `base` (say), `s` (says), `ed` (said, stressed), `ing` (saying).
 * - A lemma written `lemma/past` gives its past when it is not the regular "-ed" form:
 *   irregular ("tell/told") or with a doubled consonant ("admit/admitted"), which also
 *   doubles the "-ing" form ("admitting").
 * - Regular spelling: "-es" after s, x, z, ch, sh; "-ies"/"-ied" after a consonant and y;
 *   a final silent e is dropped before "-ed"/"-ing" (not in "-ee", "-ye", "-oe").
 *
 * Notes: the groups are the lists as they were written, form by form: a verb that lacks a
 * form in a list lacks it on purpose or by omission, and adding it changes what the
 * annotators find. Forms are built, not matched by stem: the Porter stemmer (`stemmer`,
 * which the comparison uses) takes "observers" and "warning" to the stems of "observe" and
 * "warn", so matching by stem would make nouns verbs of saying. The unit test checks the
 * spelling rules against the stemmer.
 * Lower case throughout.
 */

/** One of the inflected forms a group of lemmas takes. */
export type VerbForm = 'base' | 's' | 'ed' | 'ing';

const FORMS: ReadonlySet<string> = new Set<VerbForm>(['base', 's', 'ed', 'ing']);

/** The regular forms of a lemma, and its past as given (`lemma/past`) or "-ed". */
export function inflect(entry: string, form: VerbForm): string {
  const [lemma, past] = entry.split('/') as [string, string | undefined];
  switch (form) {
    case 'base':
      return lemma;
    case 's':
      if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
      if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
      return `${lemma}s`;
    case 'ed':
      if (past) return past;
      if (lemma.endsWith('e')) return `${lemma}d`;
      if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
      return `${lemma}ed`;
    case 'ing':
      // a doubled consonant in the past doubles it here ("admit/admitted" → "admitting")
      if (past && past === `${lemma}${lemma.at(-1)}ed`) return `${lemma}${lemma.at(-1)}ing`;
      if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
      if (/[^eyo]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
      return `${lemma}ing`;
  }
}

/** The lemma of every entry of a spec with the forms its group takes. */
export function verbEntries(spec: string): { readonly entry: string; readonly forms: readonly VerbForm[] }[] {
  const out: { entry: string; forms: VerbForm[] }[] = [];
  for (const line of spec.split('\n')) {
    if (!line.trim()) continue;
    const colon = line.indexOf(':');
    const forms = line.slice(0, colon).trim().split(/\s+/) as VerbForm[];
    if (colon < 0 || forms.some((f) => !FORMS.has(f))) throw new Error(`verbForms: a group needs its forms before a colon ("base s ed: say/said"), not "${line.trim()}"`);
    for (const entry of line.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) out.push({ entry, forms });
  }
  return out;
}

/** Every form a spec names (see the module comment), lower case. */
export function verbForms(spec: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const { entry, forms } of verbEntries(spec)) for (const form of forms) out.add(inflect(entry, form));
  return out;
}
