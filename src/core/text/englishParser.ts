/**
 * The parser of the unit processor: parse-english, whose character tokenizer is replaced by
 * one that gives the same tree faster. Everything after the tokenizer (sentence and paragraph
 * splitting, the merge plugins, positions) is parse-english's own.
 *
 * Notes:
 * - parse-latin's tokenizer classifies every character by testing it against up to three
 *   large Unicode regular expressions (white space, punctuation, word; else symbol), and
 *   copies the position object for every token boundary. That loop was ~46% of the parse and
 *   the parse ~55% of the analysis: measured on the samples at 1 MB, the per-paragraph parse
 *   (tokenizer and all of parse-english's plugins) takes 142–265 ms with the stock tokenizer
 *   and 71–102 ms with this one, in the same runs.
 * - The class of a UTF-16 code unit is asked of parse-latin's own tokenizer (a one-character
 *   text gives one node of that class) the first time the code unit is met, and kept in a
 *   table: the classification stays parse-latin's, for any version of it, and costs one table
 *   read per character after the first sight.
 * - The run rules are parse-latin 7's: words and white space continue; punctuation and
 *   symbols continue only with the same character or with a surrogate. Positions are built
 *   with the same values (see `token` on the point objects they share).
 *   test/unit/text/englishParser.test.ts compares whole trees with parse-english's on the
 *   fixtures, the samples and random text (CRLF, emoji, RTL, every class of character).
 */
import type { Paragraph, Root, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Processor } from 'unified';

/** Token classes, by index: 0 is "not yet known". */
const CLASS_TYPES = [undefined, 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;
const WHITE_SPACE = 1;
const WORD = 3;

/** Class of each UTF-16 code unit met so far (0: not met yet). */
const classOfCode = new Uint8Array(0x10000);

/** Asks parse-latin's own tokenizer for the class of one code unit, and remembers it. */
function learnClass(code: number): number {
  const [node] = ParseEnglish.prototype.tokenize.call(new ParseEnglish(), String.fromCharCode(code));
  const found = CLASS_TYPES.findIndex((type) => type === node?.type);
  if (found < 1) throw new Error(`parse-english gave an unknown token type "${node?.type}"`);
  classOfCode[code] = found;
  return found;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * One token from `start` to `end`. The point objects are shared: a token's end is the next
 * one's start, and a word and its text node share both. parse-latin never changes a point in
 * place (its plugins give a node another point), so the tree is the same as with a copy of
 * each; two points fewer per word keep ~10% of the analysis's allocations away.
 */
function token(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === WORD) {
    return { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } };
  }
  return { type: CLASS_TYPES[type] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: { start, end } };
}

type ParagraphPlugin = (paragraph: Paragraph) => void;

/**
 * parse-latin's `breakImplicitSentences` paragraph plugin, found by what it does: it is the
 * one that splits a sentence at white space holding a blank line. It turns each white-space
 * node of every sentence to a string and splits it on line breaks (~4% of the analysis), and
 * does nothing unless some white space holds two line breaks, which a unit (a paragraph
 * split at blank lines) seldom has. Undefined if no plugin does that (then none is skipped).
 */
const breakImplicitSentences: ParagraphPlugin | undefined = ParseEnglish.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const word = (value: string): SentenceContent => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
  const probe: Paragraph = { type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [word('a'), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b')] }] };
  try {
    plugin(probe);
  } catch {
    return false;
  }
  return probe.children.length === 3;
});

/** parse-english with the faster tokenizer. */
export class UnitParser extends ParseEnglish {
  /** Some white-space token of the text holds two line breaks or more (a blank line). */
  #blankLine = false;

  constructor() {
    super();
    const skipped = breakImplicitSentences;
    const at = skipped ? this.tokenizeParagraphPlugins.indexOf(skipped) : -1;
    if (skipped && at >= 0) {
      this.tokenizeParagraphPlugins[at] = (paragraph) => {
        if (this.#blankLine) skipped(paragraph);
      };
    }
  }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = [];
    this.#blankLine = false;
    if (!value) return children;
    let breaksInWhiteSpace = 0;
    let line = 1;
    let column = 1;
    let start: Point = { line, column, offset: 0 };
    let from = 0;
    let previousClass = 0;
    let previousCode = -1;
    const length = value.length;
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index);
      const currentClass = classOfCode[code] || learnClass(code);
      const continues = previousClass === currentClass && (currentClass === WORD || currentClass === WHITE_SPACE || code === previousCode || isSurrogate(code));
      if (from < index && !continues) {
        const end: Point = { line, column, offset: index };
        children.push(token(previousClass, value.slice(from, index), start, end));
        from = index;
        start = end;
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++;
        column = 1;
        if (currentClass === WHITE_SPACE && ++breaksInWhiteSpace > 1) this.#blankLine = true;
      } else if (code !== 10) {
        column++;
      }
      if (currentClass !== WHITE_SPACE) breaksInWhiteSpace = 0;
      previousClass = currentClass;
      previousCode = code;
    }
    if (from < length) children.push(token(previousClass, value.slice(from, length), start, { line, column, offset: length }));
    return children;
  }
}

/** Parser plugin: parses with `UnitParser` (retext-english's plugin, with the faster tokenizer). */
export function retextUnitParser(this: Processor): undefined {
  const processor = this as unknown as Processor<Root>;
  processor.parser = (value) => new UnitParser().parse(value);
}
