/** Response and request schemas of staff records, rosters and shifts, and assignments to tasks (SPEC M6, M12 授权上岗). */
import { z } from 'zod';
import { day, instant, list, nullableInstant, optText, reqText, requestInstant, uuid } from '../fields.ts';
import { ASSIGNMENT_WARNINGS } from '../meetings.ts';
import { ROLES } from '../roles.ts';

/** A staff record: training, background check (无犯罪记录证明), 授权上岗. */
export const staffProfile = z.object({
  propertyId: z.string(),
  userId: z.string(),
  post: z.string().nullable(),
  trainings: z.array(z.object({ name: z.string(), date: z.string() })),
  backgroundCheckNo: z.string().nullable(),
  backgroundCheckUntil: day.nullable(),
  sensitivePost: z.boolean(),
  confidentialAuthorised: z.boolean(),
  departmentHead: z.boolean(),
  authorisedBy: z.string().nullable(),
  authorisedAt: nullableInstant,
  updatedBy: z.string().nullable(),
  updatedAt: instant,
});
export type StaffProfile = z.infer<typeof staffProfile>;
export const staffMember = z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)), profile: staffProfile.nullable() });
export type StaffMember = z.infer<typeof staffMember>;
export const staffList = list(staffMember);
export type StaffList = z.infer<typeof staffList>;

export const rosterGenerated = z.object({ created: z.number(), skipped: z.number() });
export type RosterGenerated = z.infer<typeof rosterGenerated>;
/** A shift as recorded (POST /staff-shifts). */
export const staffShift = z.object({
  id: z.string(),
  propertyId: z.string(),
  userId: z.string(),
  startsAt: instant,
  endsAt: instant,
  overtime: z.boolean(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: instant,
});
export type StaffShift = z.infer<typeof staffShift>;
/** A shift of the list, with the person's name and its hours. */
export const shiftRow = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  startsAt: instant,
  endsAt: instant,
  overtime: z.boolean(),
  hours: z.number(),
  note: z.string().nullable(),
});
export type ShiftRow = z.infer<typeof shiftRow>;
/** GET /staff-shifts: the shifts and each person's total (and overtime) hours. */
export const shiftList = z.object({
  data: z.array(shiftRow),
  totals: z.array(z.object({ userId: z.string(), name: z.string(), hours: z.number(), overtimeHours: z.number() })),
});
export type ShiftList = z.infer<typeof shiftList>;

/** A person assigned to a task, with the warnings the assignment raised. */
export const taskAssignment = z.object({
  taskId: z.string(),
  userId: z.string(),
  name: z.string(),
  warnings: z.array(z.enum(ASSIGNMENT_WARNINGS)),
  assignedAt: instant,
});
export type Assignment = z.infer<typeof taskAssignment>;
export const taskAssignmentList = list(taskAssignment);
export type AssignmentList = z.infer<typeof taskAssignmentList>;
/** POST /tasks/:id/assignments: warnings do not block; a double assignment names the other meetings. */
export const assignmentCreated = z.object({
  taskId: z.string(),
  userId: z.string(),
  warnings: z.array(z.enum(ASSIGNMENT_WARNINGS)),
  conflicts: z.array(z.string()),
  assignedAt: instant,
});
export type AssignmentCreated = z.infer<typeof assignmentCreated>;
export const assignmentRemoved = z.object({ removed: z.literal(true) });
export type AssignmentRemoved = z.infer<typeof assignmentRemoved>;

/* Requests: staff records, rosters, shifts, assignments. Bodies are strict. */

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** PUT /staff/{userId}/profile */
export const staffProfileBody = z
  .object({
    propertyId: uuid,
    post: optText(50),
    trainings: z
      .array(z.object({ name: reqText(100), date: localDay }).strict())
      .max(100)
      .default([]),
    backgroundCheckNo: optText(50),
    backgroundCheckUntil: localDay.nullish(),
    sensitivePost: z.boolean().default(false),
    confidentialAuthorised: z.boolean().default(false),
    departmentHead: z.boolean().default(false),
  })
  .strict();
export type StaffProfileBody = z.input<typeof staffProfileBody>;
/** POST /staff-rosters/generate: shifts for people over a period from their rota. */
export const rosterGenerateBody = z
  .object({ propertyId: uuid, userIds: z.array(uuid).min(1).max(200), from: localDay, to: localDay })
  .strict();
export type RosterGenerateBody = z.input<typeof rosterGenerateBody>;
/** POST /staff-shifts */
export const shiftCreateBody = z
  .object({ propertyId: uuid, userId: uuid, startsAt: requestInstant, endsAt: requestInstant, note: optText(200) })
  .strict();
export type ShiftCreateBody = z.input<typeof shiftCreateBody>;
/** GET /staff-shifts */
export const shiftListQuery = z.object({ propertyId: uuid, from: requestInstant, to: requestInstant, userId: uuid.optional() });
export type ShiftListQuery = z.input<typeof shiftListQuery>;
/** POST /tasks/{id}/assignments */
export const taskAssignBody = z.object({ userId: uuid }).strict();
export type TaskAssignBody = z.input<typeof taskAssignBody>;
