/**
 * The cockpit (X6): the first page per role family — what needs me now, each number with the
 * filtered list behind it. GET /cockpit?propertyId= answers the families the caller holds.
 */
import { z } from 'zod';
import type { Role } from '../roles.ts';
import { instant, uuid } from '../fields.ts';
import { SLA_STATES } from '../cases.ts';

export const COCKPIT_FAMILIES = ['desk', 'department', 'engineer', 'manager', 'finance', 'events', 'outside'] as const;
export type CockpitFamily = (typeof COCKPIT_FAMILIES)[number];

/** Which roles make which family (a user holding several roles sees several families). */
export const COCKPIT_FAMILY_ROLES: Record<CockpitFamily, readonly Role[]> = {
  desk: ['dispatcher', 'cs_assistant', 'lobby_manager', 'front_desk', 'mail_clerk'],
  department: ['meeting_staff', 'av_tech', 'security', 'cleaner'],
  engineer: ['engineer'],
  manager: ['cs_supervisor', 'project_manager', 'general_manager'],
  finance: ['finance_manager'],
  events: ['event_lead'],
  outside: ['bureau_approver', 'organizer', 'tenant'],
};

/** The families of the roles held in one property, in the cockpit's order (server and web agree). */
export const cockpitFamiliesOf = (roles: readonly Role[]): CockpitFamily[] =>
  COCKPIT_FAMILIES.filter((f) => COCKPIT_FAMILY_ROLES[f].some((r) => roles.includes(r)));

export const TILE_TONES = ['default', 'ok', 'warning', 'danger'] as const;

/** One number and the list it counts: `path` with `query` opens exactly those records. */
export const cockpitTile = z.object({
  id: z.string(),
  family: z.enum(COCKPIT_FAMILIES),
  count: z.number().int(),
  /** money behind the count, in fen (fees unpaid) */
  amountFen: z.number().int().nullable(),
  tone: z.enum(TILE_TONES),
  path: z.string(),
  query: z.record(z.string()),
});
export type CockpitTile = z.infer<typeof cockpitTile>;

const check = z.object({ level: z.number().int(), status: z.string(), dueAt: instant });
const readiness = z.object({ department: z.string(), ready: z.boolean(), verified: z.boolean(), late: z.boolean() });
/** A meeting of today or tomorrow with each department's readiness and the three checks. */
export const cockpitMeeting = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  venueName: z.string(),
  startAt: instant,
  endAt: instant,
  status: z.string(),
  departments: z.array(readiness),
  checks: z.array(check),
});
export type CockpitMeeting = z.infer<typeof cockpitMeeting>;

/** A month's figure against its target (null target: none set; `better` says which way is good). */
export const cockpitFigure = z.object({
  id: z.enum(['complaintRate', 'slaAttainment', 'satisfaction', 'threeEqualities', 'readinessOnTime', 'feesUnpaid', 'collectionRate']),
  value: z.number().nullable(),
  target: z.number().nullable(),
  better: z.enum(['lower', 'higher']),
  unit: z.enum(['percent', 'fen']),
  met: z.boolean().nullable(),
  path: z.string(),
  query: z.record(z.string()),
});
export type CockpitFigure = z.infer<typeof cockpitFigure>;

/** One month of the trend (percentages; null when nothing was measured). */
export const cockpitTrendMonth = z.object({
  month: z.string(),
  complaintRate: z.number().nullable(),
  slaAttainment: z.number().nullable(),
  satisfaction: z.number().nullable(),
  threeEqualities: z.number().nullable(),
  readinessOnTime: z.number().nullable(),
});
export type CockpitTrendMonth = z.infer<typeof cockpitTrendMonth>;

export const cockpitEmergency = z.object({
  id: z.string(),
  number: z.string(),
  content: z.string(),
  status: z.string(),
  createdAt: instant,
});

export const cockpit = z.object({
  propertyId: z.string(),
  at: instant,
  families: z.array(z.enum(COCKPIT_FAMILIES)),
  tiles: z.array(cockpitTile),
  /** desk: today's and tomorrow's meetings */
  meetings: z.array(cockpitMeeting).nullable(),
  /** desk, manager: open cases by SLA state */
  sla: z
    .object(Object.fromEntries(SLA_STATES.map((s) => [s, z.number().int()])) as Record<(typeof SLA_STATES)[number], z.ZodNumber>)
    .nullable(),
  /** engineer: my work orders by status */
  workOrders: z.record(z.string(), z.number().int()).nullable(),
  /** manager: this month, its figures and six months of trend */
  month: z.string().nullable(),
  figures: z.array(cockpitFigure).nullable(),
  trend: z.array(cockpitTrendMonth).nullable(),
  emergencies: z.array(cockpitEmergency).nullable(),
});
export type Cockpit = z.infer<typeof cockpit>;

export const cockpitQuery = z.object({ propertyId: uuid });
export type CockpitQuery = z.input<typeof cockpitQuery>;
