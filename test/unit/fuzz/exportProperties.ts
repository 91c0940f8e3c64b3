/**
 * The properties the fuzz suite checks (issue 14), shared by the bounded unit test
 * (`exports.test.ts`, fixed seed), the regression fixtures (`fixtures.test.ts`) and
 * `npm run fuzz` (`test/fuzz/run.ts`, random seed, many more runs).
 *
 * An input is one to three accounts of generated text: speaker labels, quotes, figures,
 * country names and Unicode oddities (BOMs, CR, CRLF, NBSP, RTL text and marks, emoji,
 * zero-width characters, control characters), with file names that
 * collide and carry the same oddities. For every input:
 *
 * - the analysis does not throw, and every offset is valid: each annotation's `text` is
 *   the slice its offsets give, each cross-reference and unsupported mark lies in its
 *   account;
 * - json: validates against schema/annotation-set.schema.json;
 * - csv: reads back strictly (csv-parse) to the cells meant: one record per annotation and
 *   detached cross-reference, each annotation's quote, anchor and type;
 * - tei: well-formed (fast-xml-parser's XMLValidator);
 * - w3c: valid against schema/web-annotation.schema.json, and every TextQuoteSelector's
 *   `exact` (and its prefix and suffix) is the text at its TextPositionSelector;
 * - brat: each .txt is its account's text, file names are unique without case and hold
 *   no separator or control, and every T line's offsets (code points) give its text.
 *
 * Fixture texts are invented here; no sample text is used.
 */
import { RECOGITO_COLUMNS } from '../../../src/core/export/recogitoCsv';
import { escapeTsv, WEBANNO_HEADER } from '../../../src/core/export/webannoTsv';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { CSV_COLUMNS, neutraliseCell } from '../../../src/core/export/csv';
import { EXPORT_FORMATS, exportAs, exportText, type ExportFormat } from '../../../src/core/export/index';
import { createAnnotationService } from '../../../src/core/index';
import type { AccountRole, AnnotationSet, Passage } from '../../../src/core/model/annotation';
import { readCsvStrictly } from '../export/readCsv';

/** One generated account, as the core takes it. */
export interface FuzzAccount {
  readonly uri: string;
  readonly text: string;
  readonly role?: AccountRole;
}

/** Pieces of text the generator strings together. */
const WORDS = ['the', 'minister', 'said', 'that', 'we', 'will', 'not', 'agree', 'told', 'reporters', 'in', 'and', 'growth', 'tariffs', 'talks', 'yesterday', 'Question', 'answer', 'Thank', 'you'];
const NAMES = ['Ana Vale', 'Tomas Rinn', 'Mr Orvik', 'President Halden', 'Dr. Sela Moru', 'Prime Minister Ivo Brand'];
const COUNTRIES = ['France', 'Chile', 'Kenya', 'the United States', 'Japan', 'Côte d’Ivoire', 'Türkiye', 'Norway'];
const LABELS = ['MODERATOR:', 'Q:', 'A:', 'ANA VALE:', 'PRESIDENT HALDEN:', 'QUESTION (DAILY LEDGER):', 'Tomas Rinn:', 'MR ORVIK :'];
const FIGURES = ['3.5%', '$1,200', '12 million', '-4 per cent', '1.5bn', '40,000 jobs', '2024', '¾', '٣٤', '+7'];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„'];
const FORMULAS = ['=cmd|', '@SUM(', '+1', '-2', '＝1+1', '＠A1'];
/**
 * BOM, line ends, NBSP, RTL text and marks, emoji (with joiners and modifiers), zero-width,
 * controls, XML-illegal. No lone surrogate: accounts are decoded UTF-8, which has none (and
 * a file cannot carry one back).
 */
const ODDITIES = ['\uFEFF', '\r', '\r\n', '\n', '\n\n', '\u00A0', '\u200F', '\u202E', '\u2066', 'שלום', 'مرحبا', '😀', '👩‍👩‍👧', '👍🏽', '🇫🇷', '\u200B', '\u200D', '\u2028', '\u0000', '\u0007', '\u001B[2J', '\u0085', '\t', '\uFFFE', 'é', 'e\u0301', '&', '<b>', ']]>'];

