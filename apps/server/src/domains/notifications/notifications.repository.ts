import { and, eq, inArray, isNull, desc, sql, count } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { jobs, notifications, outbox, properties, userRoles, users } from '../../db/schema/index.ts';

export async function usersWithRoles(db: DbOrTx, propertyId: string, roles: string[]) {
  if (!roles.length) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.propertyId, propertyId), inArray(userRoles.role, roles), eq(users.disabled, false)));
}

export async function usersByIds(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: users.id, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.disabled, false)));
}

/** The zone a property's times are read in (Asia/Shanghai without a property). */
export async function timeZoneOf(db: DbOrTx, propertyId: string | null) {
  if (!propertyId) return 'Asia/Shanghai';
  const [r] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return r?.tz ?? 'Asia/Shanghai';
}

/** Time zones of some properties, by id. */
export async function timeZonesOf(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db.select({ id: properties.id, tz: properties.timeZone }).from(properties).where(inArray(properties.id, ids));
  return new Map(rows.map((r) => [r.id, r.tz]));
}

/** Rows per INSERT: far below the 65,535 bind parameters of one statement. */
const CHUNK = 1000;

/** Inserts the rows (in statements of CHUNK rows) and returns them in the order given. */
export async function insertNotifications(db: DbOrTx, rows: (typeof notifications.$inferInsert)[]) {
  const out: (typeof notifications.$inferSelect)[] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    out.push(
      ...(await db
        .insert(notifications)
        .values(rows.slice(i, i + CHUNK))
        .returning()),
    );
  return out;
}

export async function insertOutbox(db: DbOrTx, rows: (typeof outbox.$inferInsert)[]) {
  const out: { id: number }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    out.push(
      ...(await db
        .insert(outbox)
        .values(rows.slice(i, i + CHUNK))
        .returning({ id: outbox.id })),
    );
  return out;
}

/** Inserts notifications (their ids given) with one statement per 2,000 rows: one JSON parameter each, nothing returned. */
export async function insertNotificationRows(db: DbOrTx, rows: (typeof notifications.$inferInsert & { id: string })[]) {
  for (let i = 0; i < rows.length; i += 2000)
    await db.execute(sql`
      insert into notifications (id, property_id, user_id, kind, message_key, params, title, body, link, data, severity)
      select (j->>'id')::uuid, (j->>'propertyId')::uuid, (j->>'userId')::uuid, j->>'kind', j->>'messageKey',
        nullif(j->'params', 'null'::jsonb), j->>'title', j->>'body', j->>'link',
        nullif(j->'data', 'null'::jsonb), coalesce(j->>'severity', 'info')
      from jsonb_array_elements(${JSON.stringify(rows.slice(i, i + 2000))}::jsonb) with ordinality e(j, n) order by n`);
}

/** The delivery jobs of outbox rows, as scheduleJob('outbox.deliver', …) makes them one by one. */
export async function insertDeliveryJobs(db: DbOrTx, outboxIds: number[]) {
  for (let i = 0; i < outboxIds.length; i += CHUNK)
    await db
      .insert(jobs)
      .values(
        outboxIds.slice(i, i + CHUNK).map((id) => ({
          kind: 'outbox.deliver',
          payload: { outboxId: id },
          runAt: new Date(),
          uniqueKey: `outbox:${id}`,
          maxAttempts: 6,
        })),
      )
      .onConflictDoNothing({ target: jobs.uniqueKey });
}

export async function listForUser(db: DbOrTx, userId: string, opts: { unreadOnly?: boolean; limit: number; afterId?: string }) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        opts.unreadOnly ? isNull(notifications.readAt) : undefined,
        opts.afterId
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (select n.created_at, n.id from notifications n where n.id = ${opts.afterId} and n.user_id = ${userId})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit);
}

export async function unreadCount(db: DbOrTx, userId: string) {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(r?.n ?? 0);
}

export async function markRead(db: DbOrTx, userId: string, ids: string[] | 'all', at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function outboxRow(db: DbOrTx, id: number) {
  const [r] = await db.select().from(outbox).where(eq(outbox.id, id));
  return r ?? null;
}

export async function markOutbox(db: DbOrTx, id: number, patch: Partial<typeof outbox.$inferInsert>) {
  await db
    .update(outbox)
    .set({ ...patch, attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, id));
}
