import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents, serviceNotices, warehouseItems } from '../../../db/schema/index.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { workbook } from '../../../test/builders.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { materialsCosts } from './materials.costs.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

const line = (over: Record<string, unknown> = {}) => ({
  category: 'badge',
  name: '胸牌',
  basis: 'people',
  spare: 10,
  unit: '个',
  placement: '主会场签到台',
  ...over,
});

/** The event with its plenary booked and noticed: materials are drawn on that notice. */
async function noticedEvent() {
  const e = await w.newEvent();
  const noticeId = await w.meeting();
  const [n] = await w.t.database.db.select().from(serviceNotices).where(eq(serviceNotices.id, noticeId));
  await w.addSession(e.id, { bookingId: n!.bookingId });
  return { e, noticeId };
}
async function uDisk(stock = 40) {
  const code = `usb.u${Math.floor(Math.random() * 1e6)}`;
  return ok(
    await w.s.assistant.post('/api/v1/warehouse-items', {
      propertyId: w.fx.propertyId,
      code,
      name: 'U盘 8G',
      unit: '个',
      stock,
      lossFen: 4500,
      technical: false,
    }),
    201,
  );
}

test('the list: lines are added, edited, ticked and removed; computed quantities follow the registrations; audited', async () => {
  const e = await w.newEvent();
  const sec = e.groups[0];
  const badge = ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line({ groupId: sec.id })), 201);
  assert.equal(badge.quantity, 10);
  assert.equal(badge.groupName, '文秘信息组');
  const gift = ok(
    await w.s.lead.post(
      `/api/v1/events/${e.id}/materials`,
      line({ category: 'gift', name: '书签套装', basis: 'vip', spare: 0, unit: '套', unitFen: 12_800 }),
    ),
    201,
  );
  await w.addGuests(e.id, 20);
  await w.addGuests(e.id, 3, { vip: true, kind: 'speaker', companions: [{ name: '随行', relation: '秘书' }] });
  await w.addGuests(e.id, 4, { rsvp: 'declined' });
  const list = ok(await w.s.lead.get(`/api/v1/events/${e.id}/materials`));
  assert.deepEqual(list.figures, { people: 26, guests: 20, speakers: 3, vip: 3, staff: 0, sessions: 0 });
  assert.equal(list.data.find((l: { id: string }) => l.id === badge.id).quantity, 36);
  const g = list.data.find((l: { id: string }) => l.id === gift.id);
  assert.deepEqual([g.basisCount, g.quantity, g.amountFen], [3, 3, 38_400]);
  const edited = ok(
    await w.s.lead.patch(`/api/v1/events/${e.id}/materials/${badge.id}`, { spare: 5, status: 'ready', version: badge.version }),
  );
  assert.deepEqual([edited.quantity, edited.status], [31, 'ready']);
  problem(await w.s.lead.patch(`/api/v1/events/${e.id}/materials/${badge.id}`, { spare: 6, version: badge.version }), 409, 'conflict');
  assert.equal(ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${badge.id}/status`, { status: 'placed' })).status, 'placed');
  assert.equal(ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${gift.id}/status`, { status: 'returned' })).status, 'returned');
  ok(await w.s.lead.del(`/api/v1/events/${e.id}/materials/${gift.id}`));
  assert.equal(ok(await w.s.lead.get(`/api/v1/events/${e.id}/materials`)).data.length, 1);
  const audits = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'event_material'), eq(auditEvents.entityId, badge.id)));
  assert.deepEqual(audits.map((a) => a.action).sort(), ['event_material.created', 'event_material.updated', 'event_material.updated']);
  const wb = await workbook((await w.s.lead.get(`/api/v1/events/${e.id}/materials/export`)).rawPayload);
  assert.equal(wb.worksheets[0]!.getRow(3).getCell(3).value, '胸牌');
});

test('bad input: no name, unknown group, a warehouse line without an item, a status step back two', async () => {
  const e = await w.newEvent();
  const other = await w.newEvent();
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line({ name: '' })), 400);
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line({ groupId: other.groups[0].id })),
    422,
    'event_material_group_unknown',
  );
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line({ source: 'warehouse' })), 422, 'event_material_item_required');
  const l = ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line()), 201);
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/status`, { status: 'placed' }));
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/status`, { status: 'needed' }), 409, 'event_material_status_step');
});

