/**
 * The dunning schedule: every hour, each step due (its day reached in the property's zone) of a notice still
 * unpaid fires once — the reminder (portal + SMS through the outbox to the company's tenant users), the printed
 * 催缴通知书 (the CS desk is told to print and deliver it), the tenant rep's visit, the escalation to the managers.
 * A paid notice's remaining steps never fire. Bounded batch, one short transaction per step.
 */
import type { Db } from '../../../db/client.ts';
import { systemCtx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import { daysPastDue } from '../arrears/arrears.rules.ts';
import * as notices from '../notices/notices.repository.ts';
import * as repo from './dunning.repository.ts';

export const DUNNING_SCAN = 'billing.dunning';

export async function fireDunning(db: Db, now: Date) {
  const ahead = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const today = new Map<string, string>();
  let n = 0;
  for (const { s, n: notice, organizationName } of await repo.dueSteps(db, ahead)) {
    if (!today.has(s.propertyId))
      today.set(
        s.propertyId,
        dayjs(now)
          .tz((await loadWorkCalendar(db, s.propertyId)).timeZone)
          .format('YYYY-MM-DD'),
      );
    const day = today.get(s.propertyId)!;
    if (s.dueOn > day) continue;
    const outstandingFen = notice.amountFen - notice.paidFen;
    await db.transaction(async (tx) => {
      if (!(await repo.markFired(tx, s.id, now))) return;
      const base = { propertyId: s.propertyId, kind: `billing.dunning_${s.step}`, data: { noticeId: notice.id } };
      if (s.step === 'reminder')
        await notify(tx, {
          ...base,
          userIds: await notices.tenantUsersOf(tx, s.propertyId, notice.organizationId),
          message: {
            key: 'billing.dunning_reminder',
            params: { number: notice.number, month: notice.month, outstandingFen, dueOn: notice.dueOn },
          },
          link: '/portal/bills',
          channels: ['sms'],
        });
      else if (s.step === 'notice')
        await notify(tx, {
          ...base,
          roles: ['cs_assistant', 'affairs_admin'],
          message: { key: 'billing.dunning_notice', params: { company: organizationName, number: notice.number, outstandingFen } },
          link: `/billing/dunning`,
        });
      else if (s.step === 'visit')
        await notify(tx, {
          ...base,
          roles: ['tenant_rep'],
          message: { key: 'billing.dunning_visit', params: { company: organizationName, number: notice.number, outstandingFen } },
          link: `/billing/dunning`,
        });
      else
        await notify(tx, {
          ...base,
          roles: ['cs_supervisor', 'project_manager', 'general_manager'],
          severity: 'warning',
          message: {
            key: 'billing.dunning_escalation',
            params: { company: organizationName, number: notice.number, outstandingFen, daysPastDue: daysPastDue(notice.dueOn, day) },
          },
          link: `/billing/dunning`,
        });
      await audit(tx, systemCtx(tx, now), {
        action: 'billing_dunning.fired',
        entityType: 'billing_dunning_step',
        entityId: s.id,
        propertyId: s.propertyId,
        after: { step: s.step, noticeNumber: notice.number, outstandingFen },
      });
      n++;
    });
  }
  return n;
}
