/**
 * The live counts of an event's guests (M13), which catering, hotels, the budget and the summary read: who is
 * invited, registered, declined; per day, per session and per meal (with dietary counts); who needs a room.
 * A registered guest counts with their companions.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';

export interface GuestFigures {
  total: number;
  invited: number;
  registered: number;
  declined: number;
  /** invited and not yet answered */
  pending: number;
  /** registered guests plus their companions */
  people: number;
  vip: number;
  hotelNeeded: number;
  perDay: Record<string, number>;
  perSession: Record<string, number>;
  /** 'YYYY-MM-DD:lunch' → people and their dietary needs */
  perMeal: Record<string, { people: number; dietary: Record<string, number> }>;
}

export async function guestFigures(db: DbOrTx, eventId: string): Promise<GuestFigures> {
  const [totals] = (
    await db.execute(sql`
    select count(*)::int as total,
      count(*) filter (where rsvp <> 'draft')::int as invited,
      count(*) filter (where rsvp = 'registered')::int as registered,
      count(*) filter (where rsvp = 'declined')::int as declined,
      count(*) filter (where rsvp = 'invited')::int as pending,
      coalesce(sum(1 + jsonb_array_length(companions)) filter (where rsvp = 'registered'), 0)::int as people,
      count(*) filter (where rsvp = 'registered' and vip)::int as vip,
      count(*) filter (where rsvp = 'registered' and hotel_wish = 'needed')::int as hotel_needed
    from event_guests where event_id = ${eventId}`)
  ).rows as {
    total: number;
    invited: number;
    registered: number;
    declined: number;
    pending: number;
    people: number;
    vip: number;
    hotel_needed: number;
  }[];
  const rowsOf = async (q: ReturnType<typeof sql>) => (await db.execute(q)).rows as { k: string; d?: string; n: number }[];
  const perDay = await rowsOf(sql`
    select d::text as k, sum(1 + jsonb_array_length(companions))::int as n
    from event_guests, unnest(attend_days) d where event_id = ${eventId} and rsvp = 'registered' group by d`);
  const perSession = await rowsOf(sql`
    select s::text as k, sum(1 + jsonb_array_length(companions))::int as n
    from event_guests, unnest(session_ids) s where event_id = ${eventId} and rsvp = 'registered' group by s`);
  const perMeal = await rowsOf(sql`
    select m as k, dietary as d, sum(1 + jsonb_array_length(companions))::int as n
    from event_guests, unnest(meals) m where event_id = ${eventId} and rsvp = 'registered' group by m, dietary`);
  const meals: GuestFigures['perMeal'] = {};
  for (const r of perMeal) {
    const m = (meals[r.k] ??= { people: 0, dietary: {} });
    m.people += r.n;
    m.dietary[r.d!] = (m.dietary[r.d!] ?? 0) + r.n;
  }
  const t = totals!;
  return {
    total: t.total,
    invited: t.invited,
    registered: t.registered,
    declined: t.declined,
    pending: t.pending,
    people: t.people,
    vip: t.vip,
    hotelNeeded: t.hotel_needed,
    perDay: Object.fromEntries(perDay.map((r) => [r.k, r.n])),
    perSession: Object.fromEntries(perSession.map((r) => [r.k, r.n])),
    perMeal: meals,
  };
}
