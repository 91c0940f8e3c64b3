/**
 * Name particles: lower-case words inside one person's name (`../annotators/persons/find.ts`,
 * `speakerLabels.ts`). Particles written joined to the name with a hyphen ("al-Assad") are
 * a pattern in `persons.ts` (`PARTICLE_PREFIX`).
 */

/** Name particles that may sit between capitalised parts of one name ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn',
  'al', 'el', 'ben', 'dos', 'das', 'do', 'y', 'zu', 'ter', 'op',
]);
