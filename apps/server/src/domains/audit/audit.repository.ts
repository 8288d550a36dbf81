import { and, eq, desc, lt, inArray, or, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

export async function listEvents(db: DbOrTx, f: { propertyIds: string[]; includeGlobal: boolean; entityType?: string; entityId?: string; actorId?: string; limit: number; beforeId?: number }) {
  return db.select().from(auditEvents).where(and(
    f.includeGlobal ? or(inArray(auditEvents.propertyId, f.propertyIds), isNull(auditEvents.propertyId)) : inArray(auditEvents.propertyId, f.propertyIds),
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
    f.beforeId ? lt(auditEvents.id, f.beforeId) : undefined,
  )).orderBy(desc(auditEvents.id)).limit(f.limit);
}
