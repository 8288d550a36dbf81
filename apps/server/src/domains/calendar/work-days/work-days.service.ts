/**
 * The property's work calendar, and reading it: days of a range, a year's summary, a computed
 * duration. Other domains (booking lead times, SLA deadlines) call `loadWorkCalendar(db,
 * propertyId)` and then the pure functions of work-days.rules.ts and working-hours.rules.ts
 * (addDuration, meetsLeadTime …); `formatInstant` renders a result with the property's offset.
 * Loading is two indexed queries plus a merge with the memoized built-in table.
 */
import type { Ctx } from '../../../lib/context.ts';
import { memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { zoneOffsetMinutes } from '../../../lib/dayjs-fast-tz.ts';
import { listOverrides } from '../overrides/overrides.repository.ts';
import { findPropertyHours } from './work-days.repository.ts';
import { builtinOverrides, builtinYears } from './work-days.data.ts';
import {
  addLocalDays,
  dayInfo,
  localDate,
  mergeOverrides,
  validateCalendar,
  type DayKind,
  type DayOverride,
  type WorkCalendar,
} from './work-days.rules.ts';
import { addDuration, isWithinWorkingHours, type DurationUnit } from './working-hours.rules.ts';
import { MAX_RANGE_DAYS, type ComputeInput } from './work-days.schema.ts';

export const DEFAULT_HOURS = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30' } as const;
const DAY_MS = 86_400_000;

let builtin: ReadonlyMap<string, DayOverride> | undefined;
let builtinYearSet: ReadonlySet<number> | undefined;
function builtinMap(): ReadonlyMap<string, DayOverride> {
  return (builtin ??= builtinOverrides());
}
/** Years covered by the built-in State Council data (2004–2026 with the installed chinese-days). */
export function hasBuiltinYear(year: number): boolean {
  return (builtinYearSet ??= new Set(builtinYears())).has(year);
}

interface Layers {
  calendar: WorkCalendar;
  admin: ReadonlyMap<string, DayOverride>;
}

async function loadLayers(db: DbOrTx, propertyId: string): Promise<Layers> {
  const hours = await findPropertyHours(db, propertyId);
  if (!hours) throw errors.notFound('property');
  const admin = new Map<string, DayOverride>();
  for (const r of await listOverrides(db, propertyId)) {
    admin.set(r.day, r.name ? { kind: r.kind, name: r.name } : { kind: r.kind });
  }
  let zone: Pick<WorkCalendar, 'timeZone' | 'workStart' | 'workEnd'> = hours;
  try {
    validateCalendar({ ...hours, overrides: new Map() });
  } catch {
    // A malformed property setting must not break every deadline: fall back to the defaults.
    zone = DEFAULT_HOURS;
  }
  return { calendar: { ...zone, overrides: mergeOverrides(builtinMap(), admin) }, admin };
}

/**
 * The property's work calendar: built-in Chinese holidays/调休 with the property's admin overrides
 * on top (admin wins), its time zone and working hours. 404 not_found if the property is unknown.
 * Does no access check: callers have authorized the request for this property already.
 */
const CACHE_MS = 30_000;
const cache = new Map<string, { at: number; calendar: Promise<WorkCalendar> }>();

/**
 * The property's work calendar, cached for 30 s per instance: it is read on nearly every booking and
 * case write, and changes rarely. Writes through this instance invalidate it at once; other
 * instances see a change within the cache period.
 */
export async function loadWorkCalendar(db: DbOrTx, propertyId: string): Promise<WorkCalendar> {
  const hit = cache.get(propertyId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.calendar;
  const calendar = loadLayers(db, propertyId).then((l) => l.calendar);
  cache.set(propertyId, { at: Date.now(), calendar });
  calendar.catch(() => cache.delete(propertyId));
  return calendar;
}

/** Drops the cached calendar of a property (after its overrides or working hours change). */
export function invalidateWorkCalendar(propertyId: string) {
  cache.delete(propertyId);
}

/** ISO 8601 in the calendar's time zone, e.g. 2026-10-09T17:30:00+08:00 (milliseconds only if any). */
export function formatInstant(cal: Pick<WorkCalendar, 'timeZone'>, instant: Date): string {
  // Hot (every time in every board and list): plain arithmetic on the zone offset, no dayjs objects.
  const ms = instant.getTime();
  const offset = zoneOffsetMinutes(ms, cal.timeZone);
  const wall = new Date(ms + offset * 60_000).toISOString(); // the wall time, spelled as if UTC
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${instant.getUTCMilliseconds() ? wall.slice(0, 23) : wall.slice(0, 19)}${zone}`;
}

export interface DayRow {
  date: string;
  working: boolean;
  kind: DayKind;
  name: string | null;
  source: 'builtin' | 'override' | 'default';
}

function dayRow(l: Layers, date: string): DayRow {
  const info = dayInfo(l.calendar, date);
  const source = l.admin.has(date) ? 'override' : builtinMap().has(date) ? 'builtin' : 'default';
  return { date, working: info.working, kind: info.kind, name: info.name ?? null, source };
}

function requireMember(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound('property');
  return actor;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

export async function listDays(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  requireMember(ctx, q.propertyId);
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw errors.field('to', say(ctx, '结束日期不能早于开始日期', 'Must not be before from'), 'range');
  if (span + 1 > MAX_RANGE_DAYS) throw errors.field('to', say(ctx, `最多 ${MAX_RANGE_DAYS} 天`, `At most ${MAX_RANGE_DAYS} days`), 'range');
  const layers = await loadLayers(ctx.db, q.propertyId);
  const data: DayRow[] = [];
  for (let d = q.from; d <= q.to; d = addLocalDays(d, 1)) data.push(dayRow(layers, d));
  return { data };
}

export async function summary(ctx: Ctx, q: { propertyId: string; year: number }) {
  requireMember(ctx, q.propertyId);
  const layers = await loadLayers(ctx.db, q.propertyId);
  const prefix = `${q.year}-`;
  let holidays = 0,
    makeupWorkdays = 0,
    workingDays = 0,
    overrides = 0;
  for (let d = `${q.year}-01-01`; d.startsWith(prefix); d = addLocalDays(d, 1)) {
    const row = dayRow(layers, d);
    if (row.kind === 'holiday') holidays++;
    if (row.kind === 'makeup_workday') makeupWorkdays++;
    if (row.working) workingDays++;
    if (row.source === 'override') overrides++;
  }
  const builtinCovered = hasBuiltinYear(q.year);
  return {
    year: q.year,
    builtin: builtinCovered,
    holidays,
    makeupWorkdays,
    workingDays,
    overrides,
    /** No built-in data and no admin holidays: the year's State Council schedule must be entered. */
    needsData: !builtinCovered && holidays === 0,
  };
}

/** Per-unit ceilings keep the arithmetic bounded (about ten years of working time). */
const MAX_VALUE: Record<DurationUnit, number> = {
  minutes: 5_256_000,
  hours: 87_600,
  calendar_days: 3_660,
  working_hours: 22_500,
  working_days: 2_500,
  end_of_working_day: 2_500,
};

export async function compute(ctx: Ctx, q: ComputeInput) {
  requireMember(ctx, q.propertyId);
  if (q.value > MAX_VALUE[q.unit])
    throw errors.field('value', say(ctx, `${q.unit} 最多 ${MAX_VALUE[q.unit]}`, `At most ${MAX_VALUE[q.unit]} for ${q.unit}`), 'too_big');
  const layers = await loadLayers(ctx.db, q.propertyId);
  const cal = layers.calendar;
  const start = new Date(q.start);
  let result: Date;
  try {
    result = addDuration(cal, start, { value: q.value, unit: q.unit });
  } catch (err) {
    if (err instanceof RangeError) throw errors.field('value', err.message, 'invalid');
    throw errors.rule('no_working_day', say(ctx, '工作日历中找不到工作日', 'No working day found in the calendar'));
  }
  return {
    start: formatInstant(cal, start),
    result: formatInstant(cal, result),
    value: q.value,
    unit: q.unit,
    timeZone: cal.timeZone,
    workStart: cal.workStart,
    workEnd: cal.workEnd,
    withinWorkingHours: isWithinWorkingHours(cal, result),
    startDay: dayRow(layers, localDate(cal, start)),
    workingDay: dayRow(layers, localDate(cal, result)),
  };
}
