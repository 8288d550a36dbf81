import { randomUUID } from 'node:crypto';
import { renderMessage, renderStored, type MessageLocale, type NotificationMessage, type Role } from '@hy/contracts';
import dayjs from '../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../lib/context.ts';
import { requireActor } from '../../lib/context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { errors } from '../../lib/errors.ts';
import { scheduleJob } from '../../jobs/runner.ts';
import * as repo from './notifications.repository.ts';
import { type LiveMessage, publish, publishMany } from './notifications.hub.ts';

export type Channel = 'email' | 'sms' | 'webhook';

export interface NotifyInput {
  propertyId: string | null;
  /** explicit recipients … */
  userIds?: string[];
  /** … and/or everyone holding one of these roles in the property */
  roles?: Role[];
  kind: string;
  /** what it says: a message key and its parameters, rendered in each reader's language */
  message: NotificationMessage;
  link?: string;
  severity?: 'info' | 'warning' | 'critical';
  data?: Record<string, unknown>;
  /** outbound channels besides the in-app bell */
  channels?: Channel[];
}

/**
 * The one entry point other modules use. Call it inside the write's transaction: the in-app
 * notifications, the outbox rows and their delivery jobs commit (or roll back) with the write,
 * and the live bell hears about it through pg_notify at commit.
 */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<string[]> {
  const recipients = new Map<string, { id: string; email: string | null; phone: string | null; locale: string }>();
  for (const u of await repo.usersByIds(tx, input.userIds ?? [])) recipients.set(u.id, u);
  if (input.propertyId && input.roles?.length) {
    for (const u of await repo.usersWithRoles(tx, input.propertyId, input.roles)) recipients.set(u.id, u);
  }
  if (!recipients.size) return [];
  const f = formatIn(await repo.timeZoneOf(tx, input.propertyId));
  const say = (locale: string) => renderMessage(localeOf(locale), input.message, f);
  const zh = say('zh-CN');
  const rows = await repo.insertNotifications(
    tx,
    [...recipients.values()].map((u) => ({
      propertyId: input.propertyId,
      userId: u.id,
      kind: input.kind,
      messageKey: input.message.key,
      params: input.message.params as unknown as Record<string, unknown>,
      title: zh.title,
      body: zh.body,
      link: input.link ?? null,
      severity: input.severity ?? 'info',
      data: input.data ?? null,
    })),
  );
  const out: { notificationId: string; channel: Channel; recipient: string; subject: string; body: string }[] = [];
  const channels = [...new Set(input.channels ?? [])];
  for (const n of rows) {
    const u = recipients.get(n.userId)!;
    for (const ch of channels) {
      if (ch === 'webhook') continue;
      const recipient = ch === 'email' ? u.email : u.phone;
      // E-mail and SMS in the recipient's own language.
      const m = say(u.locale);
      if (recipient) out.push({ notificationId: n.id, channel: ch, recipient, subject: m.title, body: m.body ?? m.title });
    }
  }
  // The webhook is a group robot (WeCom/DingTalk), not a person: one message per notify, not one per recipient.
  if (channels.includes('webhook'))
    out.push({
      notificationId: rows[0]!.id,
      channel: 'webhook',
      recipient: 'default',
      subject: zh.title,
      body: zh.body ?? zh.title,
    });
  const outRows = await repo.insertOutbox(tx, out);
  for (const o of outRows) await scheduleJob(tx, 'outbox.deliver', { outboxId: o.id }, { uniqueKey: `outbox:${o.id}`, maxAttempts: 6 });
  await publish(tx, {
    type: 'notification',
    topic: input.kind,
    userIds: rows.map((r) => r.userId),
    data: {
      messageKey: input.message.key,
      params: input.message.params,
      title: zh.title,
      body: zh.body,
      link: input.link ?? null,
      severity: input.severity ?? 'info',
    },
  });
  return rows.map((r) => r.id);
}

/**
 * notify() for many messages in one go (a job raising hundreds of alerts): the same rows, outbox
 * entries, delivery jobs and live messages as calling notify() once per input, written with a few
 * statements whatever the number of inputs. Call it inside the write's transaction. Returns the
 * notification ids per input, in the order of the inputs.
 */
