/**
 * Demo of the events' guests (M13), continuing ../event/event.demo.ts: for the coming conference the 文秘信息组
 * (陈思琪) imports the last eight guests from the host's workbook, sends the invitations, reminds those who have not
 * answered, and a few guests register (or change their registration) on their own page; for the past conference the
 * registered guests are put on their sessions' sign-in lists and most of them signed in by QR (a few did not come).
 */
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { CHOOSABLE_SESSION_KINDS } from '@hy/contracts';
import { eventGuests, meetingAttendees } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { XLSX } from '../../../lib/xlsx.ts';
import type { DemoEvent } from '../event/event.demo.ts';
import { sessionNotices, sessionsOf } from '../programme/programme.sessions.ts';

const LATE: [string, string, string, string, string, string][] = [
  ['谭志远', '省发展和改革委员会', '处长', '男', '13802561187', '演讲嘉宾'],
  ['龚秀兰', '东莞市发展和改革局', '副局长', '女', '13922830415', '嘉宾'],
  ['邵伟明', '惠州市发展和改革局', '局长', '男', '13715620938', '嘉宾'],
  ['万丽萍', '深圳市规划和自然资源局', '处长', '女', '13631507726', '嘉宾'],
  ['覃国栋', '前海管理局', '副局长', '男', '13590216643', '嘉宾'],
  ['武晓燕', '深圳市住房和建设局', '副处长', '女', '13828735510', '嘉宾'],
  ['戴建新', '深圳地铁集团有限公司', '副总经理', '男', '13760398824', '嘉宾'],
  ['莫振华', '深圳市投资控股有限公司', '总经理', '男', '13699871203', '嘉宾'],
];

async function workbookOf(rows: typeof LATE) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('嘉宾名单');
  ws.addRow(['姓名', '单位', '职务', '性别', '手机', '邮箱', '类别', 'VIP']);
  for (const r of rows) ws.addRow([...r.slice(0, 5), '', r[5], '否']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function demoGuests(app: FastifyInstance, events: DemoEvent[]) {
  const api = demoApi(app, 'events.guests');
  const db = app.database.db;
  const pub = (token: string, payload: object) =>
    app.inject({ method: 'POST', url: `/api/v1/public/event-registration/${token}`, payload, remoteAddress: '10.254.0.9' });
  try {
    for (const e of events) {
      const start = dayjs.tz(`${e.startsOn} 09:00`, 'Asia/Shanghai');
      const sessions = (await sessionsOf(db, e.id)).filter((s) => (CHOOSABLE_SESSION_KINDS as readonly string[]).includes(s.kind));
      if (!e.past) {
        // The host's last names arrive as a workbook: imported, then invited with the others still drafts.
        api.at(start.subtract(13, 'day').hour(10).toDate());
        await api.send('cs_assistant', `/events/${e.id}/guests/import`, await workbookOf(LATE), XLSX);
        api.at(start.subtract(13, 'day').hour(10).minute(20).toDate());
        await api.call('cs_assistant', 'POST', `/events/${e.id}/guests/invite`, {});
        // Those who have not answered are reminded.
        api.at(start.subtract(8, 'day').hour(9).toDate());
        await api.call('cs_assistant', 'POST', `/events/${e.id}/guests/remind`, {});
        // A few answer on their own page: register with their sessions, or change what they gave.
        api.at(start.subtract(7, 'day').hour(15).toDate());
        const waiting = await db
          .select()
          .from(eventGuests)
          .where(and(eq(eventGuests.eventId, e.id), inArray(eventGuests.rsvp, ['invited', 'registered'])));
        const days = [e.startsOn, e.endsOn];
        const picks = [
          ...waiting.filter((g) => g.rsvp === 'invited').slice(0, 6),
          ...waiting.filter((g) => g.rsvp === 'registered').slice(0, 3),
        ];
        for (const [i, g] of picks.entries()) {
          const away = i % 2 === 0;
          await pub(g.inviteToken, {
            answer: 'register',
            attendDays: i % 4 === 3 ? [days[0]] : days,
            sessionIds: sessions.filter((_, k) => k === 0 || (k + i) % 2 === 0).map((s) => s.id),
            meals: (i % 4 === 3 ? [days[0]!] : days).flatMap((d) => [`${d}:lunch`, ...(away ? [`${d}:dinner`] : [])]),
            arrival: away
              ? {
                  at: start
                    .subtract(1, 'day')
                    .hour(15 + (i % 4))
                    .format(),
                  mode: i % 3 ? 'train' : 'plane',
                  ref: i % 3 ? 'G6011' : 'CZ3102',
                  station: i % 3 ? '深圳北站' : '宝安国际机场',
                }
              : null,
            departure: away
              ? {
                  at: start.add(1, 'day').hour(17).format(),
                  mode: i % 3 ? 'train' : 'plane',
                  ref: i % 3 ? 'G6018' : 'CZ3109',
                  station: i % 3 ? '深圳北站' : '宝安国际机场',
                }
              : null,
            dietary: i === 4 ? 'vegetarian' : 'none',
            hotelWish: away ? 'needed' : 'none',
            roomShare: i < 2 ? 'single' : 'any',
            idNo: away ? `4401${String(19680101 + i * 10203).slice(0, 8)}${String(1000 + i * 37).slice(0, 4)}`.slice(0, 18) : null,
            companions: i === 1 ? [{ name: '刘文静', relation: '秘书' }] : [],
          });
        }
        continue;
      }
      // The past conference: the secretariat keyed in who attends which session; on the notices' sign-in lists.
      if (!sessions.length || !(await sessionNotices(db, e.id)).length) continue;
      const registered = await db
        .select()
        .from(eventGuests)
        .where(and(eq(eventGuests.eventId, e.id), eq(eventGuests.rsvp, 'registered')));
      for (const [i, g] of registered.entries())
        await db
          .update(eventGuests)
          .set({ sessionIds: sessions.filter((_, k) => k === 0 || (k + i) % 3 !== 0).map((s) => s.id) })
          .where(eq(eventGuests.id, g.id));
      api.at(start.subtract(1, 'day').hour(16).toDate());
      await api.call('cs_assistant', 'POST', `/events/${e.id}/guests/sync-attendees`, {});
      // Most signed in by QR as they came in; a few did not come.
      for (const n of await sessionNotices(db, e.id)) {
        const s = sessions.find((x) => x.id === n.sessionId);
        if (!s) continue;
        const list = await db.select().from(meetingAttendees).where(eq(meetingAttendees.noticeId, n.noticeId));
        for (const [i, a] of list.entries()) {
          if (i % 11 === 7 || a.signedInAt) continue;
          api.at(
            dayjs(s.startsAt)
              .subtract(25 - (i % 20), 'minute')
              .toDate(),
          );
          await api.call('meeting_staff', 'POST', `/meeting-attendees/${a.id}/sign-in`, {});
        }
      }
    }
  } finally {
    await api.finish();
  }
}
