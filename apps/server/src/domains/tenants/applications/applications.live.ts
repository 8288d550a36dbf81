/** Who may read an application (live events and its photos follow it): staff with tenants.read, the company's own tenants. */
import type { LiveReader } from '../../notifications/index.ts';
import { mayReadTenant } from '../files/files.service.ts';
import * as repo from './applications.repository.ts';

export const applicationReader: LiveReader = async (db, id) => {
  const a = await repo.findApplication(db, id);
  return a ? (actor) => mayReadTenant(actor, a.propertyId, a.organizationId) : null;
};
