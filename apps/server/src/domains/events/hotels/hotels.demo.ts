/**
 * Demo of the events' hotels (宾客入住计划), continuing ../event/event.demo.ts: two hotels per conference with
 * blocks for the night before and the first night, released a week before. The past conference was fully roomed
 * (auto-assign, then two rooms moved by hand) and its lists sent; the coming one is partly roomed, and one of its
 * blocks is left with unused nights close to its release date (flagged on the page).
 */
import type { FastifyInstance } from 'fastify';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
const body = (r: DemoResult): any => (r.ok ? r.data : null);

const HOTELS = {
  past: [
    {
      name: '五洲宾馆',
      address: '深圳市福田区深南大道6001号',
      phone: '0755-82938888',
      contact: '刘经理（销售部）',
      email: 'sales@wuzhou-hotel.example.cn',
      notes: '距会议大厦约 1.5 公里，步行 20 分钟；每日 8:00 有接驳车',
      blocks: [
        ['twin', 14, 48000],
        ['king', 4, 58000],
        ['suite', 2, 88000],
      ],
    },
    {
      name: '深圳会展中心希尔顿酒店',
      address: '深圳市福田区福华三路138号',
      phone: '0755-88998888',
      contact: '陈经理（团队销售）',
      email: 'groups@hilton-szcec.example.cn',
      notes: '距会议大厦约 3 公里，车程 10 分钟',
      blocks: [
        ['twin', 6, 68000],
        ['king', 4, 78000],
      ],
    },
  ],
  coming: [
    {
      name: '五洲宾馆',
      address: '深圳市福田区深南大道6001号',
      phone: '0755-82938888',
      contact: '刘经理（销售部）',
      email: 'sales@wuzhou-hotel.example.cn',
      notes: '距会议大厦约 1.5 公里，步行 20 分钟',
      releaseDays: 3,
      blocks: [
        ['twin', 12, 48000],
        ['king', 4, 58000],
        ['suite', 2, 88000],
      ],
    },
    {
      name: '深圳大梅沙京基洲际酒店',
      address: '深圳市盐田区大梅沙盐梅路9号',
      phone: '0755-88889999',
      contact: '黄经理（会议销售）',
      email: 'events@intercontinental-dameisha.example.cn',
      notes: '参观考察团住宿；距会议大厦约 35 公里，车程 50 分钟',
      blocks: [
        ['twin', 6, 62000],
        ['king', 3, 72000],
      ],
    },
  ],
} as const;

export async function demoHotels(app: FastifyInstance, events: DemoEvent[]) {
  const api = demoApi(app, 'events hotels demo');
  try {
    for (const e of events) {
      const start = dayjs.tz(e.startsOn, 'Asia/Shanghai');
      const night0 = start.subtract(1, 'day').format('YYYY-MM-DD');
      const night1 = start.format('YYYY-MM-DD');
      // Contracted about three weeks before (the coming one: as soon as the guest list stood), released a week before.
      api.at(
        start
          .subtract(e.past ? 24 : 13, 'day')
          .hour(10)
          .toDate(),
      );
      const hotelIds: string[] = [];
      for (const h of e.past ? HOTELS.past : HOTELS.coming) {
        const { blocks, ...rest } = h;
        const fields = { ...rest, releaseDays: undefined };
        const made = body(await api.call('cs_assistant', 'POST', `/events/${e.id}/hotels`, fields));
        if (!made) continue;
        hotelIds.push(made.id);
        for (const [roomType, rooms, priceFen] of blocks)
          await api.call('cs_assistant', 'PUT', `/events/${e.id}/hotels/${made.id}/blocks`, {
            roomType,
            from: night0,
            to: night1,
            rooms,
            priceFen,
            releaseOn: start.subtract('releaseDays' in h ? h.releaseDays : 7, 'day').format('YYYY-MM-DD'),
          });
      }
      if (!hotelIds.length) continue;
      if (e.past) {
        api.at(start.subtract(9, 'day').hour(15).toDate());
        await api.call('cs_assistant', 'POST', `/events/${e.id}/rooming/auto`, {});
        api.at(start.subtract(8, 'day').hour(11).toDate());
        const view = body(await api.call('cs_assistant', 'GET', `/events/${e.id}/rooming`));
        // Two changes by hand: a guest's room moved to the Hilton (closer to their group visit), one given its number.
        const rooms = (view?.rooms ?? []) as { id: string; hotelId: string; roomType: string; guests: unknown[] }[];
        const single = rooms.find((r) => r.hotelId === hotelIds[0] && r.roomType === 'twin' && r.guests.length === 1);
        if (single && hotelIds[1])
          await api.call('cs_assistant', 'PATCH', `/events/${e.id}/rooms/${single.id}`, { hotelId: hotelIds[1], roomType: 'king' });
        let no = 801;
        for (const r of rooms.filter((x) => x.hotelId === hotelIds[0]).slice(0, 12))
          await api.call('cs_assistant', 'PATCH', `/events/${e.id}/rooms/${r.id}`, { roomNo: String(no++) });
        api.at(start.subtract(5, 'day').hour(16).toDate());
        for (const id of hotelIds) await api.call('cs_assistant', 'POST', `/events/${e.id}/hotels/${id}/send-list`, {});
      } else {
        // Part of the registered guests roomed by hand so far (the VIPs in suites, a few pairs); the rest wait.
        api.at(start.subtract(6, 'day').hour(10).toDate());
        const view = body(await api.call('cs_assistant', 'GET', `/events/${e.id}/rooming`));
        const wait = (view?.unroomed ?? []) as { id: string; vip: boolean; gender: string | null; companions: number }[];
        for (const g of wait.filter((x) => x.vip).slice(0, 2))
          await api.call('cs_assistant', 'POST', `/events/${e.id}/rooms`, { guestIds: [g.id], hotelId: hotelIds[0], roomType: 'suite' });
        const men = wait.filter((x) => !x.vip && x.gender === 'm' && !x.companions).slice(0, 6);
        for (let i = 0; i + 1 < men.length; i += 2)
          await api.call('cs_assistant', 'POST', `/events/${e.id}/rooms`, {
            guestIds: [men[i]!.id, men[i + 1]!.id],
            hotelId: hotelIds[0],
            roomType: 'twin',
          });
        if (hotelIds[0]) await api.call('cs_assistant', 'POST', `/events/${e.id}/hotels/${hotelIds[0]}/send-list`, {});
      }
    }
  } finally {
    await api.finish();
  }
}
