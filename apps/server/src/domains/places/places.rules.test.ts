import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floorLabel, floorLevels, floorChanges } from './buildings/buildings.rules.ts';
import { isIanaTimeZone } from './properties/properties.rules.ts';
import { venueErrors, type VenueShape } from './venues/venues.rules.ts';

test('floor labels and levels', () => {
  const labels: [number, string][] = [
    [-3, 'B3'],
    [-1, 'B1'],
    [1, '1F'],
    [12, '12F'],
  ];
  for (const [level, label] of labels) assert.equal(floorLabel(level), label);
  const levels: [number, number, number[]][] = [
    [0, 0, []],
    [1, 0, [1]],
    [3, 2, [-2, -1, 1, 2, 3]],
    [0, 1, [-1]],
  ];
  for (const [above, below, want] of levels) assert.deepEqual(floorLevels(above, below), want, `${above}/${below}`);
});

test('floor changes when counts change', () => {
  const cases: [number[], number, number, { add: number[]; remove: number[] }][] = [
    [[1, 2], 2, 0, { add: [], remove: [] }],
    [[1, 2], 3, 1, { add: [-1, 3], remove: [] }],
    [[-1, 1, 2, 3], 1, 0, { add: [], remove: [-1, 2, 3] }],
    [[], 2, 0, { add: [1, 2], remove: [] }],
  ];
  for (const [existing, above, below, want] of cases) assert.deepEqual(floorChanges(existing, above, below), want);
});

test('time zones', () => {
  const zones: [string, boolean][] = [
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['America/New_York', true],
    ['Mars/Olympus', false],
    ['', false],
    ['EST', false],
    ['+08:00', false],
  ];
  for (const [tz, ok] of zones) assert.equal(isIanaTimeZone(tz), ok, tz);
});

test('venue rules', () => {
  const base: VenueShape = {
    seats: 30,
    minAttendees: null,
    layouts: [
      { layout: 'discussion', capacity: 30 },
      { layout: 'theatre', capacity: 50 },
    ],
    defaultLayout: 'discussion',
    equipment: [{ code: 'projector' }],
    openFrom: '08:00',
    openTo: '18:00',
    restricted: false,
    allowedOrganizationIds: [],
    linkedVenueIds: [],
  };
  const cases: [string, Partial<VenueShape>, string[]][] = [
    ['valid', {}, []],
    ['no layouts, no default', { layouts: [], defaultLayout: null }, []],
    ['default not among layouts', { defaultLayout: 'banquet' }, ['defaultLayout']],
    [
      'layout twice',
      {
        layouts: [
          { layout: 'discussion', capacity: 30 },
          { layout: 'discussion', capacity: 20 },
        ],
      },
      ['layouts.1.layout'],
    ],
    ['equipment twice', { equipment: [{ code: 'tv' }, { code: 'tv' }] }, ['equipment.1.code']],
    ['open hours reversed', { openFrom: '18:00', openTo: '08:00' }, ['openTo']],
    ['open hours empty', { openFrom: '09:00', openTo: '09:00' }, ['openTo']],
    ['min attendees within the largest layout', { minAttendees: 50 }, []],
    ['min attendees over capacity', { minAttendees: 51 }, ['minAttendees']],
    ['allowed organizations on an open venue', { allowedOrganizationIds: ['o1'] }, ['allowedOrganizationIds']],
    ['allowed organizations on a restricted venue', { restricted: true, allowedOrganizationIds: ['o1'] }, []],
    ['linked to itself', { linkedVenueIds: ['v2', 'self'] }, ['linkedVenueIds']],
    ['several errors at once', { defaultLayout: 'banquet', openFrom: '22:00' }, ['defaultLayout', 'openTo']],
  ];
  for (const [name, change, paths] of cases)
    assert.deepEqual(
      venueErrors({ ...base, ...change }, 'self').map((e) => e.path),
      paths,
      name,
    );
});