export async function notifyMany(tx: DbOrTx, inputs: NotifyInput[]): Promise<string[][]> {
  if (!inputs.length) return [];
  type User = { id: string; email: string | null; phone: string | null; locale: string };
  const byId = new Map<string, User>();
  for (const u of await repo.usersByIds(tx, [...new Set(inputs.flatMap((i) => i.userIds ?? []))])) byId.set(u.id, u);
  const byRoles = new Map<string, User[]>();
  for (const i of inputs) {
    const k = i.propertyId && i.roles?.length ? `${i.propertyId}|${[...i.roles].sort().join(',')}` : null;
    if (k && !byRoles.has(k)) byRoles.set(k, await repo.usersWithRoles(tx, i.propertyId!, i.roles!));
  }
  const zones = await repo.timeZonesOf(tx, [...new Set(inputs.map((i) => i.propertyId).filter((x): x is string => !!x))]);
  const plans = inputs.map((input) => {
    const recipients = new Map<string, User>();
    for (const id of input.userIds ?? []) {
      const u = byId.get(id);
      if (u) recipients.set(u.id, u);
    }
    if (input.propertyId && input.roles?.length)
      for (const u of byRoles.get(`${input.propertyId}|${[...input.roles].sort().join(',')}`)!) recipients.set(u.id, u);
    const f = formatIn((input.propertyId && zones.get(input.propertyId)) || 'Asia/Shanghai');
    const say = (locale: string) => renderMessage(localeOf(locale), input.message, f);
    return { input, recipients, say, zh: say('zh-CN') };
  });
  // Ids made here: each input's share of the rows is known without relying on the order of RETURNING.
  const parts = plans.map(({ input, recipients, zh }) =>
    [...recipients.values()].map((u) => ({
      id: randomUUID(),
      propertyId: input.propertyId,
      userId: u.id,
      kind: input.kind,
      messageKey: input.message.key,
      params: input.message.params as unknown as Record<string, unknown>,
      title: zh.title,
      body: zh.body,
      link: input.link ?? null,
      severity: input.severity ?? ('info' as const),
      data: input.data ?? null,
    })),
  );
  await repo.insertNotificationRows(tx, parts.flat());
  const out: { notificationId: string; channel: Channel; recipient: string; subject: string; body: string }[] = [];
  const live: LiveMessage[] = [];
  plans.forEach(({ input, recipients, say, zh }, k) => {
    const mine = parts[k]!;
    if (!mine.length) return;
    const channels = [...new Set(input.channels ?? [])];
    for (const n of mine) {
      const u = recipients.get(n.userId)!;
      for (const ch of channels) {
        if (ch === 'webhook') continue;
        const recipient = ch === 'email' ? u.email : u.phone;
        const m = say(u.locale);
        if (recipient) out.push({ notificationId: n.id, channel: ch, recipient, subject: m.title, body: m.body ?? m.title });
      }
    }
    if (channels.includes('webhook'))
      out.push({ notificationId: mine[0]!.id, channel: 'webhook', recipient: 'default', subject: zh.title, body: zh.body ?? zh.title });
    live.push({
      type: 'notification',
      topic: input.kind,
      userIds: mine.map((r) => r.userId),
      data: {
        messageKey: input.message.key,
        params: input.message.params,
        title: zh.title,
        body: zh.body,
        link: input.link ?? null,
        severity: input.severity ?? 'info',
      },
    });
  });
  const outRows = await repo.insertOutbox(tx, out);
  await repo.insertDeliveryJobs(
    tx,
    outRows.map((o) => o.id),
  );
  await publishMany(tx, live);
  return parts.map((p) => p.map((r) => r.id));
}

/**
 * A message to someone without an account (an invited guest, a hired driver): rendered in their language, written to
 * the outbox in the caller's transaction and delivered by the same job as every other SMS or e-mail.
 */
export async function sendOutside(
  tx: DbOrTx,
  input: { propertyId: string; channel: 'sms' | 'email'; recipient: string; locale?: string; message: NotificationMessage },
) {
  const f = formatIn(await repo.timeZoneOf(tx, input.propertyId));
  const m = renderMessage(localeOf(input.locale ?? 'zh-CN'), input.message, f);
  const [row] = await repo.insertOutbox(tx, [
    {
      channel: input.channel,
      recipient: input.recipient,
      subject: m.title,
      body: m.body ?? m.title,
      payload: { messageKey: input.message.key },
    },
  ]);
  await scheduleJob(tx, 'outbox.deliver', { outboxId: row!.id }, { uniqueKey: `outbox:${row!.id}`, maxAttempts: 6 });
  return row!.id;
}

const localeOf = (l: string): MessageLocale => (l === 'en-US' ? 'en-US' : 'zh-CN');

/** Times in a zone, as the messages show them. */
export const formatIn = (tz: string) => ({ time: (iso: string) => dayjs(iso).tz(tz).format('YYYY-MM-DD HH:mm') });

function present(n: Awaited<ReturnType<typeof repo.listForUser>>[number], locale: MessageLocale, tz: string) {
  const text = renderStored(locale, n, formatIn(tz));
  return {
    id: n.id,
    propertyId: n.propertyId,
    kind: n.kind,
    messageKey: n.messageKey,
    params: n.params,
    title: text.title,
    body: text.body,
    link: n.link,
    severity: n.severity,
    data: n.data,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

export async function listMine(ctx: Ctx, q: { unreadOnly?: boolean; limit: number; cursor?: string }) {
  const actor = requireActor(ctx);
  // The cursor is the id of the last notification of the previous page: (created_at, id) keyset,
  // exact to the microsecond and unambiguous for notifications created in the same transaction.
  if (q.cursor && !UUID.test(q.cursor)) throw errors.field('cursor', 'invalid cursor');
  const rows = await repo.listForUser(ctx.db, actor.id, { unreadOnly: q.unreadOnly, limit: q.limit + 1, afterId: q.cursor });
  const page = rows.slice(0, q.limit);
  const zones = await repo.timeZonesOf(ctx.db, [...new Set(page.map((n) => n.propertyId).filter((x): x is string => !!x))]);
  return {
    data: page.map((n) => present(n, ctx.locale, (n.propertyId && zones.get(n.propertyId)) || 'Asia/Shanghai')),
    unread: await repo.unreadCount(ctx.db, actor.id),
    nextCursor: rows.length > q.limit ? page[page.length - 1]!.id : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function markRead(ctx: Ctx, ids: string[] | 'all') {
  const actor = requireActor(ctx);
  const n = await repo.markRead(ctx.db, actor.id, ids, ctx.now());
  return { marked: n, unread: await repo.unreadCount(ctx.db, actor.id) };
}

/** Who a stream is for: the signed-in actor (the hub re-checks the session and roles at every heartbeat). */
export function streamScope(ctx: Ctx) {
  return { actor: requireActor(ctx) };
}
