/** Who may open a property and change its settings. */
import type { RecordPolicies } from '@hy/contracts';
import { type Actor, can, memberProperties, hasRole } from '../../../lib/context.ts';

/** The company's administrators (admin of at least one property) open new properties. */
export const canCreateProperty = (actor: Actor) => memberProperties(actor).some((p) => hasRole(actor, p, 'admin'));

export const propertyPolicies = (actor: Actor, propertyId: string): RecordPolicies => ({
  update: can(actor, propertyId, 'settings.manage'),
  archive: false,
});