/** One piece of an account. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...COUNTRIES) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS).map((l) => `\n${l} `) },
  { weight: 2, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 4, arbitrary: fc.constantFrom(...ODDITIES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', '?', '!', ' ', ' ', ' ', ':', ';', '—', '…') },
);

/** An account's text: pieces joined by spaces or nothing, sometimes behind a BOM or two. */
export const accountText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '', '\uFEFF', '\uFEFF\uFEFF'), fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', '')), { maxLength: 120, size: 'medium' }))
  .map(([bom, parts]) => bom + parts.map(([p, sep]) => p + sep).join(''));

/** File names that collide (case, extension, a `-2` suffix) or carry oddities. */
const FILE_NAMES = ['a/x.txt', 'b/X.md', 'x-2.txt', 'news.txt', 'report%2Fone.txt', 'evil%1B%5B2J.txt', 'r%E2%80%AEtxt.md', 'CON.txt', '.hidden', 'transcript', 'a%20b.txt', 'émission.txt'];

/** One to three accounts with generated texts, names and roles. */
const looseAccounts: fc.Arbitrary<FuzzAccount[]> = fc
  .array(fc.tuple(fc.constantFrom(...FILE_NAMES), accountText, fc.constantFrom<AccountRole | undefined>(undefined, 'transcript', 'report')), { minLength: 1, maxLength: 3 })
  .map((list) => list.map(([name, text, role], i) => ({ uri: `file:///fuzz/${i}/${name}`, text, ...(role ? { role } : {}) })));

/** A sentence: words, a name or country, a figure, oddities. */
const sentence: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, fc.constantFrom(...NAMES), fc.constantFrom(...COUNTRIES), fc.constantFrom(...FIGURES), fc.constantFrom(...ODDITIES)), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(' ')}.`);

/**
 * A transcript of labelled turns and a report that quotes and retells some of them, with
 * oddities between: the pair the alignment links (cross-references, unsupported claims).
 */
const pairedAccounts: fc.Arbitrary<FuzzAccount[]> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 0, max: NAMES.length - 1 }), sentence, fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n')), { minLength: 1, maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...QUOTES), fc.constantFrom('said', 'told reporters', 'claimed', 'added'), fc.constantFrom(...ODDITIES, ' ', ' ')), { maxLength: 6 }),
    fc.constantFrom(...FILE_NAMES),
    fc.constantFrom(...FILE_NAMES),
  )
  .map(([turns, retold, transcriptName, reportName]) => {
    const transcript = turns.map(([who, said, end]) => `${NAMES[who]!.toUpperCase()}: ${said}${end}`).join('');
    const report = retold
      .filter(() => turns.length > 0)
      .map(([n, quote, verb, odd]) => {
        const [who, said] = turns[n % turns.length]!;
        return `${NAMES[who]} ${verb} ${quote}${said}${quote}${odd}`;
      })
      .join('\n\n');
    return [
      { uri: `file:///fuzz/t/${transcriptName}`, text: transcript, role: 'transcript' as const },
      { uri: `file:///fuzz/r/${reportName}`, text: report, role: 'report' as const },
    ];
  });

/** Loose accounts of generated pieces, or a transcript with a report retelling it. */
export const accounts: fc.Arbitrary<FuzzAccount[]> = fc.oneof(looseAccounts, pairedAccounts);

const SCHEMA_DIR = path.join(__dirname, '..', '..', '..', 'schema');

/** The two schemas, compiled once. */
function compileSchemas() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8'));
  return { set: ajv.compile(read('annotation-set.schema.json')), w3c: ajv.compile(read('web-annotation.schema.json')) };
}
let schemas: ReturnType<typeof compileSchemas> | undefined;

/** Checks every property of the module notes for `given`; throws an assertion error naming the one that fails. */
export function checkExports(given: readonly FuzzAccount[]): void {
  schemas ??= compileSchemas();
  const set = createAnnotationService().annotateAccounts(given);
  const texts = Object.fromEntries(set.documents.map((d, i) => [d.id, given[i]!.text]));
  checkOffsets(set, texts);
  for (const format of EXPORT_FORMATS) checkFormat(format, set, texts);
}

