/**
 * Demo of the events' programme: continues the story of ../event/event.demo.ts for both conferences. The 常务副总
 * puts the whole programme in at once (plenaries in 会议大厦二楼报告厅 — the main hall takes 450 at least — group
 * sessions in the conference rooms, a visit to 前海, meals at a free-text place): the past conference about 25 days
 * before it, the coming one about 12 days before; the bureau approves the halls; the service notices are made as the
 * scanner makes them; the documents (agenda, handbook with travel directions, attendee list, seating chart) uploaded.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { and, eq, inArray } from 'drizzle-orm';
import { bookings, files, users, venues } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { syncBooking } from '../../meetings/index.ts';
import type { DemoEvent } from '../event/event.demo.ts';

interface Plan {
  kind: string;
  title: string;
  day: number;
  from: string;
  to: string;
  venue?: string;
  place?: string;
  count?: number;
}

const GROUPS_PAST = ['重大项目建设', '营商环境', '价格与收费', '区域协调发展'];
const GROUPS_COMING = ['用地保障', '资金筹措', '审批提速', '项目对接'];
const ROOMS = ['新闻发布厅', '主楼八楼会议室', '西楼十楼会议室', '东楼八楼培训室'];
/** Where a session goes when the demo's other bookings took its room: halls for a plenary, rooms for a group. */
const SPARE = {
  plenary: ['北楼500人会议厅', '主楼203人会议厅', '主楼一楼多功能厅', '主席团会议厅'],
  group: ['主楼五楼座谈室', '东楼二楼座谈室', '西楼二楼座谈室', '主楼第一接待室', '主楼第二接待室', '主楼八楼会议室', '西楼十楼会议室'],
};

function planOf(past: boolean): Plan[] {
  const groups = past ? GROUPS_PAST : GROUPS_COMING;
  return [
    { kind: 'plenary', title: '开幕全体会议', day: 0, from: '08:30', to: '12:00', venue: '会议大厦二楼报告厅', count: 120 },
    { kind: 'meal', title: '工作午餐', day: 0, from: '12:00', to: '13:30', place: '会议大厦员工餐厅' },
    ...groups.map((g, i) => ({
      kind: 'group',
      title: `第${'一二三四'[i]}分组：${g}`,
      day: 0,
      from: '14:30',
      to: '17:30',
      venue: ROOMS[i],
      count: 30,
    })),
    { kind: 'meal', title: '欢迎晚宴', day: 0, from: '18:30', to: '20:30', place: '五洲宾馆宴会厅' },
    ...groups
      .slice(0, 2)
      .map((g, i) => ({ kind: 'group', title: `分组交流：${g}`, day: 1, from: '08:30', to: '11:30', venue: ROOMS[i + 1], count: 35 })),
    { kind: 'visit', title: '参观前海重点项目', day: 1, from: '08:30', to: '11:30', place: '前海重点项目现场', count: 40 },
    { kind: 'meal', title: '工作午餐', day: 1, from: '12:00', to: '13:30', place: '会议大厦员工餐厅' },
    { kind: 'plenary', title: '闭幕全体会议', day: 1, from: '14:30', to: '16:30', venue: '会议大厦二楼报告厅', count: 120 },
  ];
}

/** A small PDF-like file (the files domain takes PDF by its signature). */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

const DOCUMENTS: { kind: string; title: string; visibility: string; confidential: boolean; file: string }[] = [
  { kind: 'agenda', title: '会议议程', visibility: 'public', confidential: false, file: 'agenda.pdf' },
  {
    kind: 'handbook',
    title: '参会手册（含报到及乘车指引：深圳北站、宝安国际机场至五洲宾馆）',
    visibility: 'guests',
    confidential: false,
    file: 'handbook.pdf',
  },
  { kind: 'attendees', title: '参会名单', visibility: 'organizer', confidential: false, file: 'attendees.pdf' },
  { kind: 'seating', title: '主席台座次图', visibility: 'team', confidential: true, file: 'seating.pdf' },
  { kind: 'speech', title: '主要领导讲话稿', visibility: 'team', confidential: true, file: 'speech.pdf' },
];

