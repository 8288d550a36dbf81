/** The JSON shape of an organization (every field picked by name) with what the reader may do to it. */
import type { Actor } from '../../../lib/context.ts';
import type * as repo from './organizations.repository.ts';
import { recordPolicies } from '../resource/resource.policy.ts';

export const presentOrganization = (actor: Actor, o: repo.OrganizationRow) => ({
  id: o.id,
  propertyId: o.propertyId,
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  contactName: o.contactName,
  contactPhone: o.contactPhone,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
  policies: recordPolicies(actor, o.propertyId),
});
