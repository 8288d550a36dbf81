import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PriceList } from '../../../db/schema/index.ts';
import { estimateFee, statementLines, totalFen, venueFee } from './fees.rules.ts';

const LIST = {
  venue: [
    {
      venueClass: 'C',
      bands: [
        { upToHours: 8, fen: 1_500_000 },
        { upToHours: 4, fen: 800_000 },
      ],
      extraHourFen: 200_000,
    },
    { venueClass: 'C', venueType: 'presidium_hall', bands: [{ upToHours: 4, fen: 300_000 }], extraHourFen: 50_000 },
    { venueClass: 'A', bands: [], extraHourFen: 0 },
  ],
  items: [
    { code: 'water', name: '瓶装水', unit: '瓶', fen: 300, kind: 'consumable' },
    { code: 'battery', name: '电池', unit: '节', fen: 550, kind: 'technical' },
  ],
} as unknown as PriceList;

test('venue fee: the first band covering the meeting, then the last band plus every started extra hour; a type row wins; none without a row', () => {
  const table: [string, string, number, number | null, string | null][] = [
    ['C', 'main_hall', 60, 800_000, '≤4h'],
    ['C', 'main_hall', 240, 800_000, '≤4h'],
    ['C', 'main_hall', 241, 1_500_000, '≤8h'],
    ['C', 'main_hall', 480, 1_500_000, '≤8h'],
    ['C', 'main_hall', 481, 1_700_000, '>8h'],
    ['C', 'main_hall', 600, 1_900_000, '>8h'],
    ['C', 'presidium_hall', 300, 350_000, '>4h'],
    ['A', 'discussion_room', 60, null, null],
    ['B', 'discussion_room', 60, null, null],
  ];
  for (const [venueClass, venueType, minutes, fen, band] of table) {
    const f = venueFee(LIST, { venueClass, venueType }, minutes);
    assert.deepEqual([f?.fen ?? null, f?.band ?? null], [fen, band], `${venueClass} ${venueType} ${minutes} min`);
  }
});

test('statement lines: venue, consumables and technical losses by code, warehouse losses, purchases, extras; unknown codes reported', () => {
  const out = statementLines(LIST, {
    venue: { name: '主会场', venueClass: 'C', venueType: 'main_hall' },
    minutes: 90,
    items: [
      { code: 'water', qty: 10 },
      { code: 'battery', qty: 2, invoiceRef: 'FP1' },
      { code: 'gold', qty: 1 },
    ],
    losses: [{ code: 'mic', name: '话筒（损耗）', qty: 1, unit: '支', unitFen: 20_000, sourceId: 'i1' }],
    purchases: [{ id: 'p1', number: 'HY-CG-1', totalFen: 12_345, invoiceRef: 'FP2' }],
    extra: [{ name: '横幅', qty: 2, unit: '条', unitFen: 5000 }],
  });
  assert.deepEqual(out.unknown, ['gold']);
  assert.deepEqual(
    out.lines.map((l) => [l.kind, l.name, l.qty, l.amountFen, l.invoiceRef]),
    [
      ['venue', '场地费（主会场，1.5小时）', 1, 800_000, null],
      ['consumable', '瓶装水', 10, 3000, null],
      ['technical_loss', '电池', 2, 1100, 'FP1'],
      ['technical_loss', '话筒（损耗）', 1, 20_000, null],
      ['purchase', '代订代购（HY-CG-1）', 1, 12_345, 'FP2'],
      ['other', '横幅', 2, 10_000, null],
    ],
  );
  assert.equal(totalFen(out.lines), 846_445);
  assert.deepEqual(
    statementLines(LIST, { venue: { name: 'x', venueClass: 'A', venueType: 'y' }, minutes: 60, items: [], purchases: [], extra: [] })
      .unknown,
    ['venue:A'],
  );
});

test('estimate: venue fee for the hours, requested services the list prices (water per attendee unless a quantity is asked), nothing guessed', () => {
  const hall = { name: '主会场', venueClass: 'C', venueType: 'main_hall' };
  const e = estimateFee(LIST, {
    venue: hall,
    minutes: 300,
    attendeeCount: 40,
    services: [{ code: 'water' }, { code: 'banner' }, { code: 'battery', qty: 4 }],
  });
  assert.deepEqual(e.venue, { name: '主会场', hours: 5, fen: 1_500_000, extraHours: 0 });
  assert.deepEqual(
    e.items.map((i) => [i.code, i.qty, i.amountFen]),
    [
      ['water', 40, 12_000],
      ['battery', 4, 2_200],
    ],
  );
  assert.equal(e.totalFen, 1_514_200);
  const water = estimateFee(LIST, { venue: hall, minutes: 60, attendeeCount: 40, services: [{ code: 'water', qty: 10 }] });
  assert.equal(water.items[0]!.qty, 10);
  const unpriced = estimateFee(LIST, { venue: { ...hall, venueClass: 'B' }, minutes: 60, attendeeCount: 5, services: [] });
  assert.deepEqual([unpriced.priced, unpriced.venue, unpriced.totalFen], [false, null, 0]);
});
