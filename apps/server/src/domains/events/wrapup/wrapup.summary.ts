/**
 * Before and after the event (M13), part two: the attendee survey (each registered guest's link is their invite
 * token; one answer each, from the first day) and the 会务工作总结 drawn up from the event's figures — registrations
 * vs sign-ins, budget vs actual, incidents, inspection findings, survey results — edited, then filed by the owner
 * (read-only from then on; the running event closes).
 */
import type { EventSurveyAnswer, SummaryFigures, SummarySections } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish, sendOutside } from '../../notifications/index.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import { openEvent } from '../event/event.access.ts';
import { findEvent, updateEvent, type EventRow } from '../event/event.repository.ts';
import { guestFigures } from '../guests/guests.figures.ts';
import { budgetSummary } from '../budget/budget.summary.ts';
import { sessionNotices, sessionsOf } from '../programme/programme.sessions.ts';
import { groupsOf } from '../team/team.repository.ts';
import { attendanceRate, rate, surveyAverages, surveyOpen } from './wrapup.rules.ts';
import * as repo from './wrapup.repository.ts';
import { presentSummary } from './wrapup.presenter.ts';

const live = (tx: DbOrTx, e: EventRow, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

// ---------- survey ----------

async function surveyFigures(db: DbOrTx, eventId: string) {
  const [answers, guests] = await Promise.all([repo.answersOf(db, eventId), repo.registeredGuests(db, eventId)]);
  const { averages, overall } = surveyAverages(answers.map((a) => a.ratings));
  return {
    answers,
    registered: guests.length,
    answered: answers.length,
    responseRate: rate(answers.length, guests.length),
    averages,
    overall,
  };
}

export async function surveyResults(ctx: Ctx, eventId: string) {
  const { event: e } = await openEvent(ctx, eventId, 'work');
  const [f, sent, tz] = await Promise.all([
    surveyFigures(ctx.db, eventId),
    repo.findSurvey(ctx.db, eventId),
    timeZoneOf(ctx.db, e.propertyId),
  ]);
  return {
    sentAt: sent?.sentAt.toISOString() ?? null,
    sentCount: sent?.sentCount ?? 0,
    registered: f.registered,
    answered: f.answered,
    responseRate: f.responseRate,
    averages: f.averages,
    overall: f.overall,
    comments: f.answers.flatMap((a) => (a.comment ? [{ comment: a.comment, answeredAt: a.answeredAt.toISOString() }] : [])),
    open: surveyOpen(ctx.now(), e.startsOn, tz),
  };
}

/** Texts every registered guest with a phone their survey link (from the first day on). */
export async function sendSurvey(ctx: Ctx, eventId: string, publicUrl: string) {
  const { event: e, actor } = await openEvent(ctx, eventId, 'work');
  if (!surveyOpen(ctx.now(), e.startsOn, await timeZoneOf(ctx.db, e.propertyId))) throw refused(ctx, 'survey_not_open');
  const guests = (await repo.registeredGuests(ctx.db, eventId)).filter((g) => g.phone);
  await ctx.db.transaction(async (tx) => {
    for (const g of guests)
      await sendOutside(tx, {
        propertyId: e.propertyId,
        channel: 'sms',
        recipient: g.phone!,
        message: { key: 'event.survey', params: { event: e.name, name: g.name, link: `${publicUrl}/s/${g.token}` } },
      });
    await repo.upsertSurvey(tx, { eventId, propertyId: e.propertyId, sentAt: ctx.now(), sentBy: actor.id, sentCount: guests.length });
    await audit(tx, ctx, {
      action: 'event_survey.sent',
      entityType: 'event',
      entityId: eventId,
      propertyId: e.propertyId,
      meta: { guests: guests.length },
    });
    await live(tx, e, 'event.wrapup');
  });
  return surveyResults(ctx, eventId);
}

async function guestOf(ctx: Ctx, token: string) {
  const g = await repo.guestByToken(ctx.db, token);
  if (!g || g.rsvp !== 'registered') throw refused(ctx, 'survey_not_found');
  const e = (await findEvent(ctx.db, g.eventId))!;
  return { g, e, open: surveyOpen(ctx.now(), e.startsOn, await timeZoneOf(ctx.db, e.propertyId)) };
}

export async function publicSurvey(ctx: Ctx, token: string) {
  const { g, e, open } = await guestOf(ctx, token);
  return {
    event: e.name,
    hostUnit: e.hostUnit,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    guestName: g.name,
    open,
    answered: await repo.answered(ctx.db, g.id),
  };
}

export async function answerSurvey(ctx: Ctx, token: string, input: EventSurveyAnswer) {
  const { g, e, open } = await guestOf(ctx, token);
  if (!open) throw refused(ctx, 'survey_not_open');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAnswer(tx, {
      guestId: g.id,
      eventId: e.id,
      propertyId: e.propertyId,
      ratings: input.ratings,
      comment: input.comment ?? null,
      answeredAt: ctx.now(),
    });
    if (!row) throw refused(ctx, 'survey_answered');
    await audit(tx, ctx, {
      action: 'event_survey.answered',
      entityType: 'event_guest',
      entityId: g.id,
      propertyId: e.propertyId,
      before: null,
      after: row,
      meta: { eventId: e.id },
    });
    await live(tx, e, 'event.wrapup');
  });
  return publicSurvey(ctx, token);
}

