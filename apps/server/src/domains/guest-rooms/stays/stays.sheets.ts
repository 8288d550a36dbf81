/** The stays register of a period and the key register as workbooks in the reader's language; audited. */
import { LINEN_ITEMS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { KEY_WORDS, LINEN_WORDS, ROOM_TYPE_WORDS } from '../guest-rooms.words.ts';
import { timeZoneOf } from '../guest-rooms.shared.ts';
import { keys, register } from './stays.service.ts';

const linenText = (c: Record<string, number> | null, en: boolean) =>
  c
    ? LINEN_ITEMS.filter((i) => c[i])
        .map((i) => `${LINEN_WORDS[i][en ? 1 : 0]}${c[i]}`)
        .join(' ')
    : '';

export async function exportStays(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  const r = await register(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'guest_stays.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { from: q.from, to: q.to, rows: r.data.length },
  });
  const { h, en, at } = sheetWords(ctx.locale, r.tz);
  const buf = await workbook([
    {
      name: h('入住登记', 'Stays'),
      title: `${h('客房入住登记表', 'Guest stays register')} ${q.from} – ${q.to}`,
      columns: [
        { header: h('单位', 'Host unit'), key: 'unit', width: 20 },
        { header: h('客人', 'Guests'), key: 'guests', width: 22 },
        { header: h('房型', 'Type'), key: 'type', width: 10 },
        { header: h('数量', 'Rooms'), key: 'count', width: 6 },
        { header: h('房号', 'Room numbers'), key: 'rooms', width: 16 },
        { header: h('入住时间', 'Checked in'), key: 'in', width: 17 },
        { header: h('预计退房', 'Planned out'), key: 'planned', width: 11 },
        { header: h('退房时间', 'Checked out'), key: 'out', width: 17 },
        { header: h('布草短缺', 'Linen missing'), key: 'missing', width: 9 },
        { header: h('交接事项', 'Handover'), key: 'handover', width: 30 },
      ],
      rows: r.data.map((s) => ({
        unit: s.hostUnit,
        guests: s.guests,
        type: ROOM_TYPE_WORDS[s.roomType][en ? 1 : 0],
        count: s.roomCount,
        rooms: s.rooms.map((x) => x.number),
        in: at(new Date(s.checkedInAt)),
        planned: s.plannedCheckOutOn,
        out: s.checkedOutAt ? at(new Date(s.checkedOutAt)) : '',
        missing: s.rooms.reduce((n, x) => n + x.linenMissing, 0) || '',
        handover: [s.handoverNote, s.checkOutNote].filter(Boolean).join('；'),
      })),
    },
    {
      name: h('布草发放', 'Linen per room'),
      columns: [
        { header: h('房号', 'Room'), key: 'room', width: 8 },
        { header: h('单位', 'Host unit'), key: 'unit', width: 20 },
        { header: h('发出', 'Out'), key: 'out', width: 36 },
        { header: h('收回', 'Back'), key: 'back', width: 36 },
        { header: h('短缺', 'Missing'), key: 'missing', width: 8 },
      ],
      rows: r.data.flatMap((s) =>
        s.rooms.map((x) => ({
          room: x.number,
          unit: s.hostUnit,
          out: linenText(x.linenOut, en),
          back: linenText(x.linenBack, en),
          missing: x.linenMissing || '',
        })),
      ),
    },
  ]);
  return { filename: `${h('客房入住登记表', 'guest-stays')} ${q.from}–${q.to}.xlsx`, buf };
}

export async function exportKeys(ctx: Ctx, propertyId: string) {
  const r = await keys(ctx, propertyId);
  await audit(ctx.db, ctx, {
    action: 'guest_keys.exported',
    entityType: 'property',
    entityId: propertyId,
    propertyId,
    meta: { rows: r.data.length },
  });
  const { h, en, at } = sheetWords(ctx.locale, await timeZoneOf(ctx.db, propertyId));
  const buf = await workbook([
    {
      name: h('钥匙登记', 'Keys'),
      title: h('公寓钥匙发放登记表', 'Apartment key register'),
      columns: [
        { header: h('房号', 'Room'), key: 'room', width: 8 },
        { header: h('单位', 'Host unit'), key: 'unit', width: 20 },
        { header: h('客人', 'Guests'), key: 'guests', width: 20 },
        { header: h('发放数', 'Issued'), key: 'issued', width: 7 },
        { header: h('发放时间', 'Issued at'), key: 'issuedAt', width: 17 },
        { header: h('归还数', 'Returned'), key: 'returned', width: 7 },
        { header: h('归还时间', 'Returned at'), key: 'returnedAt', width: 17 },
        { header: h('结果', 'Outcome'), key: 'outcome', width: 14 },
        { header: h('说明', 'Note'), key: 'note', width: 30 },
      ],
      rows: r.data.map((k) => ({
        room: k.number,
        unit: k.hostUnit,
        guests: k.guests,
        issued: k.keysIssued,
        issuedAt: at(new Date(k.issuedAt)),
        returned: k.keysReturned ?? '',
        returnedAt: k.returnedAt ? at(new Date(k.returnedAt)) : '',
        outcome: k.keyOutcome ? KEY_WORDS[k.keyOutcome][en ? 1 : 0] : h('在客人处', 'With the guest'),
        note: k.keyNote,
      })),
    },
  ]);
  return { filename: `${h('钥匙登记表', 'guest-keys')}.xlsx`, buf };
}
