import { DEPARTMENT_ROLES, DEPARTMENTS, type Department, type Role } from '@hy/contracts';

/** The departments a user works for (from their roles). */
export function departmentsOf(roles: readonly Role[]): Department[] {
  return DEPARTMENTS.filter((d) => DEPARTMENT_ROLES[d].some((r) => roles.includes(r)));
}
