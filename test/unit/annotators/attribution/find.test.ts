/**
 * The subjects of verbs of saying in one unit (src/core/annotators/attribution/find.ts): a
 * person mention, a pronoun or a bare role standing for one, or a group; found to the left
 * of the verb, right after it, or after a closing quotation mark. Invented texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSaying, UnitSubjects, type Subject } from '../../../../src/core/annotators/attribution/find';
import { tokenize } from '../../../../src/core/text/tokens';

/** The unit's subjects, with `names` (each found at its first occurrence) as its person mentions. */
function subjectsOf(text: string, names: readonly string[]): UnitSubjects {
  const mentions = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })).sort((a, b) => a.start - b.start || b.end - a.end);
  return new UnitSubjects(text, tokenize(text), mentions);
}

/** A subject as a string: the person mention's text, "pronoun", "pronoun:<gender>", "role:<role>" or "group"; "-" for none. */
function show(text: string, s: Subject | undefined): string {
  if (!s) return '-';
  if (s.kind === 'group') return 'group';
  if (s.kind === 'pronoun') return s.role ? `role:${s.role}` : s.gender ? `pronoun:${s.gender}` : 'pronoun';
  return text.slice(s.spans[s.spans.length - 3], s.spans[s.spans.length - 2]);
}

/** The subject of the first verb of saying of `text`. */
function subjectOfSaying(text: string, names: readonly string[] = []): string {
  const subjects = subjectsOf(text, names);
  const v = subjects.tokens.findIndex(isSaying);
  assert.ok(v >= 0, `no verb of saying in ${text}`);
  return show(text, subjects.subjectOfVerb(v, 0));
}

test('should tell a verb of saying by its lower-case form', () => {
  const [said, , Said] = tokenize('said and Said');
  assert.equal(isSaying(said!), true);
  assert.equal(isSaying(Said!), false);
});

test('should find a person, a pronoun, a bare role or a group before the verb', () => {
  assert.equal(subjectOfSaying('Voss said the pier was ready.', ['Voss']), 'Voss');
  assert.equal(subjectOfSaying('She said the pier was ready.'), 'pronoun:female');
  assert.equal(subjectOfSaying('The minister said the pier was ready.'), 'role:minister');
  assert.equal(subjectOfSaying('Analysts said the pier was late.'), 'group');
  assert.equal(subjectOfSaying('Voss has told the council that the pier was ready.', ['Voss']), 'Voss');
});

test('should find the person before a parenthetical or a relative clause, not the one inside it', () => {
  assert.equal(subjectOfSaying('Anna Voss, speaking to reporters, said the pier was ready.', ['Anna Voss']), 'Anna Voss');
  assert.equal(subjectOfSaying('Voss, who met Lund on Friday, said the pier was ready.', ['Voss', 'Lund']), 'Voss');
});

test('should find the person right after the verb ("said Voss")', () => {
  assert.equal(subjectOfSaying('The pier is ready, said Voss.', ['Voss']), 'Voss');
});

test("should not take the possessor of a role for the one who speaks (\"Lund's spokesman said\")", () => {
  assert.equal(subjectOfSaying("Erik Lund's spokesman said the pier was ready.", ['Erik Lund']), '-');
  // the holder named after a comma speaks
  assert.equal(subjectOfSaying("Erik Lund's spokesman, Anna Voss, said the pier was ready.", ['Erik Lund', 'Anna Voss']), 'Anna Voss');
});

test('should find the attribution after a closing quotation mark', () => {
  const after = (text: string, names: readonly string[]) => show(text, subjectsOf(text, names).subjectAfter(text.indexOf('”') + 1, text.length));
  assert.equal(after('“We are ready,” Voss said.', ['Voss']), 'Voss');
  assert.equal(after('“We are ready,” said Foreign Minister Anna Voss.', ['Anna Voss']), 'Anna Voss');
  assert.equal(after('“We are ready,” she added.', []), 'pronoun:female');
  // no verb of saying after the name: no attribution
  assert.equal(after('“We are ready.” Voss left the room.', ['Voss']), '-');
});

test('should record each person subject met once', () => {
  const text = 'Voss said it was ready. Voss said it again.';
  const subjects = subjectsOf(text, ['Voss']);
  subjects.subjectOfVerb(1, 0);
  subjects.subjectOfVerb(1, 0);
  assert.equal(subjects.met.length, 1);
  assert.equal(show(text, subjects.met[0]), 'Voss');
  // a pronoun is not met
  const pronoun = subjectsOf('She said it was ready.', []);
  pronoun.subjectOfVerb(1, 0);
  assert.deepEqual(pronoun.met, []);
});
