/**
 * Planning a booking (SPEC M3): what checking an intent reads (the venue, its property's settings,
 * the organization, the work calendar), and the checks — one place for create, change and every
 * occurrence of a series.
 */
import { LAYOUT_LABELS, settingsOf, type Layout, type ProblemField } from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { holdWindow } from '../booking/booking.rules.ts';
import { propertyOf, type BookingSettings } from '../booking/booking.settings.ts';
import { earliestStart, effectiveLeadTime, expiryTime } from '../lead-times/lead-times.rules.ts';
import { leadTimeOverride } from '../lead-times/lead-times.policy.ts';
import {
  attendeeProblem,
  buffersFor,
  capacityFor,
  chosenLayout,
  needsApproval,
  restrictionAllows,
  timeErrors,
  withinOpenHours,
} from './create.rules.ts';

export interface Intent {
  propertyId: string;
  venueId: string;
  start: Date;
  end: Date;
  layout?: string | null;
  attendeeCount: number;
  organizationId: string | null;
  organizerUnit?: string | null;
  specialSetup: boolean;
  setupPlan: string | null;
  application?: unknown;
  overrideLeadTime?: { reason: string };
}

/**
 * Checks a booking as it would be after the write: 400 with every field error, then the 422 rules.
 * `moved` (new, or venue/time changed) adds the checks of the slot: past, duration, bookable,
 * opening hours, lead time.
 */
export async function plan(ctx: Ctx, actor: Actor, it: Intent, moved: boolean) {
  return check(ctx, actor, await planEnv(ctx, it), it, moved);
}

/** What checking an intent reads: loaded once, then reused for every occurrence of a series. */
export async function planEnv(ctx: Ctx, it: Pick<Intent, 'propertyId' | 'venueId' | 'organizationId'>) {
  // The venue and its property in one read; a venue of another property (or none) still needs this property's settings.
  const found = await repo.venueWithProperty(ctx.db, it.venueId);
  const own =
    found && found.venue.propertyId === it.propertyId
      ? { settings: found.settings as BookingSettings, timeZone: found.timeZone }
      : await propertyOf(ctx, it.propertyId);
  const [org, cal] = await Promise.all([
    it.organizationId ? repo.findOrganization(ctx.db, it.organizationId) : null,
    loadWorkCalendar(ctx.db, it.propertyId),
  ]);
  return { ...own, venue: found?.venue ?? null, org, cal };
}
export type PlanEnv = Awaited<ReturnType<typeof planEnv>>;

/** The checks of plan(), without I/O. */
export function check(ctx: Ctx, actor: Actor, env: PlanEnv, it: Intent, moved: boolean) {
  const now = ctx.now();
  const { settings, timeZone, venue, org, cal } = env;
  const fields: ProblemField[] = [];
  const field = (path: string, code: string, zh: string, en: string) => fields.push({ path, code, message: say(ctx, zh, en) });
  if (!venue || venue.propertyId !== it.propertyId)
    field('venueId', 'unknown_reference', '场地不存在或不属于该项目', 'No such venue in this property');
  if (moved) fields.push(...timeErrors(it.start, it.end, now, settingsOf(settings)['bookings.maxDurationHours'], ctx.locale));
  if (it.organizationId && org?.propertyId !== it.propertyId)
    field('organizationId', 'unknown_reference', '单位不存在或不属于该项目', 'No such organization in this property');
  const organizerUnit = it.organizerUnit ?? org?.name ?? null;
  if (!organizerUnit) field('organizerUnit', 'required', '请填写组织单位', 'The organizing unit is required');
  if (it.specialSetup && !it.setupPlan) field('setupPlan', 'required', '特殊布置须提交会场布置方案', 'A special setup needs a setup plan');
  const layout = venue ? chosenLayout(venue, it.layout) : null;
  if (layout === undefined) field('layout', 'not_offered', '该场地不提供此布局', 'The venue does not offer this layout');
  if (venue?.venueClass === 'C' && !it.application)
    field('application', 'required', 'C 类场地须填写《租用会议室申请表》', 'C-class venues need the application form');
  if (fields.length || !venue || layout === undefined)
    throw errors.validation(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));

  if (moved && !venue.bookable)
    throw errors.rule('venue_not_bookable', say(ctx, `${venue.name}暂不可预订`, `${venue.name} cannot be booked`));
  if (
    !restrictionAllows(
      { restricted: venue.restricted, allowedOrganizationIds: venue.allowedOrganizations.map((o) => o.id) },
      it.organizationId,
    )
  ) {
    const names = venue.allowedOrganizations.map((o) => o.name);
    throw errors.rule(
      'venue_restricted',
      say(
        ctx,
        `${venue.name}为专用会场，仅接受指定单位预订：${names.join('、') || '（未指定）'}`,
        `${venue.name} is reserved; only these organizations may book it: ${names.join(', ') || '(none)'}`,
      ),
      { allowedOrganizations: venue.allowedOrganizations },
      [{ path: 'organizationId', message: 'venue_restricted', code: 'venue_restricted' }],
    );
  }
  if (moved && !withinOpenHours(venue, timeZone, it.start, it.end)) {
    throw errors.rule(
      'outside_bookable_hours',
      say(ctx, `${venue.name}开放时间为 ${venue.openFrom}–${venue.openTo}`, `${venue.name} is open ${venue.openFrom}–${venue.openTo}`),
      { openFrom: venue.openFrom, openTo: venue.openTo },
    );
  }
  const attendees = attendeeProblem(venue, layout, it.attendeeCount);
  if (attendees) {
    const capacity = capacityFor(venue, layout);
    const words = layout ? (LAYOUT_LABELS[layout.layout as Layout] ?? { zh: layout.layout, en: layout.layout }) : null;
    throw errors.rule(
      attendees,
      attendees === 'capacity_exceeded'
        ? say(
            ctx,
            `${venue.name}（${words ? `${words.zh} ${capacity} 人` : `${capacity} 座`}）容纳不下 ${it.attendeeCount} 人`,
            `${venue.name} (${words ? `${words.en}, ${capacity} people` : `${capacity} seats`}) cannot hold ${it.attendeeCount}`,
          )
        : say(ctx, `${venue.name}至少 ${venue.minAttendees} 人使用`, `${venue.name} needs at least ${venue.minAttendees} attendees`),
      { capacity, layout: layout?.layout ?? null, minAttendees: venue.minAttendees },
      [{ path: 'attendeeCount', message: attendees, code: attendees }],
    );
  }
  const override = moved ? leadTimeOverride(ctx, actor, it, venue.venueClass, earliestStart(cal, now, venue, settings), timeZone) : null;
  const buffers = buffersFor(venue, layout);
  const window = holdWindow(it.start, it.end, buffers);
  const approval = needsApproval(venue.venueClass, it.specialSetup);
  return {
    venue,
    timeZone,
    buffers,
    override,
    organizerUnit: organizerUnit!,
    layout: layout?.layout ?? null,
    approval,
    holds: [venue.id, ...venue.linkedVenueIds].map((venueId) => ({ venueId, ...window })),
    /** A request nobody decides expires when its lead time runs out (M3). */
    expiresAt: approval ? expiryTime(cal, it.start, effectiveLeadTime(venue, settings), now) : null,
  };
}
export type Plan = ReturnType<typeof check>;
