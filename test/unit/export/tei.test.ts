import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toTei } from '../../../src/core/export/tei';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { hostileSet, TEXTS } from './fixture';
import { HOSTILE_NOTE, reviewedSet } from './reviewedFixture';

/** The character data of `<ab>` number `n`, tags removed and entities decoded. */
function abText(xml: string, n: number): string {
  const ab = [...xml.matchAll(/<ab xml:space="preserve">([\s\S]*?)<\/ab>/g)][n][1];
  return ab
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#13;/g, '\r')
    .replace(/&amp;/g, '&');
}

test('toTei', async (t) => {
  const xml = toTei(hostileSet(), TEXTS);

  await t.test('should be well-formed XML', () => {
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    assert.equal(doc.TEI['@_xmlns'], 'http://www.tei-c.org/ns/1.0');
  });

  await t.test('should keep each account text exactly, hostile characters escaped', () => {
    assert.equal(abText(xml, 0), TEXTS.d1);
    assert.equal(abText(xml, 1), TEXTS.d2);
    assert.ok(!xml.includes('<b>'));
    assert.ok(xml.includes('&lt;b&gt;&amp;amp;'));
    // A literal CR would be normalised away by any XML parser.
    assert.ok(!xml.includes('\r'));
  });

  await t.test('should mark persons, places, quotes and turns with @ref and @who', () => {
    assert.match(xml, /<persName xml:id="d1-a5" ref="#p1">Kovač<\/persName>/);
    assert.match(xml, /<placeName xml:id="d1-a3" ref="#c1">Chile<\/placeName>/);
    assert.match(xml, /<q xml:id="d1-a2" who="#p1" ana="#quote #unsupported">/);
    assert.match(xml, /<said xml:id="d2-a7" who="#p1" n="ANA KOVAČ" aloud="true">/);
    assert.match(xml, /<said xml:id="d2-a8" who="#p1" direct="false" ana="#statement">We expect/);
    assert.match(xml, /<place xml:id="c1" type="country"><placeName>Chile<\/placeName><idno type="ISO3166-1">CL<\/idno><\/place>/);
  });

  await t.test('should split a span crossing another into fragments joined by @next/@prev', () => {
    const set: AnnotationSet = {
      ...hostileSet(),
      annotations: [
        { id: 'a1', document: 'd1', kind: 'claim', start: 0, end: 20, text: TEXTS.d1.slice(0, 20), claimType: 'statement' },
        { id: 'a2', document: 'd1', kind: 'claim', start: 10, end: 30, text: TEXTS.d1.slice(10, 30), claimType: 'reported' },
      ],
      crossReferences: [],
      unmatched: [],
    };
    const crossing = toTei(set, TEXTS);
    assert.equal(XMLValidator.validate(crossing), true);
    assert.match(crossing, /<said xml:id="d1-a2" direct="false" ana="#reported" next="#d1-a2-2">/);
    assert.match(crossing, /<said xml:id="d1-a2-2" direct="false" ana="#reported" prev="#d1-a2">/);
    assert.equal(abText(crossing, 0), TEXTS.d1);
  });

  await t.test('should write cross-references as a linkGrp pointing at both passages', () => {
    assert.match(xml, /<link xml:id="x1" type="close" cert="0.81" target="#d1-a6 #d2-a8"\/>/);
    assert.match(xml, /<link xml:id="x2" type="partial" cert="0.40" ana="#hand" target="#d1-x2-from #d2-x2-to"\/>/);
    assert.match(xml, /<seg xml:id="d2-x2-to" type="passage">Peru<\/seg>/);
  });

  await t.test('should replace characters XML cannot carry', () => {
    const set: AnnotationSet = { ...hostileSet(), annotations: [], crossReferences: [], unmatched: [] };
    const out = toTei(set, { d1: 'bell\u0007 and \uD800 lone', d2: '' });
    assert.equal(XMLValidator.validate(out), true);
    assert.ok(out.includes('bell\uFFFD and \uFFFD lone'));
  });
});

test('toTei reviews', async (t) => {
  const xml = toTei(reviewedSet(), TEXTS);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['annotation', 'respStmt', 'interp', 'interpGrp', 'note'].includes(name) }).parse(xml);
  const standOff = doc.TEI.standOff;

  await t.test('should stay well-formed with a note full of reserved characters', () => {
    assert.equal(XMLValidator.validate(xml), true);
  });

  await t.test('should name each reviewer once in the titleStmt', () => {
    const resp = doc.TEI.teiHeader.fileDesc.titleStmt.respStmt.map((r: { '@_xml:id': string; name: string }) => [r['@_xml:id'], r.name]);
    assert.deepEqual(resp, [['reviewer-1', 'Dana Reviewer'], ['reviewer-2', 'Lee']]);
  });

  await t.test('should point reviewed claims and links at their verdict with @ana', () => {
    assert.match(xml, /<q xml:id="d1-a2" who="#p1" ana="#quote #unsupported #verdict-misquoted">/);
    assert.match(xml, /<link xml:id="x1" type="close" cert="0.81" ana="#verdict-accurate" /);
    const verdicts = standOff.interpGrp.find((g: { '@_type': string }) => g['@_type'] === 'verdict').interp.map((i: { '@_xml:id': string; '#text': string }) => [i['@_xml:id'], i['#text']]);
    assert.deepEqual(verdicts, [['verdict-misquoted', 'misquoted'], ['verdict-out-of-context', 'out of context'], ['verdict-needs-checking', 'needs checking'], ['verdict-accurate', 'accurate']]);
  });

  await t.test('should keep each review as an annotation with its motivation, reviewer, date, verdict and note', () => {
    const list = standOff.listAnnotation.annotation;
    const first = list.find((a: { '@_target': string }) => a['@_target'] === '#d1-a2');
    assert.deepEqual([first['@_motivation'], first['@_resp'], first['@_when']], ['assessing commenting', '#reviewer-1', '2026-03-01T12:00:00.000Z']);
    assert.deepEqual(first.note.map((n: { '@_type': string; '#text': string }) => [n['@_type'], n['#text']]), [['verdict', 'misquoted'], ['comment', HOSTILE_NOTE]]);
    const link = list.find((a: { '@_target': string }) => a['@_target'] === '#x1');
    assert.deepEqual([link['@_motivation'], link['@_resp']], ['assessing commenting', '#reviewer-2']);
    assert.equal(list.length, 4);
  });

  await t.test('should add nothing about reviews to a set nobody reviewed', () => {
    const plain = toTei(hostileSet(), TEXTS);
    assert.ok(!plain.includes('listAnnotation') && !plain.includes('respStmt') && !plain.includes('verdict'));
  });
});
