/**
 * Closed-class words (determiners, pronouns, prepositions, conjunctions) and the common
 * words that behave like them at the start of a sentence, in lists named for the question
 * each answers. Lower case.
 */

/**
 * Function and common words that start sentences with a capital letter but are never part
 * of a name ("During", "Following", "We"). Checked on a sequence's first word.
 * The country annotator has its own list for the words beside a country
 * (`COUNTRY_NON_NAME_NEIGHBOURS` in `countryContextWords.ts`).
 */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set([
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

/** Determiners before a role that make it a nominal for a person ("the", "his Turkish counterpart"): `../annotators/nominals/find.ts`. */
export const NOMINAL_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our']);

/** Determiners of a role noun standing for a person ("the minister said"): `../annotators/attribution/find.ts`. */
export const PERSON_ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her']);

/** Lower-case words a title-case heading keeps ("Press Conference of the Prime Minister and the President"): `../annotators/speakerLabels/find.ts`. */
export const HEADING_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'from', 'after', 'before', 'during', 'between',
]);

/**
 * Determiners that open a noun phrase, not a verb, after "to" ("to the border" is no
 * infinitive): `../annotators/countries/find.ts`.
 */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * Words after which a capitalised "-ing" word is a headline's verb, not a name's part
 * ("Minister Ode Visiting a School"): `../annotators/persons/find.ts`.
 */
export const HEADLINE_OBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'new', 'more']);
