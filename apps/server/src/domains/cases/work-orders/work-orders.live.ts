/**
 * Who may read a work order (and so its completion photos and drawn signature, issue 11): whoever may
 * read its case, and the property's engineers (they see its work orders, as loadWorkOrder does).
 */
import { can } from '../../../lib/context.ts';
import type { LiveReader } from '../../notifications/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { canReadCase } from '../case/case.policy.ts';
import * as repo from './work-orders.repository.ts';

export const workOrderReader: LiveReader = async (db, id) => {
  const wo = await repo.findWorkOrder(db, id);
  const c = wo && (await caseRepo.findCase(db, wo.caseId));
  return c ? (actor) => can(actor, c.propertyId, 'workorders.work') || canReadCase(actor, c) : null;
};
