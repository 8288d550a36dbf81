/**
 * Delivery reminder: every hour, the notices of a property not recorded as delivered when their notice day has
 * come are reported to the CS desk once (a guarded mark per notice).
 */
import type { Db } from '../../../db/client.ts';
import { systemCtx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './notices.repository.ts';

export const DELIVERY_SCAN = 'billing.notice_delivery';

export async function remindDelivery(db: Db, now: Date) {
  const ahead = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const late = await repo.undeliveredLate(db, ahead);
  const byProperty = new Map<string, typeof late>();
  for (const n of late) byProperty.set(n.propertyId, [...(byProperty.get(n.propertyId) ?? []), n]);
  let count = 0;
  for (const [propertyId, list] of byProperty) {
    const today = dayjs(now)
      .tz((await loadWorkCalendar(db, propertyId)).timeZone)
      .format('YYYY-MM-DD');
    const due = list.filter((n) => n.deliverBy <= today);
    if (!due.length) continue;
    await db.transaction(async (tx) => {
      const marked = await repo.markDeliveryReminded(
        tx,
        due.map((n) => n.id),
        now,
      );
      if (!marked) return;
      await notify(tx, {
        propertyId,
        roles: ['cs_supervisor', 'cs_assistant', 'affairs_admin'],
        kind: 'billing.notice_undelivered',
        message: { key: 'billing.notice_undelivered', params: { count: marked, deliverBy: due[0]!.deliverBy } },
        link: '/billing/notices',
        severity: 'warning',
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'billing_notice.delivery_reminded',
        entityType: 'property',
        entityId: propertyId,
        propertyId,
        meta: { count: marked },
      });
      count += marked;
    });
  }
  return count;
}
