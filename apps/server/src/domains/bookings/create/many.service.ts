/**
 * Booking several venues at once, all or nothing (SPEC M3, M13 — an event's programme): every item is checked by the
 * booking core's own rules (check() of create.planning.ts: fields, venue, opening hours, capacity, lead time), then
 * against the existing bookings and closures, then against the other items (their holds, setup and cleanup
 * included). Every problem is reported at once and nothing is written; otherwise every booking is written in one
 * transaction together with the caller's own rows (`inTx`). Each is an ordinary booking (approval, expiry, notices).
 */
import { can, memberProperties, requireActor, type Actor, type Ctx } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { transactionRetrying } from '../../../lib/transactions.ts';
import type { Tx } from '../../../db/client.ts';
import * as repo from '../booking/booking.repository.ts';
import { counterKey } from '../booking/booking.rules.ts';
import { announce } from '../booking/booking.notices.ts';
import { conflictError, conflictsOf, isHoldClash } from '../holds/holds.service.ts';
import { check, planEnv, type PlanEnv, type Plan } from './create.planning.ts';
import { bookingParty, insertPlanned } from './create.service.ts';
import type { BookingCreate } from './create.schema.ts';

export interface ManyProblem {
  index: number;
  code: string;
  detail: string;
  /** the other item it clashes with, for 'items_clash' */
  with?: number;
}
export type BookedRow = repo.BookingRow;

/**
 * Who the items are booked for: as bookingParty (create.service.ts), and holders of bookings.manage (the 常务副总
 * running an event) book for any organization of the property though they do not take requests at the desk.
 */
function party(ctx: Ctx, actor: Actor, input: BookingCreate) {
  if (memberProperties(actor).includes(input.propertyId) && can(actor, input.propertyId, 'bookings.manage'))
    return input.organizationId ?? null;
  return bookingParty(ctx, actor, input.propertyId, input.organizationId);
}

const overlaps = (a: { from: Date; to: Date }, b: { from: Date; to: Date }) => a.from < b.to && b.from < a.to;

/**
 * Books every item, or none: `{ problems }` (nothing written) or `{ rows, result }` (rows in the items' order, and
 * what `inTx` returned inside the same transaction).
 */
export async function bookMany<T>(
  ctx: Ctx,
  items: BookingCreate[],
  inTx: (tx: Tx, rows: BookedRow[]) => Promise<T>,
): Promise<{ problems: ManyProblem[] } | { rows: BookedRow[]; result: T }> {
  const actor = requireActor(ctx);
  const envs = new Map<string, PlanEnv>();
  const problems: ManyProblem[] = [];
  const plans: (Plan | null)[] = [];
  for (const [index, input] of items.entries()) {
    const organizationId = party(ctx, actor, input);
    const intent = {
      ...input,
      start: new Date(input.startAt),
      end: new Date(input.endAt),
      organizationId,
      setupPlan: input.setupPlan ?? null,
    };
    const key = `${input.venueId}:${organizationId}`;
    if (!envs.has(key)) envs.set(key, await planEnv(ctx, intent));
    try {
      const p = check(ctx, actor, envs.get(key)!, intent, true);
      const c = await conflictsOf(ctx, actor, input.propertyId, p.holds);
      if (c.conflicts.length || c.closures.length) {
        const e = conflictError(ctx, c);
        problems.push({ index, code: e.code, detail: e.detail ?? e.code });
        plans.push(null);
      } else plans.push(p);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problems.push({ index, code: e.code, detail: e.detail ?? e.message });
      plans.push(null);
    }
  }
  // The items among themselves: two holds on one venue (setup and cleanup included) may not overlap.
  for (let i = 0; i < plans.length; i++)
    for (let j = i + 1; j < plans.length; j++) {
      const a = plans[i];
      const b = plans[j];
      if (!a || !b) continue;
      const clash = a.holds.find((h) => b.holds.some((k) => k.venueId === h.venueId && overlaps(h, k)));
      if (clash)
        problems.push({
          index: j,
          with: i,
          code: 'items_clash',
          detail: say(
            ctx,
            `与第 ${i + 1} 项在${a.venue.name}的时段（含布置、清场时间）重叠`,
            `overlaps item ${i + 1} in ${a.venue.name} (setup and cleanup included)`,
          ),
        });
    }
  if (problems.length) return { problems: problems.sort((x, y) => x.index - y.index) };
  const now = ctx.now();
  const planned = plans as Plan[];
  const first = items[0];
  const firstSeq = first ? await repo.reserveNumbers(ctx.db, first.propertyId, counterKey(planned[0]!.timeZone, now), items.length) : 0;
  try {
    return await transactionRetrying(ctx.db, async (tx) => {
      const rows: BookedRow[] = [];
      for (const [k, input] of items.entries()) {
        const p = planned[k]!;
        const organizationId = party(ctx, actor, input);
        const row = await insertPlanned(tx, ctx, actor, input, organizationId, p, {
          start: new Date(input.startAt),
          end: new Date(input.endAt),
          seq: firstSeq + k,
        });
        await announce(tx, ctx, actor, row, 'created', p.timeZone, undefined, p.venue.name);
        rows.push(row);
      }
      return { rows, result: await inTx(tx, rows) };
    });
  } catch (e) {
    if (!isHoldClash(e)) throw e;
    // Someone took a slot meanwhile: report every item that clashes now.
    const now2: ManyProblem[] = [];
    for (const [index, p] of planned.entries()) {
      const c = await conflictsOf(ctx, actor, items[index]!.propertyId, p.holds);
      if (c.conflicts.length || c.closures.length) {
        const err = conflictError(ctx, c);
        now2.push({ index, code: err.code, detail: err.detail ?? err.code });
      }
    }
    if (!now2.length) throw e;
    return { problems: now2 };
  }
}
