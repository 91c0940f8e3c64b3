/**
 * The small, general English lexicon the comparison uses: function words that carry no
 * content, the verbs a report uses to attribute speech (which a transcript never
 * contains, so they must not count against support), and groups of common words that
 * news writing substitutes for one another. Nothing here is specific to any text.
 */
import { stemmer } from 'stemmer';

/** Function words: never evidence of shared content. */
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

/**
 * Verbs and phrases a report uses to attribute words to someone ("X said", "according
 * to"): they say who speaks, not what was said, so they are not content to support.
 */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  (
    'say says said saying tell tells told telling add adds added adding stated stress stresses stressed noted ' +
    'explain explains explained recall recalls recalled according remarked claimed insist insisted ' +
    'emphasise emphasised emphasize emphasized underlined pointed quoted replied answered ' +
    'comment commented declare declared announce announced argue argued warn warned reporter reporters journalist journalists ' +
    'today yesterday tuesday monday wednesday thursday friday saturday sunday'
  ).split(/\s+/),
);

/**
 * Groups of general English words that news writing uses interchangeably. Each group
 * maps every member's stem to the stem of its first member.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['country', 'state', 'nation'],
  ['relation', 'ties', 'tie', 'relationship'],
  ['cooperation', 'collaboration', 'cooperate', 'collaborate'],
  ['intention', 'intent', 'desire', 'wish', 'willingness', 'aspiration', 'intend', 'want'],
  ['confirm', 'affirm', 'reaffirm', 'reconfirm', 'reiterate'],
  ['ceasefire', 'truce', 'armistice'],
  ['discuss', 'discussion', 'talk', 'talks', 'negotiate', 'negotiation', 'consult', 'consultation'],
  ['meeting', 'meet', 'summit'],
  ['buy', 'purchase', 'acquire', 'acquisition', 'bought'],
  ['help', 'assist', 'assistance', 'aid', 'relief'],
  ['give', 'provide', 'grant', 'supply', 'gave', 'given', 'provision'],
  ['begin', 'start', 'commence', 'launch', 'began', 'begun'],
  ['end', 'finish', 'conclude', 'conclusion'],
  ['big', 'large', 'major', 'huge'],
  ['important', 'significant', 'key', 'crucial', 'vital', 'essential'],
  ['increase', 'rise', 'grow', 'growth', 'rose', 'risen'],
  ['decrease', 'drop', 'fall', 'decline', 'reduce', 'reduction', 'fell', 'fallen'],
  ['show', 'demonstrate', 'prove', 'proven'],
  ['create', 'establish', 'found', 'form', 'set'],
  ['agree', 'agreement', 'consent', 'accord'],
  ['reject', 'refuse', 'refusal', 'rejection'],
  ['criticise', 'criticize', 'condemn', 'criticism', 'condemnation'],
  ['resolve', 'settle', 'solve', 'resolution', 'settlement', 'solution'],
  ['attack', 'strike', 'assault'],
  ['example', 'instance', 'case'],
  ['effort', 'attempt', 'endeavour', 'endeavor'],
  ['problem', 'issue', 'difficulty', 'matter'],
  ['goal', 'objective', 'aim', 'target', 'purpose'],
  ['threat', 'danger', 'risk', 'menace'],
  ['security', 'safety'],
  ['appreciate', 'praise', 'commend'],
  ['continue', 'continuing', 'continued', 'ongoing', 'persist'],
  ['pressure', 'coercion'],
  ['mutual', 'reciprocal', 'joint', 'common', 'shared'],
  ['develop', 'development', 'expand', 'expansion', 'advance', 'boost'],
  ['illegitimate', 'illegal', 'unlawful'],
  ['leader', 'head'],
  ['government', 'administration', 'authorities'],
  ['minister', 'secretary'],
  ['army', 'military', 'armed', 'forces'],
  ['weapon', 'arms', 'armament'],
  ['kill', 'killed', 'dead', 'death', 'deaths'],
  ['plan', 'programme', 'program', 'scheme'],
  ['sign', 'signed', 'signing'],
  ['journey', 'trip', 'visit', 'tour'],
  ['economic', 'economy', 'economics'],
  ['commerce', 'trade', 'commercial'],
  ['inevitable', 'unavoidable'],
  ['difference', 'disagreement', 'divergence', 'gap', 'differ'],
  ['monitor', 'monitoring', 'observe', 'observation', 'watch'],
  ['broad', 'wide', 'comprehensive', 'extensive'],
];

/** Stem of a folded word, as every comparison uses it. */
export function stemWord(norm: string): string {
  return stemmer(norm);
}

/** Stem of every synonym-group member → stem of the group's first member. */
export const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const head = stemWord(group[0]!);
    for (const word of group) {
      const stem = stemWord(word);
      if (!map.has(stem)) map.set(stem, head);
    }
  }
  return map;
})();
