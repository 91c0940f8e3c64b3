/**
 * The unit parser gives the same nlcst trees as parse-english: its faster tokenizer must not
 * change a single node or position.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { ParseEnglish } from 'parse-english';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { UnitParser, retextUnitParser } from '../../../src/core/text/englishParser';

const root = path.join(__dirname, '..', '..', '..');

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(file);
    return entry.name.endsWith('.txt') ? [file] : [];
  });
}

function assertSameTree(text: string): void {
  assert.deepEqual(new UnitParser().parse(text), new ParseEnglish().parse(text), JSON.stringify(text.slice(0, 80)));
}

test('should classify every UTF-16 code unit as parse-english does', () => {
  const stock = new ParseEnglish();
  const fast = new UnitParser();
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    assert.deepEqual(fast.tokenize(char), stock.tokenize(char), `U+${code.toString(16)}`);
  }
});

test('should give the same trees on every fixture and sample, also with CRLF line ends', () => {
  const files = [...textFiles(path.join(root, 'test', 'fixtures')), ...textFiles(path.join(root, 'samples'))];
  assert.ok(files.length > 20);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    assertSameTree(text);
    assertSameTree(text.replace(/\n/g, '\r\n'));
    assertSameTree(text.replace(/\n/g, '\r'));
  }
});

test('should give the same trees on awkward text', () => {
  for (const text of ['', ' ', '\n', 'a', '😀😀 x 👩‍👩‍👧', '\ud800 \udc00\ud800', '..!!??……', '“Hi,” he said.', 'U.S. and U.K. talks', '\r\r\n\n\r', 'a\u00a0b\u2009c\t\td', 'مرحبا بالعالم', '$5,000.50 (17%)', 'e.g. the 1990s—no', '\ufeffBOM', 'x\u200bz\u0301']) {
    assertSameTree(text);
  }
});

test('should give the same trees on random text', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('\r\n', '\n\n', '\r', ' ', '\t', '\u00a0', '.', '...', '!?', '—', '-', '“', '”', '"', "'", '’s', '😀', '\ud83d', 'Mr. ', 'U.S.', '5,000', '$', '%', '(', ')', '[', ']', 'Word', 'word', 'WORD'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => assertSameTree(pieces.join(''))),
    { numRuns: 2000 },
  );
});

test('should parse in a unified processor as retext-english does', () => {
  const text = 'Sergey Lavrov: We met Mr. SMITH.\n\nQ: Did the U.S. agree?';
  assert.deepEqual(unified().use(retextUnitParser).parse(text), unified().use(retextEnglish).parse(text));
});
