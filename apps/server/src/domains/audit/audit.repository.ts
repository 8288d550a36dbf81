import { and, eq, desc, lt, inArray, or, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

/**
 * Events with no property (sign-ins, sign-outs, own password changes) belong to the account they
 * name: they are listed to the administrators of the properties where that account holds a role.
 */
const accountEventsOf = (adminOf: string[]) =>
  and(
    isNull(auditEvents.propertyId),
    eq(auditEvents.entityType, 'user'),
    sql`${auditEvents.entityId} in (select r.user_id::text from user_roles r where r.property_id in (${sql.join(
      adminOf.map((p) => sql`${p}::uuid`),
      sql`, `,
    )}))`,
  );

export async function listEvents(
  db: DbOrTx,
  f: {
    propertyIds: string[];
    adminOf: string[];
    entityType?: string;
    entityId?: string;
    actorId?: string;
    limit: number;
    beforeId?: number;
  },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        f.adminOf.length
          ? or(inArray(auditEvents.propertyId, f.propertyIds), accountEventsOf(f.adminOf))
          : inArray(auditEvents.propertyId, f.propertyIds),
        f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
        f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
        f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
        f.beforeId ? lt(auditEvents.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(f.limit);
}

/** Tables whose records an audit event may name by id, and the column (or expression) people know them by. */
const NAMED: [table: string, column: string][] = [
  ['users', 'display_name'],
  ['organizations', 'name'],
  ['venues', 'name'],
  ['buildings', 'name'],
  ['units', 'code'],
  ['properties', 'name'],
  ['bookings', 'number'],
  ['cases', 'number'],
  ['work_orders', 'number'],
  ['service_notices', 'number'],
  ['meeting_fee_statements', 'number'],
  ['meeting_purchases', 'number'],
  ['lost_items', 'number'],
  ['meeting_tasks', 'title'],
  ['task_templates', 'title'],
  ['meeting_incidents', 'description'],
  ['meeting_attendees', 'name'],
  ['warehouse_items', 'name'],
  ['kb_entries', 'question'],
  ['consultations', 'coalesce(topic, question)'],
  ['venue_closures', 'reason'],
  ['files', 'name'],
];

/** The names (or numbers) of the records with these ids, by id: what the log shows instead of a UUID. */
export async function namesOf(db: DbOrTx, ids: string[]): Promise<Record<string, string>> {
  if (!ids.length) return {};
  const list = sql`${`{${ids.join(',')}}`}::uuid[]`;
  const rows = await db.execute<{ id: string; name: string }>(
    sql.join(
      NAMED.map(([t, c]) => sql`select id::text as id, ${sql.raw(c)}::text as name from ${sql.raw(t)} where id = any(${list})`),
      sql` union all `,
    ),
  );
  const out: Record<string, string> = {};
  for (const r of rows.rows) if (r.name) out[r.id] = r.name;
  return out;
}
