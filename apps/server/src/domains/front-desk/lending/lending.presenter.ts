/** The JSON shapes of a lending item and a loan (every field picked by name) with what the reader may do. */
import type { LendingItem, Loan } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { ItemRow, LoanView } from './lending.repository.ts';
import { isOverdue } from './lending.rules.ts';

export const presentItem = (actor: Actor, i: ItemRow): LendingItem => ({
  id: i.id,
  propertyId: i.propertyId,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  total: i.total,
  available: i.available,
  loanHours: i.loanHours,
  note: i.note,
  active: i.active,
  policies: {
    lend: i.active && can(actor, i.propertyId, 'frontdesk.lending'),
    manage: can(actor, i.propertyId, 'frontdesk.lending.manage'),
  },
});

export const presentLoan = (actor: Actor, { l, itemNameZh, itemNameEn }: LoanView, now: Date): Loan => ({
  id: l.id,
  propertyId: l.propertyId,
  itemId: l.itemId,
  itemNameZh,
  itemNameEn,
  quantity: l.quantity,
  borrowerName: l.borrowerName,
  borrowerPhone: l.borrowerPhone,
  borrowerEntryId: l.borrowerEntryId,
  borrowerCompany: l.borrowerCompany,
  lentAt: l.lentAt.toISOString(),
  lentByName: l.lentByName,
  dueAt: l.dueAt.toISOString(),
  overdue: isOverdue(l, now),
  returnedAt: l.returnedAt?.toISOString() ?? null,
  returnedByName: l.returnedByName,
  condition: l.condition,
  note: l.note,
  returnNote: l.returnNote,
  policies: { return: !l.returnedAt && can(actor, l.propertyId, 'frontdesk.lending') },
});
