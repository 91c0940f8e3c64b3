/**
 * General English vocabulary the annotators rely on: titles, verbs of saying, role nouns,
 * institution words, function words. These are closed classes of the language (and of
 * journalistic/diplomatic register), never names of particular people or places.
 *
 * Every set holds lower-case words; look words up with `word.toLowerCase()`.
 */

/** Words that head a title placed before a person's name ("Foreign Minister X", "Mr. X"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'governor', 'gov', 'mayor',
  'general', 'gen', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'commissioner',
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'sultan', 'judge', 'justice',
  'representative', 'rep', 'congressman', 'congresswoman', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'prof', 'professor', 'lord', 'lady', 'sir', 'dame', 'leader', 'commander', 'admiral',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'marshal', 'sergeant', 'adviser',
  'advisor', 'counsellor', 'counselor', 'chief', 'officer', 'deputy', 'vice', 'undersecretary',
  'under-secretary', 'secretary-general', 'attorney', 'prosecutor', 'diplomat', 'ceo',
  'chairman-elect', 'president-elect', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'rabbi',
  'imam', 'ayatollah', 'mme', 'monsieur', 'madame', 'herr', 'frau', 'excellency', 'highness',
  'coordinator', 'administrator', 'rapporteur', 'negotiator', 'spokesmen',
  // abbreviations ("ADM. KIRBY", "Amb. Thomas-Greenfield", "Hon. Jane Doe", "Rev. King")
  'adm', 'maj', 'sgt', 'cmdr', 'amb', 'hon', 'rev',
  'councilor', 'councillor',
]);

/** Words that make a title with the title head after them ("PRIME MINISTER", "PRESS SECRETARY"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'deputy', 'first', 'chief', 'senior', 'acting', 'special', 'press', 'executive',
  'permanent', 'assistant', 'associate', 'principal', 'high', 'supreme', 'crown', 'grand', 'interim',
  'former', 'under',
]);

/** Honorifics that stand for a person on their own in a speaker label ("MR. SMITH"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'mme', 'madame', 'monsieur',
]);

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

/** Verbs of saying, every inflection spelled out (lower case). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'state', 'states', 'stated',
    'add', 'adds', 'added', 'adding', 'stress', 'stresses', 'stressed', 'stressing', 'note', 'notes',
    'noted', 'noting', 'explain', 'explains', 'explained', 'explaining', 'recall', 'recalls',
    'recalled', 'recalling', 'emphasise', 'emphasised', 'emphasize', 'emphasized', 'emphasises',
    'emphasizes', 'underline', 'underlined', 'underlines', 'assure', 'assured', 'assures',
    'insist', 'insisted', 'insists', 'warn', 'warned', 'warns', 'claim', 'claimed', 'claims',
    'argue', 'argued', 'argues', 'declare', 'declared', 'declares', 'announce', 'announced',
    'announces', 'remark', 'remarked', 'remarks', 'reply', 'replied', 'replies', 'respond',
    'responded', 'responds', 'answer', 'answered', 'answers', 'comment', 'commented', 'comments',
    'point', 'pointed', 'points', 'continue', 'continued', 'continues', 'confirm', 'confirmed',
    'confirms', 'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits',
    'suggest', 'suggested', 'suggests', 'write', 'wrote', 'writes', 'tweet', 'tweeted', 'tweets',
    'urge', 'urged', 'urges', 'vow', 'vowed', 'vows', 'promise', 'promised', 'promises', 'pledge',
    'pledged', 'pledges', 'predict', 'predicted', 'predicts', 'believe', 'believes', 'believed',
    'ask', 'asked', 'asks', 'told', 'reiterate', 'reiterated', 'reiterates', 'observe', 'observed',
    'observes', 'mention', 'mentioned', 'mentions', 'concede', 'conceded', 'concedes', 'report',
    'reported', 'reports', 'maintain', 'maintained', 'maintains', 'estimate', 'estimated',
    'estimates', 'describe', 'described', 'describes', 'accuse', 'accused', 'accuses', 'inform',
    'informed', 'informs', 'reminded', 'remind', 'reminds', 'highlighted', 'highlight', 'highlights',
    'call', 'calls', 'called', 'calling', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming',
    'underscore', 'underscores', 'underscored', 'underscoring',
  ],
);

/** Saying verbs that are mostly not about speech on their own; they need "that" or a quote. */
export const WEAK_SAYING_VERBS: ReadonlySet<string> = new Set([
  'point', 'pointed', 'points', 'continue', 'continued', 'continues', 'note', 'notes', 'state',
  'states', 'report', 'reports', 'reported', 'maintain', 'maintained', 'maintains', 'estimate',
  'estimated', 'estimates', 'describe', 'described', 'describes', 'believe', 'believes',
  'believed', 'answer', 'answers', 'comment', 'comments', 'remarks', 'claims', 'promise',
  'promises', 'ask', 'asks', 'asked', 'accuse', 'accused', 'accuses', 'highlight', 'highlights',
  'highlighted', 'confirm', 'confirmed', 'confirms', 'inform', 'informed', 'informs',
  'call', 'calls', 'called', 'calling', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming',
  'underscore', 'underscores', 'underscored', 'underscoring',
]);

