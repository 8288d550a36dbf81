/** Who may work a meeting's tasks (SPEC M4): a department's own staff (its roles in the property). */
import { DEPARTMENT_LABELS, DEPARTMENT_ROLES, type Department } from '@hy/contracts';
import { type Actor, can, hasRole } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';

export const inDepartment = (actor: Actor, propertyId: string, d: Department) => hasRole(actor, propertyId, ...DEPARTMENT_ROLES[d]);

/** Staff of another department who work tasks get wrong_department (403), anyone else forbidden. */
export function requireDepartment(actor: Actor, propertyId: string, d: Department) {
  if (inDepartment(actor, propertyId, d)) return;
  if (can(actor, propertyId, 'meetings.tasks.work'))
    throw failMeeting('wrong_department', `只有${DEPARTMENT_LABELS[d].zh}人员可以处理 / only ${DEPARTMENT_LABELS[d].en}`);
  throw errors.forbidden();
}
