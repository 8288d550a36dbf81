/** What the staff-quality sub-features share: the property's zone and today, refusals with their titles. */
import { eq } from 'drizzle-orm';
import { STAFF_QUALITY_ERROR_CODES } from '@hy/contracts';
import type { DbOrTx } from '../../db/client.ts';
import { properties } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { say } from '../../lib/messages.ts';
import dayjs from '../../lib/dayjs-fast-tz.ts';

export async function zoneOf(db: DbOrTx, propertyId: string): Promise<string> {
  const [p] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return p?.tz ?? 'Asia/Shanghai';
}

/** Today 'YYYY-MM-DD' in the zone. */
export const localDay = (at: Date, tz: string) => dayjs(at).tz(tz).format('YYYY-MM-DD');
/** The local midday of a day (a stable instant for a sheet recorded for that day). */
export const instantOf = (day: string, tz: string, hhmm = '12:00') => dayjs.tz(`${day} ${hhmm}`, tz).toDate();

/** A refusal with the stable code and its title in the reader's language (fields when a field is at fault). */
export function refuse(ctx: Ctx, code: string, path?: string, extra?: Record<string, unknown>) {
  const c = STAFF_QUALITY_ERROR_CODES[code]!;
  const detail = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, detail, path ? [{ path, message: detail, code }] : undefined, extra);
}
