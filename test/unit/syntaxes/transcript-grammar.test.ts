/**
 * Checks syntaxes/transcript.tmLanguage.json: every pattern compiles as a
 * JavaScript RegExp with the `u` flag (the grammar is written to be valid both for
 * Oniguruma and JS), and a small TextMate-style tokenizer (earliest match wins,
 * ties go to the first pattern, end before nested patterns, begin/end rules carried
 * across lines) gives the expected scopes on transcript lines in many label styles.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

interface Captures { readonly [group: string]: { readonly name?: string } }
interface Rule {
  readonly name?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly captures?: Captures;
  readonly beginCaptures?: Captures;
  readonly endCaptures?: Captures;
  readonly patterns?: readonly Rule[];
  readonly include?: string;
}
interface Grammar extends Rule {
  readonly scopeName: string;
  readonly repository: Readonly<Record<string, Rule>>;
}

const grammarPath = path.resolve(__dirname, '..', '..', '..', 'syntaxes', 'transcript.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as Grammar;

/** Compiles a grammar regex as JS: `d` for capture offsets, `u` for \p{…}, `g` for lastIndex. */
function compile(source: string): RegExp {
  return new RegExp(source, 'dgu');
}

/** Resolves `include` references against the repository. */
function resolve(rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (!rule.include) return [rule];
    const key = rule.include.replace(/^#/, '');
    const target = grammar.repository[key];
    assert.ok(target, `include ${rule.include} names no repository entry`);
    return target.patterns && !target.match && !target.begin ? resolve(target.patterns) : [target];
  });
}

/** Per-character scope lists of each line, carrying open begin/end rules across lines. */
function tokenize(lines: readonly string[]): string[][][] {
  const stack: Rule[] = [];
  return lines.map((line) => {
    const scopes: string[][] = Array.from({ length: line.length }, () => [grammar.scopeName]);
    const mark = (from: number, to: number, name: string | undefined): void => {
      if (!name) return;
      for (let i = from; i < to; i++) scopes[i].push(name);
    };
    const markCaptures = (m: RegExpExecArray, captures: Captures | undefined): void => {
      if (!captures) return;
      for (const [group, { name }] of Object.entries(captures)) {
        const span = m.indices?.[Number(group)];
        if (span) mark(span[0], span[1], name);
      }
    };
    const openFrom = new Map<Rule, number>(stack.map((r) => [r, 0]));
    let pos = 0;
    for (let guard = 0; pos <= line.length && guard < 10_000; guard++) {
      const top = stack.at(-1);
      const candidates: Array<{ rule: Rule; re: RegExp; isEnd: boolean }> = [];
      if (top?.end !== undefined) candidates.push({ rule: top, re: compile(top.end), isEnd: true });
      for (const rule of resolve(top ? top.patterns ?? [] : grammar.patterns ?? [])) {
        candidates.push({ rule, re: compile((rule.match ?? rule.begin)!), isEnd: false });
      }
      let best: { rule: Rule; m: RegExpExecArray; isEnd: boolean } | undefined;
      for (const c of candidates) {
        c.re.lastIndex = pos;
        const m = c.re.exec(line);
        if (m && (!best || m.index < best.m.index)) best = { rule: c.rule, m, isEnd: c.isEnd };
      }
      if (!best) break;
      const { rule, m, isEnd } = best;
      const end = m.index + m[0].length;
      if (isEnd) {
        markCaptures(m, rule.endCaptures ?? rule.captures);
        mark(openFrom.get(rule) ?? 0, end, rule.name);
        stack.pop();
      } else if (rule.begin !== undefined) {
        markCaptures(m, rule.beginCaptures ?? rule.captures);
        stack.push(rule);
        openFrom.set(rule, m.index);
      } else {
        mark(m.index, end, rule.name);
        markCaptures(m, rule.captures);
      }
      // A zero-length match that changes no state would loop: step over one character.
      pos = end > pos || isEnd || rule.begin !== undefined ? end : pos + 1;
      if (end === line.length && !isEnd && rule.begin === undefined) break;
      if (pos >= line.length && !(stack.at(-1)?.end?.includes('$'))) break;
    }
    // Rules still open at the end of the line colour up to it.
    for (const rule of stack) mark(openFrom.get(rule) ?? 0, line.length, rule.name);
    return scopes;
  });
}