function checkOffsets(set: AnnotationSet, texts: Record<string, string>): void {
  const valid = (p: Passage, what: string) => {
    const text = texts[p.document];
    assert.ok(text !== undefined, `${what}: unknown document ${p.document}`);
    assert.ok(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start <= p.end && p.end <= text.length, `${what}: offsets ${p.start}-${p.end} outside 0-${text.length}`);
  };
  set.documents.forEach((d) => assert.equal(d.length, texts[d.id]!.length, `${d.id}: length`));
  for (const a of set.annotations) {
    valid(a, `annotation ${a.id}`);
    assert.equal(a.text, texts[a.document]!.slice(a.start, a.end), `annotation ${a.id}: text is not its slice`);
  }
  for (const x of set.crossReferences) {
    valid(x.from, `cross-reference ${x.id} from`);
    valid(x.to, `cross-reference ${x.id} to`);
  }
  for (const u of set.unmatched) valid(u, `unsupported ${u.annotation}`);
}

function checkFormat(format: ExportFormat, set: AnnotationSet, texts: Record<string, string>): void {
  const output = exportAs(format, set, texts);
  if (output.kind === 'folder') {
    checkBrat(output.files, set, texts);
    return;
  }
  const content = exportText(output);
  switch (format) {
    case 'json': {
      const ok = schemas!.set(JSON.parse(content));
      assert.ok(ok, `json: ${JSON.stringify(schemas!.set.errors?.slice(0, 3))}`);
      assert.deepEqual(JSON.parse(content), JSON.parse(JSON.stringify(set)));
      return;
    }
    case 'csv':
      return checkCsv(content, set);
    case 'tei': {
      const result = XMLValidator.validate(content);
      assert.equal(result, true, `tei: ${JSON.stringify(result)}`);
      return;
    }
    case 'w3c':
      return checkW3c(content, set, texts);
    case 'recogito-csv':
      return checkRecogitoCsv(content, set);
    case 'webanno-tsv':
      return checkWebannoTsv(content, set, texts);
    case 'claimreview': {
      const graph = JSON.parse(content) as { '@context': unknown; '@graph': Array<{ '@type': string }> };
      assert.ok(graph['@context'], 'claimreview: no @context');
      assert.ok(Array.isArray(graph['@graph']) && graph['@graph'].every((n) => n['@type'] === 'ClaimReview'), 'claimreview: @graph of ClaimReview nodes');
      return;
    }
    default:
      assert.fail(`no check for ${format}`);
  }
}

function checkCsv(csv: string, set: AnnotationSet): void {
  const rows = readCsvStrictly(csv);
  const annotations = set.annotations;
  assert.ok(rows.length >= 1 + annotations.length, `csv: ${rows.length} records for ${annotations.length} annotations`);
  assert.deepEqual(rows[0], [...CSV_COLUMNS], 'csv: header');
  for (const [i, a] of annotations.entries()) {
    const row = rows[i + 1]!;
    assert.equal(row.length, CSV_COLUMNS.length, `csv row ${i + 1}: ${row.length} cells`);
    assert.deepEqual([row[2], row[3], row[4]], [neutraliseCell(a.text), `char-offset:${a.start}`, a.kind], `csv row ${i + 1}`);
  }
  for (const row of rows.slice(1 + annotations.length)) assert.equal(row[4], 'cross-reference');
}

function checkRecogitoCsv(csv: string, set: AnnotationSet): void {
  const rows = readCsvStrictly(csv);
  assert.deepEqual(rows[0], [...RECOGITO_COLUMNS], 'recogito-csv: header');
  for (const [i, row] of rows.entries()) assert.equal(row.length, RECOGITO_COLUMNS.length, `recogito-csv record ${i}: ${row.length} cells`);
  for (const [i, a] of set.annotations.entries()) assert.equal(rows[i + 1]?.[3], `char-offset:${a.start}`, `recogito-csv record ${i + 1}: anchor`);
}

