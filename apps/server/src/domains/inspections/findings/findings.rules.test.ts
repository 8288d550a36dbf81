import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterReinspection, fridayWeek, routeOf, stepRefusal, weeklyLines, type FindingFacts } from './findings.rules.ts';

test('routing by category: cleaning, greenery, pest → housekeeping; repair, safety → repair; other → the inspector', () => {
  const table = [
    ['cleaning', 'housekeeping'],
    ['greenery', 'housekeeping'],
    ['pest', 'housekeeping'],
    ['repair', 'repair'],
    ['safety', 'repair'],
    ['other', 'inspector'],
  ] as const;
  for (const [category, route] of table) assert.equal(routeOf(category), route, category);
});

test('the re-inspection state machine: fix, re-inspect (fail sends back, pass closes), close only after a pass', () => {
  const hk = (state: FindingFacts['state']): FindingFacts => ({ route: 'housekeeping', state, caseId: null, workOrderStatus: null });
  const table: [FindingFacts, Parameters<typeof stepRefusal>[1], string | null][] = [
    [hk('open'), 'fix', null],
    [hk('open'), 'reinspect', 'finding_state'],
    [hk('open'), 'close', 'finding_reinspection_required'],
    [hk('open'), 'repair', 'finding_not_repairable'],
    [hk('fixed'), 'fix', 'finding_state'],
    [hk('fixed'), 'reinspect', null],
    [hk('fixed'), 'close', 'finding_reinspection_required'],
    [hk('closed'), 'reinspect', 'finding_closed'],
    [hk('closed'), 'close', 'finding_closed'],
  ];
  for (const [f, step, want] of table) assert.equal(stepRefusal(f, step), want, `${f.state} ${step}`);
  assert.equal(afterReinspection('pass'), 'closed');
  assert.equal(afterReinspection('fail'), 'open');
});

test('repair findings: one case, verified once the work order is completed, never closed by hand with a case', () => {
  const rp = (state: FindingFacts['state'], caseId: string | null, wo: string | null): FindingFacts => ({
    route: 'repair',
    state,
    caseId,
    workOrderStatus: wo,
  });
  assert.equal(stepRefusal(rp('open', null, null), 'repair'), null);
  assert.equal(stepRefusal(rp('in_repair', 'c', 'issued'), 'repair'), 'finding_case_exists');
  assert.equal(stepRefusal(rp('open', null, null), 'fix'), 'finding_not_housekeeping');
  assert.equal(stepRefusal(rp('open', null, null), 'verify'), 'finding_state');
  for (const wo of [null, 'issued', 'accepted', 'on_site', 'voided'])
    assert.equal(stepRefusal(rp('in_repair', 'c', wo), 'verify'), 'finding_work_not_done', String(wo));
  for (const wo of ['completed', 'signed', 'returned']) assert.equal(stepRefusal(rp('in_repair', 'c', wo), 'verify'), null, wo);
  assert.equal(stepRefusal(rp('in_repair', 'c', 'issued'), 'close'), 'finding_state');
  assert.equal(stepRefusal(rp('open', null, null), 'close'), null);
  assert.equal(stepRefusal({ route: 'inspector', state: 'open', caseId: null, workOrderStatus: null }, 'close'), null);
});

test('the Friday week: Saturday to Friday; not a Friday → null', () => {
  assert.deepEqual(fridayWeek('2026-12-04'), { from: '2026-11-28', to: '2026-12-04' });
  assert.equal(fridayWeek('2026-12-03'), null);
  assert.equal(fridayWeek('2026-02-30'), null);
});

test('weekly summary math: found in the week, done in the week, open at its end, long open beyond 7 days, oldest first, names in pinyin order', () => {
  const f = (id: string, who: string, foundDay: string, closedDay: string | null) => ({
    id,
    inspectorId: who,
    inspectorName: who === 'a' ? '陈国强' : '刘洋',
    foundDay,
    closedDay,
  });
  const lines = weeklyLines(
    [
      f('1', 'a', '2026-11-30', null), // found in the week, open (3 days: not long)
      f('2', 'a', '2026-12-01', '2026-12-03'), // found and done in the week
      f('3', 'a', '2026-11-10', null), // long open: 24 days
      f('4', 'a', '2026-11-20', '2026-12-02'), // done in the week (found before)
      f('5', 'a', '2026-11-01', '2026-11-15'), // done before: not counted
      f('6', 'b', '2026-11-25', '2026-12-05'), // closed after the week: open at its end, 9 days → long
      f('7', 'b', '2026-12-05', null), // after the week: ignored
      f('8', 'a', '2026-11-20', null), // 14 days → long
    ],
    '2026-11-28',
    '2026-12-04',
    7,
  );
  assert.deepEqual(
    lines.map((l) => [l.inspectorName, l.found, l.done, l.open, l.longOpen.map((x) => [x.id, x.daysOpen])]),
    [
      [
        '陈国强',
        2,
        2,
        3,
        [
          ['3', 24],
          ['8', 14],
        ],
      ],
      ['刘洋', 0, 0, 1, [['6', 9]]],
    ],
  );
});
