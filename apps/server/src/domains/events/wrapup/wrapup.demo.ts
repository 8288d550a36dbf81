import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { eventGuests, files, users } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';
import type { DemoEvent } from '../event/event.demo.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const body = (r: DemoResult): any => (r.ok ? r.data : null);
const TZ = 'Asia/Shanghai';

/** A small generated upload of the assistant's (as if taken on the phone), unattached until the record takes it. */
async function demoFile(app: FastifyInstance, propertyId: string, uploadedBy: string, name: string, shade: number, pdf = false) {
  const content = pdf
    ? Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    : await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30 + shade * 20, g: 90, b: 160 } } })
        .jpeg()
        .toBuffer();
  const [row] = await app.database.db
    .insert(files)
    .values({
      propertyId,
      kind: pdf ? 'document' : 'photo',
      mediaType: pdf ? 'application/pdf' : 'image/jpeg',
      name,
      byteSize: content.length,
      width: pdf ? null : 64,
      height: pdf ? null : 48,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      thumbnail: pdf ? null : content,
      uploadedBy,
      createdAt: new Date(),
    })
    .returning({ id: files.id });
  return row!.id;
}

/** Demo of the events' wrapup: the past conference's inspection, record, survey and filed summary; the coming one's inspection is scheduled. */
export async function demoWrapup(app: FastifyInstance, events: DemoEvent[]) {
  const past = events.find((e) => e.past);
  if (!past) return;
  const db = app.database.db;
  const api = demoApi(app, 'events wrapup demo');
  const first = dayjs.tz(`${past.startsOn} 00:00`, TZ);
  const last = dayjs.tz(`${past.endsOn} 00:00`, TZ);
  const id = past.id;
  const e = body(await api.call('event_lead', 'GET', `/events/${id}`));
  if (!e) return api.finish();
  const group = (code: string) => e.groups.find((g: { code: string }) => g.code === code)?.id ?? null;

  // 会前检查: the host's office director walks the venue the day before with the 文秘信息组.
  api.at(first.subtract(1, 'day').hour(15).toDate());
  const s = body(await api.call('cs_assistant', 'GET', `/events/${id}/inspection`));
  if (s) {
    const notes: Record<string, [string, string | null]> = {
      主席台座次: ['主席台桌牌错字（“发改委”误作“发该委”）', 'logistics'],
      投影: ['分会场投影偏色', 'logistics'],
    };
    const items = s.items.map((i: { id: string; label: string }) => ({
      id: i.id,
      label: i.label,
      ok: !notes[i.label],
      note: notes[i.label]?.[0] ?? null,
      photoIds: [],
      groupId: notes[i.label] ? group(notes[i.label]![1]!) : null,
    }));
    const r = body(
      await api.call('cs_assistant', 'PUT', `/events/${id}/inspection`, {
        leaderName: '王建国',
        leaderTitle: '市发改委办公室主任',
        items,
        version: s.version,
      }),
    );
    api.at(first.subtract(1, 'day').hour(17).toDate());
    for (const i of r?.items ?? [])
      if (i.ok === false) await api.call('meeting_staff', 'POST', `/events/${id}/inspection/items/${i.id}/fixed`);
  }

  // The record: minutes, six photos, the recording on the archive disc; handed over to the host the next day.
  api.at(last.hour(18).toDate());
  const [assistant] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'cs_assistant'));
  if (assistant) {
    const minutes = await demoFile(app, past.propertyId, assistant.id, '会议纪要.pdf', 0, true);
    await api.call('cs_assistant', 'POST', `/events/${id}/record`, {
      category: 'minutes',
      title: '会议纪要',
      fileId: minutes,
      confidential: true,
    });
    const shots = ['主会场全景', '主席台', '签到处', '分会场一', '分会场二', '合影'];
    for (const [k, t] of shots.entries())
      await api.call('cs_assistant', 'POST', `/events/${id}/record`, {
        category: 'photo',
        title: t,
        fileId: await demoFile(app, past.propertyId, assistant.id, `${t}.jpg`, k + 1),
      });
    await api.call('cs_assistant', 'POST', `/events/${id}/record`, {
      category: 'audio',
      title: '全体大会录音',
      archiveRef: '档案室光盘 HD-A-12',
      confidential: true,
    });
  }
  api.at(last.add(1, 'day').hour(10).toDate());
  const rec = body(await api.call('cs_assistant', 'GET', `/events/${id}/record`));
  if (rec?.data.length)
    await api.call('cs_assistant', 'POST', `/events/${id}/record/hand-over`, { itemIds: rec.data.map((x: { id: string }) => x.id) });

  // The survey: sent at the close, about 60% answer (average about 4.6).
  api.at(last.hour(17).toDate());
  await api.call('event_lead', 'POST', `/events/${id}/survey/send`);
  const guests = await db
    .select({ token: eventGuests.inviteToken })
    .from(eventGuests)
    .where(and(eq(eventGuests.eventId, id), eq(eventGuests.rsvp, 'registered')))
    .orderBy(eventGuests.name);
  const comments = ['会务安排周到细致，接送准时', '会场音响效果好', null, '餐饮可口，建议增加茶歇品种', null, '住宿离会场稍远'];
  const answering = guests.slice(0, Math.round(guests.length * 0.6));
  for (const [k, g] of answering.entries()) {
    api.at(
      last
        .hour(18)
        .add(k * 7, 'minute')
        .toDate(),
    );
    const low = k % 5 === 4 ? 4 : 5;
    await app.inject({
      method: 'POST',
      url: `/api/v1/public/event-survey/${g.token}`,
      payload: {
        ratings: { organization: 5, venue: low, lodging: k % 3 ? 5 : 4, transport: k % 4 ? 5 : 4, catering: k % 2 ? 4 : 5 },
        comment: comments[k % comments.length],
      },
    });
  }

  // The 会务工作总结: drawn up three days after, written and filed by the lead (the event closes).
  api.at(last.add(3, 'day').hour(10).toDate());
  const drawn = body(await api.call('event_lead', 'POST', `/events/${id}/summary/draw`));
  if (drawn) {
    const edited = body(
      await api.call('event_lead', 'PATCH', `/events/${id}/summary`, {
        sections: {
          overview:
            '本次会议由市发展和改革委员会主办，在行政中心举行，会期两天，设主会场及分会场，参会嘉宾按时报到，会议各项议程顺利完成。',
          practices:
            '会前召开会务工作协调会，明确文秘信息组、后勤保障组、车辆运输组分工；会前一天邀请主办部门领导检查准备情况，查漏补缺；会中专人值守音响与投影，车辆按时接送。',
          problems: '会前检查发现主席台桌牌错字、分会场投影偏色，均已于当天整改；部分嘉宾反映住宿离会场稍远。',
          improvements: '桌牌制作实行双人校对；分会场设备提前一天完成调试；今后优先安排离会场较近的协议酒店。',
        },
        version: drawn.version,
      }),
    );
    api.at(last.add(3, 'day').hour(16).toDate());
    if (edited) await api.call('event_lead', 'POST', `/events/${id}/summary/file`, { version: edited.version });
  }
  await api.finish();
}