// ---------- the 会务工作总结 ----------

/** The figures the summary is drawn from, as they stand now. */
export async function summaryFigures(db: DbOrTx, e: EventRow): Promise<SummaryFigures> {
  const [guests, sessions, notices, budget, inspection, survey, groups] = await Promise.all([
    guestFigures(db, e.id),
    sessionsOf(db, e.id),
    sessionNotices(db, e.id),
    budgetSummary(db, e.id),
    repo.findInspection(db, e.id),
    surveyFigures(db, e.id),
    groupsOf(db, e.id),
  ]);
  const noticeIds = notices.map((n) => n.noticeId);
  const [signIns, incidents] = await Promise.all([repo.signInsByNotice(db, noticeIds), repo.incidentsOfNotices(db, noticeIds)]);
  const noticeOf = new Map(notices.map((n) => [n.sessionId, n.noticeId]));
  const signedIn = [...signIns.values()].reduce((s, n) => s + n, 0);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return {
    registered: guests.registered,
    people: guests.people,
    invited: guests.invited,
    declined: guests.declined,
    signedIn,
    attendanceRate: attendanceRate(signedIn, guests.people),
    sessions: sessions.map((s) => ({
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      registered: guests.perSession[s.id] ?? 0,
      signedIn: signIns.get(noticeOf.get(s.id) ?? '') ?? 0,
    })),
    budgetFen: budget.budgetFen,
    actualFen: budget.actualFen,
    varianceFen: budget.actualFen - budget.budgetFen,
    budgetCategories: budget.categories,
    incidents: incidents.map((i) => ({
      at: i.reportedAt.toISOString(),
      kind: i.kind,
      severity: i.severity,
      description: i.description,
      resolved: !!i.resolvedAt,
    })),
    findings: (inspection?.items ?? [])
      .filter((i) => i.ok === false)
      .map((i) => ({ label: i.label, note: i.note, group: i.groupId ? (groupName.get(i.groupId) ?? null) : null, fixed: !!i.fixedAt })),
    survey: {
      answered: survey.answered,
      registered: survey.registered,
      responseRate: survey.responseRate,
      averages: survey.averages,
      overall: survey.overall,
    },
  };
}

/** The summary is for the team and the approvers, not the host's organizer. */
async function openSummary(ctx: Ctx, eventId: string, need: 'inner' | 'manage') {
  const o = await openEvent(ctx, eventId, need);
  if (o.access.asOrganizer && !o.access.work) throw errors.forbidden();
  return o;
}

async function present(ctx: Ctx, e: EventRow, s: repo.SummaryRow) {
  return presentSummary(s, e, await repo.userNames(ctx.db, [s.drawnBy, s.filedBy, e.ownerId]));
}

export async function getSummary(ctx: Ctx, eventId: string) {
  const { event: e } = await openSummary(ctx, eventId, 'inner');
  const s = await repo.findSummary(ctx.db, eventId);
  if (!s) throw refused(ctx, 'summary_not_drawn');
  return present(ctx, e, s);
}

