import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeTextBytes, decodeUtf8, firstInvalidUtf8 } from '../../../src/shared/textBytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const TEXT = 'MODERATOR: Good afternoon.\nANA VALE: Thank you, and welcome to Oslo.\n';

test('decodeTextBytes', async (t) => {
  await t.test('should name UTF-16 as such, with either BOM or none (issue 14: it was called binary)', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, b] of [['LE with BOM', bytes([0xff, 0xfe], [...le])], ['BE with BOM', bytes([0xfe, 0xff], [...be])], ['LE', le], ['BE', be]] as const) {
      assert.equal(decodeTextBytes(b).kind, 'utf16', name);
    }
  });

  await t.test('should drop one BOM only, so a second stays and offsets stay exact', () => {
    assert.deepEqual(decodeTextBytes(utf8(`\uFEFF\uFEFF${TEXT}`)), { kind: 'text', text: `\uFEFF${TEXT}` });
    assert.deepEqual(decodeTextBytes(utf8(TEXT)), { kind: 'text', text: TEXT });
  });

  await t.test('should tell the byte offset of the first invalid UTF-8 sequence, and go on with U+FFFD', () => {
    const prefix = 'Oslo, “Thursday”: ';
    const at = utf8(prefix).length;
    const cases: Array<[string, number[]]> = [
      ['Latin-1 é', [0xe9, 0x20]],
      ['overlong NUL', [0xc0, 0x80]],
      ['a surrogate', [0xed, 0xa0, 0x80]],
      ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
      ['a lone continuation byte', [0x80]],
      ['a sequence cut short', [0xe2, 0x82]],
    ];
    for (const [name, bad] of cases) {
      const decoded = decodeTextBytes(bytes(prefix, bad, ' and the rest.'));
      assert.equal(decoded.kind, 'text', name);
      assert.equal(decoded.kind === 'text' && decoded.invalidAt, at, name);
      assert.ok(decoded.kind === 'text' && decoded.text.startsWith(`${prefix}\uFFFD`), name);
    }
  });

  await t.test('should call NUL bytes binary', () => {
    assert.equal(decodeTextBytes(bytes('PK', [0, 0, 3, 4], 'rest')).kind, 'binary');
  });
});

test('firstInvalidUtf8', async (t) => {
  await t.test('should find an invalid sequence exactly when a strict decoder refuses the bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5)), { maxLength: 24 }), (list) => {
        const b = Uint8Array.from(list);
        let strict = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          strict = false;
        }
        const at = firstInvalidUtf8(b);
        assert.equal(at === b.length, strict);
        // Everything before the offset is valid on its own.
        assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, at)));
        assert.equal('text' in decodeUtf8(b), strict);
      }),
      { seed: 14, numRuns: 500 },
    );
  });
});
