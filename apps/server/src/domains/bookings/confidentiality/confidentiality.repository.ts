/**
 * SPEC M12: the SQL of the confidentiality rule — the list filter, and the lookup of staff assigned
 * to a meeting's tasks who are authorised for confidential meetings. A meeting's level and
 * organization are its booking's (the notice's copy may lag a change until it is re-issued).
 */
import { and, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { CLOSED_CONFIDENTIALITY } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { serviceNotices, staffProfiles, taskAssignments } from '../../../db/schema/index.ts';
import type { ClosedViewer } from './confidentiality.policy.ts';

const closedLevels = sql.join(
  CLOSED_CONFIDENTIALITY.map((c) => sql`${c}`),
  sql`, `,
);

/**
 * The list filter: rows whose booking (by `bookingId`, a column or expression) is not closed, or is
 * closed and the viewer's own organization's, or (staff) one they are assigned to and authorised
 * for. Undefined (no filter) for a viewer who sees every closed meeting.
 */
export function visibleTo(viewer: ClosedViewer | undefined, bookingId: AnyColumn | SQL): SQL | undefined {
  if (!viewer) return undefined;
  const own = viewer.organizationId ? sql` and cb.organization_id is distinct from ${viewer.organizationId}::uuid` : sql``;
  const assigned = viewer.staff
    ? sql` and not exists (select 1 from service_notices cn join task_assignments ta on ta.notice_id = cn.id
        join staff_profiles sp on sp.property_id = ta.property_id and sp.user_id = ta.user_id and sp.confidential_authorised
        where cn.booking_id = cb.id and ta.user_id = ${viewer.userId}::uuid)`
    : sql``;
  return sql`not exists (select 1 from bookings cb where cb.id = ${bookingId} and cb.confidentiality in (${closedLevels})${own}${assigned})`;
}

/**
 * Task assignments of staff authorised for confidential meetings (user, and the booking of the
 * task's meeting), narrowed by `where`.
 */
function authorisedAssignments(db: DbOrTx, where: SQL | undefined) {
  return db
    .selectDistinct({ userId: taskAssignments.userId, bookingId: serviceNotices.bookingId })
    .from(taskAssignments)
    .innerJoin(serviceNotices, eq(serviceNotices.id, taskAssignments.noticeId))
    .innerJoin(
      staffProfiles,
      and(
        eq(staffProfiles.userId, taskAssignments.userId),
        eq(staffProfiles.propertyId, taskAssignments.propertyId),
        eq(staffProfiles.confidentialAuthorised, true),
      ),
    )
    .where(where);
}

/** Of `userIds`, those assigned to a task of the booking's meeting and authorised for confidential meetings. */
export async function assignedAuthorisedUsers(db: DbOrTx, bookingId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await authorisedAssignments(db, and(eq(serviceNotices.bookingId, bookingId), inArray(taskAssignments.userId, userIds)));
  return new Set(rows.map((r) => r.userId));
}

/** Of `bookingIds`, those whose meeting the user is assigned to (one of its tasks) and authorised for. */
export async function assignedAuthorisedBookings(db: DbOrTx, userId: string, bookingIds: string[]): Promise<Set<string>> {
  if (!bookingIds.length) return new Set();
  const rows = await authorisedAssignments(db, and(eq(taskAssignments.userId, userId), inArray(serviceNotices.bookingId, bookingIds)));
  return new Set(rows.map((r) => r.bookingId));
}
