import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterPersons, type NameMention } from '../../../../src/core/annotators/persons/clusters';

let offset = 0;
const m = (text: string, evidence: 'strong' | 'weak' = 'weak', account = 0): NameMention => ({ account, start: (offset += 10), text, words: text.split(' '), evidence });

test('should cluster full names, variants and surnames into one person', () => {
  const mentions = [m('Sergey Lavrov', 'strong'), m('Sergei Lavrov', 'weak', 1), m('Lavrov', 'weak', 1), m('LAVROV', 'strong')];
  const { keyOf, clusters } = clusterPersons(mentions);
  assert.equal(new Set(keyOf).size, 1);
  assert.equal(clusters.size, 1);
  const person = [...clusters.values()][0]!;
  assert.equal(person.name, 'Sergey Lavrov');
  assert.ok(person.aliases.includes('Lavrov'));
});

test('should keep people who share a surname apart', () => {
  const { keyOf } = clusterPersons([m('Joe Biden', 'strong'), m('Hunter Biden', 'strong')]);
  assert.notEqual(keyOf[0], keyOf[1]);
});

test('should link a surname to the nearest person with that surname before it', () => {
  const mentions = [m('Joe Biden', 'strong'), m('Hunter Biden', 'strong'), m('Biden')];
  const { keyOf } = clusterPersons(mentions);
  assert.equal(keyOf[2], keyOf[1]);
});

test('should merge a shorter form of a longer name', () => {
  const { keyOf } = clusterPersons([m('Recep Tayyip Erdogan', 'strong'), m('Tayyip Erdogan'), m('Erdoğan')]);
  assert.equal(new Set(keyOf).size, 1);
});

test('should drop capitalised phrases that nothing marks as a person', () => {
  const { keyOf, clusters } = clusterPersons([m('Hagia Sophia'), m('Astana'), m('Antonio Guterres', 'strong')]);
  assert.equal(keyOf[0], undefined);
  assert.equal(keyOf[1], undefined);
  assert.ok(keyOf[2]);
  assert.equal(clusters.size, 1);
});

test('should number persons by first mention, whatever the input order', () => {
  const a = [m('Ana Ribeiro', 'strong'), m('Tomás Vidal', 'strong')];
  const first = clusterPersons(a);
  const second = clusterPersons([...a].reverse());
  assert.equal(first.clusters.get('person:1')!.name, 'Ana Ribeiro');
  assert.equal(second.clusters.get('person:1')!.name, 'Ana Ribeiro');
});

test('should name a person by the full given name rather than an initial', () => {
  const { clusters } = clusterPersons([m('S. Lavrov', 'strong'), m('S. Lavrov', 'strong'), m('Sergey Lavrov', 'strong')]);
  assert.deepEqual([...clusters.values()].map((p) => p.name), ['Sergey Lavrov']);
});

test('should give a given name alone to the one person of the account with that given name', () => {
  const { keyOf } = clusterPersons([m('Tomas Rieger', 'strong'), m('Tomas'), m('Tomas', 'weak', 1)]);
  assert.equal(keyOf[1], keyOf[0]);
  // another account that never names him in full: not him
  assert.equal(keyOf[2], undefined);
});

test('should leave a given name alone unresolved when two persons share it', () => {
  const { keyOf } = clusterPersons([m('Tomas Rieger', 'strong'), m('Tomas Ode', 'strong'), m('Tomas')]);
  assert.equal(keyOf[2], undefined);
});

test('should cluster a two-syllable given name written spaced or hyphenated, and the family name alone after a title', () => {
  for (const order of [['Han So Min', 'Han So-min'], ['Han So-min', 'Han So Min']]) {
    const { keyOf } = clusterPersons([m(order[0]!, 'strong'), m(order[1]!), m('Han', 'strong')]);
    assert.equal(new Set(keyOf).size, 1, order.join(' / '));
    assert.notEqual(keyOf[0], undefined);
  }
});

test('should keep apart names that share the joined syllables but not the family name', () => {
  const { keyOf } = clusterPersons([m('Han So Min', 'strong'), m('Park So-min', 'strong')]);
  assert.notEqual(keyOf[0], keyOf[1]);
});
