/** What every events sub-feature shares: the refusal in the reader's language, the property's time zone and local day. */
import { EVENTS_ERROR_CODES } from '@hy/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import dayjs from '../../lib/dayjs-fast-tz.ts';
import { AppError } from '../../lib/errors.ts';
import { say } from '../../lib/messages.ts';
import { loadWorkCalendar } from '../calendar/index.ts';

/** A refusal with its stable code, in the reader's language; `path` names the offending field. */
export const refused = (ctx: Ctx, code: string, path?: string, extra?: Record<string, unknown>) => {
  const c = EVENTS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined, extra);
};

export const timeZoneOf = async (db: DbOrTx, propertyId: string) => (await loadWorkCalendar(db, propertyId)).timeZone;

/** The property's local day of `at` (YYYY-MM-DD). */
export const localDay = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM-DD');

/** Every day from `from` to `to` (YYYY-MM-DD, both included). */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayjs.utc(from); !d.isAfter(dayjs.utc(to)); d = d.add(1, 'day')) out.push(d.format('YYYY-MM-DD'));
  return out;
}
