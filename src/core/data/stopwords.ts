/**
 * Stop words: words that carry no content, in two lists for two comparisons.
 *
 * - `STOPWORDS`: the passage comparison (`../align/terms.ts`, `linkFindings.ts`) counts
 *   none of them as a shared word.
 * - `COUNTED_STOP_WORDS`: the statistics finder (`../annotators/statistics/find.ts`) ends what
 *   a number counts at one ("2 million tourists in Turkey" counts "tourists").
 *
 * Notes: the maintained stop-word packages (`stopwords-iso`, `stopword`, `stopwords-en`)
 * were weighed for `STOPWORDS` and not taken: none holds this list, which adds titles
 * ("mr", "sir"), answers ("yes", "oh") and the words of amounts, and leaves out words a
 * general list drops but a claim turns on; any of them would change what the comparison
 * links. Lower case; contractions with a straight apostrophe.
 */

/**
 * Function words: never evidence of shared content. With titles ("mr", "sir"), answers
 * ("yes", "oh") and the words of amounts ("million", "per cent"), which the figures
 * compare on their own.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after again against all almost along already also although always am among an and another any anyone anything ' +
    'are around as at be became because become been before being below between both but by can cannot could did do does doing done down ' +
    'during each either else ever every few for from further had has have having he her here hers herself him himself his how however i if in ' +
    'into is it its itself just least less let like many may me might mine more most much must my myself neither no nor not now of off often ' +
    'on once one only or other others otherwise our ours ourselves out over own per perhaps quite rather same shall she should since so some ' +
    'someone something still such than that the their theirs them themselves then there these they this those though through thus to too ' +
    'toward towards under until up upon us very via was we well were what whatever when where whether which while who whom whose why will ' +
    'with within without would yet you your yours yourself yourselves ' +
    "don't doesn't didn't won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't it's we're we've we'll " +
    "i'm i've i'd i'll they're they've that's there's let's he's she's " +
    'mr mrs ms dr sir madam yes oh etc thousand million billion trillion bn mn mln per cent percent'
  ).split(/\s+/),
);

/** Words that end the phrase a number counts ("6,000 lives in", "40% of the"). */
export const COUNTED_STOP_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'or', 'but', 'that', 'which', 'who', 'than', 'the', 'a', 'an', 'was',
  'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'over', 'since', 'after', 'before', 'this', 'its', 'their', 'his', 'her',
  'it', 'as', 'into', 'under', 'against', 'despite', 'during', 'when', 'while', 'where', 'not', 'last', 'next', 'this', 'per', 'each',
  'every', 'ago', 'so', 'far', 'within', 'across', 'among', 'between', 'through', 'around', 'about', 'up', 'down', 'out', 'off', 'amid',
  'via', 'beyond', 'near', 'toward', 'towards', 'until', 'because', 'if', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'be',
  'been',
]);
