/**
 * The guest list as a workbook: the import (姓名/单位/职务/性别/手机/邮箱/类别/VIP — every row valid or nothing saved,
 * 422 guest_import_invalid with the row numbers) and the export of the list.
 */
import type { ProblemField } from '@hy/contracts';
import { PHONE_PATTERN } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cellText, sheetWords, uploadedSheet, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { openForChange } from '../event/event.access.ts';
import { timeZoneOf } from '../events.shared.ts';
import * as repo from './guests.repository.ts';
import { guestsChanged, listGuests, newToken } from './guests.service.ts';

/** Header names accepted in the first row (Chinese or English) → field. */
const HEADERS: Record<string, string> = {
  姓名: 'name',
  name: 'name',
  单位: 'organization',
  organization: 'organization',
  职务: 'title',
  title: 'title',
  性别: 'gender',
  gender: 'gender',
  手机: 'phone',
  电话: 'phone',
  phone: 'phone',
  邮箱: 'email',
  email: 'email',
  类别: 'kind',
  kind: 'kind',
  vip: 'vip',
  VIP: 'vip',
};
const KINDS: Record<string, 'guest' | 'speaker' | 'staff'> = {
  嘉宾: 'guest',
  guest: 'guest',
  '': 'guest',
  演讲嘉宾: 'speaker',
  发言人: 'speaker',
  讲者: 'speaker',
  speaker: 'speaker',
  工作人员: 'staff',
  staff: 'staff',
};
const GENDERS: Record<string, 'm' | 'f' | null> = { 男: 'm', m: 'm', 女: 'f', f: 'f', '': null };
const YES = new Set(['是', 'y', 'yes', 'true', '1', 'vip']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function importGuests(ctx: Ctx, eventId: string, file: Buffer) {
  const { event } = await openForChange(ctx, eventId, 'work');
  const ws = await uploadedSheet(ctx, file);
  const cols = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => {
    const f = HEADERS[cellText(c.value)] ?? HEADERS[cellText(c.value).toLowerCase()];
    if (f && !cols.has(f)) cols.set(f, i);
  });
  if (!cols.has('name')) throw errors.field('file', say(ctx, '第 1 行须有“姓名”列', 'Row 1 needs a 姓名 (name) column'), 'no_name_column');
  const keys = await repo.keysOf(ctx.db, eventId);
  const problems: (ProblemField & { row: number })[] = [];
  const rows: repo.GuestWrite[] = [];
  const bad = (row: number, field: string, zh: string, en: string, code: string) =>
    problems.push({ row, path: `rows.${row}.${field}`, message: say(ctx, `第 ${row} 行：${zh}`, `Row ${row}: ${en}`), code });
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const v = (f: string) => (cols.has(f) ? cellText(row.getCell(cols.get(f)!).value) : '');
    const name = v('name');
    if (!name && !v('phone') && !v('organization')) continue;
    if (!name) {
      bad(r, 'name', '缺少姓名', 'the name is missing', 'required');
      continue;
    }
    const phone = v('phone').replace(/\s/g, '') || null;
    if (phone && !PHONE_PATTERN.test(phone)) {
      bad(r, 'phone', `手机号 ${phone} 无效`, `bad phone ${phone}`, 'phone');
      continue;
    }
    const email = v('email') || null;
    if (email && !EMAIL.test(email)) {
      bad(r, 'email', `邮箱 ${email} 无效`, `bad e-mail ${email}`, 'email');
      continue;
    }
    const kind = KINDS[v('kind')] ?? KINDS[v('kind').toLowerCase()];
    if (!kind) {
      bad(r, 'kind', `类别“${v('kind')}”应为 嘉宾/演讲嘉宾/工作人员`, `kind “${v('kind')}” is not guest/speaker/staff`, 'kind');
      continue;
    }
    const gender = GENDERS[v('gender')] ?? GENDERS[v('gender').toLowerCase()];
    if (gender === undefined) {
      bad(r, 'gender', `性别“${v('gender')}”应为 男/女`, `gender “${v('gender')}” is not 男/女`, 'gender');
      continue;
    }
    const key = `${name}|${phone ?? ''}`;
    if (keys.has(key)) {
      bad(r, 'name', `${name} 已在名单上`, `${name} is on the list already`, 'guest_exists');
      continue;
    }
    keys.add(key);
    rows.push({
      eventId,
      propertyId: event.propertyId,
      name: name.slice(0, 40),
      organization: v('organization').slice(0, 100) || null,
      title: v('title').slice(0, 60) || null,
      gender,
      phone,
      email,
      kind,
      vip: YES.has(v('vip').toLowerCase()),
      inviteToken: newToken(),
    });
  }
  if (problems.length)
    throw new AppError(
      'guest_import_invalid',
      422,
      say(ctx, `${problems.length} 行有错误，未导入任何嘉宾`, `${problems.length} bad rows; no guest was imported`),
      problems.map(({ row: _r, ...f }) => f),
      { rows: [...new Set(problems.map((p) => p.row))] },
    );
  if (!rows.length) throw errors.field('file', say(ctx, '文件中没有数据行', 'No data rows'), 'empty');
  await ctx.db.transaction(async (tx) => {
    await repo.insertGuests(tx, rows);
    await audit(tx, ctx, {
      action: 'event_guest.imported',
      entityType: 'event',
      entityId: eventId,
      propertyId: event.propertyId,
      meta: { rows: rows.length },
    });
    await guestsChanged(tx, event);
  });
  return { imported: rows.length };
}

