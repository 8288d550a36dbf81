/**
 * The mail room's intake (邮件收发, F4): items logged one by one as they reach the counter (incoming and
 * outgoing), the recipient found in the directory and told (at once for important and 机要 items), unknown
 * recipients listed until found; the desk's lists and the tenant's own parcels.
 */
import type { MailStatus, NotificationMessage } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { attachFiles } from '../../files/index.ts';
import { findEntries } from '../directory/directory.repository.ts';
import * as repo from './mail.repository.ts';
import { filesFor, presentItem } from './mail.presenter.ts';
import { seesConfidential } from './mail.policy.ts';
import { isConfidential, loggedStatus, mailNumber, pigeonholeFor, urgentNotice } from './mail.rules.ts';
import { live, loadItem, notWaiting, present, TZ } from './mail.access.ts';
import type { MailCreate, MailQuery } from './mail.schema.ts';

const dayStart = (d: string) => dayjs.tz(d, TZ).toDate();

export async function listMail(ctx: Ctx, q: MailQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.mail');
  const waiting = q.status?.length === 1 && q.status[0] === 'waiting';
  const rows = await repo.listItems(ctx.db, {
    propertyId: q.propertyId,
    statuses: q.status,
    direction: q.direction,
    q: q.q || undefined,
    pigeonhole: q.pigeonhole,
    from: q.from ? dayStart(q.from) : undefined,
    to: q.to ? dayjs.tz(q.to, TZ).add(1, 'day').toDate() : undefined,
    confidential: seesConfidential(actor, q.propertyId),
    readerId: actor.id,
    after: cursorOf(q, 2),
    limit: q.limit + 1,
    oldestFirst: waiting,
  });
  const files = await filesFor(ctx.db, rows);
  return page(
    rows,
    q.limit,
    (r) => [r.receivedAt.toISOString(), r.id],
    (r) => presentItem(actor, r, files),
  );
}

/** The tenant's own parcels (the portal's 我的快递). */
export async function myMail(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  const rows = await repo.itemsOfTenant(ctx.db, propertyId, actor.id, actor.organizationId, 100);
  const files = await filesFor(ctx.db, rows);
  return { data: rows.map((r) => presentItem(actor, r, files)), nextCursor: null };
}

export async function getMail(ctx: Ctx, id: string) {
  const { actor, m } = await loadItem(ctx, id);
  return presentItem(actor, m, await filesFor(ctx.db, [m]));
}

/** The recipient found in the directory: name, unit, pigeonhole, their account and their organization. */
async function recipientOf(ctx: Ctx, propertyId: string, entryId: string) {
  const [v] = await findEntries(ctx.db, propertyId, [entryId]);
  if (!v || v.e.archivedAt)
    throw errors.rule('mail_recipient_required', say(ctx, '收件人不在通讯录中', 'The recipient is not in the directory'), undefined, [
      { path: 'recipientEntryId', message: 'unknown recipient', code: 'mail_recipient_required' },
    ]);
  const [parent] = v.e.parentId ? await findEntries(ctx.db, propertyId, [v.e.parentId]) : [];
  return {
    recipientEntryId: v.e.id,
    recipientName: v.e.nameZh,
    recipientUnit: v.e.kind === 'person' ? v.parentName : v.e.location,
    recipientUserId: v.e.userId,
    recipientOrganizationId: v.e.organizationId ?? parent?.e.organizationId ?? null,
    pigeonhole: v.e.pigeonhole,
  };
}

/** Who hears about an item: the person's account, else the tenant users of their organization. */
async function addressees(tx: DbOrTx, m: repo.MailRow) {
  if (m.recipientUserId) return [m.recipientUserId];
  if (m.recipientOrganizationId && !m.confidential) return repo.tenantUsersOf(tx, m.propertyId, m.recipientOrganizationId);
  return [];
}

export async function tellRecipient(tx: DbOrTx, m: repo.MailRow, message: NotificationMessage, kind: string) {
  const userIds = await addressees(tx, m);
  const sent = await notify(tx, {
    propertyId: m.propertyId,
    userIds,
    kind,
    severity: urgentNotice(m) || m.status === 'refused_damaged' ? 'warning' : 'info',
    message,
    link: '/my/parcels',
    data: { mailItemId: m.id },
  });
  return sent.length > 0;
}