test('the warehouse: 422 without a notice; drawn through the meetings checkout (stock down, over-draw refused), returned with a loss; costs', async () => {
  const bare = await w.newEvent();
  const item = await uDisk(40);
  const l0 = ok(
    await w.s.lead.post(
      `/api/v1/events/${bare.id}/materials`,
      line({ category: 'storage', name: 'U盘 8G', basis: 'fixed', fixedQty: 30, source: 'warehouse', warehouseItemId: item.id }),
    ),
    201,
  );
  const refusal = problem(await w.s.lead.post(`/api/v1/events/${bare.id}/materials/${l0.id}/draw`, { qty: 5 }), 422, 'event_no_notice_yet');
  assert.match(refusal.detail ?? refusal.title, /通知单/);

  const { e, noticeId } = await noticedEvent();
  const l = ok(
    await w.s.lead.post(
      `/api/v1/events/${e.id}/materials`,
      line({ category: 'storage', name: 'U盘 8G', basis: 'fixed', fixedQty: 30, source: 'warehouse', warehouseItemId: item.id }),
    ),
    201,
  );
  const printed = ok(
    await w.s.lead.post(
      `/api/v1/events/${e.id}/materials`,
      line({ category: 'printed', name: '会议手册', basis: 'people', spare: 0, unit: '本', unitFen: 1800 }),
    ),
    201,
  );
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${printed.id}/draw`, { qty: 1 }), 422, 'event_material_not_warehouse');
  const drawn = ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/draw`, { qty: 30 }));
  assert.deepEqual([drawn.drawn, drawn.warehouseStock], [30, 10]);
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/draw`, { qty: 11 }), 422, 'insufficient_stock');
  const [stock] = await w.t.database.db.select().from(warehouseItems).where(eq(warehouseItems.id, item.id));
  assert.equal(stock!.stock, 10);
  const meetingSide = ok(await w.s.lead.get(`/api/v1/service-notices/${noticeId}/materials`)).data;
  assert.equal(meetingSide[0].checkedOut, 30);
  problem(
    await w.s.lead.patch(`/api/v1/events/${e.id}/materials/${l.id}`, { source: 'purchase', version: drawn.version }),
    409,
    'event_material_outstanding',
  );
  problem(await w.s.lead.del(`/api/v1/events/${e.id}/materials/${l.id}`), 409, 'event_material_outstanding');
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/status`, { status: 'returned' }),
    409,
    'event_material_status_step',
  );
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/return`, { returned: 30, lost: 1 }),
    422,
    'event_material_return_exceeds',
  );
  const back = ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials/${l.id}/return`, { returned: 29, lost: 1 }));
  assert.deepEqual(
    [back.returned, back.lost, back.outstanding, back.status, back.warehouseStock, back.lossFen],
    [29, 1, 0, 'returned', 39, 4500],
  );
  await w.addGuests(e.id, 10);
  const costs = await materialsCosts(w.t.database.db, e.id);
  assert.deepEqual(
    costs.map((c) => [c.category, c.name, c.qty, c.amountFen]),
    [
      ['printing', '会议手册', 10, 18_000],
      ['materials', 'U盘 8G（损耗）', 1, 4500],
    ],
  );
});

test('who: 404 outside the property and for those who may not read; 403 for readers outside the team; the organizer reads', async () => {
  const e = await w.newEvent();
  const l = ok(await w.s.lead.post(`/api/v1/events/${e.id}/materials`, line()), 201);
  problem(await outsider.get(`/api/v1/events/${e.id}/materials`), 404);
  problem(await w.s.cleaner.get(`/api/v1/events/${e.id}/materials`), 404);
  ok(await w.s.dispatcher.get(`/api/v1/events/${e.id}/materials`));
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/materials`, line()), 403);
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/materials/${l.id}/status`, { status: 'ready' }), 403);
  ok(await w.s.organizer.get(`/api/v1/events/${e.id}/materials`));
  problem(await w.s.organizer.del(`/api/v1/events/${e.id}/materials/${l.id}`), 403);
  problem(await outsider.del(`/api/v1/events/${e.id}/materials/${l.id}`), 404);
  // A team member works on it whatever their role.
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${e.groups[0].id}`, { memberIds: [w.ids.dispatcher] }));
  ok(await w.s.dispatcher.post(`/api/v1/events/${e.id}/materials`, line({ name: '桌牌', basis: 'fixed', fixedQty: 24 })), 201);
  // Another event's line is not found through this one.
  const other = await w.newEvent();
  problem(await w.s.lead.post(`/api/v1/events/${other.id}/materials/${l.id}/status`, { status: 'ready' }), 404);
});
