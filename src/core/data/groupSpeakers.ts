/**
 * Speakers that are not one person: groups ("Analysts said") and bodies or documents ("the
 * Kremlin said", "a joint statement said"). The person annotator
 * (`../annotators/persons/find.ts`) never takes one for a name; the attribution annotator
 * (`attribution.ts`) gives the words they say no person. Lower case.
 */

/**
 * Plural nouns for groups of people that open a sentence as the ones who speak ("Analysts
 * said", "Critics say", "Republicans argued"): capitalised there, never a person's name alone.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'analysts', 'critics', 'officials', 'experts', 'diplomats', 'observers', 'sources', 'witnesses',
  'residents', 'protesters', 'protestors', 'demonstrators', 'lawmakers', 'legislators', 'economists',
  'investors', 'traders', 'scientists', 'researchers', 'activists', 'campaigners', 'opponents',
  'supporters', 'officers', 'authorities', 'police', 'prosecutors', 'investigators', 'doctors',
  'lawyers', 'negotiators', 'aides', 'insiders', 'commentators', 'journalists', 'reporters', 'voters',
  'citizens', 'workers', 'employees', 'executives', 'leaders', 'ministers', 'delegates',
  'participants', 'organisers', 'organizers', 'rescuers', 'villagers', 'locals', 'families',
  'relatives', 'parents', 'students', 'teachers', 'farmers', 'soldiers', 'troops', 'rebels',
  'militants', 'insurgents', 'refugees', 'migrants', 'survivors', 'victims', 'scholars',
  'historians', 'pundits', 'skeptics', 'sceptics', 'proponents', 'advocates', 'backers', 'allies',
  'partners', 'neighbours', 'neighbors', 'spokespeople', 'representatives', 'members', 'senators',
  'republicans', 'democrats', 'conservatives', 'liberals', 'socialists', 'communists', 'environmentalists',
  'unions', 'people', 'others', 'staff', 'staffers', 'envoys',
  // what the numbers say ("Polls suggest …")
  'polls', 'surveys', 'studies', 'forecasts', 'estimates',
]);

/**
 * Bodies and documents that say things as a whole ("the Kremlin said", "the ministry said",
 * "a joint statement said"): no one person speaks.
 */
export const SPEAKING_BODIES: ReadonlySet<string> = new Set([
  'kremlin', 'pentagon', 'house', 'ministry', 'department', 'government', 'embassy', 'office',
  'agency', 'council', 'commission', 'committee', 'cabinet', 'presidency', 'administration',
  'secretariat', 'mission', 'military', 'army', 'parliament', 'congress', 'senate', 'court',
  'bank', 'party', 'organization', 'organisation', 'alliance', 'bloc', 'union', 'statement',
  'communique', 'communiqué', 'readout', 'report',
]);
