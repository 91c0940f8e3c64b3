/**
 * An event whose every text is hostile (markup, attribute breakers, `</style>`, bidi
 * controls, entities, control characters): passages, person names, turn labels, file
 * names, diff words and findings. For the HTML report's escaping tests.
 */
import type { AnnotationSet } from '../../../src/core/model/annotation';

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE = '" onmouseover="alert(2)" x="';
export const STYLE_END = '</style><script>alert(3)</script>';
export const IMG = "<img src=x onerror='alert(4)'>";
export const BIDI = '\u202Egnp.exe\u202C and \u2067isolate';
export const ENTITY = '&amp; &lt;b&gt; &#x3c;';
export const CONTROL = 'bell\u0007null\u0000';
export const HOSTILE = [SCRIPT, ATTRIBUTE, STYLE_END, IMG, BIDI, ENTITY, CONTROL];

/** The event: d1 the transcript, d2 a report; `names` are the file names to show. */
export function hostileEvent(): { set: AnnotationSet; texts: Record<string, string>; names: Record<string, string> } {
  const said = `They said ${SCRIPT} and ${ATTRIBUTE} then ${STYLE_END} and ${IMG} with ${BIDI} and ${ENTITY} and ${CONTROL}.`;
  const label = `MR. ${STYLE_END}`;
  const transcript = `${label}: ${said}\n`;
  const quote = `They said ${IMG} and ${BIDI}`;
  const report = `"${quote}," said ${SCRIPT}. Also ${ATTRIBUTE} is false.`;
  const t0 = transcript.indexOf('They');
  const q0 = 1;
  const claim2 = report.indexOf('Also');
  const set: AnnotationSet = {
    format: 'transcript-annotator/1',
    documents: [
      { id: 'd1', uri: `file:///x/${encodeURIComponent(`${SCRIPT}${BIDI}.txt`)}`, role: 'transcript', length: transcript.length },
      { id: 'd2', uri: `file:///x/${encodeURIComponent(`${ATTRIBUTE}${STYLE_END}.txt`)}`, role: 'report', length: report.length },
    ],
    entities: [{ id: 'p1', kind: 'person', name: `${IMG} ${BIDI}`, aliases: [], speaker: true }],
    annotations: [
      { id: 'a1', document: 'd1', kind: 'turn', start: 0, end: transcript.length - 1, text: transcript.slice(0, -1), label, speaker: 'p1' },
      { id: 'a2', document: 'd2', kind: 'claim', start: q0, end: q0 + quote.length, text: quote, claimType: 'quote', speaker: 'p1' },
      { id: 'a3', document: 'd2', kind: 'claim', start: claim2, end: report.length, text: report.slice(claim2), claimType: 'reported', speaker: 'p1' },
    ],
    crossReferences: [{
      id: 'x1',
      from: { document: 'd2', start: q0, end: q0 + quote.length },
      to: { document: 'd1', start: t0, end: transcript.length - 2 },
      score: 0.6,
      match: 'partial',
      annotation: 'a2',
      fidelity: 0.5,
      diff: [{ op: 'kept', from: 'They said', to: 'They said' }, { op: 'changed', from: IMG, to: SCRIPT }, { op: 'added', from: BIDI }, { op: 'dropped', to: `${STYLE_END} ${ATTRIBUTE}` }],
      findings: [{ kind: 'altered-quote', from: IMG, to: SCRIPT }, { kind: 'changed-figure', from: ATTRIBUTE, to: STYLE_END }, { kind: 'added-name', from: BIDI }, { kind: 'misattribution', from: 'p1', to: 'p9' }],
    }],
    unmatched: [{ document: 'd2', start: claim2, end: report.length, annotation: 'a3', reason: 'unsupported', nearest: { document: 'd1', start: t0, end: transcript.length - 2, score: 0.2 } }],
  };
  return { set, texts: { d1: transcript, d2: report }, names: { d1: `${SCRIPT}${BIDI}.txt`, d2: `${ATTRIBUTE}${STYLE_END}.txt` } };
}