/** Scopes shared by every character of `part` in `line` (first occurrence). */
function scopesOf(line: string, part: string, lines: readonly string[] = [line]): string[] {
  const index = lines.indexOf(line);
  const at = line.indexOf(part);
  assert.ok(at >= 0, `"${part}" is not in "${line}"`);
  const perChar = tokenize(lines)[index].slice(at, at + part.length);
  return perChar.reduce((common, s) => common.filter((x) => s.includes(x)));
}

const SPEAKER = 'entity.name.tag.speaker.transcript';
const QUOTE = /^string\.quoted\./;
const DATE = 'constant.other.date.transcript';
const NUMBER = 'constant.numeric.transcript';
const STAGE = 'comment.block.stage-direction.transcript';

/** Asserts `part` of `line` has (or, with `not`, lacks) a scope equal to or matching `scope`. */
function assertScope(line: string, part: string, scope: string | RegExp, not = false, lines?: readonly string[]): void {
  const scopes = scopesOf(line, part, lines);
  const has = scopes.some((s) => (typeof scope === 'string' ? s === scope : scope.test(s)));
  assert.equal(has, !not, `"${part}" in "${line}" should ${not ? 'not ' : ''}have ${scope}; has ${scopes.join(' ')}`);
}

test('grammar', async (t) => {
  await t.test('should declare the scope package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const contributed = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'transcript');
    assert.equal(grammar.scopeName, contributed.scopeName);
  });

  await t.test('should compile every pattern as a JavaScript RegExp with the u flag', () => {
    const sources: string[] = [];
    const walk = (rule: Rule): void => {
      for (const s of [rule.match, rule.begin, rule.end]) if (s !== undefined) sources.push(s);
      rule.patterns?.forEach(walk);
    };
    walk(grammar);
    Object.values(grammar.repository).forEach(walk);
    assert.ok(sources.length >= 10);
    for (const s of sources) assert.doesNotThrow(() => compile(s), `pattern does not compile: ${s}`);
  });

  await t.test('should tag speaker labels in their common styles', () => {
    for (const [line, label] of [
      ['Angela Merkel: We agreed on the next steps.', 'Angela Merkel'],
      ['MR. SMITH: Thank you all for coming.', 'MR. SMITH'],
      ['PRESIDENT JONES: Good afternoon.', 'PRESIDENT JONES'],
      ['THE INTERPRETER: The minister said yes.', 'THE INTERPRETER'],
      ['Ms. Okafor: Next question, please.', 'Ms. Okafor'],
      ['Ursula von der Leyen: Europe stands ready.', 'Ursula von der Leyen'],
      ['Jean-Claude Duval (retranslated from French): We share this view.', 'Jean-Claude Duval'],
      ['Question (addressed to both ministers): What comes next?', 'Question'],
      ['Question: Is the deal signed?', 'Question'],
    ] as const) {
      assertScope(line, label, SPEAKER);
      assertScope(line, ':', 'punctuation.separator.speaker.transcript');
      assertScope(line, line.slice(line.indexOf(':') + 2, line.indexOf(':') + 6), SPEAKER, true);
    }
    assertScope('Question (addressed to both ministers): What?', '(addressed to both ministers)', 'comment.block.addressee.transcript');
  });

  await t.test('should tag Q opening a paragraph as a question label', () => {
    for (const line of ['Q  Will the talks resume?', 'Q: Will the talks resume?', 'Q. Will the talks resume?']) {
      assertScope(line, 'Q', 'entity.name.tag.speaker.question.transcript');
    }
    assertScope('Quite so, he said.', 'Q', 'entity.name.tag.speaker.question.transcript', true);
  });

  await t.test('should not take ordinary sentences with a colon for labels', () => {
    for (const line of [
      'The ministry said: talks will go on.',
      'He added that the plan was simple: wait.',
      'In Brasília, the minister added: "No."',
    ]) {
      const firstWord = line.split(' ')[0];
      assertScope(line, firstWord, SPEAKER, true);
    }
    assertScope('  Note that the label is indented: no.', 'Note', SPEAKER, true);
  });

  await t.test('should tag stage directions but not other parentheticals', () => {
    assertScope('(As interpreted.)', 'As interpreted.', STAGE);
    assertScope('PRIME MINISTER OKAFOR: (In French) Merci.', '(In French)', STAGE);
    assertScope('We welcome it. (Applause.)', '(Applause.)', STAGE);
    assertScope('The group (JSPG) met.', '(JSPG)', STAGE, true);
  });

  await t.test('should tag straight, curly, guillemet and single curly quotes', () => {
    const straight = 'She said "we will not back down" and left.';
    assertScope(straight, '"we will not back down"', QUOTE);
    assertScope(straight, 'and left', QUOTE, true);
    const curly = 'He said “relations are self-sufficient” on Tuesday.';
    assertScope(curly, '“relations are self-sufficient”', QUOTE);
    assertScope(curly, 'on Tuesday', QUOTE, true);
    assertScope('Call it «a reset», she said.', '«a reset»', QUOTE);
    assertScope('The ‘guarantor’ idea failed.', '‘guarantor’', QUOTE);
    assertScope('“They [the sides] agreed,” he said.', '[the sides]', 'comment.block.editorial.transcript');
  });

  await t.test('should not open a quote at an apostrophe', () => {
    const line = 'The minister’s view is Kenya’s view.';
    assertScope(line, 'view is Kenya', QUOTE, true);
  });

  await t.test('should carry an unclosed quote only to the end of its line', () => {
    const lines = ['He said: “We will meet again', 'in spring,” officials added.'];
    assertScope(lines[0], 'We will meet again', QUOTE, false, lines);
    assertScope(lines[1], 'officials', QUOTE, true, lines);
  });

  await t.test('should tag dates in common forms and not a bare month name', () => {
    for (const [line, date] of [
      ['The talks ended on 29 December 2020 in the capital.', '29 December 2020'],
      ['It was signed on November 9, 2020, by both.', 'November 9, 2020'],
      ['The meeting is due in January 2021.', 'January 2021'],
      ['Filed 2023-04-05 by the agency.', '2023-04-05'],
      ['Talks resume on Dec. 3 in Geneva.', 'Dec. 3'],
      ['Lavrov spoke on Tuesday.', 'Tuesday'],
    ] as const) {
      assertScope(line, date, DATE);
    }
    assertScope('May I ask a question?', 'May', DATE, true);
  });

  await t.test('should tag numbers, money and percentages', () => {
    for (const [line, figure] of [
      ['More than 2 million tourists came.', '2 million'],
      ['Trade fell 12.5% last year.', '12.5%'],
      ['They pledged $3 billion in aid.', '$3 billion'],
      ['The 8th meeting opened.', '8th'],
      ['Some 1,200 troops remain.', '1,200'],
      ['Inflation hit 7 per cent.', '7 per cent'],
    ] as const) {
      assertScope(line, figure, NUMBER);
    }
    assertScope('The G20 met.', '20', NUMBER, true);
  });

  await t.test('should colour the sample transcript without errors and find its labels', () => {
    const sample = path.resolve(__dirname, '..', '..', '..', 'samples');
    for (const file of fs.readdirSync(sample).filter((f) => f.endsWith('.txt'))) {
      const lines = fs.readFileSync(path.join(sample, file), 'utf8').split(/\r?\n/);
      const tokens = tokenize(lines);
      assert.equal(tokens.length, lines.length);
      if (file.includes('transcript')) {
        const labelled = tokens.filter((line) => line.some((s) => s.includes(SPEAKER))).length;
        assert.ok(labelled > 0, `${file}: found no speaker label`);
      }
    }
  });
});
