/**
 * The property of issue 16: a sentence that stands near-verbatim in the transcript is
 * never missed and never called unsupported. Pairs are generated from our own vocabulary:
 * a transcript of a briefing, and a report that copies some of its sentences with the
 * noise of real reporting — hard wraps, changed punctuation, "and"/"but" openers, quotes
 * with an attribution, reported speech with its person and tense shifts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotationService } from '../../../src/core/index';

const SUBJECTS = ['We', 'Our ministry', 'The council', 'My government', 'Our two countries'] as const;
/** Verb phrases by tense: present/future as said, and the same in reported speech. */
const VERBS: readonly (readonly [string, string])[] = [
  ['will open', 'would open'],
  ['have signed', 'had signed'],
  ['will fund', 'would fund'],
  ['are building', 'were building'],
  ['will not accept', 'would not accept'],
  ['have agreed to expand', 'had agreed to expand'],
  ['cannot support', 'could not support'],
  ['will inspect', 'would inspect'],
];
const ADJECTIVES = ['northern', 'coastal', 'new', 'regional', 'mountain', 'river', 'eastern', 'rural', 'joint', 'small'];
const NOUNS = ['harbour', 'railway', 'clinic', 'hydropower plant', 'grain terminal', 'border crossing', 'fishing fleet', 'school network', 'cable factory', 'training centre', 'water pipeline', 'steel mill'];
const TAILS = ['by the end of next year', 'with our partners in the region', 'before the winter', 'in three provinces', 'for the families who live there', 'under the new treaty', 'as soon as the money arrives', ''];

interface Said {
  /** The sentence as the transcript has it. */
  readonly said: string;
  /** The same claim in reported speech ("he said that they would …"). */
  readonly reported: string;
}

const sentenceArb: fc.Arbitrary<Said> = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...ADJECTIVES), fc.constantFrom(...NOUNS), fc.constantFrom(...TAILS))
  .map(([subject, [verb, past], adjective, noun, tail]) => {
    const rest = `${adjective} ${noun}${tail ? ` ${tail}` : ''}`;
    const reportedSubject = subject === 'We' ? 'they' : subject === 'My government' ? 'his government' : subject.replace(/^Our/, 'their').replace(/^The/, 'the');
    return { said: `${subject} ${verb} the ${rest}.`, reported: `${reportedSubject} ${past} the ${rest}` };
  });

/** How a copied sentence is written into the report. */
type Rendering = 'quote' | 'reported' | 'opener' | 'plain' | 'fragment' | 'two';

/** Spelling and figure variants a report may use for what was said. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/harbour/g, 'harbor'],
  [/centre/g, 'center'],
  [/three provinces/g, '3 provinces'],
  [/\bWe have\b/g, "We've"],
  [/\bwill not\b/g, "won't"],
  [/\bcannot\b/g, "can't"],
];

/** `text` with the spelling and figure variants applied. */
const varied = (text: string): string => VARIANTS.reduce((t, [re, to]) => t.replace(re, to), text);

/** Replaces some spaces of `text` by line breaks (a hard-wrapped column), by the given picks. */
function wrap(text: string, picks: readonly boolean[]): string {
  let k = 0;
  return text.replace(/ /g, () => (picks[k++ % picks.length] ? '\n' : ' '));
}

const pairArb = fc
  .uniqueArray(sentenceArb, { minLength: 3, maxLength: 7, selector: (s) => s.said.split(' ').slice(-6).join(' ') })
  .chain((sentences) =>
    fc.record({
      sentences: fc.constant(sentences),
      copies: fc.array(fc.tuple(fc.nat(sentences.length - 1), fc.constantFrom<Rendering>('quote', 'reported', 'opener', 'plain', 'fragment', 'two'), fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }), fc.boolean()), { minLength: 1, maxLength: 3 }),
      wrapTranscript: fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }),
    }),
  );

