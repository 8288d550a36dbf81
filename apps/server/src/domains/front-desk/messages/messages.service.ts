/**
 * The message book (留言簿, F2): the desk logs a message for a tenant or a staff member; the recipient is
 * notified in the app and by e-mail (SMS too when urgent) through the outbox, in the same transaction; the
 * recipient acknowledges it in the app, or the desk marks it delivered by phone or in person. Business
 * calls that are neither repairs nor complaints are logged with their department. Outside users read only
 * their own messages (404 for any other, audited).
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { findEntry } from '../directory/directory.repository.ts';
import * as repo from './messages.repository.ts';
import { presentCall, presentMessage } from './messages.presenter.ts';
import { channelsFor, isRecipient, statusAfterLogging } from './messages.rules.ts';
import type { CallCreate, CallQuery, MessageCreate, MessageDeliver, MessageQuery } from './messages.schema.ts';

const live = (tx: Parameters<typeof publish>[0], m: repo.MessageRow, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId: m.propertyId, entity: { type: 'message', id: m.id } });

export async function listMessages(ctx: Ctx, q: MessageQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.messages');
  const rows = await repo.listMessages(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (m) => [m.takenAt.toISOString(), m.id],
    (m) => presentMessage(actor, m),
  );
}

/** The signed-in user's own messages (a tenant's "my messages"; staff see theirs too). */
export async function listMyMessages(ctx: Ctx, q: { limit: number; cursor?: string }) {
  const actor = requireActor(ctx);
  const rows = await repo.listMessagesFor(ctx.db, {
    userId: actor.id,
    organizationId: actor.organizationId,
    propertyIds: memberProperties(actor),
    after: cursorOf(q, 2),
    limit: q.limit + 1,
  });
  return page(
    rows,
    q.limit,
    (m) => [m.takenAt.toISOString(), m.id],
    (m) => presentMessage(actor, m),
  );
}

/** The desk of the property, or the recipient; anyone else gets a 404 (and the attempt is audited). */
async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const m = await repo.findMessage(ctx.db, id);
  const member = !!m && memberProperties(actor).includes(m.propertyId);
  if (m && member && (can(actor, m.propertyId, 'frontdesk.messages') || isRecipient(actor, m))) return { actor, m };
  if (m && member)
    await audit(ctx.db, ctx, { action: 'message.access_refused', entityType: 'message', entityId: id, propertyId: m.propertyId });
  throw errors.notFound('message');
}

export async function getMessage(ctx: Ctx, id: string) {
  const { actor, m } = await load(ctx, id);
  return presentMessage(actor, m);
}

export async function logMessage(ctx: Ctx, input: MessageCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.messages');
  const entry = await findEntry(ctx.db, input.recipientEntryId);
  if (!entry || entry.e.propertyId !== input.propertyId || entry.e.archivedAt)
    throw errors.rule('message_recipient_invalid', say(ctx, '留言对象不在通讯录中', 'The recipient is not in the directory'), undefined, [
      { path: 'recipientEntryId', message: 'not in the directory', code: 'message_recipient_invalid' },
    ]);
  const e = entry.e;
  const name = e.kind === 'person' && entry.parentName ? `${e.nameZh}（${entry.parentName}）` : e.nameZh;
  const orgId = e.kind === 'tenant' ? e.organizationId : null;
  const m = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const userIds = e.userId ? [e.userId] : orgId ? await repo.tenantUsersOf(tx, input.propertyId, orgId) : [];
    const notified = userIds.length
      ? await notify(tx, {
          propertyId: input.propertyId,
          userIds,
          kind: 'frontdesk.message',
          severity: input.urgent ? 'warning' : 'info',
          channels: channelsFor(input.urgent),
          message: {
            key: 'frontdesk.message',
            params: {
              callerName: input.callerName,
              callerCompany: input.callerCompany,
              content: input.content.slice(0, 300),
              urgent: input.urgent,
              takenAt: now.toISOString(),
            },
          },
          link: '/my/messages',
        })
      : [];
    const status = statusAfterLogging(notified.length);
    const row = await repo.insertMessage(tx, {
      ...input,
      recipientName: name,
      recipientUserId: e.userId,
      recipientOrganizationId: orgId,
      status,
      takenBy: actor.id,
      takenByName: actor.displayName,
      takenAt: now,
      notifiedAt: status === 'notified' ? now : null,
    });
    await audit(tx, ctx, {
      action: 'message.logged',
      entityType: 'message',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: row,
    });
    await live(tx, row, 'message.logged');
    return row;
  });
  return presentMessage(actor, m);
}

async function deliver(ctx: Ctx, id: string, how: 'app' | 'phone' | 'in_person') {
  const { actor, m } = await load(ctx, id);
  if (how === 'app' ? !isRecipient(actor, m) : !can(actor, m.propertyId, 'frontdesk.messages')) throw errors.forbidden();
  const done = await ctx.db.transaction(async (tx) => {
    const u = await repo.markDelivered(tx, id, {
      deliveredAt: ctx.now(),
      deliveredHow: how,
      deliveredBy: actor.id,
      deliveredByName: actor.displayName,
    });
    if (!u) throw new AppError('message_already_delivered', 409, say(ctx, '留言已送达', 'The message was delivered already'));
    await audit(tx, ctx, {
      action: 'message.delivered',
      entityType: 'message',
      entityId: id,
      propertyId: u.propertyId,
      before: m,
      after: u,
    });
    await live(tx, u, 'message.delivered');
    return u;
  });
  return presentMessage(actor, done);
}

/** The recipient confirms in the app that they got the message. */
export const acknowledgeMessage = (ctx: Ctx, id: string) => deliver(ctx, id, 'app');
/** The desk told the recipient by phone or in person. */
export const markMessageDelivered = (ctx: Ctx, id: string, body: MessageDeliver) => deliver(ctx, id, body.how);

export async function listCalls(ctx: Ctx, q: CallQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.messages');
  const rows = await repo.listCalls(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(rows, q.limit, (c) => [c.takenAt.toISOString(), c.id], presentCall);
}

export async function logCall(ctx: Ctx, input: CallCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.messages');
  const dep = input.departmentEntryId ? await findEntry(ctx.db, input.departmentEntryId) : null;
  if (input.departmentEntryId && (!dep || dep.e.propertyId !== input.propertyId || dep.e.kind === 'person'))
    throw errors.rule('call_department_invalid', say(ctx, '所选部门不在通讯录中', 'The department is not in the directory'), undefined, [
      { path: 'departmentEntryId', message: 'not a department', code: 'call_department_invalid' },
    ]);
  const c = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCall(tx, {
      ...input,
      departmentEntryId: dep?.e.id ?? null,
      departmentName: dep?.e.nameZh ?? null,
      durationMin: input.durationMin ?? null,
      takenBy: actor.id,
      takenByName: actor.displayName,
      takenAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'call.logged',
      entityType: 'desk_call',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: row,
    });
    return row;
  });
  return presentCall(c);
}
