/**
 * Property settings (SPEC intro, §0, M1, M4, M5, M10, S4, S10, S11): every number the seeds give, as one
 * typed registry of per-property settings with its default, unit, range and validation. A setting's key
 * is also its path in `properties.settings` (jsonb): only overrides are stored; `settingsOf` reads the
 * effective values (an override that no longer validates falls back to the default).
 */
import { z } from 'zod';
import { hhmm } from '../fields.ts';
import type { Role } from '../roles.ts';

/** Where a setting appears on the settings page. */
export const SETTING_GROUPS = ['bookings', 'meetings', 'cases', 'frontdesk', 'fees', 'events', 'reports', 'archive'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** Units of a duration (SLA targets, lead times, follow-up): calendar time, working time, or the end of the working day. */
export const DURATION_UNITS = ['minutes', 'hours', 'working_hours', 'working_days', 'calendar_days', 'end_of_working_day'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
/** Fixed units of a plain number. */
export const NUMBER_UNITS = ['minutes', 'hours', 'working_days', 'calendar_days', 'years', 'percent', 'day_of_month'] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

export interface DurationValue<U extends DurationUnit = DurationUnit> {
  value: number;
  unit: U;
}

interface Base<T> {
  group: SettingGroup;
  default: T;
}
export interface DurationSetting<U extends DurationUnit = DurationUnit> extends Base<DurationValue<U>> {
  kind: 'duration';
  units: readonly U[];
  min: number;
  max: number;
}
export interface NumberSetting<N extends number | null = number> extends Base<N> {
  kind: 'number';
  unit: NumberUnit;
  min: number;
  max: number;
  /** 1 for whole numbers */
  step: number;
  /** null is allowed and means "never" (kept forever) */
  nullable?: boolean;
}
export interface TimeSetting extends Base<string> {
  kind: 'time';
}
export interface RolesSetting extends Base<readonly Role[]> {
  kind: 'roles';
  options: readonly Role[];
}
export type SettingDef = DurationSetting<DurationUnit> | NumberSetting<number | null> | TimeSetting | RolesSetting;

const SLA_UNITS = DURATION_UNITS;
const LEAD_UNITS = ['minutes', 'hours', 'working_hours', 'working_days', 'calendar_days'] as const;
type LeadUnit = (typeof LEAD_UNITS)[number];

const duration = <U extends DurationUnit>(group: SettingGroup, value: number, unit: U, units: readonly U[], max = 999) =>
  ({ kind: 'duration', group, default: { value, unit }, units, min: 0, max }) as DurationSetting<U>;
const sla = (value: number, unit: DurationUnit) => duration('cases', value, unit, SLA_UNITS);
const lead = (value: number, unit: LeadUnit) => duration('bookings', value, unit, LEAD_UNITS);
const num = <N extends number | null>(
  group: SettingGroup,
  d: N,
  unit: NumberUnit,
  min: number,
  max: number,
  extra: Partial<NumberSetting> = {},
) => ({ kind: 'number', group, default: d, unit, min, max, step: 1, ...extra }) as NumberSetting<N>;
const time = (group: SettingGroup, d: string): TimeSetting => ({ kind: 'time', group, default: d });
const APPROVER_OPTIONS: readonly Role[] = ['cs_supervisor', 'project_manager', 'general_manager'];
const approvers = (d: readonly Role[]): RolesSetting => ({ kind: 'roles', group: 'cases', default: d, options: APPROVER_OPTIONS });

/**
 * The registry, in page order. Defaults: seed 004 §5.2 (lead times A 1 h, B half a day, C 1 working
 * day), 篇2 §5.1.5 (notice 2 working days ahead, ready 1 day before), §5 three-level check (2 h, 1 h,
 * 30 min), §3.3B (bureau report before the end of the day), seed 000 §4 and 004 篇4 (SLA targets,
 * follow-up 2 hours, extensions by the project / general manager), 篇3 §7 (repairs kept ≥ 1 year),
 * S10 (complaint rate < 5 %).
 */
export const SETTINGS = {
  // 会务预订
  'leadTimes.A': lead(1, 'hours'),
  'leadTimes.B': lead(4, 'working_hours'),
  'leadTimes.C': lead(1, 'working_days'),
  'bookings.maxDurationHours': num('bookings', 16, 'hours', 1, 24),
  // 会议服务
  'meetings.noticeWorkingDaysAhead': num('meetings', 2, 'working_days', 0, 10),
  'meetings.readyWorkingDaysBefore': num('meetings', 1, 'working_days', 0, 10),
  'meetings.checks.level1Minutes': num('meetings', 120, 'minutes', 5, 1440),
  'meetings.checks.level2Minutes': num('meetings', 60, 'minutes', 5, 1440),
  'meetings.checks.level3Minutes': num('meetings', 30, 'minutes', 5, 1440),
  'meetings.feeReminderDays': num('meetings', 7, 'calendar_days', 1, 90),
  // 报修投诉
  'caseSla.complaint.general.respond': sla(10, 'minutes'),
  'caseSla.complaint.general.resolve': sla(2, 'working_days'),
  'caseSla.complaint.important.respond': sla(1, 'hours'),
  'caseSla.complaint.important.resolve': sla(3, 'working_days'),
  'caseSla.complaint.major.respond': sla(0, 'end_of_working_day'),
  'caseSla.complaint.major.resolve': sla(2, 'working_days'),
  'caseSla.repair.urgent.respond': sla(30, 'minutes'),
  'caseSla.repair.urgent.resolve': sla(4, 'working_hours'),
  'caseSla.repair.normal.respond': sla(30, 'minutes'),
  'caseSla.repair.normal.resolve': sla(1, 'working_days'),
  'caseSla.repair.low.respond': sla(30, 'minutes'),
  'caseSla.repair.low.resolve': sla(3, 'working_days'),
  'caseSla.emergencyRespond': sla(0, 'minutes'),
  'caseSla.followUpAfter': sla(2, 'hours'),
  'caseSla.warnPercent': num('cases', 80, 'percent', 10, 99),
  'caseSla.extensionApprovers.general': approvers(['project_manager', 'general_manager']),
  'caseSla.extensionApprovers.important': approvers(['general_manager']),
  'caseSla.extensionApprovers.major': approvers(['general_manager']),
  // 总台
  /** F1: minutes the host has to answer a walk-in's consent request in the app before the desk is told to phone. */
  'frontDesk.consentTimeoutMinutes': num('frontdesk', 10, 'minutes', 1, 120),
  /** F5 交接班: the desk's two shifts and how long the next shift has to acknowledge a handover. */
  'frontDesk.dayShiftStart': time('frontdesk', '08:00'),
  'frontDesk.eveningShiftStart': time('frontdesk', '17:00'),
  'frontDesk.handoverAckMinutes': num('frontdesk', 30, 'minutes', 5, 480),
  // 收费与有偿服务
  /** T4: the day of the month the fee sub-tables and the receivables are drawn up; the day of the next month the notices reach the tenants and the day they pay by. */
  'billing.drawDay': num('fees', 25, 'day_of_month', 1, 28),
  'billing.noticeDay': num('fees', 5, 'day_of_month', 1, 28),
  'billing.dueDay': num('fees', 15, 'day_of_month', 1, 28),
  /** T4: the collection rate the month aims at (received ÷ receivable). */
  'billing.collectionTargetPercent': num('fees', 95, 'percent', 1, 100, { step: 0.1 }),
  /** T4 催缴: days after the due day for each dunning step (portal and SMS reminder, printed notice, the tenant rep's visit, the manager). */
  'billing.dunning.reminderDays': num('fees', 1, 'calendar_days', 0, 90),
  'billing.dunning.noticeDays': num('fees', 10, 'calendar_days', 0, 120),
  'billing.dunning.visitDays': num('fees', 20, 'calendar_days', 0, 180),
  'billing.dunning.escalateDays': num('fees', 30, 'calendar_days', 0, 365),
  /** T5 洗衣: the supplier collects within these minutes of the call; the monthly evaluation is due days before the supplier's pay day. */
  'paidServices.laundryCollectMinutes': num('fees', 30, 'minutes', 5, 240),
  'paidServices.supplierPayDay': num('fees', 28, 'day_of_month', 1, 28),
  'paidServices.evaluationDaysBefore': num('fees', 3, 'calendar_days', 1, 10),
  /** T5 送餐: orders are passed to the supplier by the cut-off and delivered by the delivery time. */
  'paidServices.mealOrderCutoff': time('fees', '10:00'),
  'paidServices.mealDeliverBy': time('fees', '11:30'),
  /** T5 商务中心: a fax nobody can be found for is filed after these days. */
  'paidServices.faxFileAfterDays': num('fees', 3, 'calendar_days', 1, 30),
  // 大型会务
  /** M13: invited guests who have not answered are reminded this many days after the invitation (and again as often). */
  'events.inviteReminderDays': num('events', 5, 'calendar_days', 1, 60),
  /** M13: registration closes this many days before the event's first day. */
  'events.registrationCloseDays': num('events', 3, 'calendar_days', 0, 60),
  /** M13 宾客入住计划: a room block's unused nights are flagged this many days before its release date. */
  'events.roomReleaseWarnDays': num('events', 3, 'calendar_days', 0, 30),
  /** M13 接送: arrivals within this many minutes of each other share one pick-up. */
  'events.pickupWindowMinutes': num('events', 60, 'minutes', 10, 240),
  /** M13 餐饮: the caterer gets the final counts this many hours before each meal. */
  'events.cateringCountHours': num('events', 24, 'hours', 1, 96),
  /** M13 查漏补缺: the host leader's inspection of the preparations, days before the first day. */
  'events.inspectionDaysBefore': num('events', 1, 'calendar_days', 0, 14),
  // 报表
  bureauReportTime: time('reports', '16:30'),
  'measures.complaintRateTargetPercent': num('reports', 5, 'percent', 0.1, 100, { step: 0.1 }),
  // 归档
  'caseRetention.repairYears': num('archive', 1, 'years', 1, 100),
  'caseRetention.complaintYears': num<number | null>('archive', null, 'years', 1, 100, { nullable: true }),
  /** T1 用户档案: the binder keeps this many years (older papers are bound and bagged); a loan's days before it is overdue. */
  'tenantArchive.binderYears': num('archive', 2, 'years', 1, 20),
  'tenantArchive.loanDays': num('archive', 7, 'calendar_days', 1, 90),
} as const satisfies Record<string, SettingDef>;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];
type ValueOf<D> =
  D extends DurationSetting<infer U>
    ? DurationValue<U>
    : D extends NumberSetting<infer N>
      ? N
      : D extends TimeSetting
        ? string
        : D extends RolesSetting
          ? Role[]
          : never;
/** The effective value of every setting, by key. */
export type EffectiveSettings = { -readonly [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

const round = (n: number, step: number) => Math.round(n / step) * step;

/** The zod schema of one setting's value (request validation; also decides whether a stored override still applies). */
export function settingSchema(def: SettingDef): z.ZodTypeAny {
  switch (def.kind) {
    case 'duration':
      return z
        .object({
          value: z.number().int().min(def.min).max(def.max),
          unit: z.enum(def.units as unknown as [string, ...string[]]),
        })
        .strict();
    case 'number': {
      const n = z
        .number()
        .min(def.min)
        .max(def.max)
        .refine((v) => Math.abs(round(v, def.step) - v) < 1e-9, { message: `multiple of ${def.step}` });
      return def.nullable ? n.nullable() : n;
    }
    case 'time':
      return hhmm;
    case 'roles':
      return z
        .array(z.enum(def.options as unknown as [string, ...string[]]))
        .min(1)
        .max(def.options.length)
        .refine((a) => new Set(a).size === a.length, { message: 'no repeats' });
  }
}
const SCHEMAS = Object.fromEntries(SETTING_KEYS.map((k) => [k, settingSchema(SETTINGS[k])])) as Record<SettingKey, z.ZodTypeAny>;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** The value stored at a dotted path of the settings document (undefined when absent). */
export function storedAt(doc: unknown, key: string): unknown {
  let at: unknown = doc;
  for (const part of key.split('.')) {
    if (!isObj(at) || !(part in at)) return undefined;
    at = at[part];
  }
  return at;
}

/** The stored override of a setting, when there is one and it is still valid. */
export function overrideOf(doc: unknown, key: SettingKey): { value: unknown } | null {
  const v = storedAt(doc, key);
  if (v === undefined) return null;
  const r = SCHEMAS[key].safeParse(v);
  return r.success ? { value: r.data } : null;
}

/** The effective settings of a property: each valid override over its default. The one way to read a setting. */
export function settingsOf(doc: unknown): EffectiveSettings {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, overrideOf(doc, k)?.value ?? SETTINGS[k].default])) as EffectiveSettings;
}

