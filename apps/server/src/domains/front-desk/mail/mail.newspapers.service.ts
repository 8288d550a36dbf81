/**
 * Newspapers and magazines (F4): the subscriptions, and each day's delivery counted by title against
 * them; a discrepancy is held against the carrier.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './mail.repository.ts';
import type { MailFrequency } from '@hy/contracts';
import { findEntries } from '../directory/directory.repository.ts';
import { TZ } from './mail.access.ts';
import { checksSummary, discrepancy, issueDayFits, issueDue } from './mail.rules.ts';
import type { CheckBody, SubscriptionBody, SubscriptionPatch } from './mail.schema.ts';

type SubRow = Awaited<ReturnType<typeof repo.subscriptionsOf>>[number];
const today = (ctx: Ctx) => dayjs(ctx.now()).tz(TZ).format('YYYY-MM-DD');

const presentSub = (s: SubRow, day: string) => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  carrier: s.carrier,
  recipientEntryId: s.recipientEntryId,
  recipientName: s.recipientName,
  perDay: s.perDay,
  frequency: s.frequency,
  issueDay: s.issueDay,
  active: s.active,
  stoppedAt: s.stoppedAt?.toISOString() ?? null,
  due: s.active && issueDue(s, day),
  policies: { edit: true, stop: s.active },
});

export async function listSubscriptions(ctx: Ctx, q: { propertyId: string; day?: string; all?: boolean }) {
  authorize(requireActor(ctx), q.propertyId, 'frontdesk.mail');
  const day = q.day ?? today(ctx);
  return { data: (await repo.subscriptionsOf(ctx.db, q.propertyId, !q.all)).map((s) => presentSub(s, day)) };
}

/** The recipient's name: from the directory when picked there, else as typed; one of them is required. */
async function recipientOf(ctx: Ctx, propertyId: string, entryId: string | null | undefined, name: string | null | undefined) {
  if (entryId) {
    const [v] = await findEntries(ctx.db, propertyId, [entryId]);
    if (!v || v.e.archivedAt)
      throw errors.field('recipientEntryId', say(ctx, '收件人不在通讯录中', 'The recipient is not in the directory'));
    return { recipientEntryId: v.e.id, recipientName: v.e.nameZh };
  }
  if (!name) throw errors.field('recipientName', say(ctx, '请填写收件人', 'Who is it for?'), 'required');
  return { recipientEntryId: null, recipientName: name };
}

function checkIssueDay(ctx: Ctx, frequency: MailFrequency, issueDay: number | null) {
  if (!issueDayFits(frequency, issueDay))
    throw errors.rule('mail_issue_day_invalid', say(ctx, '出版日与出版频率不符', 'The issue day does not fit the frequency'), undefined, [
      { path: 'issueDay', message: 'does not fit the frequency', code: 'mail_issue_day_invalid' },
    ]);
}

export async function addSubscription(ctx: Ctx, input: SubscriptionBody) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.mail');
  const issueDay = input.issueDay ?? null;
  checkIssueDay(ctx, input.frequency, issueDay);
  const who = await recipientOf(ctx, input.propertyId, input.recipientEntryId, input.recipientName);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const s = await repo.insertSubscription(tx, {
      propertyId: input.propertyId,
      title: input.title,
      publisher: input.publisher ?? null,
      carrier: input.carrier ?? null,
      ...who,
      perDay: input.perDay,
      frequency: input.frequency,
      issueDay,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: 'mail_subscription.created',
      entityType: 'mail_subscription',
      entityId: s.id,
      propertyId: s.propertyId,
      before: null,
      after: s,
    });
    return presentSub(s, today(ctx));
  });
}

