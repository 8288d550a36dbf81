/**
 * The accommodation plan of one hotel (宾客入住计划): rooms with their guests, type, dates and nights, VIP mark,
 * organization, phone, identity number for the inner circle — as JSON for the A4 print, as .xlsx, and sent to the
 * hotel by e-mail as the check-in list (its time and version kept; later changes mark it "changed since sent").
 */
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { sendOutside } from '../../notifications/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import * as repo from './hotels.repository.ts';
import { presentHotel, presentRoom, ROOM_TYPE_ZH } from './hotels.presenter.ts';
import { published } from './hotels.shared.ts';

export async function accommodationPlan(ctx: Ctx, eventId: string, hotelId: string, need: 'read' | 'work' = 'read') {
  const { event: e, access } = need === 'work' ? await openForChange(ctx, eventId, 'work') : await openEvent(ctx, eventId);
  const h = await repo.findHotel(ctx.db, eventId, hotelId);
  if (!h) throw errors.notFound('hotel');
  const rooms = await repo.roomsOf(ctx.db, eventId, hotelId);
  const guests = new Map((await repo.guestsByIds(ctx.db, eventId, [...new Set(rooms.flatMap((r) => r.guestIds))])).map((g) => [g.id, g]));
  const list = rooms
    .map((r) => presentRoom(r, guests, access.inner))
    .sort(
      (a, b) =>
        (a.roomNo ?? '~').localeCompare(b.roomNo ?? '~') || a.checkInOn.localeCompare(b.checkInOn) || a.roomType.localeCompare(b.roomType),
    );
  const last = (await repo.lastChanges(ctx.db, eventId)).get(hotelId);
  return {
    event: { id: e.id, name: e.name, number: e.number, startsOn: e.startsOn, endsOn: e.endsOn },
    hotel: presentHotel(h, last),
    rooms: list,
    totals: {
      rooms: list.length,
      guests: list.reduce((s, r) => s + r.guests.reduce((n, g) => n + 1 + g.companions, 0), 0),
      roomNights: list.reduce((s, r) => s + r.nights, 0),
    },
    showIdNo: access.inner,
    e,
  };
}

export async function planXlsx(ctx: Ctx, eventId: string, hotelId: string) {
  const p = await accommodationPlan(ctx, eventId, hotelId);
  const w = sheetWords(ctx.locale === 'en-US' ? 'en-US' : 'zh-CN', await timeZoneOf(ctx.db, p.e.propertyId));
  const rows = p.rooms.flatMap((r, i) =>
    r.guests.map((g, k) => ({
      no: k ? '' : i + 1,
      roomNo: k ? '' : (r.roomNo ?? ''),
      roomType: k ? '' : w.en ? r.roomType : ROOM_TYPE_ZH[r.roomType],
      name: `${g.name}${g.vip ? ' (VIP)' : ''}${g.companions ? ` +${g.companions}` : ''}`,
      organization: g.organization ?? '',
      phone: g.phone ?? '',
      idNo: g.idNo ?? '',
      checkIn: r.checkInOn,
      checkOut: r.checkOutOn,
      nights: k ? '' : r.nights,
    })),
  );
  const columns = [
    { header: w.h('序号', 'No.'), key: 'no', width: 6 },
    { header: w.h('房号', 'Room'), key: 'roomNo', width: 8 },
    { header: w.h('房型', 'Type'), key: 'roomType', width: 8 },
    { header: w.h('姓名', 'Name'), key: 'name', width: 16 },
    { header: w.h('单位', 'Organization'), key: 'organization', width: 26 },
    { header: w.h('电话', 'Phone'), key: 'phone', width: 14 },
    ...(p.showIdNo ? [{ header: w.h('身份证号', 'ID number'), key: 'idNo', width: 20 }] : []),
    { header: w.h('入住', 'Check-in'), key: 'checkIn', width: 12 },
    { header: w.h('退房', 'Check-out'), key: 'checkOut', width: 12 },
    { header: w.h('间夜', 'Nights'), key: 'nights', width: 6 },
  ];
  const title = `${p.e.name} ${w.h('宾客入住计划', 'accommodation plan')} — ${p.hotel.name}`;
  const buf = await workbook([{ name: p.hotel.name, title, columns, rows }]);
  return { filename: `${p.hotel.name}-${w.h('宾客入住计划', 'rooming')}.xlsx`, buf };
}

/** E-mails the check-in list to the hotel (summary and the list's link), recording the time and a new version. */
export async function sendList(ctx: Ctx, eventId: string, hotelId: string) {
  const p = await accommodationPlan(ctx, eventId, hotelId, 'work');
  if (!p.hotel.email) throw refused(ctx, 'hotel_no_email', 'email');
  const first = p.rooms.map((r) => r.checkInOn).sort()[0] ?? p.e.startsOn;
  return ctx.db.transaction(async (tx) => {
    const at = ctx.now();
    const h = await repo.updateHotel(tx, hotelId, { sentAt: at, sentVersion: p.hotel.sentVersion + 1 });
    const outboxId = await sendOutside(tx, {
      propertyId: p.e.propertyId,
      channel: 'email',
      recipient: p.hotel.email!,
      message: {
        key: 'event.checkin_list',
        params: {
          event: p.e.name,
          hotel: p.hotel.name,
          version: h.sentVersion,
          rooms: p.totals.rooms,
          guests: p.totals.guests,
          checkInOn: first,
          link: `/api/v1/events/${eventId}/hotels/${hotelId}/plan?format=xlsx`,
        },
      },
    });
    await audit(tx, ctx, {
      action: 'event.checkin_list_sent',
      entityType: 'event_hotel',
      entityId: hotelId,
      propertyId: p.e.propertyId,
      before: { sentVersion: p.hotel.sentVersion },
      after: { sentVersion: h.sentVersion, to: p.hotel.email, rooms: p.totals.rooms },
    });
    await published(tx, p.e);
    return { sentAt: at, sentVersion: h.sentVersion, outboxId };
  });
}
