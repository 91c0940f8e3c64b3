/**
 * The rule ids of src/core/data/ruleIds.ts: every automatic annotation of every fixture
 * account carries one from the list, of its own kind, and every id of the list fires on a
 * fixture or on one of the invented texts below (each with a near text where it must not).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createAnnotationService, type AnnotationSet } from '../../../src/core';
import { ANNOTATION_RULE_IDS, ANNOTATION_RULES, describeRule } from '../../../src/core/data/ruleIds';
import { ANNOTATION_KINDS, type AccountRole } from '../../../src/core/model/annotation';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');
const service = createAnnotationService();

/** Every `.txt` under `dir`, sorted. */
function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? textFiles(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : [])).sort();
}

/** The rule of the annotation of `kind` whose text is `text`, in `set` (undefined: none there). */
function ruleOf(set: AnnotationSet, kind: string, text: string): string | undefined {
  return set.annotations.find((a) => a.kind === kind && a.text === text)?.rule;
}

/**
 * Invented texts for the rules the fixtures do not reach: the text, the annotation the rule
 * must make (kind and text), and a near text where it must not make it.
 */
const INVENTED: readonly { rule: string; role: AccountRole; fires: string; kind: string; text: string; not: string }[] = [
  { rule: 'person/name-after-institution', role: 'report', fires: 'The Nordic Council Maria Lindqvist opened the session with a speech on fisheries.', kind: 'person', text: 'Maria Lindqvist', not: 'The Nordic Council opened the session with a speech on fisheries.' },
  { rule: 'person/possessive-before-remarks', role: 'report', fires: "Delacroix's remarks were welcomed by the delegates at the summit on Monday.", kind: 'person', text: 'Delacroix', not: "Delacroix's harbour was crowded with delegates at the summit on Monday." },
  { rule: 'person/attributive-use', role: 'report', fires: 'Observers criticised the Morvath regime for its handling of the protests in the spring.', kind: 'person', text: 'Morvath', not: 'Observers criticised the Morvath harbour for its handling of the ships in the spring.' },
  { rule: 'claim/in-his-words', role: 'report', fires: 'Anna Voss spoke on Monday. In her words, the budget would not grow again this year.', kind: 'claim', text: 'the budget would not grow again this year', not: 'Anna Voss spoke on Monday. In other words, the budget would not grow again this year.' },
  { rule: 'claim/as-said', role: 'report', fires: 'As Anna Voss said, the budget would not grow again this year.', kind: 'claim', text: 'the budget would not grow again this year', not: 'As Anna Voss arrived, the budget would not grow again this year.' },
  { rule: 'country/capital-in-compound', role: 'report', fires: 'Officials said the Peru-Ottawa channel was restored after the long dispute over tariffs.', kind: 'country', text: 'Ottawa', not: 'Officials said the channel to Ottawa was restored after the long dispute over tariffs.' },
  { rule: 'country/divided-state-half', role: 'report', fires: 'South Korea said on Monday that the North had fired two missiles into the sea.', kind: 'country', text: 'North', not: 'South Korea said on Monday that the North Atlantic fleet had sailed into the sea.' },
  { rule: 'claim/said-at-sentence-end', role: 'report', fires: 'The two states agreed to take “swift and decisive action” against any attack, Minister Anna Voss said on Monday.', kind: 'claim', text: 'swift and decisive action', not: 'The plan for “swift and decisive action” was dropped, Anna Voss said, because it cost too much.' },
  { rule: 'claim/headline-saying', role: 'report', fires: 'Mayor Anna Voss calls tolls ‘unfair’ in harbour row\n\nThe mayor met the council on Monday.', kind: 'claim', text: 'tolls ‘unfair’ in harbour row', not: 'Mayor Anna Voss visits harbour in toll row\n\nThe mayor met the council on Monday.' },
  { rule: 'claim/speaker-colon-after-claim', role: 'report', fires: 'Harbour tolls will not rise before the winter: Voss\n\nMayor Anna Voss met the council on Monday.', kind: 'claim', text: 'Harbour tolls will not rise before the winter', not: 'Harbour tolls and the winter: a guide\n\nMayor Anna Voss met the council on Monday.' },
  { rule: 'claim/speaker-colon-before-quote', role: 'report', fires: 'Minister Anna Voss: “We will not raise taxes this year, whatever happens.”', kind: 'claim', text: 'We will not raise taxes this year, whatever happens.', not: 'The headline: “We will not raise taxes this year, whatever happens.”' },
  { rule: 'claim/reported-speech-after-listener', role: 'report', fires: 'Mayor Anna Voss told the harbour council she hoped the new bridge would open in May.', kind: 'claim', text: 'she hoped the new bridge would open in May', not: 'Mayor Anna Voss told the harbour council about the new bridge and its opening in May.' },
  { rule: 'claim/according-to-before-quote', role: 'report', fires: 'Anna Voss spoke on Monday. According to Voss, the plan is “a serious step for the whole region” and must pass soon.', kind: 'claim', text: 'a serious step for the whole region', not: 'Anna Voss spoke on Monday. According to her the plan is “a serious step for the whole region” and must pass soon.' },
  { rule: 'turn/answer-after-question', role: 'transcript', fires: 'MINISTER VOSS:\n\nWe open the pier today.\n\nJOURNALIST:\n\nMinister Voss, will the ferry start in spring?\n\nIt will, if the weather holds.', kind: 'turn', text: 'It will, if the weather holds.', not: 'MINISTER VOSS:\n\nWe open the pier today.\n\nJOURNALIST:\n\nMinister Voss, will the ferry start in spring?\n\nAnd will it run in winter?' },
];