/** Builds the transcript and the report; returns the report's copied spans. */
function buildPair(sentences: readonly Said[], copies: readonly (readonly [number, Rendering, readonly boolean[], boolean])[], wrapTranscript: readonly boolean[]) {
  const half = Math.ceil(sentences.length / 2);
  const body = (from: number, to: number) => wrap(sentences.slice(from, to).map((s) => s.said).join('  '), wrapTranscript.map((b, i) => b && i % 3 === 0));
  const transcript = `PRESS BRIEFING ON THE REGIONAL PROGRAMME\n\nMS. RIVERA:  Good afternoon, everyone. We will take a few questions.\n\nMR. HOLM:  Thank you. ${body(0, half)}\n\nQ  Minister, what happens next?\n\nMR. HOLM:  ${body(half, sentences.length) || 'We will see.'}\n`;
  let report = 'Minister Erik Holm spoke to reporters on Monday.\n\n';
  const spans: { start: number; end: number; text: string; rendering: Rendering }[] = [];
  for (const [at, rendering, picks, vary] of copies) {
    const s = sentences[at]!;
    // A headline quotes the head of a sentence; a quote may run over two sentences said in a row.
    const next = sentences[at + 1] && (at + 1 < half) === (at < half) ? sentences[at + 1]!.said : undefined;
    const core =
      rendering === 'quote' ? s.said.replace(/\.$/, ',')
      : rendering === 'reported' ? s.reported
      : rendering === 'opener' ? `And ${s.said[0]!.toLowerCase()}${s.said.slice(1)}`
      : rendering === 'fragment' ? s.said.split(' ').slice(0, 6).join(' ')
      : rendering === 'two' && next ? `${s.said} ${next.replace(/\.$/, ',')}`
      : s.said;
    const written = wrap(vary ? varied(core) : core, picks);
    const before = rendering === 'quote' || rendering === 'two' ? '“' : rendering === 'reported' ? 'Holm said that ' : rendering === 'fragment' ? 'Holm: “' : '';
    const after = rendering === 'quote' || rendering === 'two' ? '” Holm said.' : rendering === 'reported' ? '.' : rendering === 'fragment' ? '”' : '';
    const start = report.length + before.length;
    report += `${before}${written}${after}\n\n`;
    // Each sentence of a quote of two must be linked, not only one of them.
    const cut = rendering === 'two' && next ? written.search(/\.[ \n]/) + 1 : 0;
    if (cut > 0) {
      spans.push({ start, end: start + cut, text: written.slice(0, cut), rendering });
      spans.push({ start: start + cut + 1, end: start + written.length, text: written.slice(cut + 1), rendering });
    } else spans.push({ start, end: start + written.length, text: written, rendering });
  }
  return { transcript, report, spans };
}

test('near-verbatim copies of transcript sentences (property)', async (t) => {
  await t.test('should link every copied sentence and never list it as unmatched', () => {
    const service = createAnnotationService();
    fc.assert(
      fc.property(pairArb, ({ sentences, copies, wrapTranscript }) => {
        const { transcript, report, spans } = buildPair(sentences, copies, wrapTranscript);
        const set = service.annotateAccounts([
          { uri: 'file:///gen/news.txt', text: report },
          { uri: 'file:///gen/transcript.txt', text: transcript, role: 'transcript' },
        ]);
        const news = set.documents.find((d) => d.uri.endsWith('news.txt'))!.id;
        for (const span of spans) {
          const overlaps = (r: { start: number; end: number }) => r.start < span.end && span.start < r.end;
          const linked = set.crossReferences.some((x) => x.from.document === news && overlaps(x.from));
          assert.ok(linked, `not linked (${span.rendering}): ${JSON.stringify(span.text)}\n--- transcript\n${transcript}--- report\n${report}`);
          const flagged = set.unmatched.filter((u) => u.document === news && overlaps(u)).map((u) => report.slice(u.start, u.end));
          assert.deepEqual(flagged, [], `listed as unmatched (${span.rendering}): ${JSON.stringify(span.text)}\n--- report\n${report}`);
        }
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
