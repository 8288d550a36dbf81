/** All SQL of organizations: one function per query. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { organizations } from '../../../db/schema/index.ts';
import { after, search, visible, type Visibility } from '../resource/resource.repository.ts';

export type OrganizationRow = typeof organizations.$inferSelect;

export const ORGANIZATION_ORDER = [organizations.name, organizations.id];
export async function listOrganizations(
  db: DbOrTx,
  f: { v: Visibility; ownId: string | null; q?: string; kind?: string; after?: unknown[]; limit: number },
) {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        visible(organizations, f.v, f.ownId ? eq(organizations.id, f.ownId) : undefined),
        search(f.q, organizations.name, organizations.shortName),
        f.kind ? eq(organizations.kind, f.kind as OrganizationRow['kind']) : undefined,
        after(ORGANIZATION_ORDER, f.after),
      ),
    )
    .orderBy(...ORGANIZATION_ORDER.map(asc))
    .limit(f.limit);
}

export async function findOrganization(db: DbOrTx, id: string) {
  return (await db.select().from(organizations).where(eq(organizations.id, id)).limit(1))[0] ?? null;
}

export async function insertOrganization(db: DbOrTx, row: typeof organizations.$inferInsert) {
  return (await db.insert(organizations).values(row).returning())[0]!;
}

export async function updateOrganization(db: DbOrTx, id: string, patch: Partial<typeof organizations.$inferInsert>) {
  return (
    await db
      .update(organizations)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning()
  )[0]!;
}

export async function deleteOrganization(db: DbOrTx, id: string) {
  await db.delete(organizations).where(eq(organizations.id, id));
}
