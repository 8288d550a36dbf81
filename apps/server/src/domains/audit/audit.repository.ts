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
