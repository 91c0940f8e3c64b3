/**
 * The English word lists behind the context rules of the country annotator
 * (`../annotators/countries/find.ts`): general language, lower case, no names from any text.
 * Verb lists name lemmas and build their forms with `verbForms`; titles abbreviated with a
 * period are in `abbreviations.ts`.
 */
import { MONTHS, WEEKDAYS } from './calendar';
import { verbForms } from './verbForms';

/** Words of a paragraph about US domestic politics (for "Georgia" the state). */
export const US_STATE_CUES = /(?<![\p{L}])(?:Atlanta|Savannah|Augusta|governor|Governor|Gov\.|county|County|Senate|senator|Senator|Republicans?|Democrats?|GOP|Peach State|primary|runoff|Braves|Bulldogs|Fulton|U\.S\. state|US state)(?![\p{L}])/u;

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Capitalised words that may stand right before (or after) a country without being part of
 * a name with it ("Today Russia", "Russia Monday"). Not the person annotator's
 * `CAPITALISED_NON_NAMES` (`functionWords.ts`): that one also holds adjectives and
 * greetings and lacks the days and months, which here keep a country word out of a name.
 */
export const COUNTRY_NON_NAME_NEIGHBOURS: ReadonlySet<string> = new Set([...words(`the a an both but and or nor neither either meanwhile today yesterday tomorrow now while if when as since
  although though so yet then also only even because unlike like with without for from in on at by to of after before under over between
  against despite whether where why how what which that this these those all does did is was were are has have had will would can could
  should may might must shall once until whereas however still last next recently earlier later thus hence indeed instead here there every
  each no not many most some any such who whom whose among across within beyond through via toward towards during outside inside amid
  around about above below near per upon onto into off be been do let please thank thanks yes well oh i we you they he she it our their his
  her its my your according regarding concerning including unlike says said question answer q a note`), ...WEEKDAYS, ...MONTHS]);

/** Modifiers that form a country phrase with a following name ("Southern Cyprus", "Soviet Russia"). */
export const MODIFIERS = words(`north south east west northern southern eastern western central greater upper lower mainland communist soviet
  imperial tsarist ottoman modern ancient occupied free nazi fascist independent democratic today's post-soviet pre-war postwar`);

/** Heads of organisation and outlet names ("Washington Post", "Turkish Airlines", "USA Today"). */
export const ORGANISATION_HEADS = words(`post times herald daily tribune journal gazette telegraph chronicle today airlines airways air railways
  rail telecom broadcasting radio mail express observer insider monitor review sun standard steel motors bank league cup open`);

/**
 * Words after which a one-word name followed by a capitalised word is still the country:
 * "President of Russia Vladimir Putin" (but "Welcome to Jordan Peterson").
 */
export const PHRASE_BREAKERS = words('of');

/** Verbs (and auxiliaries) of which a capital standing for its state is the subject ("Washington said"). */
export const STATE_VERBS: ReadonlySet<string> = new Set([
  ...words(`has have had is was were will would could should can cannot may might must does did doesn't didn't hasn't haven't won't
    wouldn't isn't wasn't aren't signalled`),
  ...verbForms(`
    base s ed: face say/said want insist believe claim consider deny accuse warn urge demand reject hope fear see/saw view expect
    base s ed: announce respond refuse agree support back oppose impose threaten call send/sent sign recognise recognize condemn welcome
    base s ed: criticise criticize blame argue maintain declare intend plan/planned seek/sought try continue appear seem remain react
    base s ed: retaliate promise pledge vow offer propose suggest note stress emphasise emphasize acknowledge admit/admitted confirm hail
    base s ed: praise protest object push press decide choose/chose expel/expelled summon recall deploy launch strike/struck attack invade
    base s ed: annex withdraw/withdrew
    s ed: indicate regard prefer/preferred wish need accept know/knew understand/understood
    ed: sanction signal
    ing: insist
  `),
]);

/** Nouns after a capital that make it the state's government ("the Kiev authorities", "Baku officials"). */
export const GOVERNMENT_NOUNS = words(`authorities government regime leadership officials administration side diplomats diplomacy policy
  establishment elites elite politicians hawks envoy envoys negotiators delegation delegations`);

