import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf, normalizeQuery, pigeonholeOf } from './directory.rules.ts';

test('initials: pinyin of Chinese names, surnames read as surnames, other text kept', () => {
  assert.equal(initialsOf('李明华', true), 'lmh');
  assert.equal(initialsOf('单雄信', true), 'sxx');
  assert.equal(initialsOf('市财政局'), 'sczj');
  assert.equal(initialsOf('IBM中国'), 'ibmzg');
  assert.equal(initialsOf('  '), '');
});

test('pigeonhole: the first letter, # without one', () => {
  assert.equal(pigeonholeOf('张晓东', true), 'Z');
  assert.equal(pigeonholeOf('欧阳修', true), 'O');
  assert.equal(pigeonholeOf('3M公司'), 'M');
  assert.equal(pigeonholeOf('123'), '#');
});

test('a desk query: initials when letters only, digits when a phone', () => {
  assert.equal(normalizeQuery('  '), null);
  assert.deepEqual(normalizeQuery('LMH'), { text: 'LMH', initials: 'lmh', digits: null });
  assert.deepEqual(normalizeQuery('0755-2830'), { text: '0755-2830', initials: null, digits: '07552830' });
  assert.deepEqual(normalizeQuery('财政'), { text: '财政', initials: null, digits: null });
});
