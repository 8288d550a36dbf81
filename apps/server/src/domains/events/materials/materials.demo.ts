/**
 * Demo of the events' 会务物资清单, continuing ../event/event.demo.ts: the secretariat (陈思琪) and logistics (黄丽娟)
 * list what each conference needs — U盘, 文具, 胸牌 and 桌牌, 医药箱, 指示牌, the 背景板, the printed 会议手册 and the VIPs'
 * gifts. The past conference's warehouse items were drawn on its main session's notice the day before, placed, and
 * counted back after (one U盘 lost); the coming one's list is being prepared. Draws need the programme's notice (the
 * programme demo makes it); without it they are refused and counted, and the rest of the story stands.
 */
import type { FastifyInstance } from 'fastify';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
const body = (r: DemoResult): any => (r.ok ? r.data : null);

/** The warehouse items the events draw (made once if the property's warehouse lacks them). */
const ITEMS = [
  { code: 'event.usb_8g', name: 'U盘 8G', unit: '个', stock: 60, lossFen: 4500 },
  { code: 'event.first_aid', name: '医药箱', unit: '个', stock: 4, lossFen: 18_000 },
  { code: 'event.sign_stand', name: '立式指示牌', unit: '块', stock: 20, lossFen: 12_000 },
  { code: 'event.table_card', name: '亚克力桌牌', unit: '个', stock: 60, lossFen: 1500 },
];

type Who = 'cs_assistant' | 'meeting_staff';
interface Plan {
  who: Who;
  group: 'secretariat' | 'logistics';
  line: Record<string, unknown>;
  item?: string;
  /** past event: what was lost of what was drawn */
  lost?: number;
}

