import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHoverMarkdown, diffMarkdown, type HoverAccount } from '../../../src/extension/hoverContent';
import { CONTEXT_SET, QUOTE_1, QUOTE_2, REPORT, SET, STAT, TRANSCRIPT } from './fixtureSet';

const report: HoverAccount = { docId: 'd1', name: 'report.txt', uri: 'file:///w/report.txt', text: REPORT };
const hearing: HoverAccount = { docId: 'd2', name: 'hearing.txt', uri: 'file:///w/hearing.txt', text: TRANSCRIPT };

test('hover markdown', async (t) => {
  await t.test('should describe a person with aliases, mentions per account and claims', () => {
    const h = buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: REPORT.indexOf('Ingrid') + 2 })!;
    assert.match(h.markdown, /\*\*Ingrid Halvorsen\*\* — person, speaker/);
    assert.match(h.markdown, /Also written: “Halvorsen”, “INGRID HALVORSEN”/);
    assert.match(h.markdown, /Mentions: 2 in report\\\.txt · 0 in hearing\\\.txt/);
    assert.match(h.markdown, /Claims attributed: 2 in report\\\.txt · 2 in hearing\\\.txt/);
  });
  await t.test('should describe a country with its flag and ISO code, and only say which claim holds it', () => {
    const h = buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: REPORT.indexOf('Peru') + 1 })!;
    assert.match(h.markdown, /🇵🇪 \*\*Peru\*\* `PE` — country/);
    assert.match(h.markdown, /Mentions: 1 in report\\\.txt · 1 in hearing\\\.txt/);
    assert.match(h.markdown, /_In a quote: hover its other words for its counterpart\._/);
    assert.doesNotMatch(h.markdown, /\*\*Quote\*\* by|Wording|---/, 'one thing per hover: not the quote too');
    assert.deepEqual([h.start, h.end], [REPORT.indexOf('Peru'), REPORT.indexOf('Peru') + 4]);
  });
  await t.test('should show match, fidelity, the diff legend and then the word diff in place of the passage', () => {
    const h = buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: QUOTE_2.start + 3 })!;
    assert.match(h.markdown, /\*\*Close\*\* match in hearing\\\.txt \(score 0\.70, fidelity 50%\)/);
    // Report against transcript, as in the panel: −struck only in the transcript, +bold only in the report;
    // the legend first, so that a hover cut at VS Code's height only loses the diff's tail.
    assert.match(h.markdown, /_Report vs transcript:_ −~~struck~~ said, not in the report · \+\*\*bold\*\* in the report, not said {2}\n> −~~frank~~ \+\*\*productive\*\* and −~~productive~~ \+\*\*frank\*\*$/);
    assert.doesNotMatch(h.markdown, /They were frank and productive/, 'the diff holds the passage\'s words: no second copy');
    assert.ok(h.markdown.split('\n').length <= 4, h.markdown);
    assert.match(h.markdown.split('\n')[0]!, /command:transcriptAnnotator\.goToCounterpart\?.*Show in Panel/, 'the links come first, where the hover never cuts them');
    const args = JSON.parse(decodeURIComponent(h.markdown.match(/showCrossReferences\?([^)]*)\)/)![1]!));
    assert.deepEqual(args, [{ uri: 'file:///w/report.txt', offset: QUOTE_2.start }]);
  });
  await t.test('should say an unsupported claim is not found in the other file', () => {
    const h = buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: STAT.start + 2 })!;
    assert.match(h.markdown, /Not found in hearing\\\.txt/);
    assert.doesNotMatch(h.markdown, /goToCounterpart/);
  });
  await t.test('should give an unsupported claim its nearest passage with its similarity, escaped', () => {
    const at = TRANSCRIPT.indexOf('They were frank');
    const nearest = { document: 'd2', start: at, end: at + 'They were frank and productive.'.length, score: 0.234 };
    const set = { ...SET, unmatched: SET.unmatched.map((u) => ({ ...u, nearest })) };
    const h = buildHoverMarkdown({ set, here: report, other: hearing, offset: STAT.start + 2 })!;
    assert.match(h.markdown, /Not found in hearing\\\.txt\*\*: no passage there supports it\. {2}\nNearest: “They were frank and productive\\\.” \(similarity 23%\)/);
  });
  await t.test('should say a claim not confirmed by the transcript with its nearest passage, document text escaped, and no warning', () => {
    const at = TRANSCRIPT.indexOf('They were frank');
    const nearest = { document: 'd2', start: at, end: at + 'They were frank and productive.'.length, score: 0.31 };
    const set = { ...SET, unmatched: [], unconfirmed: [{ document: 'd1', start: STAT.start, end: STAT.end, annotation: STAT.id, nearest }] };
    const h = buildHoverMarkdown({ set, here: report, other: hearing, offset: STAT.start + 2 })!;
    assert.match(h.markdown, /\$\(question\) \*\*Not confirmed by the transcript\*\*; nearest: “They were frank and productive\\\.” \(similarity 31%\)/);
    assert.doesNotMatch(h.markdown, /Not found|\$\(warning\)|Not cross-referenced/);
    // Document text is data: Markdown and HTML in it are escaped.
    const evil = `${TRANSCRIPT.slice(0, at)}*[x](command:rm)* <img src=x>${TRANSCRIPT.slice(at)}`;
    const shifted = { ...set, unconfirmed: [{ ...set.unconfirmed[0]!, nearest: { ...nearest, start: at, end: at + 30 } }] };
    const e = buildHoverMarkdown({ set: shifted, here: report, other: { ...hearing, text: evil }, offset: STAT.start + 2 })!;
    assert.match(e.markdown, /nearest: “\\\*\\\[x\\\]\\\(command\\:rm\\\)\\\* \\<img src\\=x\\>/);
  });
  await t.test('should hover a plain statement that is not confirmed (not quiet)', () => {
    const at = TRANSCRIPT.indexOf('They were frank');
    const nearest = { document: 'd2', start: at, end: at + 10, score: 0.2 };
    const annotations = SET.annotations.map((a) => (a.id === STAT.id ? { ...a, claimType: 'statement' as const } : a));
    const set = { ...SET, annotations, unmatched: [], unconfirmed: [{ document: 'd1', start: STAT.start, end: STAT.end, annotation: STAT.id, nearest }] };
    assert.match(buildHoverMarkdown({ set, here: report, other: hearing, offset: STAT.start + 2 })?.markdown ?? '', /Not confirmed by the transcript/);
  });
  await t.test('should say context is not from this event, without the warning of an unsupported claim', () => {
    const h = buildHoverMarkdown({ set: CONTEXT_SET, here: report, other: hearing, offset: STAT.start + 2 })!;
    assert.match(h.markdown, /_Context, not from this event: hearing\\\.txt does not say it/);
    assert.doesNotMatch(h.markdown, /Not found|\$\(warning\)/);
  });
  await t.test('should speak of a context statement that nothing links to', () => {
    const set = { ...CONTEXT_SET, annotations: CONTEXT_SET.annotations.map((a) => (a.id === STAT.id ? { ...a, claimType: 'statement' as const } : a)) };
    assert.match(buildHoverMarkdown({ set, here: report, other: hearing, offset: STAT.start + 2 })!.markdown, /not from this event/);
  });
  await t.test('should show the report side when hovering the transcript passage', () => {
    const h = buildHoverMarkdown({ set: SET, here: hearing, other: report, offset: TRANSCRIPT.indexOf('double') })!;
    assert.match(h.markdown, /\*\*Close\*\* match in report\\\.txt/);
    // Hovered from the transcript, the diff still reads report against transcript: "our" was said, not reported.
    assert.match(h.markdown, /> will double −~~our~~ aid to Peru/);
  });
  await t.test('should show the counterpart passage when the wording is the same', () => {
    const set = { ...SET, crossReferences: SET.crossReferences.map((x) => ({ ...x, diff: undefined })) };
    const h = buildHoverMarkdown({ set, here: report, other: hearing, offset: QUOTE_2.start + 3 })!;
    assert.match(h.markdown, /> They were frank and productive\\\./);
    assert.doesNotMatch(h.markdown, /Report vs transcript/);
  });
  await t.test('should escape document text', () => {
    const hostile = '[x](command:evil) <img src=x onerror=alert(1)> *b* `c`';
    const here = { ...report, text: hostile };
    const set = { ...SET, crossReferences: [], unmatched: [], annotations: [{ ...QUOTE_1, start: 0, end: hostile.length, text: hostile }] };
    const other = { ...hearing };
    const h = buildHoverMarkdown({ set, here, other, offset: 1 })!;
    assert.ok(!h.markdown.includes('[x](command:evil)'));
    assert.ok(!h.markdown.includes('<img'));
  });
  await t.test('should show the reviewer\'s verdict and note, escaped', () => {
    const hostile = '[x](command:evil) <img src=x onerror=alert(1)> *b*';
    const set = { ...SET, annotations: SET.annotations.map((a) => (a.start === QUOTE_2.start && a.kind === 'claim' ? { ...a, review: { verdict: 'misquoted', note: hostile, creator: 'Dana <b>' } } : a)) };
    const h = buildHoverMarkdown({ set, here: report, other: hearing, offset: QUOTE_2.start + 3 })!;
    assert.match(h.markdown, /\$\(pass\) Verdict: \*\*misquoted\*\* — Dana/);
    assert.match(h.markdown, /\$\(note\) Note: /);
    const first = h.markdown.split('\n')[0]!;
    assert.match(first, /\[Change Verdict…\]\(command:transcriptAnnotator\.setVerdict\?/);
    assert.match(first, /\[Edit Note…\]\(command:transcriptAnnotator\.addNote\?/);
    assert.deepEqual(JSON.parse(decodeURIComponent(first.match(/setVerdict\?([^)]*)\)/)![1]!)), [{ uri: 'file:///w/report.txt', offset: QUOTE_2.start }]);
    assert.ok(!h.markdown.includes('[x](command:evil)'));
    assert.doesNotMatch(h.markdown, /(^|[^\\])<(img|b)/, 'no unescaped HTML');
    assert.doesNotMatch(buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: QUOTE_2.start + 3 })!.markdown, /Verdict:/);
  });
  await t.test('should describe the speaker on a turn label', () => {
    const h = buildHoverMarkdown({ set: SET, here: hearing, other: report, offset: 3 })!;
    assert.match(h.markdown, /\*\*Ingrid Halvorsen\*\* — person, speaker/);
    assert.deepEqual([h.start, h.end], [0, 'INGRID HALVORSEN'.length]);
  });
  await t.test('should end with the rule that found the annotation, quietly', () => {
    const ruled = (rule: string) => ({ ...SET, annotations: SET.annotations.map((x) => ({ ...x, rule })) });
    const quote = buildHoverMarkdown({ set: ruled('claim/said-after-quote'), here: report, other: hearing, offset: QUOTE_2.start + 3 })!;
    assert.ok(quote.markdown.endsWith('  \n_found by: `claim/said-after-quote`_'), quote.markdown);
    const person = buildHoverMarkdown({ set: ruled('person/title-before-name'), here: report, other: hearing, offset: REPORT.indexOf('Ingrid') + 2 })!;
    assert.ok(person.markdown.endsWith('  \n_found by: `person/title-before-name`_'), person.markdown);
    // on a label: the turn's rule
    const label = buildHoverMarkdown({ set: ruled('turn/speaker-label'), here: hearing, other: report, offset: 3 })!;
    assert.ok(label.markdown.endsWith('_found by: `turn/speaker-label`_'), label.markdown);
    // a rule id from a hand-edited file cannot break out of its code span
    assert.ok(buildHoverMarkdown({ set: ruled('x`](command:evil) <b>'), here: report, other: hearing, offset: QUOTE_2.start + 3 })!.markdown.endsWith('_found by: `xcommandevilb`_'));
  });
  await t.test('should say a hand annotation was added by hand, with no rule', () => {
    const set = { ...SET, annotations: SET.annotations.map((x) => (x.kind === 'country' ? { ...x, origin: 'hand' as const } : { ...x, rule: 'claim/said-after-quote' })) };
    const country = buildHoverMarkdown({ set, here: report, other: hearing, offset: REPORT.indexOf('Norway') + 1 })!;
    assert.ok(country.markdown.endsWith('  \n_added by hand_'), country.markdown);
    assert.doesNotMatch(country.markdown, /found by/);
  });
  await t.test('should add no origin line to annotations from files before rule ids', () => {
    assert.doesNotMatch(buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: QUOTE_2.start + 3 })!.markdown, /found by|by hand/);
  });
  await t.test('should stay quiet on a statement nothing links to', () => {
    const set = { ...SET, crossReferences: [] };
    assert.equal(buildHoverMarkdown({ set, here: hearing, other: report, offset: TRANSCRIPT.indexOf('double') }), undefined);
  });
  await t.test('should give nothing where nothing is annotated', () => {
    assert.equal(buildHoverMarkdown({ set: SET, here: report, other: hearing, offset: REPORT.indexOf('next year') + 2 }), undefined);
  });
  await t.test('should render every diff operation', () => {
    assert.equal(diffMarkdown([{ op: 'kept', report: 'a', transcript: 'a' }, { op: 'added', report: 'b' }, { op: 'dropped', transcript: 'c' }, { op: 'changed', report: 'd', transcript: 'e' }]), 'a +**b** −~~c~~ −~~e~~ +**d**');
  });
  await t.test('should cut a long diff', () => {
    const long = Array.from({ length: 30 }, (_, i) => ({ op: 'changed' as const, report: `r${i} r`, transcript: `t${i} t` }));
    const md = diffMarkdown(long, 20);
    assert.ok(md.endsWith('…'));
    assert.ok(!md.includes('r15'));
  });
});
