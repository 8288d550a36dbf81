/**
 * Who sees and works the executive floor's requests: the desk and the service center (frontdesk.executive)
 * see and cancel all of the property's; a department sees and works its own.
 */
import { execDepartmentRoles, EXEC_DEPARTMENTS, type ExecDepartment } from '@hy/contracts';
import { can, hasRole, memberProperties, type Actor } from '../../../lib/context.ts';

export const isDesk = (actor: Actor, propertyId: string) => can(actor, propertyId, 'frontdesk.executive');

/** The departments whose requests the actor works in the property. */
export const departmentsOf = (actor: Actor, propertyId: string): ExecDepartment[] =>
  EXEC_DEPARTMENTS.filter((d) => hasRole(actor, propertyId, ...execDepartmentRoles(d)));

export const mayRead = (actor: Actor, r: { propertyId: string; department: ExecDepartment }) =>
  memberProperties(actor).includes(r.propertyId) &&
  (isDesk(actor, r.propertyId) || departmentsOf(actor, r.propertyId).includes(r.department));

export const mayWork = (actor: Actor, r: { propertyId: string; department: ExecDepartment }) =>
  isDesk(actor, r.propertyId) || departmentsOf(actor, r.propertyId).includes(r.department);

export const mayCancel = (actor: Actor, r: { propertyId: string }) => isDesk(actor, r.propertyId);
