import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupTravellers, pickVehicle, seatsOf, vehicleDays, type Traveller } from './transport.rules.ts';

const at = (hm: string) => new Date(`2026-06-03T${hm}:00+08:00`);
const p = (id: string, hm: string, station: string, mode: Traveller['mode'] = 'train', seats = 1): Traveller => ({
  guestId: id,
  name: id,
  at: at(hm),
  station,
  mode,
  seats,
});
const hm = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

test('arrivals group per station within the window, departing at the latest arrival + 20 min', () => {
  const cases: { name: string; people: Traveller[]; window: number; max?: number; want: [string, string, string[]][] }[] = [
    { name: 'nobody', people: [], window: 60, want: [] },
    { name: 'one', people: [p('a', '14:05', '深圳北站')], window: 60, want: [['深圳北站', '14:25', ['a']]] },
    {
      name: 'within the window from the first',
      people: [p('a', '14:00', '深圳北站'), p('b', '14:50', '深圳北站'), p('c', '15:01', '深圳北站')],
      window: 60,
      want: [
        ['深圳北站', '15:10', ['a', 'b']],
        ['深圳北站', '15:21', ['c']],
      ],
    },
    {
      name: 'stations apart; drivers left out',
      people: [p('a', '14:00', '深圳北站'), p('b', '14:10', '宝安国际机场', 'plane'), p('c', '14:10', '深圳北站', 'car')],
      window: 60,
      want: [
        ['深圳北站', '14:20', ['a']],
        ['宝安国际机场', '14:30', ['b']],
      ],
    },
    {
      name: 'the largest vehicle splits a group (companions count)',
      people: [p('a', '14:00', '深圳北站', 'train', 3), p('b', '14:10', '深圳北站', 'train', 3), p('c', '14:20', '深圳北站')],
      window: 60,
      max: 6,
      want: [
        ['深圳北站', '14:30', ['a', 'b']],
        ['深圳北站', '14:40', ['c']],
      ],
    },
  ];
  for (const c of cases) {
    const got = groupTravellers('pickup', c.people, c.window, c.max ?? null).map((g) => [g.station, hm(g.departsAt), g.guestIds]);
    assert.deepEqual(got, c.want, c.name);
  }
});

test('drop-offs reach the station 1 h (train) or 2 h (plane) before the earliest departure', () => {
  const [train, plane] = [
    groupTravellers('dropoff', [p('a', '17:30', '深圳北站'), p('b', '18:00', '深圳北站')], 60),
    groupTravellers('dropoff', [p('c', '18:00', '宝安国际机场', 'plane')], 60),
  ];
  assert.deepEqual([hm(train[0]!.departsAt), hm(train[0]!.endsAt)], ['15:30', '16:30']);
  assert.deepEqual([hm(plane[0]!.departsAt), hm(plane[0]!.endsAt)], ['15:00', '16:00']);
});

test('the smallest free vehicle with enough seats', () => {
  const vs = [
    { id: 'bus', seats: 45 },
    { id: 'mpv', seats: 7 },
    { id: 'mini', seats: 19 },
  ];
  const trip = (seats: number) => ({ seats, departsAt: at('14:00'), endsAt: at('15:00') });
  const busy = [{ vehicleId: 'mpv', departsAt: at('14:30'), endsAt: at('16:00') }];
  const cases: [number, typeof busy, string | null][] = [
    [5, [], 'mpv'],
    [5, busy, 'mini'],
    [20, [], 'bus'],
    [46, [], null],
  ];
  for (const [seats, b, want] of cases) assert.equal(pickVehicle(trip(seats), vs, b), want, `${seats} seats`);
});

test('vehicle-days and seats', () => {
  const d = vehicleDays([
    { vehicleId: 'a', day: '2026-06-04' },
    { vehicleId: 'a', day: '2026-06-04' },
    { vehicleId: 'a', day: '2026-06-05' },
    { vehicleId: 'b', day: '2026-06-05' },
  ]);
  assert.deepEqual(
    [...d],
    [
      ['a', 2],
      ['b', 1],
    ],
  );
  assert.equal(seatsOf([]), 1);
  assert.equal(seatsOf([{ name: 'x' }, { name: 'y' }]), 3);
  assert.equal(seatsOf(null), 1);
});