/** The settings document with `set` written at their paths and `reset` removed (empty branches pruned). Pure. */
export function applySettings(doc: unknown, change: { set?: Partial<Record<string, unknown>>; reset?: readonly string[] }) {
  const out = structuredClone(isObj(doc) ? doc : {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(change.set ?? {})) {
    const parts = key.split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) {
      if (!isObj(at[p])) at[p] = {};
      at = at[p] as Record<string, unknown>;
    }
    at[parts[parts.length - 1]!] = value;
  }
  for (const key of change.reset ?? []) {
    const parts = key.split('.');
    const trail: Record<string, unknown>[] = [out];
    for (const p of parts.slice(0, -1)) {
      const next = trail[trail.length - 1]![p];
      if (!isObj(next)) break;
      trail.push(next);
    }
    if (trail.length !== parts.length) continue;
    delete trail[trail.length - 1]![parts[parts.length - 1]!];
    for (let i = trail.length - 1; i > 0; i--) if (!Object.keys(trail[i]!).length) delete trail[i - 1]![parts[i - 1]!];
  }
  return out;
}

// ---------- the API ----------

const settingKey = z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]]);
/** PATCH /properties/{id}/settings: values to set (validated per key) and keys to reset to their default. */
export const settingsPatch = z
  .object({
    set: z.record(z.string(), z.unknown()).default({}),
    reset: z.array(settingKey).max(SETTING_KEYS.length).default([]),
  })
  .strict();
