/**
 * Subjects of verbs of saying resolved over the account (src/core/annotators/attribution/resolve.ts):
 * a person subject through its resolved mention, a bare role through its one holder, a
 * pronoun through the running speaker (a "he" or "she" only to someone of that gender, when
 * the texts give one). Invented texts and keys.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSaying, UnitSubjects, type Subject } from '../../../../src/core/annotators/attribution/find';
import { mentionOfSubject, resolveSubject, type SpeakerState, type SubjectLookup } from '../../../../src/core/annotators/attribution/resolve';
import type { PersonGender } from '../../../../src/core/data/genders';
import { tokenize } from '../../../../src/core/text/tokens';

/**
 * The person subject of "Anna Voss said …", met with the candidates "Anna Voss" and "Voss"
 * (both end at the token before the verb; the claim finder takes the last, "Voss").
 */
function annaVossSaid(): { text: string; subject: Subject & { kind: 'person' } } {
  const text = 'Anna Voss said the pier was ready.';
  const subjects = new UnitSubjects(text, tokenize(text), [{ start: 0, end: 9 }, { start: 5, end: 9 }]);
  const subject = subjects.subjectOfVerb(subjects.tokens.findIndex(isSaying), 0);
  assert.equal(subject?.kind, 'person');
  return { text, subject: subject as Subject & { kind: 'person' } };
}

test('should find the resolved mention a person subject stands for', () => {
  const { subject } = annaVossSaid();
  assert.equal(mentionOfSubject(subject, [{ start: 5, end: 9, speaker: 'voss' }])?.speaker, 'voss');
  // the last of the resolved mentions that is a candidate
  assert.equal(mentionOfSubject(subject, [{ start: 0, end: 4, speaker: 'anna' }, { start: 5, end: 9, speaker: 'voss' }])?.speaker, 'voss');
});

test('should find no mention when the candidate did not resolve, or resolved with another extent', () => {
  const { subject } = annaVossSaid();
  assert.equal(mentionOfSubject(subject, []), undefined);
  assert.equal(mentionOfSubject(subject, [{ start: 20, end: 24, speaker: 'lund' }]), undefined);
  // "Anna Voss" starts at another token than the "Voss" the claim finder met: the unit is read again
  assert.equal(mentionOfSubject(subject, [{ start: 0, end: 9, speaker: 'voss' }]), undefined);
});

const GENDERS: Readonly<Record<string, PersonGender>> = { voss: 'female', lund: 'male' };
const lookup = (more: Partial<SubjectLookup> = {}): SubjectLookup => ({ speakerOf: () => 'voss', genderOf: (key) => GENDERS[key], ...more });

test('should resolve a person subject through its mention and leave a group with no one', () => {
  const state: SpeakerState = { lastSayerUnit: -10, lastSayer: 'lund' };
  assert.equal(resolveSubject(annaVossSaid().subject, state, 0, lookup()), 'voss');
  assert.equal(resolveSubject({ kind: 'group' }, state, 0, lookup()), undefined);
  assert.equal(resolveSubject(undefined, state, 0, lookup()), undefined);
});

test('should resolve a bare role through its one holder, else through the running speaker', () => {
  const state: SpeakerState = { lastSayerUnit: 3, lastSayer: 'lund' };
  assert.equal(resolveSubject({ kind: 'pronoun', role: 'minister' }, state, 4, lookup({ holderOf: (role) => (role === 'minister' ? 'voss' : undefined) })), 'voss');
  assert.equal(resolveSubject({ kind: 'pronoun', role: 'minister' }, state, 4, lookup({ holderOf: () => undefined })), 'lund');
});

test('should resolve a pronoun to the last sayer within three units, else to the person named before it', () => {
  const state: SpeakerState = { lastSayerUnit: 2, lastSayer: 'lund', lastMentioned: 'berg' };
  const pronoun: Subject = { kind: 'pronoun' };
  assert.equal(resolveSubject(pronoun, state, 5, lookup()), 'lund');
  assert.equal(resolveSubject(pronoun, state, 6, lookup({ mentionedBefore: () => 'voss' })), 'voss');
  assert.equal(resolveSubject(pronoun, state, 6, lookup()), 'berg');
});

test('should resolve "she" only to a person the texts do not give another gender', () => {
  const she: Subject = { kind: 'pronoun', gender: 'female' };
  const state: SpeakerState = { lastSayerUnit: 2, lastSayer: 'lund', lastMentioned: 'voss' };
  // the last sayer is a man: past him to the woman mentioned last
  assert.equal(resolveSubject(she, state, 3, lookup()), 'voss');
  // no woman anywhere: no one, rather than the man
  assert.equal(resolveSubject(she, { lastSayerUnit: 2, lastSayer: 'lund', lastMentioned: 'lund' }, 3, lookup()), undefined);
  // a person of unknown gender fits
  assert.equal(resolveSubject(she, { lastSayerUnit: 2, lastSayer: 'berg' }, 3, lookup()), 'berg');
});
