import type { Role } from '@hy/contracts';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  organizationId: string | null;
  unitId: string | null;
  locale: string;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  roles: { propertyId: string; role: Role }[];
  /** update: profile, password and status are the asking admin's to change (false when the account also belongs to a property they do not administer). */
  policies: { update: boolean; roles: boolean };
}
export interface OrgRow {
  id: string;
  name: string;
  shortName?: string | null;
}

export type RoleOption = { value: Role; label: string };
