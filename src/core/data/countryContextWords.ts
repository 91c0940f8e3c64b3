/**
 * The English word lists behind the context rules of the country annotator
 * (`../annotators/countries.ts`): general language, lower case, no names from any text.
 */

/** Words of a paragraph about US domestic politics (for "Georgia" the state). */
export const US_STATE_CUES = /(?<![\p{L}])(?:Atlanta|Savannah|Augusta|governor|Governor|Gov\.|county|County|Senate|senator|Senator|Republicans?|Democrats?|GOP|Peach State|primary|runoff|Braves|Bulldogs|Fulton|U\.S\. state|US state)(?![\p{L}])/u;

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that may stand right before a country without being part of a name. */
export const FUNCTION_WORDS = words(`the a an both but and or nor neither either meanwhile today yesterday tomorrow now while if when as since
  although though so yet then also only even because unlike like with without for from in on at by to of after before under over between
  against despite whether where why how what which that this these those all does did is was were are has have had will would can could
  should may might must shall once until whereas however still last next recently earlier later thus hence indeed instead here there every
  each no not many most some any such who whom whose among across within beyond through via toward towards during outside inside amid
  around about above below near per upon onto into off be been do let please thank thanks yes well oh i we you they he she it our their his
  her its my your monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december according regarding concerning including unlike says said question answer q a note`);

/** Titles abbreviated with a period before a name ("Mr. Holland", "Gen. Jordan"). */
export const ABBREVIATED_TITLES = words('mr mrs ms dr prof gen sen rep gov lt col capt sgt cpl adm maj amb hon rev fr sr jr st');

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
export const STATE_VERBS = words(`face faces faced say says said has have had is was were will would could should can cannot may might must does did doesn't didn't
  hasn't haven't won't wouldn't isn't wasn't aren't want wants wanted insist insists insisted believe believes believed claim claims
  claimed consider considers considered deny denies denied accuse accuses accused warn warns warned urge urges urged demand demands
  demanded reject rejects rejected hope hopes hoped fear fears feared see sees saw view views viewed expect expects expected announce
  announces announced respond responds responded refuse refuses refused agree agrees agreed support supports supported back backs backed
  oppose opposes opposed impose imposes imposed threaten threatens threatened sanctioned call calls called send sends sent sign signs
  signed recognise recognises recognised recognize recognizes recognized condemn condemns condemned welcome welcomes welcomed criticise
  criticises criticised criticize criticizes criticized blame blames blamed argue argues argued maintain maintains maintained declare
  declares declared intend intends intended plan plans planned seek seeks sought try tries tried continue continues continued appear
  appears appeared seem seems seemed remain remains remained react reacts reacted retaliate retaliates retaliated promise promises
  promised pledge pledges pledged vow vows vowed offer offers offered propose proposes proposed suggest suggests suggested note notes
  noted stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized acknowledge acknowledges acknowledged
  admit admits admitted confirm confirms confirmed hail hails hailed praise praises praised protest protests protested object objects
  objected push pushes pushed press presses pressed decide decides decided choose chooses chose expel expels expelled summon summons
  summoned recall recalls recalled deploy deploys deployed launch launches launched strike strikes struck attack attacks attacked invade
  invades invaded annex annexes annexed withdraw withdraws withdrew insisting appears responded signalled signaled indicated indicates
  regards regarded prefers preferred wishes wished needs needed knows knew understands understood accepts accepted`);

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
export const ACTS_ON_STATES = words(`brief briefs briefed briefing bounce bounced accuse accuses accused accusing urge urges urged urging warn warns warned warning blame blames blamed blaming
  criticise criticises criticised criticize criticizes criticized condemn condemns condemned sanction sanctions sanctioned press presses
  pressed pressure pressures pressured praise praises praised thank thanks thanked support supports supported back backs backed recognise
  recognises recognised recognize recognizes recognized invite invites invited ask asks asked reassure reassures reassured assure assures
  assured threaten threatens threatened punish punishes punished lobby lobbies lobbied persuade persuades persuaded convince convinces
  convinced remind reminds reminded told tell tells telling join joins joined anger angers angered angering provoke provokes provoked
  provoking irritate irritates irritated irritating antagonise antagonises antagonised antagonize antagonizes antagonized rebuke
  rebukes rebuked snub snubs snubbed appease appeases appeased defy defies defied confront confronts confronted`);

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