export type SettingsPatch = z.input<typeof settingsPatch>;

/** Field errors of a patch: an unknown key, a value outside its schema, a key both set and reset. Paths are `set.<key>[.part]`. */
export function settingsPatchErrors(p: { set: Record<string, unknown>; reset: readonly string[] }) {
  const out: { path: string; message: string; code: string }[] = [];
  for (const [key, value] of Object.entries(p.set)) {
    if (!(key in SETTINGS)) {
      out.push({ path: `set.${key}`, message: 'unknown setting', code: 'unknown_setting' });
      continue;
    }
    const r = SCHEMAS[key as SettingKey].safeParse(value);
    if (!r.success)
      for (const i of r.error.issues)
        out.push({ path: ['set', key, ...i.path].join('.'), message: i.message, code: i.code === 'custom' ? 'invalid' : i.code });
    if (p.reset.includes(key)) out.push({ path: `set.${key}`, message: 'both set and reset', code: 'conflict' });
  }
  return out;
}

const settingValue = z.unknown();
export const settingEntry = z.object({
  key: settingKey,
  group: z.enum(SETTING_GROUPS),
  kind: z.enum(['duration', 'number', 'time', 'roles']),
  value: settingValue,
  default: settingValue,
  overridden: z.boolean(),
  unit: z.enum(NUMBER_UNITS).nullable(),
  units: z.array(z.enum(DURATION_UNITS)).nullable(),
  options: z.array(z.string()).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  step: z.number().nullable(),
  nullable: z.boolean(),
});
export type SettingEntry = z.infer<typeof settingEntry>;
/** GET /properties/{id}/settings: every setting with its effective value, default and whether it is overridden. */
export const propertySettings = z.object({
  propertyId: z.string(),
  settings: z.array(settingEntry),
  policies: z.object({ update: z.boolean() }),
});
export type PropertySettings = z.infer<typeof propertySettings>;
