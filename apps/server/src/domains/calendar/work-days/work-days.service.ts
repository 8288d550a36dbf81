/**
 * Work calendar use cases. Other domains (booking lead times, SLA deadlines) call
 * `loadWorkCalendar(db, propertyId)` and then the pure functions of calendar.rules.ts
 * (addDuration, meetsLeadTime …); `formatInstant` renders a result with the property's offset.
 *
 * No in-process cache: app instances are stateless behind a load balancer, so a cache would need
 * cross-instance invalidation. Loading is two indexed queries plus a merge with the memoized
 * built-in table; load once per request/transaction and reuse the calendar.
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { afterCommit, type DbOrTx } from '../../../db/client.ts';
import { zoneOffsetMinutes } from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../overrides/overrides.repository.ts';
import { builtinOverrides, builtinYears } from './work-days.data.ts';
import {
  addDuration,
  addLocalDays,
  dayInfo,
  isWithinWorkingHours,
  localDate,
  mergeOverrides,
  validateCalendar,
  type DayKind,
  type DayOverride,
  type DurationUnit,
  type WorkCalendar,
} from './work-days.rules.ts';
import { MAX_RANGE_DAYS, type ComputeInput, type ImportInput, type OverrideInput } from './work-days.schema.ts';

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
  const hours = await repo.findPropertyHours(db, propertyId);
  if (!hours) throw errors.notFound('property');
  const admin = new Map<string, DayOverride>();
  for (const r of await repo.listOverrides(db, propertyId)) {
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

function invalidateOnCommit(propertyId: string) {
  invalidateWorkCalendar(propertyId);
  afterCommit(async () => invalidateWorkCalendar(propertyId));
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

function requireManager(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'calendar.manage');
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

// ---------- reading ----------

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

// ---------- overrides (admin) ----------

export function presentOverride(r: repo.OverrideRow) {
  return { propertyId: r.propertyId, date: r.day, kind: r.kind, name: r.name, createdAt: r.createdAt.toISOString() };
}

const snapshot = (r: { kind: string; name: string | null } | null | undefined) => (r ? { kind: r.kind, name: r.name } : null);
const entityId = (propertyId: string, date: string) => `${propertyId}:${date}`;

async function requireProperty(db: DbOrTx, propertyId: string) {
  if (!(await repo.findPropertyHours(db, propertyId))) throw errors.notFound('property');
}

export async function listOverrides(ctx: Ctx, q: { propertyId: string; year?: number }) {
  requireManager(ctx, q.propertyId);
  await requireProperty(ctx.db, q.propertyId);
  const rows = await repo.listOverrides(ctx.db, q.propertyId, q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : undefined);
  return { data: rows.map(presentOverride) };
}

export async function setOverride(ctx: Ctx, propertyId: string, date: string, input: OverrideInput) {
  requireManager(ctx, propertyId);
  return ctx.db.transaction(async (tx) => {
    await requireProperty(tx, propertyId);
    const [before] = await repo.overridesOn(tx, propertyId, [date]);
    invalidateOnCommit(propertyId);
    const [row] = await repo.upsertOverrides(tx, [{ propertyId, day: date, kind: input.kind, name: input.name }], ctx.now());
    await audit(tx, ctx, {
      action: before ? 'calendar_day.updated' : 'calendar_day.created',
      entityType: 'calendar_day',
      entityId: entityId(propertyId, date),
      propertyId,
      before: snapshot(before),
      after: snapshot(row),
    });
    return presentOverride(row!);
  });
}

export async function removeOverride(ctx: Ctx, propertyId: string, date: string) {
  requireManager(ctx, propertyId);
  await ctx.db.transaction(async (tx) => {
    invalidateOnCommit(propertyId);
    const removed = await repo.deleteOverride(tx, propertyId, date);
    if (!removed) throw errors.notFound('calendar override');
    await audit(tx, ctx, {
      action: 'calendar_day.deleted',
      entityType: 'calendar_day',
      entityId: entityId(propertyId, date),
      propertyId,
      before: snapshot(removed),
      after: null,
    });
  });
}

/** A year's schedule (e.g. the State Council notice for 2027): every day or none. */
export async function importOverrides(ctx: Ctx, input: ImportInput) {
  requireManager(ctx, input.propertyId);
  const seen = new Map<string, number>();
  input.days.forEach((d, i) => {
    if (seen.has(d.date)) {
      throw errors.field(
        `days.${i}.date`,
        say(ctx, `与第 ${seen.get(d.date)! + 1} 项日期重复`, `Duplicate of days.${seen.get(d.date)}`),
        'duplicate',
      );
    }
    seen.set(d.date, i);
  });
  const { propertyId } = input;
  return ctx.db.transaction(async (tx) => {
    await requireProperty(tx, propertyId);
    const before = new Map((await repo.overridesOn(tx, propertyId, [...seen.keys()])).map((r) => [r.day, r]));
    invalidateOnCommit(propertyId);
    const rows = await repo.upsertOverrides(
      tx,
      input.days.map((d) => ({ propertyId, day: d.date, kind: d.kind, name: d.name })),
      ctx.now(),
    );
    rows.sort((a, b) => a.day.localeCompare(b.day));
    for (const row of rows) {
      const old = before.get(row.day);
      await audit(tx, ctx, {
        action: old ? 'calendar_day.updated' : 'calendar_day.created',
        entityType: 'calendar_day',
        entityId: entityId(propertyId, row.day),
        propertyId,
        before: snapshot(old),
        after: snapshot(row),
        meta: { import: true, batchSize: rows.length },
      });
    }
    return { created: rows.length - before.size, updated: before.size, data: rows.map(presentOverride) };
  });
}