/** Words that may sit between a subject and its verb of saying ("Lavrov has also said"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'later', 'then', 'earlier', 'further', 'again', 'previously',
  'repeatedly', 'once', 'reportedly', 'publicly', 'recently', 'who', 'would', 'will', 'had', 'did',
  'was', 'is', 'clearly', 'firmly', 'openly', 'on', 'directly', 'told', 'flatly', 'quickly',
]);

/** Third-person personal pronouns that refer back to a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** A person's gender as the text gives it (a pronoun, an honorific, a given name). */
export type PersonGender = 'male' | 'female';

/** The gender of each person pronoun. */
export const PRONOUN_GENDERS: ReadonlyMap<string, PersonGender> = new Map([['he', 'male'], ['she', 'female']]);

/** Honorifics that say a person's gender ("Mr.", "Ms."), lower case without the period. */
export const HONORIFIC_GENDERS: ReadonlyMap<string, PersonGender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['monsieur', 'male'], ['herr', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madame', 'female'], ['mme', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['frau', 'female'], ['queen', 'female'], ['princess', 'female'],
]);

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
  'day', 'year', 'week', 'month', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'covid', 'coronavirus', 'constitution', 'body',
  'commission', 'club', 'team', 'league', 'cup', 'games', 'olympics', 'festival', 'award',
  'prize', 'act', 'bill', 'law', 'code', 'charter', 'convention', 'protocol', 'resolution',
  'memorandum', 'statement', 'doctrine', 'strategy', 'policy', 'concept', 'agenda', 'format',
  'briefing', 'gaggle', 'remarks', 'transcript', 'interview', 'session', 'readout', 'release',
]);

/**
 * Function and common words that start sentences with a capital letter but are never part
 * of a name ("During", "Following", "We"). Checked on a sequence's first word.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'we', 'our',
  'us', 'i', 'my', 'me', 'you', 'your', 'he', 'his', 'him', 'she', 'her', 'they', 'their', 'them',
  'and', 'or', 'but', 'so', 'yet', 'nor', 'for', 'if', 'as', 'at', 'by', 'in', 'on', 'of', 'to',
  'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'after', 'before', 'during',
  'following', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who',
  'whom', 'whose', 'although', 'though', 'because', 'despite', 'regarding', 'concerning',
  'according', 'unfortunately', 'fortunately', 'today', 'yesterday', 'tomorrow', 'now', 'then',
  'also', 'overall', 'meanwhile', 'however', 'moreover', 'furthermore', 'thus', 'therefore',
  'all', 'both', 'each', 'every', 'some', 'any', 'no', 'not', 'many', 'most', 'more', 'other',
  'another', 'such', 'yes', 'thank', 'thanks', 'please', 'ladies', 'gentlemen', 'good', 'well',
  'let', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'just', 'only',
  'even', 'still', 'again', 'recently', 'earlier', 'later', 'last', 'next', 'first', 'second',
  'happy', 'dear', 'hello', 'okay', 'ok', 'oh', 'sure', 'right', 'question', 'answer', 'q', 'a',
  'one', 'two', 'three', 'several', 'few', 'about', 'above', 'across', 'against', 'along',
  'among', 'around', 'behind', 'below', 'beside', 'between', 'beyond', 'through', 'throughout',
  'toward', 'towards', 'upon', 'via', 'within', 'once', 'whether', 'unless', 'indeed', 'finally',
  'additionally', 'instead', 'otherwise', 'perhaps', 'maybe', 'certainly', 'clearly', 'obviously',
  'speaking', 'talking', 'asked', 'said', 'says', 'like', 'unlike', 'just', 'very', 'nothing',
  'everything', 'something', 'anything', 'everyone', 'someone', 'anyone', 'nobody', 'none',
  'new', 'old', 'great', 'big', 'small', 'important', 'recent', 'current', 'former', 'late',
  'top', 'senior', 'junior', 'acting', 'interim', 'incoming', 'outgoing', 'ex', 'then-',
  'excellency', 'colleagues', 'friends', 'additional', 'advanced', 'related', 'share', 'print',
]);

/** Words that take a person as their object in a name phrase ("the Gaddafi regime"). */
export const PERSON_ATTRIBUTIVE_HEADS: ReadonlySet<string> = new Set([
  'regime', 'administration', 'government', 'era', 'family', 'doctrine', 'presidency', 'camp',
  'campaign', 'cabinet', 'dynasty', 'clan', 'years',
]);

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

