/** The events family of the cockpit: the 常务副总 sees the conferences coming within 30 days, their open duties and the guests yet to answer. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ok, TestClock } from '../../../test/helpers.ts';
import { eventsWorld } from '../events.fixture.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
const w = await eventsWorld(clock);
after(() => w.t.close());

test('the lead’s cockpit counts the coming events, their open duties and unanswered invitations', async () => {
  const e = await w.newEvent();
  await w.newEvent({ startsOn: '2026-07-20', endsOn: '2026-07-21' }); // beyond 30 days: not counted
  await w.addGuests(e.id, 3, { rsvp: 'invited', registeredAt: null });
  await w.addGuests(e.id, 2);
  const duties = e.groups.reduce((n: number, g: { duties: unknown[] }) => n + g.duties.length, 0);
  const g = e.groups[0];
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/groups/${g.id}/duties/${g.duties[0].id}`, { done: true }));
  const c = ok(await w.s.lead.get(`/api/v1/cockpit?propertyId=${w.fx.propertyId}`));
  assert.ok(c.families.includes('events'));
  const count = (id: string) => c.tiles.find((t: { id: string }) => t.id === id)?.count;
  assert.equal(count('events_upcoming'), 1);
  assert.equal(count('events_open_duties'), duties - 1);
  assert.equal(count('events_unanswered'), 3);
  // Nobody else's cockpit has the family.
  assert.ok(!ok(await w.s.dispatcher.get(`/api/v1/cockpit?propertyId=${w.fx.propertyId}`)).families.includes('events'));
});
