/** All SQL of meals: menus, orders, the day's order sheet. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { organizations, psMealDaySheets, psMealMenus, psMealOrders, psSuppliers, units } from '../../../db/schema/index.ts';
import type { MealOrderState } from '../../../db/schema/paid-services-laundry-meals.ts';

export type MenuRow = typeof psMealMenus.$inferSelect & { supplierName: string };
export type OrderRow = typeof psMealOrders.$inferSelect & { organizationName: string; unitCode: string | null; supplierName: string };

export async function menus(db: DbOrTx, propertyId: string, limit = 8): Promise<MenuRow[]> {
  const rows = await db
    .select({ m: psMealMenus, supplierName: psSuppliers.name })
    .from(psMealMenus)
    .innerJoin(psSuppliers, eq(psSuppliers.id, psMealMenus.supplierId))
    .where(eq(psMealMenus.propertyId, propertyId))
    .orderBy(desc(psMealMenus.weekStart))
    .limit(limit);
  return rows.map((r) => ({ ...r.m, supplierName: r.supplierName }));
}
export async function menuOf(db: DbOrTx, propertyId: string, weekStart: string): Promise<MenuRow | null> {
  const r = (
    await db
      .select({ m: psMealMenus, supplierName: psSuppliers.name })
      .from(psMealMenus)
      .innerJoin(psSuppliers, eq(psSuppliers.id, psMealMenus.supplierId))
      .where(and(eq(psMealMenus.propertyId, propertyId), eq(psMealMenus.weekStart, weekStart)))
  )[0];
  return r ? { ...r.m, supplierName: r.supplierName } : null;
}
export async function insertMenu(db: DbOrTx, row: typeof psMealMenus.$inferInsert) {
  return (await db.insert(psMealMenus).values(row).onConflictDoNothing().returning())[0] ?? null;
}

const selectOrders = (db: DbOrTx) =>
  db
    .select({ o: psMealOrders, organizationName: organizations.name, unitCode: units.code, supplierName: psSuppliers.name })
    .from(psMealOrders)
    .innerJoin(organizations, eq(organizations.id, psMealOrders.organizationId))
    .innerJoin(psSuppliers, eq(psSuppliers.id, psMealOrders.supplierId))
    .leftJoin(units, eq(units.id, psMealOrders.unitId));
type Joined = { o: typeof psMealOrders.$inferSelect; organizationName: string; unitCode: string | null; supplierName: string };
const flat = (x: Joined): OrderRow => ({
  ...x.o,
  organizationName: x.organizationName,
  unitCode: x.unitCode,
  supplierName: x.supplierName,
});

export async function findOrder(db: DbOrTx, id: string) {
  const r = (await selectOrders(db).where(eq(psMealOrders.id, id)))[0];
  return r ? flat(r) : null;
}
export async function ordersOf(db: DbOrTx, propertyId: string, day: string, organizationId?: string | null) {
  return (
    await selectOrders(db)
      .where(
        and(
          eq(psMealOrders.propertyId, propertyId),
          eq(psMealOrders.orderDate, day),
          organizationId ? eq(psMealOrders.organizationId, organizationId) : undefined,
        ),
      )
      .orderBy(organizations.name, psMealOrders.createdAt)
  ).map(flat);
}
export async function insertOrder(db: DbOrTx, row: typeof psMealOrders.$inferInsert) {
  return (await db.insert(psMealOrders).values(row).returning())[0]!;
}
export async function updateOrder(db: DbOrTx, id: string, from: readonly MealOrderState[], set: Partial<typeof psMealOrders.$inferInsert>) {
  return (
    (
      await db
        .update(psMealOrders)
        .set(set)
        .where(and(eq(psMealOrders.id, id), sql`${psMealOrders.state} in ${from}`))
        .returning()
    )[0] ?? null
  );
}
export async function daySheet(db: DbOrTx, propertyId: string, day: string) {
  return (
    (
      await db
        .select()
        .from(psMealDaySheets)
        .where(and(eq(psMealDaySheets.propertyId, propertyId), eq(psMealDaySheets.day, day)))
    )[0] ?? null
  );
}
export async function markPhoned(db: DbOrTx, row: typeof psMealDaySheets.$inferInsert) {
  return (await db.insert(psMealDaySheets).values(row).onConflictDoNothing().returning())[0] ?? null;
}