const PLANS: Plan[] = [
  {
    who: 'cs_assistant',
    group: 'secretariat',
    item: 'event.usb_8g',
    lost: 1,
    line: {
      category: 'storage',
      name: 'U盘 8G（会议资料）',
      basis: 'fixed',
      fixedQty: 30,
      unit: '个',
      placement: '主会场服务台',
      notes: '发言嘉宾和工作人员各一个，已拷入会议资料',
    },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    line: {
      category: 'stationery',
      name: '签字笔',
      basis: 'people',
      spare: 10,
      unit: '支',
      placement: '主会场座位',
      source: 'purchase',
      unitFen: 250,
    },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    line: {
      category: 'stationery',
      name: '笔记本（A5 会议专用）',
      basis: 'people',
      spare: 10,
      unit: '本',
      placement: '主会场座位',
      source: 'purchase',
      unitFen: 800,
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    line: {
      category: 'badge',
      name: '胸牌',
      basis: 'people',
      spare: 10,
      unit: '个',
      placement: '主会场签到台',
      source: 'purchase',
      unitFen: 350,
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    item: 'event.table_card',
    line: { category: 'badge', name: '桌牌', basis: 'fixed', fixedQty: 24, unit: '个', placement: '主席台' },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    item: 'event.first_aid',
    line: { category: 'medical', name: '医药箱', basis: 'fixed', fixedQty: 1, unit: '个', placement: '主会场服务台' },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    item: 'event.first_aid',
    line: { category: 'medical', name: '医药箱', basis: 'fixed', fixedQty: 1, unit: '个', placement: '五洲宾馆大堂' },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    item: 'event.sign_stand',
    line: { category: 'signage', name: '指示牌', basis: 'fixed', fixedQty: 12, unit: '块', placement: '大厦入口及各楼层电梯口' },
  },
  {
    who: 'meeting_staff',
    group: 'logistics',
    line: {
      category: 'signage',
      name: '主会场背景板（6m×3m）',
      basis: 'fixed',
      fixedQty: 1,
      unit: '块',
      placement: '主席台',
      source: 'purchase',
      unitFen: 380_000,
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    line: {
      category: 'printed',
      name: '会议手册',
      basis: 'people',
      spare: 10,
      unit: '本',
      placement: '主会场签到台',
      source: 'purchase',
      unitFen: 1800,
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    line: {
      category: 'printed',
      name: '分组讨论座位图',
      basis: 'sessions',
      perUnit: 2,
      unit: '张',
      placement: '各分会场',
      source: 'purchase',
      unitFen: 500,
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    line: {
      category: 'gift',
      name: '《深圳城市记忆》书签套装',
      basis: 'vip',
      perUnit: 1,
      unit: '套',
      placement: '贵宾室',
      source: 'purchase',
      unitFen: 12_800,
      notes: '贴合会议主题，装礼品袋',
    },
  },
  {
    who: 'cs_assistant',
    group: 'secretariat',
    line: { category: 'signage', name: '会标横幅', basis: 'fixed', fixedQty: 1, unit: '条', placement: '主会场', source: 'organizer' },
  },
];

export async function demoMaterials(app: FastifyInstance, events: DemoEvent[]) {
  if (!events.length) return;
  const api = demoApi(app, 'events materials demo');
  try {
    for (const e of events) {
      const start = dayjs.tz(e.startsOn, 'Asia/Shanghai');
      api.at(
        start
          .subtract(e.past ? 10 : 6, 'day')
          .hour(10)
          .toDate(),
      );
      const event = body(await api.call('event_lead', 'GET', `/events/${e.id}`));
      if (!event) continue;
      const group = (code: string) => (event.groups as { id: string; code: string }[]).find((g) => g.code === code)?.id ?? null;
      const items = await warehouseItems(api, e);
      const made: { plan: Plan; line: { id: string; version: number; quantity: number } }[] = [];
      // The coming event: the secretariat has written most of the list so far.
      for (const plan of e.past ? PLANS : PLANS.slice(0, 10)) {
        const itemId = plan.item ? items.get(plan.item) : undefined;
        if (plan.item && !itemId) continue;
        const line = body(
          await api.call(plan.who, 'POST', `/events/${e.id}/materials`, {
            ...plan.line,
            groupId: group(plan.group),
            ...(itemId ? { source: 'warehouse', warehouseItemId: itemId } : {}),
          }),
        );
        if (line) made.push({ plan, line });
      }
      if (!e.past) {
        for (const { plan, line } of made.slice(0, 4))
          await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/status`, { status: 'ready' });
        continue;
      }
      // Ready two days before; drawn the afternoon before; placed that evening; counted back after the last day.
      api.at(start.subtract(2, 'day').hour(15).toDate());
      for (const { plan, line } of made)
        await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/status`, { status: 'ready' });
      api.at(start.subtract(1, 'day').hour(15).toDate());
      const drawn = new Set<string>();
      for (const { plan, line } of made)
        if (plan.item && (await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/draw`, { qty: line.quantity })).ok)
          drawn.add(line.id);
      api.at(start.subtract(1, 'day').hour(19).toDate());
      for (const { plan, line } of made)
        await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/status`, { status: 'placed' });
      api.at(dayjs.tz(e.endsOn, 'Asia/Shanghai').hour(18).toDate());
      for (const { plan, line } of made) {
        if (drawn.has(line.id)) {
          const lost = plan.lost ?? 0;
          await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/return`, { returned: line.quantity - lost, lost });
        } else if (!plan.item) await api.call(plan.who, 'POST', `/events/${e.id}/materials/${line.id}/status`, { status: 'returned' });
      }
    }
  } finally {
    await api.finish();
  }
}

/** The property's warehouse items by code, the events' ones made through the meetings warehouse API when missing. */
async function warehouseItems(api: ReturnType<typeof demoApi>, e: DemoEvent) {
  const list = (await body(await api.call('cs_assistant', 'GET', `/warehouse-items?propertyId=${e.propertyId}`))?.data) ?? [];
  const byCode = new Map<string, string>((list as { code: string; id: string }[]).map((i) => [i.code, i.id]));
  for (const it of ITEMS) {
    if (byCode.has(it.code)) continue;
    const made = body(await api.call('cs_assistant', 'POST', '/warehouse-items', { ...it, propertyId: e.propertyId, technical: false }));
    if (made) byCode.set(it.code, made.id);
  }
  return byCode;
}
