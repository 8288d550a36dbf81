/**
 * The write of one booking as a single statement (data-modifying CTEs): the number from the
 * property's counter, the booking row, its holds, its audit event and — when given — its live event,
 * in one round trip. Run outside a transaction it is its own transaction: all of it commits, or
 * none (an overlap refused by the holds' exclusion constraint rolls the number back too).
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { bookingHolds, bookings, counters } from '../../../db/schema/index.ts';
import type { BookingRow } from '../booking/booking.repository.ts';
import { createdChanges } from '../booking/booking.audit.ts';
import type { HoldInput } from '../holds/holds.repository.ts';

export interface BookingWrite {
  /** The whole row as it will be stored; its `number` is left to the statement. */
  row: BookingRow;
  holds: HoldInput[];
  /** The property's booking counter and the number's text before the sequence ('HY-2026-'). */
  counterKey: string;
  numberPrefix: string;
  auditMeta?: Record<string, unknown>;
  /** pg_notify payloads sent when the statement commits (the live event), if any. */
  live?: { channel: string; payloads: string[] };
}

/** Writes the booking; returns its number. Throws the holds' 23P01 (overlap) or a deadlock as the driver reports them. */
export async function writeBooking(db: DbOrTx, ctx: Ctx, w: BookingWrite): Promise<string> {
  const { row } = w;
  // Holds in venue-id order (byte order) so concurrent writers take their locks in one order.
  const holds = [...w.holds].sort((a, b) => (a.venueId < b.venueId ? -1 : a.venueId > b.venueId ? 1 : 0));
  const changes = createdChanges(row);
  const live = w.live?.payloads.length
    ? sql`, ${sql.join(
        w.live.payloads.map((p) => sql`pg_notify(${w.live!.channel}, ${p})`),
        sql`, `,
      )}`
    : sql``;
  const res = await db.execute<{ number: string }>(sql`
    with seq as (
      insert into ${counters} (property_id, key, value) values (${row.propertyId}, ${w.counterKey}, 1)
      on conflict (property_id, key) do update set value = ${counters}.value + 1
      returning value
    ), num as (
      select ${w.numberPrefix} || case when length(value::text) >= 6 then value::text else lpad(value::text, 6, '0') end as number from seq
    ), b as (
      ${db
        .insert(bookings)
        .values({ ...row, number: sql`(select number from num)` })
        .returning({ id: bookings.id })
        .getSQL()}
    ), h as (
      ${db
        .insert(bookingHolds)
        .values(
          holds.map((h) => ({
            bookingId: row.id,
            propertyId: row.propertyId,
            venueId: h.venueId,
            during: sql`tstzrange(${h.from.toISOString()}::timestamptz, ${h.to.toISOString()}::timestamptz, '[)')`,
          })),
        )
        .returning({ one: sql`1` })
        .getSQL()}
    ), a as (
      insert into audit_events (property_id, actor_id, actor_name, action, entity_type, entity_id, changes, meta, request_id, ip, at)
      select ${row.propertyId}, ${ctx.actor?.id ?? null}, ${ctx.actor?.displayName ?? null}, 'booking.created', 'booking', b.id::text,
             jsonb_set(${JSON.stringify(changes)}::jsonb, '{number}', jsonb_build_array(null, (select number from num))),
             ${w.auditMeta ? JSON.stringify(w.auditMeta) : null}::jsonb, ${ctx.requestId ?? null}, ${ctx.ip ?? null},
             ${ctx.now().toISOString()}::timestamptz
      from b
      returning 1
    )
    select num.number${live} from num, b`);
  const number = res.rows[0]?.number;
  if (!number) throw new Error('booking write returned no number');
  return number;
}