/** Log one item (incoming or outgoing) as it arrives at the counter; the recipient is told in the same transaction. */
export async function logMail(ctx: Ctx, input: MailCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.mail');
  const confidential = isConfidential(input.kind, input.confidential);
  if (confidential && !seesConfidential(actor, input.propertyId))
    throw errors.forbidden(say(ctx, '机要文件由收发员登记', 'Confidential documents are logged by the mail clerk'));
  const who = input.recipientEntryId ? await recipientOf(ctx, input.propertyId, input.recipientEntryId) : null;
  if (!who && !input.recipientName)
    throw errors.rule('mail_recipient_required', say(ctx, '请填写收件人', 'Who is it for?'), undefined, [
      { path: 'recipientName', message: 'required', code: 'mail_recipient_required' },
    ]);
  const now = ctx.now();
  const status: MailStatus = input.direction === 'out' ? 'waiting' : loggedStatus({ condition: input.condition, recipientKnown: !!who });
  const id = await ctx.db.transaction(async (tx) => {
    const prefix = mailNumber(input.direction, dayjs(now).tz(TZ).format('YYYY-MM-DD'), 0).slice(0, -3);
    const m = await repo.insertItem(tx, {
      propertyId: input.propertyId,
      number: mailNumber(input.direction, dayjs(now).tz(TZ).format('YYYY-MM-DD'), await repo.nextSeq(tx, input.propertyId, prefix)),
      direction: input.direction,
      kind: input.kind,
      carrier: input.carrier ?? null,
      trackingNo: input.trackingNo ?? null,
      pieces: input.pieces,
      recipientName: input.recipientName ?? '',
      pigeonhole: pigeonholeFor(input.recipientName ?? '', true),
      ...(who ?? {}),
      condition: input.condition,
      handling: input.handling,
      important: input.important || confidential,
      confidential,
      status,
      note: input.note ?? null,
      destination: input.destination ?? null,
      receivedAt: now,
      loggedBy: actor.id,
      loggedByName: actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    if (input.labelPhotoId) {
      await attachFiles(tx, ctx, {
        propertyId: m.propertyId,
        ids: [input.labelPhotoId],
        entity: { type: 'mail_item', id: m.id },
        kinds: ['photo'],
        field: 'labelPhotoId',
      });
      await repo.updateItem(tx, m.id, [m.status], undefined, { labelFileId: input.labelPhotoId });
    }
    await audit(tx, ctx, {
      action: 'mail_item.logged',
      entityType: 'mail_item',
      entityId: m.id,
      propertyId: m.propertyId,
      before: null,
      after: m,
    });
    await live(tx, m, 'logged');
    if (m.direction === 'in' && (m.status === 'waiting' || m.status === 'refused_damaged')) {
      const message: NotificationMessage =
        m.status === 'waiting'
          ? {
              key: 'mail.arrived',
              params: { number: m.number, kind: m.kind, pieces: m.pieces, pigeonhole: m.pigeonhole, urgent: urgentNotice(m) },
            }
          : { key: 'mail.refused_damaged', params: { number: m.number, kind: m.kind, carrier: m.carrier } };
      if (await tellRecipient(tx, m, message, `mail.${m.status}`))
        await repo.updateItem(tx, m.id, [m.status], undefined, { notifiedAt: now, remindedAt: now });
    }
    return m.id;
  });
  return present(ctx, actor, id);
}

/** An unknown item's recipient found after all: on the pigeonhole, recipient told. */
export async function resolveRecipient(ctx: Ctx, id: string, entryId: string) {
  const { actor, m } = await loadItem(ctx, id);
  authorize(actor, m.propertyId, 'frontdesk.mail');
  const who = await recipientOf(ctx, m.propertyId, entryId);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateItem(tx, id, ['unknown'], undefined, {
      ...who,
      status: m.condition === 'damaged' ? 'refused_damaged' : 'waiting',
      updatedAt: now,
    });
    if (!u) throw notWaiting(ctx);
    await audit(tx, ctx, {
      action: 'mail_item.recipient_found',
      entityType: 'mail_item',
      entityId: id,
      propertyId: m.propertyId,
      before: m,
      after: u,
    });
    await live(tx, u, 'recipient_found');
    if (
      u.status === 'waiting' &&
      (await tellRecipient(
        tx,
        u,
        {
          key: 'mail.arrived',
          params: { number: u.number, kind: u.kind, pieces: u.pieces, pigeonhole: u.pigeonhole, urgent: urgentNotice(u) },
        },
        'mail.waiting',
      ))
    )
      await repo.updateItem(tx, id, ['waiting'], undefined, { notifiedAt: now, remindedAt: now });
  });
  return present(ctx, actor, id);
}