/** A transcript naming a prime minister only in its labels, and a report naming her by office alone. */
const HOLDER_ELSEWHERE = {
  transcript: 'PRIME MINISTER ANNA VOSS: We will not raise taxes this year, whatever the opposition says.\n\nQUESTION: Will you raise taxes?\n\nPRIME MINISTER ANNA VOSS: No, we will not.',
  report: 'The prime minister said on Monday that taxes would not rise this year.',
};

test('rule ids', async (t) => {
  const fired = new Set<string>();

  await t.test('should list kebab-case ids of an annotation kind, each with a one-line description', () => {
    assert.ok(ANNOTATION_RULE_IDS.length > 0);
    for (const id of ANNOTATION_RULE_IDS) {
      assert.match(id, /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, id);
      assert.ok((ANNOTATION_KINDS as readonly string[]).includes(id.split('/')[0]!), `${id}: not an annotation kind`);
      const line = ANNOTATION_RULES[id];
      assert.ok(line.length > 10 && !line.includes('\n'), `${id}: description`);
      assert.equal(describeRule(id), line);
    }
    assert.equal(describeRule('claim/not-a-rule'), undefined);
    assert.equal(describeRule('toString'), undefined);
  });

  await t.test('should give every annotation of every fixture account a listed rule of its kind', () => {
    const sets: AnnotationSet[] = textFiles(fixtures).map((f) => service.analyzeAccount(fs.readFileSync(f, 'utf8'), { uri: `file:///${path.relative(fixtures, f)}` }));
    // the align pairs, analysed together: role nominals resolve across accounts
    const alignDir = path.join(fixtures, 'align');
    for (const pair of fs.readdirSync(alignDir).sort()) {
      const texts = textFiles(path.join(alignDir, pair));
      sets.push(service.annotateAccounts(texts.map((f) => ({ uri: `file:///${pair}/${path.basename(f)}`, text: fs.readFileSync(f, 'utf8') }))));
    }
    let count = 0;
    for (const set of sets) {
      for (const a of set.annotations) {
        count++;
        assert.ok(a.rule !== undefined && describeRule(a.rule) !== undefined, `${set.documents[0]!.uri} ${a.kind} “${a.text.slice(0, 40)}”: rule ${a.rule}`);
        assert.equal(a.rule.split('/')[0], a.kind, `${a.rule} on a ${a.kind}`);
        fired.add(a.rule);
      }
    }
    assert.ok(count > 1000, `only ${count} annotations: fixtures missing?`);
  });

  for (const c of INVENTED) {
    await t.test(`should find by ${c.rule} where it applies, and not in a near text`, () => {
      const rule = ruleOf(service.analyzeAccount(c.fires, { uri: 'file:///invented.txt', role: c.role }), c.kind, c.text);
      assert.equal(rule, c.rule);
      fired.add(rule);
      const near = service.analyzeAccount(c.not, { uri: 'file:///invented.txt', role: c.role });
      assert.ok(!near.annotations.some((a) => a.rule === c.rule), `${c.rule} fired on “${c.not}”`);
    });
  }

  await t.test('should find by person/role-nominal-holder-elsewhere a role the other account names', () => {
    const set = service.annotateAccounts([
      { uri: 'file:///transcript.txt', text: HOLDER_ELSEWHERE.transcript },
      { uri: 'file:///report.txt', text: HOLDER_ELSEWHERE.report },
    ]);
    assert.equal(ruleOf(set, 'person', 'The prime minister'), 'person/role-nominal-holder-elsewhere');
    fired.add('person/role-nominal-holder-elsewhere');
    // the report alone: no holder to find
    const alone = service.analyzeAccount(HOLDER_ELSEWHERE.report, { uri: 'file:///report.txt' });
    assert.equal(ruleOf(alone, 'person', 'The prime minister'), undefined);
  });

  await t.test('should find by turn/speaker-from-report the one person a report credits with a statement\'s words', () => {
    const statement = 'Remarks to the Press on the New Pier\n\nGood morning. I am glad that we can open the new pier today.\n\nWe have worked on it for three years, and I thank every builder.\n\nOur town will now welcome the ferry from the islands every week.\n';
    const quotes = ['“I am glad that we can open the new pier today,” Anna Voss said.', '“Our town will now welcome the ferry from the islands every week,” she added.'];
    const turnRule = (report: string) => service.annotateAccounts([{ uri: 'file:///transcript.txt', text: statement }, { uri: 'file:///report.txt', text: report }]).annotations.find((a) => a.kind === 'turn')?.rule;
    assert.equal(turnRule(quotes.join(' ')), 'turn/speaker-from-report');
    fired.add('turn/speaker-from-report');
    // one quote: no evidence enough
    assert.equal(turnRule(quotes[0]!), 'turn/unlabelled-statement');
  });

  await t.test('should fire every listed rule on a fixture or an invented text', () => {
    assert.deepEqual(ANNOTATION_RULE_IDS.filter((id) => !fired.has(id)), []);
  });
});