export async function drawSummary(ctx: Ctx, eventId: string) {
  const { event: e, actor } = await openSummary(ctx, eventId, 'manage');
  if (e.status === 'cancelled') throw refused(ctx, 'event_closed');
  const figures = await summaryFigures(ctx.db, e);
  const s = await ctx.db.transaction(async (tx) => {
    const s = await repo.drawSummary(tx, {
      eventId,
      propertyId: e.propertyId,
      figures,
      sections: {},
      drawnAt: ctx.now(),
      drawnBy: actor.id,
    });
    if (!s) throw refused(ctx, 'summary_filed');
    await audit(tx, ctx, {
      action: 'event_summary.drawn',
      entityType: 'event_summary',
      entityId: eventId,
      propertyId: e.propertyId,
      before: null,
      after: { figures },
    });
    await live(tx, e, 'event.wrapup');
    return s;
  });
  return present(ctx, e, s);
}

async function stale(ctx: Ctx, tx: DbOrTx, eventId: string) {
  const now = await repo.findSummary(tx, eventId);
  if (!now) return refused(ctx, 'summary_not_drawn');
  return refused(ctx, now.status === 'filed' ? 'summary_filed' : 'summary_stale');
}

export async function patchSummary(
  ctx: Ctx,
  eventId: string,
  input: { sections: Record<string, string | null | undefined>; version: number },
) {
  const { event: e } = await openSummary(ctx, eventId, 'manage');
  const before = await repo.findSummary(ctx.db, eventId);
  if (!before) throw refused(ctx, 'summary_not_drawn');
  if (before.status === 'filed') throw refused(ctx, 'summary_filed');
  const sections = Object.fromEntries(Object.entries(input.sections).map(([k, v]) => [k, v ?? ''])) as SummarySections;
  const s = await ctx.db.transaction(async (tx) => {
    const s = await repo.updateSummary(tx, eventId, input.version, { sections });
    if (!s) throw await stale(ctx, tx, eventId);
    await audit(tx, ctx, {
      action: 'event_summary.updated',
      entityType: 'event_summary',
      entityId: eventId,
      propertyId: e.propertyId,
      before: before.sections,
      after: s.sections,
    });
    await live(tx, e, 'event.wrapup');
    return s;
  });
  return present(ctx, e, s);
}

/** The owner files the summary: read-only from now on; a running event closes; the supervisor hears of it. */
export async function fileSummary(ctx: Ctx, eventId: string, version: number) {
  const { event: e, actor } = await openSummary(ctx, eventId, 'inner');
  if (actor.id !== e.ownerId) throw errors.forbidden();
  const before = await repo.findSummary(ctx.db, eventId);
  if (!before) throw refused(ctx, 'summary_not_drawn');
  if (before.status === 'filed') throw refused(ctx, 'summary_filed');
  const now = ctx.now();
  const s = await ctx.db.transaction(async (tx) => {
    const s = await repo.updateSummary(tx, eventId, version, { status: 'filed', filedAt: now, filedBy: actor.id });
    if (!s) throw await stale(ctx, tx, eventId);
    await audit(tx, ctx, {
      action: 'event_summary.filed',
      entityType: 'event_summary',
      entityId: eventId,
      propertyId: e.propertyId,
      before: { status: 'drafted' },
      after: { status: 'filed' },
    });
    if (e.status === 'running') {
      const row = await updateEvent(tx, eventId, e.version, { status: 'closed', updatedAt: now });
      if (!row)
        throw errors.conflict(say(ctx, '会务已被他人修改，请刷新', 'The event was changed meanwhile; reload'), { version: e.version });
      await audit(tx, ctx, {
        action: 'event.closed',
        entityType: 'event',
        entityId: eventId,
        propertyId: e.propertyId,
        before: e,
        after: row,
      });
    }
    if (e.supervisorId)
      await notify(tx, {
        propertyId: e.propertyId,
        userIds: [e.supervisorId],
        kind: 'event.summary_filed',
        message: { key: 'event.summary_filed', params: { event: e.name } },
        link: `/events/${eventId}/summary-print`,
      });
    await live(tx, e, 'event.wrapup');
    await live(tx, e, 'event.updated');
    return s;
  });
  return present(ctx, e, s);
}
