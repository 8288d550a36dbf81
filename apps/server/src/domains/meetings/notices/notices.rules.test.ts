import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { isConference, noticeDeadlines } from './notices.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const local = (d: Date | null) => d && d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);

test('conference building: its hall types, or any venue of a building listed as one', () => {
  const table: [{ type: string; buildingCode: string | null }, string[], boolean][] = [
    [{ type: 'main_hall', buildingCode: null }, [], true],
    [{ type: 'group_room', buildingCode: 'X' }, ['HYDS'], true],
    [{ type: 'discussion_room', buildingCode: 'HYDS' }, ['HYDS'], true],
    [{ type: 'discussion_room', buildingCode: 'A1' }, ['HYDS'], false],
    [{ type: 'discussion_room', buildingCode: null }, ['HYDS'], false],
  ];
  for (const [venue, buildings, want] of table) assert.equal(isConference(venue, buildings), want, `${venue.type} ${venue.buildingCode}`);
});

test('conference deadlines: notice by the end of the second working day before, ready by the end of the previous one; none elsewhere', () => {
  const table: [string, boolean, string | null, string | null][] = [
    // Thursday meeting: notice Tuesday, ready Wednesday.
    ['2026-06-04T14:00:00+08:00', true, '2026-06-02 17:30', '2026-06-03 17:30'],
    // Monday meeting: ready Friday, notice Thursday (the weekend is no working day).
    ['2026-06-08T09:00:00+08:00', true, '2026-06-04 17:30', '2026-06-05 17:30'],
    // Monday after the Dragon Boat holiday (19–21 June 2026): ready Thursday, notice Wednesday.
    ['2026-06-22T09:00:00+08:00', true, '2026-06-17 17:30', '2026-06-18 17:30'],
    ['2026-06-04T14:00:00+08:00', false, null, null],
  ];
  for (const [start, conference, notice, ready] of table) {
    const d = noticeDeadlines(CAL, new Date(start), conference, { notice: 2, ready: 1 });
    assert.deepEqual([local(d.noticeDeadline), local(d.readyDeadline)], [notice, ready], start);
  }
});

test('conference deadlines follow the settings: 3 working days ahead, ready on the day (0)', () => {
  // Monday meeting: notice the Wednesday before (3 working days), ready at the end of Monday itself.
  const d = noticeDeadlines(CAL, new Date('2026-06-08T09:00:00+08:00'), true, { notice: 3, ready: 0 });
  assert.deepEqual([local(d.noticeDeadline), local(d.readyDeadline)], ['2026-06-03 17:30', '2026-06-08 17:30']);
});
