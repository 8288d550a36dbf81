/**
 * What the cockpit counts for the 常务副总 (M13, X6): events starting within 30 days still being prepared, the
 * duties still open on them, and the invited guests who have not answered yet — each opening the events list.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';

export async function eventCounts(db: DbOrTx, propertyId: string, today: string) {
  const [r] = (
    await db.execute(sql`
      with soon as (
        select id from events
        where property_id = ${propertyId} and status in ('planning','ready')
          and starts_on >= ${today}::date and starts_on <= ${today}::date + 30
      )
      select
        (select count(*)::int from soon) as upcoming,
        (select count(*)::int from event_groups g, jsonb_array_elements(g.duties) d
           where g.event_id in (select id from soon) and not (d->>'done')::boolean) as open_duties,
        (select count(*)::int from event_guests where event_id in (select id from soon) and rsvp = 'invited') as unanswered`)
  ).rows as { upcoming: number; open_duties: number; unanswered: number }[];
  return { upcoming: r?.upcoming ?? 0, openDuties: r?.open_duties ?? 0, unanswered: r?.unanswered ?? 0 };
}
