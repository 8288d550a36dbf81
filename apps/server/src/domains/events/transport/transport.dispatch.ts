/**
 * The dispatch sheet (派车单) of one vehicle — its trips (of a day, or all), passengers with phones and the event's
 * contact — as JSON for the A4 print page and as .xlsx; sending it texts the driver each trip ('event.dispatch').
 */
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { timeZoneOf } from '../events.shared.ts';
import { presentTransfer, presentVehicle } from './transport.presenter.ts';
import * as repo from './transport.repository.ts';
import { live, tellDriver } from './transport.service.ts';

export async function dispatchSheet(ctx: Ctx, eventId: string, q: { vehicleId: string; day?: string | undefined }) {
  const { event: e } = await openEvent(ctx, eventId, 'work');
  const v = await repo.findVehicle(ctx.db, eventId, q.vehicleId);
  if (!v) throw errors.notFound('vehicle');
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const all = await repo.transfersOfEvent(ctx.db, eventId, v.id);
  const riders = await repo.passengersOf(
    ctx.db,
    all.map((t) => t.id),
  );
  const transfers = all
    .map((t) =>
      presentTransfer(
        t,
        v,
        riders.filter((r) => r.transferId === t.id),
        tz,
      ),
    )
    .filter((t) => !q.day || t.day === q.day);
  const owner = await repo.userName(ctx.db, e.ownerId);
  return {
    event: { id: e.id, name: e.name, number: e.number, hostUnit: e.hostUnit },
    vehicle: presentVehicle(v, all.length),
    day: q.day ?? null,
    contact: { name: owner?.name ?? '', phone: owner?.phone ?? null },
    transfers,
  };
}

const KIND = {
  'zh-CN': { pickup: '接站', dropoff: '送站', shuttle: '往返', visit: '参观' },
  'en-US': { pickup: 'Pick-up', dropoff: 'Drop-off', shuttle: 'Shuttle', visit: 'Visit' },
} as const;

export async function dispatchXlsx(ctx: Ctx, eventId: string, q: { vehicleId: string; day?: string | undefined }) {
  const sheet = await dispatchSheet(ctx, eventId, q);
  const tz = await timeZoneOf(ctx.db, (await openEvent(ctx, eventId)).event.propertyId);
  const { h } = sheetWords(ctx.locale, tz);
  const hm = (iso: string) => dayjs(iso).tz(tz).format('HH:mm');
  const rows = sheet.transfers.flatMap((t) =>
    (t.passengers.length ? t.passengers : [null]).map((p, i) => ({
      day: i ? '' : t.day,
      time: i ? '' : `${hm(t.departsAt)}–${hm(t.endsAt)}`,
      kind: i ? '' : KIND[ctx.locale][t.kind],
      route: i ? '' : `${t.fromPlace} → ${t.toPlace}`,
      guest: p ? p.name + (p.seats > 1 ? ` +${p.seats - 1}` : '') : '',
      organization: p?.organization ?? '',
      phone: p?.phone ?? '',
      ref: p?.ref ?? '',
    })),
  );
  const buf = await workbook([
    {
      name: sheet.vehicle.plate,
      title: `${h('派车单', 'Dispatch sheet')} · ${sheet.event.name} · ${sheet.vehicle.plate} · ${sheet.vehicle.driverName} ${sheet.vehicle.driverPhone}`,
      columns: [
        { header: h('日期', 'Day'), key: 'day', width: 12 },
        { header: h('时间', 'Time'), key: 'time', width: 13 },
        { header: h('类别', 'Kind'), key: 'kind', width: 8 },
        { header: h('起止地点', 'Route'), key: 'route', width: 30 },
        { header: h('乘车人', 'Passenger'), key: 'guest', width: 12 },
        { header: h('单位', 'Organization'), key: 'organization', width: 24 },
        { header: h('电话', 'Phone'), key: 'phone', width: 15 },
        { header: h('车次/航班', 'Train/flight'), key: 'ref', width: 11 },
      ],
      rows,
    },
  ]);
  return { filename: `派车单-${sheet.vehicle.plate}.xlsx`, buf };
}

/** Sends the vehicle's sheet: an SMS per planned trip to the driver (and the bell when the driver has an account). */
export async function sendDispatch(ctx: Ctx, eventId: string, vehicleId: string) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const v = await repo.findVehicle(ctx.db, eventId, vehicleId);
  if (!v) throw errors.notFound('vehicle');
  const trips = (await repo.transfersOfEvent(ctx.db, eventId, vehicleId)).filter((t) => t.status === 'planned');
  const row = await ctx.db.transaction(async (tx) => {
    for (const t of trips) await tellDriver(tx, e, v, t, 'event.dispatch');
    const row = await repo.updateVehicle(tx, v.id, { dispatchedAt: ctx.now() });
    await audit(tx, ctx, {
      action: 'event_vehicle.dispatched',
      entityType: 'event_vehicle',
      entityId: v.id,
      propertyId: e.propertyId,
      meta: { eventId, trips: trips.length },
    });
    await live(tx, e);
    return row;
  });
  return { sent: trips.length, vehicle: presentVehicle(row, trips.length) };
}
