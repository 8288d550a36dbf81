/**
 * Who may read and hand over a mail item (F4). Staff with the mail permission read the property's items;
 * 机要 (confidential) items only the mail clerk, managers and the recipient. A tenant reads the items
 * addressed to them or (not 机要) to their organization; anybody else gets 404.
 */
import { can, memberProperties, type Actor } from '../../../lib/context.ts';
import type { MailRow } from './mail.repository.ts';

export const isStaffReader = (actor: Actor, propertyId: string) => can(actor, propertyId, 'frontdesk.mail');
export const seesConfidential = (actor: Actor, propertyId: string) => can(actor, propertyId, 'frontdesk.mail.confidential');

/** The item is addressed to this (outside) user. */
export function isAddressee(actor: Actor, m: MailRow) {
  if (m.recipientUserId === actor.id) return true;
  return !m.confidential && !!m.recipientOrganizationId && m.recipientOrganizationId === actor.organizationId;
}

export function mayRead(actor: Actor, m: MailRow): boolean {
  if (!memberProperties(actor).includes(m.propertyId)) return false;
  if (isStaffReader(actor, m.propertyId)) return !m.confidential || seesConfidential(actor, m.propertyId) || m.recipientUserId === actor.id;
  return m.direction === 'in' && isAddressee(actor, m);
}

/** The desk hands over (staff of the mail room); the addressed tenant signs for their own item in the portal. */
export function mayHandOver(actor: Actor, m: MailRow): boolean {
  if (!mayRead(actor, m)) return false;
  return isStaffReader(actor, m.propertyId) || isAddressee(actor, m);
}
