/**
 * The HTML coverage report (src/shared/coverageReport.ts), read back with a real HTML
 * parser (parse5, as browsers parse): what it shows for an analysed invented event, that
 * it is inert (CSP, no script, no fetch), and that hostile document text stays text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { buildCoverage, findTranscript, type Coverage } from '../../../src/core/coverage/index';
import { createAnnotationService } from '../../../src/core/index';
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { buildCoverageReport, COVERAGE_REPORT_CSP, outletKey } from '../../../src/shared/coverageReport';
import { COVERAGE_REPORT_CSS } from '../../../src/shared/coverageReportStyle';
import { DIFF_LEGEND } from '../../../src/shared/diffLegend';
import { ALTERED, FAITHFUL, TRANSCRIPT, UNRELATED } from './eventFixture';
import { ATTRIBUTE, BIDI, ENTITY, hostileEvent, IMG, SCRIPT, STYLE_END } from './hostileEvent';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const c of children) yield* walk(c);
  if (node.nodeName === 'template') yield* walk((node as DefaultTreeAdapterMap['template']).content);
}
const elements = (root: Node): Element[] => [...walk(root)].filter((n): n is Element => 'tagName' in n);
const byTag = (root: Node, tag: string): Element[] => elements(root).filter((e) => e.tagName === tag);
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: Element, c: string): boolean => (attr(e, 'class') ?? '').split(/\s+/).includes(c);
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
}

/** The analysed invented event with three reports, and its report. */
function eventReport(): { html: string; coverage: Coverage; set: AnnotationSet } {
  const accounts = [TRANSCRIPT, FAITHFUL, ALTERED, UNRELATED].map((text, i) => ({ uri: `file:///event/${['transcript', 'gazette', 'coastal', 'bakery'][i]}.txt`, text }));
  const set = createAnnotationService().annotateAccounts(accounts);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, accounts[i]!.text]));
  const coverage = buildCoverage(set, texts, findTranscript(set)!);
  return { html: buildCoverageReport({ coverage, set, texts, generator: 'Transcript Annotator test' }), coverage, set };
}

const CELL = /^(≡ verbatim|≈ close|∼ paraphrase|◐ partial|— absent)/;

