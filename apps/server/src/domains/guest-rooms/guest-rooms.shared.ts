/** What every guest-rooms sub-feature shares: the refusal in the reader's language, the property's local day. */
import { GUEST_ROOMS_ERROR_CODES } from '@hy/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import dayjs from '../../lib/dayjs-fast-tz.ts';
import { AppError } from '../../lib/errors.ts';
import { say } from '../../lib/messages.ts';
import { loadWorkCalendar } from '../calendar/index.ts';

export const refused = (ctx: Ctx, code: string, path?: string) => {
  const c = GUEST_ROOMS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};

export const timeZoneOf = async (db: DbOrTx, propertyId: string) => (await loadWorkCalendar(db, propertyId)).timeZone;

/** The property's local day of `at` (YYYY-MM-DD). */
export const localDay = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM-DD');
