/**
 * Demo of the events' transport (车辆运输组, led by 孙国强): per conference two own vehicles (粤B·D8621 中巴 19 座 with
 * 刘师傅, 粤B·A3579 商务车 7 座 with 陈师傅) and two buses hired from 深圳市鹏程旅游客运有限公司 (45 座, ¥1,600/天);
 * the pick-ups from 深圳北站 and 宝安国际机场 grouped from the guests' arrivals, the daily shuttles between the hotel
 * and 会议大厦, the day-2 visit to 前海重点项目现场, the drop-offs. The past conference's trips are all done; the coming
 * one's are planned, the sheets sent to the drivers, and one change told to a driver.
 */
import type { FastifyInstance } from 'fastify';
import { and, eq, isNull } from 'drizzle-orm';
import { eventGuests } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
const body = (r: DemoResult): any => (r.ok ? r.data : null);

const HOTEL = '五洲宾馆';
const VENUE = '会议大厦';
const VEHICLES = [
  { plate: '粤B·D8621', type: 'minibus', seats: 19, hired: false, driverName: '刘师傅', driverPhone: '13823456721', notes: '公司自有车辆' },
  {
    plate: '粤B·A3579',
    type: 'mpv',
    seats: 7,
    hired: false,
    driverName: '陈师傅',
    driverPhone: '13923457936',
    notes: '公司自有车辆，接送领导及特邀嘉宾',
  },
  {
    plate: '粤B·K0451',
    type: 'bus',
    seats: 45,
    hired: true,
    company: '深圳市鹏程旅游客运有限公司',
    dayRateFen: 160000,
    driverName: '黄师傅',
    driverPhone: '13713450451',
  },
  {
    plate: '粤B·K0782',
    type: 'bus',
    seats: 45,
    hired: true,
    company: '深圳市鹏程旅游客运有限公司',
    dayRateFen: 160000,
    driverName: '吴师傅',
    driverPhone: '13713450782',
  },
];

export async function demoTransport(app: FastifyInstance, events: DemoEvent[]) {
  const api = demoApi(app, 'events transport demo');
  const db = app.database.db;
  try {
    for (const e of events) {
      const url = `/events/${e.id}`;
      const start = dayjs.tz(`${e.startsOn} 00:00`, 'Asia/Shanghai');
      api.at(
        start
          .subtract(e.past ? 6 : 5, 'day')
          .hour(10)
          .toDate(),
      );
      const v = [];
      for (const x of VEHICLES) v.push(body(await api.call('security', 'POST', `${url}/vehicles`, x)));
      if (v.some((x) => !x)) continue;
      const [, , bus1, bus2] = v as { id: string }[];
      api.at(
        start
          .subtract(e.past ? 4 : 3, 'day')
          .hour(15)
          .toDate(),
      );
      // Pick-ups from the arrivals, then the drop-offs from the departures, as suggested.
      const pickups = body(
        await api.call('security', 'GET', `${url}/transfers/suggest-pickups?kind=pickup&place=${encodeURIComponent(HOTEL)}`),
      );
      if (pickups?.transfers.length) await api.call('security', 'POST', `${url}/transfers/pickups`, { transfers: pickups.transfers });
      // The hotel guests ride the shuttles; the local guests go on the visit.
      const registered = await db
        .select({ id: eventGuests.id, hotel: eventGuests.hotelWish, departureAt: eventGuests.departureAt })
        .from(eventGuests)
        .where(and(eq(eventGuests.eventId, e.id), eq(eventGuests.rsvp, 'registered')));
      const staying = registered
        .filter((g) => g.hotel === 'needed')
        .map((g) => g.id)
        .slice(0, 40);
      const local = (
        await db
          .select({ id: eventGuests.id })
          .from(eventGuests)
          .where(and(eq(eventGuests.eventId, e.id), eq(eventGuests.rsvp, 'registered'), isNull(eventGuests.departureAt)))
      )
        .map((g) => g.id)
        .slice(0, 30);
      const at = (d: dayjs.Dayjs, hm: string) => d.format('YYYY-MM-DD') + `T${hm}:00+08:00`;
      const day1 = start;
      const day2 = start.add(1, 'day');
      const trips = [
        {
          kind: 'shuttle',
          fromPlace: HOTEL,
          toPlace: VENUE,
          departsAt: at(day1, '08:00'),
          endsAt: at(day1, '08:40'),
          vehicleId: bus1!.id,
          guestIds: staying,
        },
        {
          kind: 'shuttle',
          fromPlace: VENUE,
          toPlace: HOTEL,
          departsAt: at(day1, '17:40'),
          endsAt: at(day1, '18:20'),
          vehicleId: bus1!.id,
          guestIds: staying,
        },
        {
          kind: 'shuttle',
          fromPlace: HOTEL,
          toPlace: VENUE,
          departsAt: at(day2, '08:00'),
          endsAt: at(day2, '08:40'),
          vehicleId: bus1!.id,
          guestIds: staying,
        },
        {
          kind: 'visit',
          fromPlace: VENUE,
          toPlace: '前海重点项目现场',
          departsAt: at(day2, '14:00'),
          endsAt: at(day2, '17:00'),
          vehicleId: bus2!.id,
          guestIds: local,
          notes: '参观前海重点项目现场，由项目建设单位讲解',
        },
      ];
      for (const t of trips) await api.call('security', 'POST', `${url}/transfers`, t);
      const drops = body(
        await api.call('security', 'GET', `${url}/transfers/suggest-pickups?kind=dropoff&place=${encodeURIComponent(VENUE)}`),
      );
      if (drops?.transfers.length) await api.call('security', 'POST', `${url}/transfers/pickups`, { transfers: drops.transfers });
      // The sheets go to the drivers.
      api.at(
        start
          .subtract(e.past ? 2 : 1, 'day')
          .hour(16)
          .toDate(),
      );
      for (const x of v) await api.call('security', 'POST', `${url}/vehicles/${x.id}/dispatch`);
      const all = body(await api.call('security', 'GET', `${url}/transport`));
      if (!all) continue;
      if (e.past) {
        // After the conference: every trip done.
        api.at(start.add(2, 'day').hour(10).toDate());
        for (const t of all.transfers) await api.call('security', 'PATCH', `${url}/transfers/${t.id}`, { status: 'done' });
      } else {
        // One change: the day-1 evening shuttle leaves 20 minutes later (the session runs over); its driver is told.
        const evening = all.transfers.find((t: { kind: string; fromPlace: string }) => t.kind === 'shuttle' && t.fromPlace === VENUE);
        if (evening)
          await api.call('security', 'PATCH', `${url}/transfers/${evening.id}`, {
            departsAt: dayjs(evening.departsAt).add(20, 'minute').toISOString(),
            endsAt: dayjs(evening.endsAt).add(20, 'minute').toISOString(),
            notes: '大会延长，返程推迟 20 分钟',
          });
      }
    }
  } finally {
    await api.finish();
  }
}