/** Adverbs that may stand between a subject and its verb ("Moscow also said"). */
export const ADVERBS = words(`also now still already never again even reportedly previously recently repeatedly allegedly apparently clearly
  officially quickly firmly strongly openly publicly long not later earlier then often`);

/** Nouns of relations, pressure and stance: "<noun> from/with/on … <capital>" speaks of the state. */
export const STANCE_NOUNS = words(`pressure relations ties talks dialogue cooperation negotiations sanctions support criticism demands demand deal
  agreement agreements tensions tension rift dispute disputes row rapprochement partnership contacts contact signals signal message messages
  warning warnings threats threat response reaction request requests offer backing approval opposition objections accusations accusation
  complaints influence interference aid assistance funding orders instructions consent permission retaliation recognition condemnation
  protest protests calls call appeal ultimatum concessions concession proposal proposals position stance policy policies reply assurances
  guarantees commitment commitments pledge envoy envoys ally allies partner partners friends rivals rival enemy enemies conflict confrontation
  war rivalry hostility alliance mediation blessing overtures outreach engagement normalisation normalization reconciliation friction spat
  standoff feud clash clashes split loyalty dependence distance help backlash objection veto side`);

/** Prepositions that link a stance noun to a state ("pressure from", "talks with"). */
export const STANCE_PREPOSITIONS = words('from with against by toward towards to for on of over between among');

/** Prepositions: a capital after one is a place unless a stance noun comes first ("pressure from"). */
export const PREPOSITIONS = words(`in at to into from between with against by of for on over toward towards among via near across around through
  throughout inside outside within beyond across under above below past`);

/**
 * Words after which a capital opens a clause as its subject ("that Washington and Tokyo
 * coordinate"), including the auxiliaries of questions ("is Washington still committed").
 */
export const CLAUSE_STARTERS = words(`that and but or so while whereas whether if because although though when as since after before once unless
  until do does did how why where what now then meanwhile also both yet nor is are was were has have had will would can could should
  shall may might must`);

/** Words before a capital (or a list of them) that make it a place ("visits to", "in"). */
export const PLACE_WORDS = words(`in at to into near via from visit visits visited visiting around outside across throughout reach reached arrive
  arrived arrives landed flew fly flying travel travelled traveled trip trips return returned back toward towards`);

/** Verbs whose object, when a capital, is its state ("accused Kyiv", "urged Washington"). */
export const ACTS_ON_STATES: ReadonlySet<string> = verbForms(`
  base s ed ing: brief accuse urge warn blame tell/told anger provoke irritate
  base s ed: criticise criticize condemn sanction press pressure praise thank support back recognise recognize invite ask reassure
  base s ed: assure threaten punish lobby persuade convince remind join antagonise antagonize rebuke snub/snubbed appease defy confront
  base ed: bounce
`);

/** Nouns after "<capital>'s" that belong to the city, not the state ("Moscow's mayor"). */
export const CITY_NOUNS = words(`mayor city streets street suburbs suburb airport airports metro subway residents downtown skyline centre center
  districts district outskirts neighbourhoods neighborhoods neighbourhood neighborhood population traffic hotels hotel restaurants museums
  museum university universities theatre theater theatres theaters parks park stadium river port harbour harbor old historic main oldest
  largest biggest tallest famous best nightlife weather climate air inhabitants police zoo mosque mosques churches church cathedral squares
  square avenue boulevard bridges bridge buildings architecture city's mayor's`);

/** Second halves of "<capital>-…" compounds in which the capital is the state ("Moscow-backed"). */
export const AGENT_SUFFIXES = words(`backed led sponsored supported brokered imposed allied friendly aligned funded dominated controlled mediated
  engineered installed proposed drafted sanctioned approved initiated hosted armed trained financed`);

/**
 * States divided into a northern and a southern half that an account about them calls "the
 * North" and "the South" (ISO codes): each half with the other, its partner.
 */
export const DIVIDED_STATES: readonly { readonly north: string; readonly south: string }[] = [
  { north: 'KP', south: 'KR' },
  { north: 'SD', south: 'SS' },
];
