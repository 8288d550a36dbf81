import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classificationInput, classificationOf, type ClassificationForm } from './classification.ts';

test('classificationInput: nature only on complaints, type only when communicative, subcategory only under equipment', () => {
  const base = { severity: 'general', urgency: 'normal' } as const;
  const table: [ClassificationForm, Partial<ReturnType<typeof classificationInput>>][] = [
    [
      { ...base, kind: 'repair', nature: 'valid', natureType: 'inquiry', category: 'equipment', subcategory: 'water' },
      { nature: null, natureType: null, category: 'equipment', subcategory: 'water' },
    ],
    [
      { ...base, kind: 'complaint', nature: 'valid', natureType: 'inquiry', category: 'attitude', subcategory: 'water' },
      { nature: 'valid', natureType: null, category: 'attitude', subcategory: null },
    ],
    [
      { ...base, kind: 'complaint', nature: 'communicative', natureType: 'venting' },
      { nature: 'communicative', natureType: 'venting', category: null, subcategory: null },
    ],
    [
      { ...base, kind: 'complaint', nature: 'communicative' },
      { nature: 'communicative', natureType: null },
    ],
    [
      { ...base, kind: 'complaint' },
      { nature: null, natureType: null },
    ],
    [
      { ...base, kind: 'repair', category: 'equipment' },
      { category: 'equipment', subcategory: null },
    ],
    [{ ...base, kind: 'repair', emergency: true }, { emergency: true }],
    [{ ...base, kind: 'repair', emergency: null }, { emergency: false }],
    [
      { ...base, kind: 'repair' },
      { kind: 'repair', severity: 'general', urgency: 'normal', emergency: false },
    ],
  ];
  for (const [form, want] of table) {
    const got = classificationInput(form);
    for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof typeof got], v, `${JSON.stringify(form)} → ${k}`);
  }
});

test('classificationOf: the eight classification fields and nothing else', () => {
  const classification = {
    kind: 'complaint',
    nature: 'communicative',
    natureType: 'venting',
    category: 'equipment',
    subcategory: 'water',
    severity: 'major',
    emergency: true,
    urgency: 'urgent',
  };
  assert.deepEqual(classificationOf({ id: 'x', content: 'leak', status: 'open', ...classification }), classification);
});