/** Name particles that may sit between capitalised parts of one name ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn',
  'al', 'el', 'ben', 'dos', 'das', 'do', 'y', 'zu', 'ter', 'op',
]);

/** Department words that may follow "Secretary of" / "Minister of" inside a title. */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'treasury', 'commerce', 'energy',
  'agriculture', 'education', 'health', 'justice', 'labor', 'labour', 'interior', 'transportation',
  'transport', 'homeland', 'security', 'finance', 'economy', 'trade', 'culture', 'the', 'and',
  'economic', 'development', 'internal', 'external', 'public', 'national', 'digital', 'science',
  'industry', 'environment', 'emergency', 'situations', 'veterans', 'housing', 'urban',
]);

/** Labels of speaker turns that name a role, not a person ("Question:", "MODERATOR:"). */
export const UNNAMED_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'question', 'questions', 'q', 'answer', 'a', 'journalist', 'reporter', 'correspondent',
  'audience', 'audience member', 'participant', 'moderator', 'host', 'interpreter',
  'the interpreter', 'translator', 'the moderator', 'operator', 'the operator', 'voice',
  'unidentified speaker', 'speaker', 'male speaker', 'female speaker', 'staff', 'announcer',
  'media', 'press', 'member of the audience', 'unknown', 'crowd', 'audience members',
]);

/**
 * Last words of a label that describes a speaker kept anonymous ("SENIOR ADMINISTRATION
 * OFFICIAL:", "Foreign Ministry Spokesperson:", "WHITE HOUSE AIDE:"): with modifiers only
 * before it, such a label is a role, never a person's name.
 */
export const ANONYMOUS_ROLE_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'aides', 'adviser',
  'advisor', 'staffer', 'representative', 'participant', 'moderator', 'reporter', 'journalist',
  'correspondent', 'speaker', 'operator',
]);

/** Labels that are never speakers even though they look like one ("Note:", "Source:"). */
export const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'note', 'notes', 'source', 'sources', 'update', 'updated', 'photo', 'photos', 'video',
  'watch', 'read more', 'related', 'see also', 'tags', 'tag', 'date', 'time', 'location',
  'subject', 'topic', 'topics', 'editor', "editor's note", 'editors note', 'caption', 'credit',
  'image', 'copyright', 'disclaimer', 'contact', 'email', 'phone', 'tel', 'fax', 'website',
  'address', 'posted', 'published', 'by', 'from', 'to', 'cc', 're', 'attachments', 'end',
  'warning', 'example', 'for example', 'background', 'summary', 'conclusion', 'agenda', 'venue',
  'place', 'mode', 'format', 'url', 'link', 'links', 'category', 'categories', 'keywords',
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

/**
 * Stage directions of transcripts, as their parenthesis or bracket opens ("(Laughter.)",
 * "[inaudible]", "(No translation provided.)"): notes of the transcriber, not words spoken.
 */
export const STAGE_DIRECTIONS: readonly string[] = [
  'laughter', 'laughs', 'laughing', 'applause', 'crosstalk', 'cross talk', 'inaudible', 'unintelligible',
  'no translation provided', 'no interpretation', 'off mic', 'off-mic', 'off microphone', 'audio cuts out',
  'audio drops', 'technical difficulties', 'pause', 'sighs', 'chuckles', 'coughs', 'silence',
  'as interpreted', 'retranslated', 'interpretation', 'speaking in', 'speaks in', 'recording', 'video plays',
];