test('the report of an analysed event', async (t) => {
  const { html, coverage } = eventReport();
  const doc = parse(html);

  await t.test('should hold the coverage matrix: one row per turn and sentence, one cell per outlet, each with a symbol and a word', () => {
    const matrix = byTag(doc, 'table').find((e) => hasClass(e, 'matrix'))!;
    const rows = byTag(byTag(matrix, 'tbody')[0]!, 'tr');
    assert.equal(rows.length, coverage.turns.length + coverage.sentences.length);
    for (const row of rows) {
      const cells = byTag(row, 'td').filter((c) => hasClass(c, 'cell'));
      assert.equal(cells.length, 3);
      for (const c of cells) assert.match(textOf(c).trim(), CELL);
    }
    const header = byTag(byTag(matrix, 'thead')[0]!, 'th').map((th) => textOf(th).replace(/\s+/g, ' ').trim());
    assert.deepEqual(header, ['Transcript', 'A gazette.txt', 'B coastal.txt', 'C bakery.txt', 'Reports']);
    const wall = rows.find((r) => textOf(r).includes('northern harbour wall before the winter storms'))!;
    assert.deepEqual(byTag(wall, 'td').filter((c) => hasClass(c, 'cell')).map((c) => textOf(c).trim().split(' ').slice(0, 2).join(' ')), ['≡ verbatim', '≈ close', '— absent']);
  });

  await t.test('should give one row per outlet in the outlets table, with its share and quotes', () => {
    const table = byTag(doc, 'table').find((e) => hasClass(e, 'outlets'))!;
    const rows = byTag(byTag(table, 'tbody')[0]!, 'tr').map((r) => elements(r).filter((e) => e.tagName === 'td' || e.tagName === 'th').map((c) => textOf(c).replace(/\s+/g, ' ').trim()).join(' | '));
    assert.equal(rows.length, 3);
    assert.match(rows[0]!, /gazette\.txt.*\d+%.*2 accurate0 altered/);
    assert.match(rows[1]!, /coastal\.txt.*1 altered/);
    assert.match(rows[2]!, /bakery\.txt \| 0%0 of 9 \|.*1 not found \| 0 \| 1 \| 2 \|/);
  });

  await t.test('should show the altered quote as a word diff in the panel\'s convention, with its legend', () => {
    const groups = elements(doc).filter((e) => hasClass(e, 'quote-group'));
    const wall = groups.find((g) => textOf(g).includes('summer tourists'))!;
    const dels = byTag(wall, 'del').map((e) => textOf(e));
    const inss = byTag(wall, 'ins').map((e) => textOf(e));
    assert.ok(dels.includes('−winter storms'), dels.join('|'));
    assert.ok(inss.includes('+summer tourists'), inss.join('|'));
    const text = textOf(doc);
    assert.ok(text.includes(`${DIFF_LEGEND.title}:`) && text.includes(DIFF_LEGEND.dropped) && text.includes(DIFF_LEGEND.added));
  });

  await t.test('should list the unsupported claims of each outlet', () => {
    const section = elements(doc).find((e) => attr(e, 'id') === 'unsupported')!;
    assert.match(textOf(section), /“we bake bread every morning at four o'clock\.”/);
  });

  await t.test('should be inert: a CSP without scripts or fetches, and nothing that loads or runs', () => {
    const csp = byTag(doc, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    assert.equal(attr(csp!, 'content'), COVERAGE_REPORT_CSP);
    for (const directive of ["default-src 'none'", "script-src 'none'", "connect-src 'none'", "img-src 'none'", "base-uri 'none'"]) assert.ok(COVERAGE_REPORT_CSP.includes(directive), directive);
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'form', 'base']) assert.deepEqual(byTag(doc, tag), [], tag);
    for (const e of elements(doc)) {
      for (const a of e.attrs) {
        assert.ok(!a.name.startsWith('on'), `${e.tagName} ${a.name}`);
        if (a.name === 'href') assert.match(a.value, /^#/);
        assert.notEqual(a.name, 'src');
      }
    }
    assert.doesNotMatch(COVERAGE_REPORT_CSS, /url\(|@import/);
  });
});

test('outletKey', async (t) => {
  await t.test('should name columns A … Z, AA, AB', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 51, 52].map(outletKey), ['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

// ---------------------------------------------------------------------------------------
// Hostile text

test('hostile document text', async (t) => {
  const { set, texts, names } = hostileEvent();
  const html = buildCoverageReport({ coverage: buildCoverage(set, texts, 'd1'), set, texts, names });
  const doc = parse(html);

  await t.test('should create no element or attribute from the text', () => {
    for (const tag of ['script', 'img', 'link', 'iframe']) assert.deepEqual(byTag(doc, tag), [], tag);
    const styles = byTag(doc, 'style');
    assert.equal(styles.length, 1);
    assert.equal(textOf(styles[0]!), COVERAGE_REPORT_CSS);
    const allowed = new Set(['class', 'id', 'href', 'scope', 'colspan', 'lang', 'charset', 'http-equiv', 'content', 'name', 'aria-hidden', 'aria-label', 'aria-labelledby', 'title']);
    for (const e of elements(doc)) for (const a of e.attrs) assert.ok(allowed.has(a.name), `${e.tagName}[${a.name}]`);
  });

  await t.test('should give every hostile string back as text', () => {
    const body = textOf(byTag(doc, 'body')[0]!);
    for (const s of [SCRIPT, ATTRIBUTE, STYLE_END, IMG, BIDI, ENTITY]) assert.ok(body.includes(s), `missing as text: ${JSON.stringify(s)}`);
    assert.ok(body.includes('bell\ufffdnull\ufffd'), 'controls shown as U+FFFD');
    assert.doesNotMatch(html, /[\u0000\u0007]/);
  });

  await t.test('should isolate every bidi control inside a <bdi>, and keep them out of the title', () => {
    const inBdi = (node: Node): boolean => {
      for (let n: Node | null = node; n; n = 'parentNode' in n ? (n.parentNode as Node | null) : null) if ('tagName' in n && n.tagName === 'bdi') return true;
      return false;
    };
    const texts = [...walk(doc)].filter((n) => n.nodeName === '#text' && /[\u202a-\u202e\u2066-\u2069]/.test(textOf(n)));
    assert.ok(texts.length > 5);
    const title = byTag(doc, 'title')[0]!;
    for (const n of texts) assert.ok(inBdi(n), `not isolated: ${JSON.stringify(textOf(n).slice(0, 40))}`);
    assert.doesNotMatch(textOf(title), /[\u202a-\u202e\u2066-\u2069]/);
    assert.ok(textOf(title).includes(SCRIPT));
  });
});

test('rendering marks', async (t) => {
  await t.test('should list the renderings in the model\'s order, each with a distinct symbol', async () => {
    const { RENDERING_MARKS, RENDERING_ORDER } = await import('../../../src/shared/coverageMarks');
    const { RENDERINGS } = await import('../../../src/core/coverage/model');
    assert.deepEqual(RENDERING_ORDER, RENDERINGS);
    assert.equal(new Set(RENDERING_ORDER.map((r) => RENDERING_MARKS[r].symbol)).size, RENDERING_ORDER.length);
  });
});