const RSVP_ZH: Record<string, [string, string]> = {
  draft: ['待邀请', 'Draft'],
  invited: ['已邀请', 'Invited'],
  registered: ['已报名', 'Registered'],
  declined: ['已婉拒', 'Declined'],
  cancelled: ['已取消', 'Cancelled'],
};

export async function exportGuests(ctx: Ctx, eventId: string, q: repo.GuestFilter & { reveal?: string }) {
  const { event, data } = await listGuests(ctx, eventId, q);
  const { h, at } = sheetWords(ctx.locale === 'en-US' ? 'en-US' : 'zh-CN', await timeZoneOf(ctx.db, event.propertyId));
  const buf = await workbook([
    {
      name: h('嘉宾名单', 'Guests'),
      title: `${event.name} ${h('嘉宾名单', 'guest list')}`,
      columns: [
        { header: h('姓名', 'Name'), key: 'name', width: 12 },
        { header: h('单位', 'Organization'), key: 'organization', width: 28 },
        { header: h('职务', 'Title'), key: 'title', width: 16 },
        { header: h('手机', 'Phone'), key: 'phone', width: 14 },
        { header: h('状态', 'RSVP'), key: 'rsvp', width: 10 },
        { header: 'VIP', key: 'vip', width: 6 },
        { header: h('报到', 'Arrival'), key: 'arrival', width: 28 },
        { header: h('离会', 'Departure'), key: 'departure', width: 28 },
        { header: h('住宿', 'Hotel'), key: 'hotel', width: 8 },
        { header: h('饮食', 'Dietary'), key: 'dietary', width: 10 },
        { header: h('随行', 'Companions'), key: 'companions', width: 18 },
        { header: h('证件号', 'ID no.'), key: 'idNo', width: 22 },
      ],
      rows: data.map((g) => ({
        name: g.name,
        organization: g.organization ?? '',
        title: g.title ?? '',
        phone: g.phone ?? '',
        rsvp: h(...RSVP_ZH[g.rsvp]!),
        vip: g.vip,
        arrival: [at(g.arrivalAt ? new Date(g.arrivalAt) : null), g.arrivalRef, g.arrivalStation].filter(Boolean).join(' '),
        departure: [at(g.departureAt ? new Date(g.departureAt) : null), g.departureRef, g.departureStation].filter(Boolean).join(' '),
        hotel: g.hotelWish === 'needed' ? h('需要', 'needed') : g.hotelWish === 'own' ? h('自理', 'own') : '',
        dietary: g.dietary === 'none' ? '' : g.dietary,
        companions: g.companions.map((c) => c.name),
        idNo: g.idNo ?? '',
      })),
    },
  ]);
  return { filename: `${event.name}-${h('嘉宾名单', 'guests')}.xlsx`, buf };
}
