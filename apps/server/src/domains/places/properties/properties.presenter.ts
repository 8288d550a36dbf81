/** The JSON shape of a property (every field picked by name) with what the reader may do to it. */
import type { Actor } from '../../../lib/context.ts';
import type * as repo from './properties.repository.ts';
import { propertyPolicies } from './properties.policy.ts';

export const presentProperty = (actor: Actor, p: repo.PropertyRow) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  address: p.address,
  timeZone: p.timeZone,
  workStart: p.workStart,
  workEnd: p.workEnd,
  settings: p.settings,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  policies: propertyPolicies(actor, p.id),
});
