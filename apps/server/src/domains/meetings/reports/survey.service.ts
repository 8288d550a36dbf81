/**
 * The organizer's satisfaction survey after a meeting (SPEC M10): its organizer answers once after
 * it ended (a low rating alerts the service center and managers); the durable job invites them.
 */
import {
  MEETING_MANAGER_ROLES,
  MEETING_REPORT_ROLES,
  SERVICE_CENTER_ROLES,
  SURVEY_INVITE_DELAY_MINUTES,
  SURVEY_INVITE_MAX_AGE_DAYS,
  SURVEY_RATING_LABELS,
} from '@hy/contracts';
import { type Ctx, hasRole, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as r from './reports.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { iso, meetingHeading, meetingRef } from '../meeting/meeting.format.ts';
import { isOrganizerOf } from '../meeting/meeting.policy.ts';
import * as shared from '../meeting/meeting.repository.ts';

const presentSurvey = (s: r.SurveyRow | null) =>
  s && {
    noticeId: s.noticeId,
    invitedAt: iso(s.invitedAt),
    rating: s.rating,
    ratingLabel: s.rating ? SURVEY_RATING_LABELS[s.rating as 1] : null,
    comment: s.comment,
    answeredAt: iso(s.answeredAt),
  };
const isOver = (n: { status: string; endAt: Date; endedAt: Date | null }, now: Date) =>
  n.status === 'active' && (!!n.endedAt || now >= n.endAt);

async function surveyNotice(ctx: Ctx, noticeId: string) {
  const actor = requireActor(ctx);
  const found = await shared.noticeWithOrganization(ctx.db, noticeId);
  if (!found || !memberProperties(actor).includes(found.notice.propertyId)) throw errors.notFound('service notice');
  return {
    actor,
    n: found.notice,
    organizationId: found.organizationId,
    asOrganizer: isOrganizerOf(actor, found.notice.propertyId, found.organizationId),
  };
}

/** The survey of a meeting: its organizer, or report readers. */
export async function getSurvey(ctx: Ctx, noticeId: string) {
  const { actor, n, asOrganizer } = await surveyNotice(ctx, noticeId);
  if (!asOrganizer && !hasRole(actor, n.propertyId, ...MEETING_REPORT_ROLES))
    throw isStaffIn(actor, n.propertyId) ? errors.forbidden() : errors.notFound('service notice');
  const s = await r.findSurvey(ctx.db, noticeId);
  return {
    noticeId,
    ...meetingHeading(n),
    open: isOver(n, ctx.now()),
    survey: presentSurvey(s),
    policies: { answer: asOrganizer && isOver(n, ctx.now()) && !s?.answeredAt },
  };
}

/** The organizing unit's organizer rates the meeting once, after it ended; a low rating alerts the service center and managers. */
export async function answerSurvey(ctx: Ctx, noticeId: string, input: { rating: number; comment?: string | null }) {
  const { actor, n, organizationId, asOrganizer } = await surveyNotice(ctx, noticeId);
  if (!asOrganizer)
    throw isStaffIn(actor, n.propertyId) ? errors.forbidden('只有会议组织单位可以填写满意度调查') : errors.notFound('service notice');
  const now = ctx.now();
  if (!isOver(n, now)) throw failMeeting('survey_not_open', undefined, { status: n.status, endAt: n.endAt.toISOString() });
  return ctx.db.transaction(async (tx) => {
    const row = await r.answerSurvey(tx, {
      noticeId,
      propertyId: n.propertyId,
      organizationId,
      rating: input.rating,
      comment: input.comment ?? null,
      answeredBy: actor.id,
      answeredAt: now,
    });
    if (!row) throw failMeeting('survey_exists');
    await audit(tx, ctx, {
      action: 'meeting_survey.answered',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      before: null,
      after: { rating: row.rating, comment: row.comment },
    });
    if (input.rating <= 2) {
      await notify(tx, {
        propertyId: n.propertyId,
        roles: [...SERVICE_CENTER_ROLES, ...MEETING_MANAGER_ROLES],
        kind: 'meetings.survey_low',
        severity: 'warning',
        message: {
          key: 'meetings.survey_low',
          params: { noticeNumber: n.number, organizerUnit: n.content.organizerUnit, rating: input.rating, comment: input.comment ?? null },
        },
        link: `/service-notices/${noticeId}`,
        data: { noticeId, rating: input.rating },
      });
    }
    return presentSurvey(row)!;
  });
}

/**
 * The survey job's pass: every meeting over since SURVEY_INVITE_MAX_AGE_DAYS (ended, or past its end
 * by SURVEY_INVITE_DELAY_MINUTES) that has no survey row gets one invitation row, and its organizing
 * unit's organizers a notification. The row's primary key makes reruns and a second instance harmless.
 */
export async function inviteSurveys(db: Db, now: Date, propertyId?: string) {
  let invited = 0;
  const since = new Date(now.getTime() - SURVEY_INVITE_MAX_AGE_DAYS * 86_400_000);
  for (;;) {
    const batch = await r.surveyCandidates(db, now, SURVEY_INVITE_DELAY_MINUTES * 60_000, since, propertyId);
    for (const { notice: n, organizationId } of batch) {
      await db.transaction(async (tx) => {
        const row = await r.insertInvite(tx, { noticeId: n.id, propertyId: n.propertyId, organizationId, invitedAt: now });
        if (!row) return;
        invited++;
        const userIds = await shared.organizerUserIds(tx, n.propertyId, organizationId);
        await notify(tx, {
          propertyId: n.propertyId,
          userIds,
          kind: 'meetings.survey_invite',
          message: { key: 'meetings.survey_invite', params: { meeting: meetingRef(n) } },
          link: `/service-notices/${n.id}/survey`,
          data: { noticeId: n.id },
        });
        await audit(tx, systemCtx(tx, now), {
          action: 'meeting_survey.invited',
          entityType: 'service_notice',
          entityId: n.id,
          propertyId: n.propertyId,
          meta: { recipients: userIds.length },
        });
      });
    }
    if (batch.length < 200) break;
  }
  return invited;
}
