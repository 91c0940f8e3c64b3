/**
 * Roles of persons as they stand for a person in running text, lower case: nouns that
 * introduce a name ("his counterpart Lavrov"), role phrases that refer back to one ("the
 * Russian top diplomat") and the role families those phrases belong to. Titles before a
 * name ("Foreign Minister X") are in `titles.ts`; roles in speaker labels in
 * `speakerLabels.ts`.
 */

/** Lower-case role nouns that introduce a name by apposition ("his counterpart Lavrov"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'counterpart', 'counterparts', 'colleague', 'colleagues', 'friend', 'friends', 'minister',
  'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador',
  'diplomat', 'official', 'adviser', 'advisor', 'aide', 'analyst', 'journalist', 'correspondent',
  'reporter', 'chancellor', 'premier', 'secretary', 'senator', 'governor', 'mayor', 'lawmaker',
  'chief', 'head', 'negotiator', 'general', 'commander', 'host', 'guest', 'predecessor',
  'successor', 'opponent', 'rival', 'partner', 'partners', 'deputy', 'director', 'chairman',
]);

/**
 * Role phrases usable as a nominal for a person ("the Russian top diplomat"), each mapped to
 * a role family so that "top diplomat" matches a person introduced as "Foreign Minister".
 */
export const ROLE_NOMINALS: ReadonlyMap<string, string> = new Map([
  ['top diplomat', 'foreign'], ['chief diplomat', 'foreign'], ['foreign minister', 'foreign'],
  ['foreign secretary', 'foreign'], ['secretary of state', 'foreign'], ['diplomat', 'foreign'],
  ['president', 'president'], ['head of state', 'president'], ['leader', 'leader'],
  ['prime minister', 'premier'], ['premier', 'premier'], ['chancellor', 'premier'],
  ['defence minister', 'defence'], ['defense minister', 'defence'], ['defense secretary', 'defence'],
  ['minister', 'minister'], ['counterpart', 'counterpart'], ['spokesman', 'spokes'],
  ['spokeswoman', 'spokes'], ['spokesperson', 'spokes'], ['secretary-general', 'secgen'],
  ['secretary', 'secretary'], ['press secretary', 'press'],
]);

/**
 * Role families (values of `ROLE_NOMINALS`) too common to single out one holder: "the
 * minister", "his counterpart", "the leader" may be any of several persons. The nominal
 * finder (`../annotators/nominals/find.ts`) keeps "the <generic role>" only with a country, and
 * their account pass (`../annotators/nominals/resolve.ts`) never resolves one by being the
 * only holder of the role.
 */
export const GENERIC_ROLE_FAMILIES: ReadonlySet<string> = new Set(['counterpart', 'minister', 'leader']);

/**
 * Role nouns that, after "the" (or "his", "her"), stand for the person being reported
 * ("the minister said"): the attribution annotator (`../annotators/attribution/find.ts`) takes
 * the running speaker for them.
 */
export const BARE_ROLES: ReadonlySet<string> = new Set([
  'minister', 'president', 'diplomat', 'chancellor', 'secretary', 'leader', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy',
  'ambassador', 'senator', 'governor', 'mayor', 'general', 'counterpart', 'official',
]);

/** A role word of a title or an office, in lower case (`ROLE_NOUNS` or `BARE_ROLES`: "minister", "spokesman"). */
export function isRoleWord(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || BARE_ROLES.has(lower);
}
