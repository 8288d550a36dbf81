/**
 * Demo of the events' budget: continues the story of ../event/event.demo.ts for both conferences, through the real
 * API. The conference held: v1 (preliminary) approved three weeks ahead, v2 revised after the registrations and
 * approved by the general manager 罗建平 (signed; v1 superseded); purchases recorded (背景板制作, 会议手册印刷,
 * 工作人员加班费) besides what hotels, transport, catering and materials collected; the fee statement drawn from the
 * actuals on the main session's notice, issued and confirmed by the organizer 张晓东. The coming one: v1 approved,
 * v2 a draft being revised.
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoApi } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type Line = { category: string; name: string; basis: string; unitFen: number; quantity: number; note?: string };

/** The 会务服务预算表 as the 文秘信息组 first draws it (yuan × 100). */
const PRELIMINARY: Line[] = [
  { category: 'venue', name: '会议大厦主会场场租', basis: 'per_day', unitFen: 1_800_000, quantity: 1 },
  { category: 'venue', name: '分组讨论室场租', basis: 'per_day', unitFen: 240_000, quantity: 3, note: '3 间' },
  { category: 'accommodation', name: '外地嘉宾住宿（标准间）', basis: 'per_night', unitFen: 48_000, quantity: 1 },
  { category: 'transport', name: '接送站及参观用车', basis: 'per_vehicle', unitFen: 90_000, quantity: 1 },
  { category: 'catering', name: '工作餐', basis: 'per_cover', unitFen: 8_000, quantity: 1 },
  { category: 'catering', name: '茶歇', basis: 'per_guest', unitFen: 3_500, quantity: 2, note: '上下午各一次' },
  { category: 'materials', name: '会议用品（桌签、文件袋、笔、水）', basis: 'per_guest', unitFen: 2_500, quantity: 1 },
  { category: 'printing', name: '会议手册印刷', basis: 'per_guest', unitFen: 1_800, quantity: 1 },
  { category: 'printing', name: '背景板及指引牌制作', basis: 'fixed', unitFen: 380_000, quantity: 1 },
  { category: 'overtime', name: '工作人员加班费', basis: 'per_day', unitFen: 320_000, quantity: 1 },
  { category: 'equipment', name: 'LED 屏及音响租赁', basis: 'fixed', unitFen: 1_200_000, quantity: 1 },
];

/** After the registrations: the LED screen dearer, a second shuttle per day, souvenirs for the invited guests. */
const REVISED: Line[] = [
  ...PRELIMINARY.map((l) =>
    l.name === 'LED 屏及音响租赁' ? { ...l, unitFen: 1_380_000 } : l.name === '接送站及参观用车' ? { ...l, quantity: 1.2 } : l,
  ),
  { category: 'gifts', name: '特邀嘉宾纪念品（城市名片书签）', basis: 'fixed', unitFen: 6_800, quantity: 30 },
];

export async function demoBudget(app: FastifyInstance, events: DemoEvent[]) {
  const api = demoApi(app, 'events budget demo');
  try {
    for (const e of events) await (e.past ? pastBudget(api, e) : comingBudget(api, e));
  } finally {
    await api.finish();
  }
}

const data = (r: { ok: boolean; data?: unknown }) => (r.ok ? (r.data as Budget) : null);
interface Budget {
  versions: { id: string; version: number; status: string; rowVersion: number }[];
  statement: { id: string; status: string } | null;
}

async function version(api: DemoApi, e: DemoEvent, lines: Line[], approve: boolean) {
  const b = data(await api.call('event_lead', 'POST', `/events/${e.id}/budget/versions`, {}));
  const v = b?.versions.at(-1);
  if (!v) return;
  await api.call('event_lead', 'PUT', `/events/${e.id}/budget/versions/${v.id}/lines`, { lines, rowVersion: v.rowVersion });
  if (!approve) return;
  await api.call('event_lead', 'POST', `/events/${e.id}/budget/versions/${v.id}/submit`, {});
  const sig = await sign(api, 'general_manager', '罗建平', e.propertyId);
  if (sig) await api.call('general_manager', 'POST', `/events/${e.id}/budget/versions/${v.id}/approve`, { signatureFileId: sig });
}

async function sign(api: DemoApi, role: Role, name: string, propertyId: string) {
  const r = await api.call(role, 'POST', '/signatures', { propertyId, signerName: name, image: PNG });
  return r.ok ? (r.data.id as string) : null;
}

async function pastBudget(api: DemoApi, e: DemoEvent) {
  const start = dayjs.tz(`${e.startsOn} 09:00`, 'Asia/Shanghai');
  api.at(start.subtract(21, 'day').toDate());
  await version(api, e, PRELIMINARY, true);
  api.at(start.subtract(6, 'day').hour(15).toDate());
  await version(api, e, REVISED, true);
  // The purchases as the invoices came in.
  const purchases: [string, string, number, string | null, number][] = [
    ['printing', '背景板制作', 352_000, '44031234', -2],
    ['printing', '会议手册印刷（95 本）', 171_000, '44031251', -2],
    ['overtime', '工作人员加班费', 684_000, null, 2],
    ['other', '会场鲜花布置', 86_000, '44031277', -1],
  ];
  for (const [category, name, amountFen, invoiceRef, d] of purchases) {
    api.at(start.add(d, 'day').hour(17).toDate());
    await api.call('cs_assistant', 'POST', `/events/${e.id}/budget/actuals`, {
      category,
      name,
      amountFen,
      invoiceRef,
      spentOn: start.add(d, 'day').format('YYYY-MM-DD'),
    });
  }
  // The fee statement from the actuals on the main session's notice: drafted, issued, confirmed by the organizer.
  api.at(start.add(4, 'day').hour(10).toDate());
  const b = data(await api.call('event_lead', 'POST', `/events/${e.id}/fee-statement`, {}));
  if (!b?.statement) return;
  api.at(start.add(4, 'day').hour(11).toDate());
  await api.call('event_lead', 'POST', `/fee-statements/${b.statement.id}/issue`, {});
  api.at(start.add(5, 'day').hour(9).minute(40).toDate());
  await api.call('organizer', 'POST', `/fee-statements/${b.statement.id}/confirm`, {});
}

async function comingBudget(api: DemoApi, e: DemoEvent) {
  const start = dayjs.tz(`${e.startsOn} 09:00`, 'Asia/Shanghai');
  api.at(start.subtract(13, 'day').toDate());
  await version(api, e, PRELIMINARY, true);
  // Being revised: the larger hall's screen and the souvenirs, not yet submitted.
  api.at(start.subtract(9, 'day').hour(16).toDate());
  await version(api, e, REVISED, false);
}
