/**
 * The desk queue (总台工作台, F1–F5): in one answer, each list the desk works from — consent waits, people in
 * the building, parcels waiting, messages undelivered, loans overdue — as a total and the most urgent rows.
 * A section is there only when the reader may read its list; 机要 parcels only for those who may see them.
 * Each section is one query of its sub-feature's repository (a window count beside the first rows).
 */
import { QUEUE_TOP, QUEUE_SECTIONS, type DeskQueue } from '@hy/contracts';
import { can, memberProperties, requireActor, type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { topVisits } from '../visitors/visitors.repository.ts';
import { allowed } from '../visitors/visitors.rules.ts';
import { topWaiting } from '../mail/mail.repository.ts';
import { seesConfidential } from '../mail/mail.policy.ts';
import { topUndelivered } from '../messages/messages.repository.ts';
import { topOverdue } from '../lending/lending.repository.ts';
import { latestSubmitted, talliesOf } from '../handover/handover.repository.ts';
import { presentSummary } from '../handover/handover.presenter.ts';
import { presentConsent, presentInside, presentLoan, presentMessage, presentParcel, section } from './queue.presenter.ts';
import { sectionsFor } from './queue.rules.ts';
import type { QueueQuery } from './queue.schema.ts';

export async function deskQueue(ctx: Ctx, q: QueueQuery): Promise<DeskQueue> {
  const actor = requireActor(ctx);
  const { propertyId } = q;
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  const may = sectionsFor((p) => can(actor, propertyId, p));
  if (!QUEUE_SECTIONS.some((k) => may[k])) throw errors.forbidden(say(ctx, '无权查看总台工作台', 'Not allowed to read the desk queue'));
  const now = ctx.now();
  const limit = QUEUE_TOP;
  // One query after the other: on PGlite they share one connection anyway.
  const consent = may.consent
    ? await topVisits(ctx.db, { propertyId, statuses: ['awaiting_consent', 'held'], order: 'deadline', limit })
    : null;
  const inside = may.inside ? await topVisits(ctx.db, { propertyId, statuses: ['checked_in'], order: 'check_in', limit }) : null;
  const parcels = may.parcels
    ? await topWaiting(ctx.db, { propertyId, confidential: seesConfidential(actor, propertyId), readerId: actor.id, limit })
    : null;
  const messages = may.messages ? await topUndelivered(ctx.db, propertyId, limit) : null;
  const loans = may.loans ? await topOverdue(ctx.db, propertyId, now, limit) : null;
  const handover = can(actor, propertyId, 'frontdesk.handover') ? await latestSubmitted(ctx.db, propertyId) : null;
  const tally = handover ? (await talliesOf(ctx.db, [handover.id])).get(handover.id) : undefined;
  return {
    propertyId,
    at: now.toISOString(),
    consent: section(consent, presentConsent(now)),
    inside: section(inside, presentInside(allowed('checked_in', 'check_out'))),
    parcels: section(parcels, presentParcel),
    messages: section(messages, presentMessage),
    loans: section(loans, presentLoan),
    handover: handover && tally ? presentSummary(actor, handover, tally) : null,
  };
}