export async function demoProgramme(app: FastifyInstance, events: DemoEvent[]) {
  const db = app.database.db;
  const api = demoApi(app, 'events programme demo');
  try {
    const [lead] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'event_lead'));
    for (const ev of events) {
      const rooms = await db
        .select({ id: venues.id, name: venues.name })
        .from(venues)
        .where(
          and(
            eq(venues.propertyId, ev.propertyId),
            inArray(venues.name, ['会议大厦二楼报告厅', ...ROOMS, ...SPARE.plenary, ...SPARE.group]),
          ),
        );
      const venueId = new Map(rooms.map((r) => [r.name, r.id]));
      const start = dayjs.tz(ev.startsOn, 'Asia/Shanghai');
      api.at(
        start
          .subtract(ev.past ? 25 : 12, 'day')
          .hour(10)
          .toDate(),
      );
      const sessions = planOf(ev.past).map((p) => {
        const day = start.add(p.day, 'day').format('YYYY-MM-DD');
        const vid = p.venue ? venueId.get(p.venue) : undefined;
        return {
          kind: p.kind,
          title: p.title,
          startsAt: `${day}T${p.from}:00+08:00`,
          endsAt: `${day}T${p.to}:00+08:00`,
          venueId: vid ?? null,
          place: vid ? null : (p.place ?? p.venue ?? null),
          expectedCount: p.count ?? null,
        };
      });
      // All at once; if the demo's other bookings took a room, each session on its own (what still fits).
      const all = await api.call('event_lead', 'POST', `/events/${ev.id}/programme`, { sessions });
      if (!all.ok)
        for (const s of sessions) {
          if ((await api.call('event_lead', 'POST', `/events/${ev.id}/programme`, { sessions: [s] })).ok || !s.venueId) continue;
          // Taken: the next free room of its kind, as the 文秘信息组 would find one.
          for (const name of SPARE[s.kind === 'plenary' ? 'plenary' : 'group']) {
            const other = venueId.get(name);
            if (
              other &&
              other !== s.venueId &&
              (await api.call('event_lead', 'POST', `/events/${ev.id}/programme`, { sessions: [{ ...s, venueId: other }] })).ok
            )
              break;
          }
        }
      const view = await api.call('event_lead', 'GET', `/events/${ev.id}/programme`);
      const booked: { booking: { id: string; status: string } | null }[] = view.ok ? view.data.sessions : [];
      // The bureau decides a day later; the scanner makes the notices.
      api.at(
        start
          .subtract(ev.past ? 24 : 11, 'day')
          .hour(9)
          .toDate(),
      );
      for (const s of booked)
        if (s.booking?.status === 'requested') await api.call('bureau_approver', 'POST', `/bookings/${s.booking.id}/approve`, {});
      const ids = booked.flatMap((s) => (s.booking ? [s.booking.id] : []));
      const confirmed = ids.length
        ? await db
            .select({ id: bookings.id })
            .from(bookings)
            .where(and(inArray(bookings.id, ids), eq(bookings.status, 'confirmed')))
        : [];
      for (const b of confirmed) await syncBooking(db, b.id, api.now());
      // The documents: the 文秘信息组 prepares them; the lead uploads (each a file of the files domain).
      if (!lead) continue;
      api.at(
        start
          .subtract(ev.past ? 7 : 5, 'day')
          .hour(16)
          .toDate(),
      );
      for (const d of DOCUMENTS) {
        const content = pdf(`${d.title}`);
        const [f] = await db
          .insert(files)
          .values({
            propertyId: ev.propertyId,
            kind: 'document',
            mediaType: 'application/pdf',
            name: d.file,
            byteSize: content.length,
            sha256: createHash('sha256').update(content).digest('hex'),
            content,
            uploadedBy: lead.id,
            createdAt: api.now(),
          })
          .returning({ id: files.id });
        const made = await api.call('event_lead', 'POST', `/events/${ev.id}/documents`, {
          kind: d.kind,
          title: d.title,
          visibility: d.visibility,
          confidential: d.confidential,
          fileId: f!.id,
          note: '初稿',
        });
        if (made.ok && d.kind === 'seating') {
          const v2 = pdf(`${d.title} v2`);
          const [g] = await db
            .insert(files)
            .values({
              propertyId: ev.propertyId,
              kind: 'document',
              mediaType: 'application/pdf',
              name: 'seating-v2.pdf',
              byteSize: v2.length,
              sha256: createHash('sha256').update(v2).digest('hex'),
              content: v2,
              uploadedBy: lead.id,
              createdAt: api.now(),
            })
            .returning({ id: files.id });
          await api.call('event_lead', 'POST', `/events/${ev.id}/documents/${made.data.id}/versions`, {
            fileId: g!.id,
            note: '按领导出席情况调整座次',
          });
        }
      }
    }
  } finally {
    await api.finish();
  }
}
