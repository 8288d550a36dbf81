/** The JSON shape of a unit (every field picked by name) with what the reader may do to it. */
import type { Actor } from '../../../lib/context.ts';
import type * as repo from './units.repository.ts';
import { recordPolicies } from '../resource/resource.policy.ts';

export const presentUnit = (actor: Actor, u: repo.UnitView) => ({
  id: u.id,
  propertyId: u.propertyId,
  buildingId: u.buildingId,
  floorId: u.floorId,
  code: u.code,
  name: u.name,
  households: u.households,
  organizationId: u.organizationId,
  phone: u.phone,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
  buildingName: u.buildingName,
  floorLabel: u.floorLabel,
  organizationName: u.organizationName,
  policies: recordPolicies(actor, u.propertyId),
});
