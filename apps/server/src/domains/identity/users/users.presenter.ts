/** The JSON shape of a user account for administrators, with what the asking administrator may do to it. */
import type { Role } from '@hy/contracts';
import type * as repo from './users.repository.ts';
import type { AdminReach } from './users.rules.ts';

export function presentUser(u: repo.UserRow, roles: { propertyId: string; role: string }[], reach: AdminReach = 'full') {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    organizationId: u.organizationId,
    unitId: u.unitId,
    locale: u.locale,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    roles: roles.map((r) => ({ propertyId: r.propertyId, role: r.role as Role })),
    /** What the asking administrator may do: change the account itself, or only their properties' roles. */
    policies: { update: reach === 'full', roles: reach !== 'none' },
  };
}
