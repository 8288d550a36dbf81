/** All SQL of the tenant applications: one function per query; state changes are guarded updates. */
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { ApplicationKindCode, ApplicationStateCode } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { counters, organizations, tenantApplicationNotes, tenantApplications, units, users, userRoles } from '../../../db/schema/index.ts';

export type ApplicationRow = typeof tenantApplications.$inferSelect & { organizationName: string; unitCode: string | null };
export type NoteRow = typeof tenantApplicationNotes.$inferSelect;

const withNames = (db: DbOrTx) =>
  db
    .select({ a: tenantApplications, organizationName: organizations.name, unitCode: units.code })
    .from(tenantApplications)
    .innerJoin(organizations, eq(organizations.id, tenantApplications.organizationId))
    .leftJoin(units, eq(units.id, tenantApplications.unitId));
const flat = (r: { a: typeof tenantApplications.$inferSelect; organizationName: string; unitCode: string | null }): ApplicationRow => ({
  ...r.a,
  organizationName: r.organizationName,
  unitCode: r.unitCode,
});

export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [r] = await tx
    .insert(counters)
    .values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(r!.value);
}

export async function insertApplication(db: DbOrTx, row: typeof tenantApplications.$inferInsert) {
  return (await db.insert(tenantApplications).values(row).returning())[0]!;
}

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationRow | null> {
  const r = (await withNames(db).where(eq(tenantApplications.id, id)).limit(1))[0];
  return r ? flat(r) : null;
}

export async function listApplications(
  db: DbOrTx,
  f: {
    propertyId: string;
    organizationId?: string;
    kind?: ApplicationKindCode;
    state?: ApplicationStateCode;
    after?: unknown[] | null;
    limit: number;
  },
) {
  const conds = [eq(tenantApplications.propertyId, f.propertyId)];
  if (f.organizationId) conds.push(eq(tenantApplications.organizationId, f.organizationId));
  if (f.kind) conds.push(eq(tenantApplications.kind, f.kind));
  if (f.state) conds.push(eq(tenantApplications.state, f.state));
  if (f.after) {
    const [at, id] = f.after as [string, string];
    conds.push(
      or(
        lt(tenantApplications.submittedAt, new Date(at)),
        and(eq(tenantApplications.submittedAt, new Date(at)), lt(tenantApplications.id, id)),
      )!,
    );
  }
  return (
    await withNames(db)
      .where(and(...conds))
      .orderBy(desc(tenantApplications.submittedAt), desc(tenantApplications.id))
      .limit(f.limit)
  ).map(flat);
}

/** Moves an application only while it is in one of `from` (null: it is not, or someone moved it first). */
export async function transition(
  db: DbOrTx,
  id: string,
  from: readonly ApplicationStateCode[],
  patch: Partial<typeof tenantApplications.$inferInsert>,
  now: Date,
) {
  return (
    (
      await db
        .update(tenantApplications)
        .set({ ...patch, version: sql`${tenantApplications.version} + 1`, updatedAt: now })
        .where(and(eq(tenantApplications.id, id), inArray(tenantApplications.state, [...from])))
        .returning()
    )[0] ?? null
  );
}

export async function insertNote(db: DbOrTx, row: typeof tenantApplicationNotes.$inferInsert) {
  return (await db.insert(tenantApplicationNotes).values(row).returning())[0]!;
}

export async function notesOf(db: DbOrTx, applicationIds: string[]): Promise<NoteRow[]> {
  if (!applicationIds.length) return [];
  return db
    .select()
    .from(tenantApplicationNotes)
    .where(inArray(tenantApplicationNotes.applicationId, applicationIds))
    .orderBy(tenantApplicationNotes.createdAt);
}

/** The tenant users of a company in the property (they hear about decisions). */
export async function tenantUsersOf(db: DbOrTx, propertyId: string, organizationId: string) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.organizationId, organizationId), eq(userRoles.propertyId, propertyId), eq(userRoles.role, 'tenant')));
  return rows.map((r) => r.id);
}

export async function findUnit(db: DbOrTx, id: string) {
  return (await db.select().from(units).where(eq(units.id, id)).limit(1))[0] ?? null;
}
export async function findOrganization(db: DbOrTx, id: string) {
  return (await db.select().from(organizations).where(eq(organizations.id, id)).limit(1))[0] ?? null;
}
