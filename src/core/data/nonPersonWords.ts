/**
 * Words that make a capitalised run something other than a person: an institution, event
 * or thing ("Foreign Ministry", "Minsk Agreements"), a place ("Rose Garden"), or a thing a
 * person's name qualifies ("the Gaddafi regime"). Used by the person annotator
 * (`../annotators/persons/find.ts`). Lower case.
 *
 * Notes: `PLACE_HEADS` blocks only a run that opens with a given name; `INSTITUTION_WORDS`
 * blocks any run, so words that are also surnames ("Park", "Hill") stay out of it.
 */
import { MONTHS, WEEKDAYS } from './calendar';

/** Words that make a capitalised sequence an institution, event or thing, not a person. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'kremlin', 'pentagon', 'house', 'ministry', 'ministries', 'ministeries', 'department',
  'government', 'parliament', 'congress', 'senate', 'commission', 'council', 'agency', 'office',
  'court', 'bank', 'fund', 'army', 'forces', 'force', 'police', 'party', 'union', 'organization',
  'organisation', 'committee', 'group', 'university', 'institute', 'center', 'centre',
  'foundation', 'association', 'news', 'times', 'post', 'press', 'journal', 'herald', 'tribune',
  'agreement', 'agreements', 'treaty', 'declaration', 'accord', 'accords', 'conference', 'forum',
  'summit', 'meeting', 'dialogues', 'dialogue', 'format', 'plan', 'pipeline', 'plant', 'power',
  'nuclear', 'church', 'cathedral', 'mosque', 'temple', 'sea', 'ocean', 'river', 'mountains',
  'east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'middle',
  'africa', 'asia', 'europe', 'america', 'region', 'zone', 'airport', 'station', 'street',
  'square', 'avenue', 'palace', 'hall', 'embassy', 'consulate', 'mission', 'corporation',
  'company', 'inc', 'ltd', 'llc', 'group', 'holdings', 'airlines', 'airways', 'railways',
  'assembly', 'cabinet', 'administration', 'service', 'services', 'guard', 'navy', 'air',
  'national', 'federal', 'international', 'joint', 'strategic', 'security', 'affairs',
  'cooperation', 'development', 'program', 'programme', 'initiative', 'project', 'system',
  'network', 'channel', 'tv', 'radio', 'agency', 'online', 'daily', 'weekly', 'gazette',
  'monitor', 'review', 'report', 'express', 'mail', 'telegraph', 'guardian', 'observer',
  'state', 'states', 'republic', 'kingdom', 'federation', 'emirates', 'islands', 'coast',
  'day', 'year', 'week', 'month', ...MONTHS, ...WEEKDAYS, 'covid', 'coronavirus', 'constitution', 'body',
  'commission', 'club', 'team', 'league', 'cup', 'games', 'olympics', 'festival', 'award',
  'prize', 'act', 'bill', 'law', 'code', 'charter', 'convention', 'protocol', 'resolution',
  'memorandum', 'statement', 'doctrine', 'strategy', 'policy', 'concept', 'agenda', 'format',
  'briefing', 'gaggle', 'remarks', 'transcript', 'interview', 'session', 'readout', 'release',
]);

/**
 * Last words that make a run opening with a given name a place or a building ("Rose Garden",
 * "Lincoln Memorial", "Virginia Beach"): a given name is no evidence of a person there.
 * Not blockers of names in general: "Park", "Hill" and "Lake" are also surnames.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'garden', 'gardens', 'memorial', 'monument', 'beach', 'valley', 'park', 'bay', 'island', 'lake',
  'bridge', 'road', 'hospital', 'school', 'college', 'stadium', 'tower', 'building', 'museum',
  'library', 'theatre', 'theater', 'arena', 'county', 'city', 'province', 'district', 'heights',
  'hills', 'springs', 'falls', 'harbour', 'harbor', 'port', 'peninsula', 'canyon', 'hotel',
  'centre', 'center', 'airport', 'station', 'square', 'street', 'avenue', 'boulevard', 'lane',
  'county', 'parish', 'township', 'village', 'town', 'forest', 'mountain', 'mount', 'cape',
]);

/** Words that take a person as their object in a name phrase ("the Gaddafi regime"). */
export const PERSON_ATTRIBUTIVE_HEADS: ReadonlySet<string> = new Set([
  'regime', 'administration', 'government', 'era', 'family', 'doctrine', 'presidency', 'camp',
  'campaign', 'cabinet', 'dynasty', 'clan', 'years',
]);
