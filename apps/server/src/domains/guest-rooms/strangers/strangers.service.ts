/**
 * Strangers on the guest floors (T6): any staff member reports a person loitering — where, when, what they look
 * like, a photo — and security is told at once (in the report's transaction); security or the desk records the
 * follow-up and closes it.
 */
import type { StrangerCreate, StrangerReport } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, hasRole, memberProperties, requireActor, type Actor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { refused } from '../guest-rooms.shared.ts';
import * as repo from './strangers.repository.ts';

const mayClose = (actor: Actor, pid: string) => hasRole(actor, pid, 'security') || can(actor, pid, 'guestrooms.manage');

const present = (actor: Actor, r: repo.StrangerRow): StrangerReport => ({
  id: r.id,
  propertyId: r.propertyId,
  building: r.building,
  floor: r.floor,
  place: r.place,
  seenAt: r.seenAt.toISOString(),
  description: r.description,
  photoIds: r.photoIds,
  reportedByName: r.reportedByName,
  createdAt: r.createdAt.toISOString(),
  followUp: r.followUp,
  closedAt: r.closedAt?.toISOString() ?? null,
  closedByName: r.closedByName,
  policies: { close: !r.closedAt && mayClose(actor, r.propertyId) },
});

/** Reports are read by guest-room staff and security. */
const mayRead = (actor: Actor, pid: string) => can(actor, pid, 'guestrooms.read');

export async function listReports(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'guestrooms.read');
  return { data: (await repo.list(ctx.db, propertyId)).map((r) => present(actor, r)) };
}

export async function report(ctx: Ctx, input: Omit<StrangerCreate, 'seenAt' | 'photoIds'> & { seenAt: Date; photoIds: string[] }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'guestrooms.report');
  const now = ctx.now();
  if (input.seenAt.getTime() > now.getTime() + 5 * 60_000) throw refused(ctx, 'stranger_seen_in_future', 'seenAt');
  const r = await ctx.db.transaction(async (tx) => {
    const r = await repo.insert(tx, {
      propertyId: input.propertyId,
      building: input.building,
      floor: input.floor,
      place: input.place ?? null,
      seenAt: input.seenAt,
      description: input.description,
      photoIds: input.photoIds,
      reportedBy: actor.id,
      reportedByName: actor.displayName,
      createdAt: now,
    });
    await notify(tx, {
      propertyId: input.propertyId,
      roles: ['security'],
      kind: 'guestrooms.stranger_reported',
      message: {
        key: 'guestrooms.stranger_reported',
        params: {
          building: r.building,
          floor: r.floor,
          place: r.place,
          seenAt: r.seenAt.toISOString(),
          description: r.description,
          reporter: actor.displayName,
        },
      },
      link: '/guest-rooms/strangers',
      severity: 'warning',
    });
    await audit(tx, ctx, {
      action: 'guest_stranger.reported',
      entityType: 'guest_stranger_report',
      entityId: r.id,
      propertyId: r.propertyId,
      before: null,
      after: r,
    });
    return r;
  });
  return present(actor, r);
}

export async function close(ctx: Ctx, id: string, followUp: string) {
  const actor = requireActor(ctx);
  const r = await repo.find(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !mayRead(actor, r.propertyId)) throw errors.notFound('report');
  if (!mayClose(actor, r.propertyId)) throw errors.forbidden();
  const u = await ctx.db.transaction(async (tx) => {
    const u = await repo.close(tx, id, { followUp, closedAt: ctx.now(), closedByName: actor.displayName });
    if (!u) throw refused(ctx, 'stranger_closed');
    await audit(tx, ctx, {
      action: 'guest_stranger.closed',
      entityType: 'guest_stranger_report',
      entityId: id,
      propertyId: r.propertyId,
      before: r,
      after: u,
    });
    return u;
  });
  return present(actor, u);
}