/** Edit a subscription; `active: false` stops it (kept with its checks), `active: true` takes it up again. */
export async function updateSubscription(ctx: Ctx, id: string, input: SubscriptionPatch) {
  const actor = requireActor(ctx);
  const s = await repo.findSubscription(ctx.db, id);
  if (!s || !memberProperties(actor).includes(s.propertyId)) throw errors.notFound('subscription');
  authorize(actor, s.propertyId, 'frontdesk.mail');
  const frequency = input.frequency ?? s.frequency;
  const issueDay = input.issueDay !== undefined ? input.issueDay : frequency === s.frequency ? s.issueDay : null;
  checkIssueDay(ctx, frequency, issueDay);
  const who =
    input.recipientEntryId !== undefined || input.recipientName !== undefined
      ? await recipientOf(ctx, s.propertyId, input.recipientEntryId, input.recipientName)
      : {};
  const now = ctx.now();
  const stopping = input.active === false && s.active;
  const resuming = input.active === true && !s.active;
  return ctx.db.transaction(async (tx) => {
    const u = await repo.updateSubscription(tx, id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.publisher !== undefined && { publisher: input.publisher }),
      ...(input.carrier !== undefined && { carrier: input.carrier }),
      ...(input.perDay !== undefined && { perDay: input.perDay }),
      ...who,
      frequency,
      issueDay,
      ...(stopping && { active: false, stoppedAt: now }),
      ...(resuming && { active: true, stoppedAt: null }),
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: stopping ? 'mail_subscription.stopped' : resuming ? 'mail_subscription.resumed' : 'mail_subscription.updated',
      entityType: 'mail_subscription',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: u,
    });
    return presentSub(u!, today(ctx));
  });
}

type CheckRow = Awaited<ReturnType<typeof repo.checksOn>>[number];
const presentCheck = ({ c, title }: CheckRow) => ({
  id: c.id,
  day: c.day,
  subscriptionId: c.subscriptionId,
  title,
  carrier: c.carrier,
  expected: c.expected,
  received: c.received,
  discrepancy: discrepancy(c.expected, c.received),
  note: c.note,
  checkedByName: c.checkedByName,
  at: c.at.toISOString(),
});

export async function listChecks(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  authorize(requireActor(ctx), q.propertyId, 'frontdesk.mail');
  return { data: (await repo.checksOn(ctx.db, q.propertyId, q.from, q.to)).map(presentCheck) };
}

/** A day's delivery of one title counted: the expected copies come from the subscription. */
export async function checkNewspaper(ctx: Ctx, input: CheckBody) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.mail');
  const s = await repo.findSubscription(ctx.db, input.subscriptionId);
  if (!s || s.propertyId !== input.propertyId) throw errors.notFound('subscription');
  if (input.day > today(ctx)) throw errors.field('day', say(ctx, '不能核对未来的日期', 'A future day cannot be checked'));
  if (!s.active && (!s.stoppedAt || input.day >= dayjs(s.stoppedAt).tz(TZ).format('YYYY-MM-DD')))
    throw new AppError('mail_subscription_stopped', 409, say(ctx, '该报刊订阅已停订', 'This subscription has been stopped'));
  await ctx.db.transaction(async (tx) => {
    const c = await repo.upsertCheck(tx, {
      propertyId: s.propertyId,
      subscriptionId: s.id,
      day: input.day,
      carrier: input.carrier ?? s.carrier ?? null,
      expected: s.perDay,
      received: input.received,
      note: input.note ?? null,
      checkedBy: actor.id,
      checkedByName: actor.displayName,
      at: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'mail_newspaper.checked',
      entityType: 'mail_subscription',
      entityId: s.id,
      propertyId: s.propertyId,
      after: c,
    });
  });
  const [row] = (await repo.checksOn(ctx.db, s.propertyId, input.day, input.day)).filter((r) => r.c.subscriptionId === s.id);
  return presentCheck(row!);
}

/** A month of checks: the discrepancies listed, and summed per carrier. */
export async function monthChecks(ctx: Ctx, q: { propertyId: string; month: string }) {
  authorize(requireActor(ctx), q.propertyId, 'frontdesk.mail');
  const from = `${q.month}-01`;
  const to = dayjs(from).endOf('month').format('YYYY-MM-DD');
  const rows = (await repo.checksOn(ctx.db, q.propertyId, from, to)).map(presentCheck);
  const sum = checksSummary(rows, say(ctx, '（未填写）', '(not given)'));
  return { month: q.month, ...sum, list: rows.filter((r) => r.discrepancy !== 0) };
}
