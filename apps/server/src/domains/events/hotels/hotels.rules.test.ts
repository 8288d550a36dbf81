import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capacityOf, defaultStay, nightsOf, planRooming, releaseDue, roomProblem, type Occupant, type PlanGuest } from './hotels.rules.ts';

const o = (over: Partial<Occupant> = {}): Occupant => ({
  id: Math.random().toString(36).slice(2),
  name: 'x',
  vip: false,
  roomShare: 'any',
  gender: 'm',
  organization: null,
  places: 1,
  ...over,
});

test('room problems, by table', () => {
  const cases: [string, Parameters<typeof roomProblem>, string | null][] = [
    ['twin, two men', ['twin', false, [o(), o()]], null],
    ['twin, three', ['twin', false, [o(), o(), o()]], 'room_over_capacity'],
    ['king, two, not shared', ['king', false, [o(), o()]], 'room_over_capacity'],
    ['king shared, two', ['king', true, [o(), o()]], null],
    ['single alone', ['single', false, [o()]], null],
    ['guest and companion in a single', ['single', false, [o({ places: 2 })]], 'room_over_capacity'],
    ['guest and companion in a twin', ['twin', false, [o({ places: 2 })]], null],
    ['a VIP shares', ['twin', false, [o({ vip: true }), o()]], 'room_guest_single'],
    ['asked single shares', ['twin', false, [o(), o({ roomShare: 'single' })]], 'room_guest_single'],
    ['a VIP alone in a suite', ['suite', false, [o({ vip: true })]], null],
    ['man and woman', ['twin', false, [o(), o({ gender: 'f' })]], 'room_mixed_gender'],
    ['unknown gender pair', ['twin', false, [o({ gender: null }), o({ gender: null })]], 'room_mixed_gender'],
  ];
  for (const [name, args, want] of cases) assert.equal(roomProblem(...args), want, name);
  assert.equal(capacityOf('twin', false), 2);
  assert.equal(capacityOf('suite', false), 1);
});

test('nights and default stays, by table', () => {
  assert.deepEqual(nightsOf('2026-06-03', '2026-06-05'), ['2026-06-03', '2026-06-04']);
  const e = { startsOn: '2026-06-04', endsOn: '2026-06-05' };
  const cases: [Parameters<typeof defaultStay>[0], { checkIn: string; checkOut: string }][] = [
    [
      { arrivalDay: '2026-06-03', departureDay: '2026-06-05', attendDays: [] },
      { checkIn: '2026-06-03', checkOut: '2026-06-05' },
    ],
    [
      { arrivalDay: null, departureDay: null, attendDays: ['2026-06-04', '2026-06-05'] },
      { checkIn: '2026-06-03', checkOut: '2026-06-05' },
    ],
    [
      { arrivalDay: null, departureDay: null, attendDays: [] },
      { checkIn: '2026-06-03', checkOut: '2026-06-05' },
    ],
    [
      { arrivalDay: '2026-06-05', departureDay: '2026-06-05', attendDays: [] },
      { checkIn: '2026-06-05', checkOut: '2026-06-06' },
    ],
  ];
  for (const [g, want] of cases) assert.deepEqual(defaultStay(g, e), want);
});

test('release due, by table', () => {
  const cases: [{ rooms: number; used: number; releaseOn: string }, string, number, boolean][] = [
    [{ rooms: 5, used: 3, releaseOn: '2026-06-01' }, '2026-05-30', 3, true],
    [{ rooms: 5, used: 5, releaseOn: '2026-06-01' }, '2026-05-30', 3, false],
    [{ rooms: 5, used: 0, releaseOn: '2026-06-10' }, '2026-05-30', 3, false],
    [{ rooms: 5, used: 0, releaseOn: '2026-05-29' }, '2026-05-30', 3, false],
    [{ rooms: 5, used: 0, releaseOn: '2026-05-30' }, '2026-05-30', 0, true],
  ];
  for (const [b, today, warn, want] of cases) assert.equal(releaseDue(b, today, warn), want, JSON.stringify([b, today, warn]));
});

test('the plan: VIPs alone first (suite), pairs by gender into twins, the rest reported with reasons', () => {
  const stay = { checkIn: '2026-06-03', checkOut: '2026-06-05' };
  const g = (id: string, over: Partial<PlanGuest> = {}): PlanGuest => ({ ...o({ id, name: id }), ...stay, ...over });
  const guests = [
    g('vip', { vip: true }),
    g('m1', { organization: 'A' }),
    g('f1', { gender: 'f' }),
    g('m2', { organization: 'A' }),
    g('f2', { gender: 'f' }),
    g('solo', { roomShare: 'single' }),
    g('late', { checkIn: '2026-06-04', checkOut: '2026-06-06' }),
  ];
  const blocks = ['2026-06-03', '2026-06-04'].flatMap((night) => [
    { hotelId: 'H', roomType: 'suite' as const, night, free: 1 },
    { hotelId: 'H', roomType: 'twin' as const, night, free: 2 },
    { hotelId: 'H', roomType: 'single' as const, night, free: 1 },
  ]);
  const { rooms, unplaced } = planRooming(guests, blocks, ['H']);
  const of = (id: string) => rooms.find((r) => r.guestIds.includes(id));
  assert.equal(of('vip')!.roomType, 'suite');
  assert.equal(of('solo')!.roomType, 'single');
  assert.deepEqual(of('m1')!.guestIds.sort(), ['m1', 'm2']);
  assert.deepEqual(of('f1')!.guestIds.sort(), ['f1', 'f2']);
  assert.deepEqual(unplaced, [{ guestId: 'late', reason: 'no_block' }]);
  // One twin less: one pair does not fit; they are full, not missing.
  const fewer = planRooming(
    guests.slice(0, 5),
    blocks.map((b) => (b.roomType === 'twin' ? { ...b, free: 1 } : b)),
    ['H'],
  );
  assert.ok(fewer.unplaced.every((u) => u.reason === 'block_full'));
  assert.equal(fewer.unplaced.length, 1);
});
