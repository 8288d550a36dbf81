/**
 * During the meeting (SPEC M8): staff start and end it explicitly (the live status otherwise follows
 * the clock, during.rules.ts); incidents are reported — an equipment failure calls AV's emergency
 * plan, a serious one is escalated by SMS — and resolved. Every write is audited in its transaction.
 */
import { sql } from 'drizzle-orm';
import { DEPARTMENT_ROLES, MEETING_MANAGER_ROLES, SERVICE_CENTER_ROLES } from '@hy/contracts';
import { type Ctx, authorize, can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { publish } from '../../notifications/index.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { activeNotice, visibleNotice } from '../meeting/meeting.policy.ts';
import { updateNotice } from '../notices/notices.repository.ts';
import { getNotice } from '../notices/notices.service.ts';
import * as repo from './during.repository.ts';
import { presentIncident } from './during.presenter.ts';
import { equipmentFailureText, escalatedText } from './during.notifications.ts';

const sqlGuard = (what: 'start' | 'end') => (what === 'start' ? sql`started_at is null and ended_at is null` : sql`ended_at is null`);

export async function startOrEnd(ctx: Ctx, id: string, what: 'start' | 'end') {
  const { actor, n } = await activeNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.run')) throw errors.forbidden();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row =
      what === 'start'
        ? await updateNotice(tx, n.id, { startedAt: now, startedBy: actor.id, updatedAt: now }, sqlGuard('start'))
        : await updateNotice(
            tx,
            n.id,
            { endedAt: now, endedBy: actor.id, updatedAt: now, ...(n.startedAt ? {} : { startedAt: n.startAt }) },
            sqlGuard('end'),
          );
    if (!row) throw failMeeting('meeting_state', what === 'start' ? '会议已开始或已结束' : '会议已结束');
    await audit(tx, ctx, {
      action: `service_notice.${what === 'start' ? 'started' : 'ended'}`,
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      before: n,
      after: row,
    });
    await publish(tx, {
      type: 'event',
      topic: `meetings.${what === 'start' ? 'started' : 'ended'}`,
      propertyId: n.propertyId,
      entity: { type: 'notice', id: n.id },
      data: { noticeId: n.id },
    });
  });
  return getNotice(ctx, id);
}

export async function reportIncident(
  ctx: Ctx,
  id: string,
  input: {
    kind: repo.IncidentRow['kind'];
    severity: 'normal' | 'serious';
    description: string;
    handledBy?: string | null;
    handling?: string | null;
  },
) {
  const { actor, n } = await visibleNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.incidents')) throw errors.forbidden();
  if (n.status === 'cancelled') throw failMeeting('notice_inactive');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const serious = input.severity === 'serious';
    const row = await repo.insertIncident(tx, {
      propertyId: n.propertyId,
      noticeId: n.id,
      kind: input.kind,
      severity: input.severity,
      description: input.description,
      handledBy: input.handledBy ?? null,
      handling: input.handling ?? null,
      escalated: serious,
      reportedBy: actor.id,
      reportedAt: now,
    });
    await audit(tx, ctx, {
      action: 'meeting_incident.reported',
      entityType: 'meeting_incident',
      entityId: row.id,
      propertyId: n.propertyId,
      before: null,
      after: row,
    });
    const base = {
      propertyId: n.propertyId,
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, incidentId: row.id, kind: row.kind },
    };
    if (row.kind === 'equipment_failure') {
      await notify(tx, {
        ...base,
        roles: [...DEPARTMENT_ROLES.engineering_av],
        kind: 'meetings.incident',
        severity: 'critical',
        ...equipmentFailureText(n, input.description),
      });
    }
    if (serious) {
      await notify(tx, {
        ...base,
        roles: [...MEETING_MANAGER_ROLES, ...SERVICE_CENTER_ROLES],
        kind: 'meetings.incident_escalated',
        severity: 'critical',
        channels: ['sms'],
        ...escalatedText(n, input.description),
      });
    }
    await publish(tx, {
      type: 'event',
      topic: 'meetings.incident',
      propertyId: n.propertyId,
      entity: { type: 'incident', id: row.id },
      data: { noticeId: n.id, incidentId: row.id, serious },
    });
    return presentIncident(row);
  });
}

export async function resolveIncident(ctx: Ctx, incidentId: string, input: { handledBy?: string | null; handling: string }) {
  const i = await repo.findIncident(ctx.db, incidentId);
  if (!i) throw errors.notFound('incident');
  // M12: an incident of a meeting the actor may not see is 404, like the meeting.
  const { actor } = await visibleNotice(ctx, i.noticeId).catch((e) => {
    throw e?.status === 404 ? errors.notFound('incident') : e;
  });
  authorize(actor, i.propertyId, 'meetings.incidents');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.resolveIncident(tx, incidentId, {
      by: actor.id,
      at: ctx.now(),
      handledBy: input.handledBy ?? null,
      handling: input.handling,
    });
    if (!row) throw failMeeting('incident_already_resolved');
    await audit(tx, ctx, {
      action: 'meeting_incident.resolved',
      entityType: 'meeting_incident',
      entityId: i.id,
      propertyId: i.propertyId,
      before: i,
      after: row,
    });
    await publish(tx, {
      type: 'event',
      topic: 'meetings.incident_resolved',
      propertyId: i.propertyId,
      entity: { type: 'incident', id: i.id },
      data: { noticeId: i.noticeId, incidentId: i.id },
    });
    return presentIncident(row);
  });
}
