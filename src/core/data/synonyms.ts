/**
 * Near-synonyms of general news English that a report puts in place of the words said
 * ("ties" for "relations", "truce" for "ceasefire"). Nothing here is specific to any text.
 * The paraphrase list (`paraphrases.ts`) is the larger, generated counterpart.
 */

/**
 * Groups of general English words that news writing uses interchangeably. The comparison
 * (`../align/lexicon.ts`, `SYNONYM_STEMS`) maps every member's stem to the stem of its
 * first member, so members are written in any one form; the stemmer finds the others.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
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
  ['opportunity', 'window'],
  ['close', 'tight'],
  ['commitment', 'pledge', 'vow'],
];
