/** The JSON shapes of menus and meal orders. */
import type { MealMenu, MealOrder } from '@hy/contracts';
import type { MenuRow, OrderRow } from './meals.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentMenu = (m: MenuRow): MealMenu => ({
  id: m.id,
  weekStart: m.weekStart,
  supplierName: m.supplierName,
  dishes: m.dishes,
  publishedAt: iso(m.publishedAt),
  createdByName: m.createdByName,
});

export const presentOrder = (o: OrderRow): MealOrder => ({
  id: o.id,
  propertyId: o.propertyId,
  organizationId: o.organizationId,
  organizationName: o.organizationName,
  unitId: o.unitId,
  unitCode: o.unitCode,
  supplierName: o.supplierName,
  orderDate: o.orderDate,
  source: o.source,
  state: o.state,
  contactName: o.contactName,
  lines: o.lines,
  totalFen: o.totalFen,
  late: o.late,
  lateAcceptedByName: o.lateAcceptedByName,
  checkNote: o.checkNote,
  redoCount: o.redoCount,
  checkedAt: iso(o.checkedAt),
  deliveredAt: iso(o.deliveredAt),
  deliveredLate: o.deliveredLate,
  signerName: o.signerName,
  signatureFileId: o.signatureFileId,
  signedAt: iso(o.signedAt),
  createdByName: o.createdByName,
  createdAt: o.createdAt.toISOString(),
});