/** Every token row's offsets give its token in the accounts written one after the other (one character apart), and every row has as many cells. */
function checkWebannoTsv(tsv: string, set: AnnotationSet, texts: Record<string, string>): void {
  const lines = tsv.split('\n');
  assert.deepEqual(lines.slice(0, WEBANNO_HEADER.length), [...WEBANNO_HEADER], 'webanno-tsv: header');
  const whole = set.documents.map((d) => texts[d.id]!).join('\u0000');
  let cells: number | undefined;
  for (const line of lines) {
    const m = /^\d+-\d+\t(\d+)-(\d+)\t([^\t]*)\t/.exec(line);
    if (!m) continue;
    assert.equal(m[3], escapeTsv(whole.slice(Number(m[1]), Number(m[2]))), `webanno-tsv: token ${JSON.stringify(m[3])} at ${m[1]}-${m[2]}`);
    const count = line.split('\t').length;
    cells ??= count;
    assert.equal(count, cells, `webanno-tsv: ${count} cells in ${JSON.stringify(line)}`);
  }
}

function checkW3c(content: string, set: AnnotationSet, texts: Record<string, string>): void {
  interface Selector { type: string; exact: string; prefix: string; suffix: string; start: number; end: number }
  interface Target { source: string; selector: Selector[] }
  const collection = JSON.parse(content) as { total: number; first?: { items: Array<{ id: string; target: Target | Target[] }> } };
  assert.ok(schemas!.w3c(collection as unknown), `w3c: ${JSON.stringify(schemas!.w3c.errors?.slice(0, 3))}`);
  const textOf = new Map(set.documents.map((d) => [d.uri, texts[d.id]!]));
  const items = collection.first?.items ?? [];
  assert.equal(items.length, collection.total);
  for (const item of items) {
    for (const target of Array.isArray(item.target) ? item.target : [item.target]) {
      const text = textOf.get(target.source);
      assert.ok(text !== undefined, `w3c: unknown source ${target.source}`);
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.equal(quote.exact, text.slice(position.start, position.end), `w3c ${item.id}: exact is not the text at its position`);
      assert.equal(quote.prefix, text.slice(position.start - quote.prefix.length, position.start), `w3c ${item.id}: prefix`);
      assert.equal(quote.suffix, text.slice(position.end, position.end + quote.suffix.length), `w3c ${item.id}: suffix`);
    }
  }
}

function checkBrat(files: ReadonlyArray<{ name: string; content: string }>, set: AnnotationSet, texts: Record<string, string>): void {
  const names = files.map((f) => f.name);
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, `brat: names collide: ${names.join(', ')}`);
  for (const n of names) assert.doesNotMatch(n, /[/\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|^\.\.?$/, `brat: unsafe file name ${JSON.stringify(n)}`);
  const txts = files.filter((f) => f.name.endsWith('.txt'));
  assert.equal(txts.length, set.documents.length);
  set.documents.forEach((d, i) => {
    const txt = txts[i]!;
    assert.equal(txt.content, texts[d.id], `brat: ${txt.name} is not the text of ${d.id}`);
    const ann = files.find((f) => f.name === `${txt.name.slice(0, -'.txt'.length)}.ann`);
    assert.ok(ann, `brat: no .ann for ${txt.name}`);
    const codePoints = [...txt.content];
    for (const line of ann.content.split('\n').filter((l) => l.startsWith('T'))) {
      const m = /^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/s.exec(line);
      assert.ok(m, `brat: malformed T line ${JSON.stringify(line)}`);
      const fragments = m[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      for (const [s, e] of fragments) assert.ok(s < e && e <= codePoints.length, `brat ${m[1]}: fragment ${s}-${e} outside the text`);
      assert.equal(m[4], fragments.map(([s, e]) => codePoints.slice(s, e).join('')).join(' '), `brat ${m[1]}: text does not match its offsets`);
    }
  });
}

/** The folder of regression fixtures: one JSON file per minimised failing case. */
export const FIXTURE_DIR = path.join(__dirname, '..', '..', 'fixtures', 'fuzz');

/** A regression fixture as kept in `FIXTURE_DIR`. */
export interface FuzzFixture {
  /** What failed, and how it was fixed. */
  readonly description: string;
  readonly accounts: readonly FuzzAccount[];
}
