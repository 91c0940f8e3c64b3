/**
 * The rules that make automatic annotations: one stable id per branch of the annotators
 * (`annotators/<kind>/`, their unit pass `find.ts` and their account pass `resolve.ts`) that
 * can make an annotation, with a one-line description of what the rule recognises. Every
 * automatic annotation carries the id of the rule that made it (`Annotation.rule`); the
 * hover shows it ("found by: …"), the JSON export writes it, and
 * `test/unit/data/ruleIds.test.ts` checks that each annotation of the fixtures has one from
 * this list and that each id here fires somewhere.
 *
 * Ids are `<kind>/<what-the-rule-recognises>`, kebab-case, and stable: renaming one changes
 * exported files, so add a new id rather than reuse an old one for another branch. Hand
 * annotations have no rule id.
 */
export const ANNOTATION_RULES = {
  // persons (annotators/persons/find.ts, persons/resolve.ts, nominals/resolve.ts)
  'person/title-before-name': 'a capitalised name after a title or honorific ("Foreign Minister …", "Mr. …")',
  'person/name-after-institution': "a name opening with a given name right after an institution's name",
  'person/given-name': 'two or three capitalised words opening with a known given name',
  'person/apposition': 'a name in apposition with a role noun ("his counterpart, …")',
  'person/title-after-name': 'a name followed by its title (", the foreign minister")',
  'person/name-with-saying-verb': 'a name as the subject of a verb of saying ("… said", "said …")',
  'person/attributive-use': 'a name used as an attribute of a word only people take ("the … regime")',
  'person/possessive-before-remarks': 'a possessive name before "remarks" or the like',
  'person/byline': 'a name in a byline or credit line ("By …", "Reporting by …")',
  'person/capitalised-name': 'capitalised words with no evidence of their own, a person because another mention of the same name has some',
  'person/speaker-label': "the name in a transcript's speaker label (\"MS. …:\")",
  'person/role-nominal-same-country': 'a role nominal ("the Russian top diplomat") for the person of that country and role named nearest',
  'person/role-nominal-unique-role': 'a role nominal without a country for the one person of the account with that role',
  'person/role-nominal-holder-elsewhere': 'a role nominal for the one holder of the role the other accounts name',
  // countries (annotators/countries/find.ts)
  'country/name': "a country's name or official name",
  'country/abbreviation': 'a country abbreviation, case-sensitive ("US", "UK")',
  'country/demonym': 'a demonym or adjective of a country ("Russian", "Turkish")',
  'country/capital-for-state': 'a capital standing for its state (possessive, subject of a verb, after a noun of relations, beside another state)',
  'country/capital-in-compound': 'a capital as the second half of a compound of states ("US-…")',
  'country/divided-state-half': '"the North" or "the South" for a half of a divided state the account names',
  // claims (annotators/claims/find.ts)
  'claim/said-after-quote': 'a quotation followed by its verb of saying ("“…,” she said")',
  'claim/speaker-colon-before-quote': 'a quotation after a name and a colon ("…: “…”")',
  'claim/headline-saying': 'the words after a verb of saying in the present in a headline ("Voss warns tolls will rise")',
  'claim/speaker-colon-after-claim': 'a paragraph ending in a colon and a name, as headlines credit words ("Taxes will not rise: Voss")',
  'claim/said-before-quote': 'a quotation after a verb of saying in its sentence ("she said: “…”")',
  'claim/said-at-sentence-end': 'a quotation in a clause that its sentence attributes at the end ("… take “swift” action, she said.")',
  'claim/according-to-before-quote': 'a quotation after "according to …" in its sentence',
  'claim/quote-resumed-after-attribution': 'the part of a quotation after the attribution that splits it ("“…,” she said. “…”"), the same speaker’s',
  'claim/unattributed-quote': 'a quotation of three words or more with no verb of saying beside it',
  'claim/according-to': 'reported speech after "According to …,"',
  'claim/in-his-words': 'reported speech after "In his words," or "In her words,"',
  'claim/as-said': 'reported speech after "As … said,"',
  'claim/reported-speech-that': 'the clause after a verb of saying and "that" ("… said that …")',
  'claim/reported-speech-clause': 'the clause right after a verb of saying, without "that"',
  'claim/reported-speech-after-listener': 'the clause after a verb of saying, its listener and a subject pronoun ("told reporters he would …")',
  'claim/said-after-clause': 'a clause followed by its verb of saying at the end of the sentence ("…, she said.")',
  'claim/turn-statement': "a sentence of four words or more in a transcript's turn, the speaker's own",
  'claim/report-statement': "a sentence of five words or more in a report, the reporter's own",
  'claim/statistic': 'a figure: a number with its unit, a percentage, an amount',
  // turns (annotators/turns/find.ts; align/statementSpeaker.ts for the pair's evidence)
  'turn/speaker-label': 'the words from a speaker label to the next label',
  'turn/opening-statement': 'the words before the first label, under a title naming the speaker',
  'turn/unlabelled-statement': "a transcript without labels: one speaker's statement under an event title",
  'turn/answer-after-question-summary': 'in a transcript without labels, the answer after a summary of a question',
  'turn/question-summary': 'a summary of a question in parentheses on its own line',
  'turn/answer-after-question': "an answer with no label after a questioner's question, spoken by the one speaker the question names",
  'turn/speaker-from-report': "a transcript's one unlabelled statement, its speaker named nowhere in it: the person the report credits with the claims linked to it (two or more, none credited to another)",
} as const satisfies Readonly<Record<string, string>>;

/** The id of a rule that makes annotations (see `ANNOTATION_RULES`). */
export type AnnotationRule = keyof typeof ANNOTATION_RULES;

/** Every rule id, in the order of `ANNOTATION_RULES`. */
export const ANNOTATION_RULE_IDS = Object.keys(ANNOTATION_RULES) as readonly AnnotationRule[];

/** The one-line description of rule `id`, or undefined for an id not in the list (a file from a later version). */
export function describeRule(id: string): string | undefined {
  return Object.hasOwn(ANNOTATION_RULES, id) ? ANNOTATION_RULES[id as AnnotationRule] : undefined;
}
