/**
 * The one dayjs setup of the server: `import dayjs from '…/lib/dayjs-fast-tz.ts'` wherever `.tz()` or
 * `.utc()` is used (no file extends dayjs itself). dayjs with utc + timezone, and a faster `.tz()`: the stock plugin formats every instant with
 * `toLocaleString(…, {timeZone})`, which builds a new Intl formatter per call and was the largest
 * single cost of a booking write. Here the zone offset comes from one cached formatter per zone;
 * the result is the same dayjs object (tested against the stock plugin).
 */
import dayjs, { type PluginFunc } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const HOUR_MS = 3_600_000;
/** Per zone, the offset of each UTC hour seen that has no transition inside it (null: it has one). Bounded. */
const hourOffsets = new Map<string, Map<number, number | null>>();
const MAX_HOURS_PER_ZONE = 50_000;

/**
 * Minutes to add to UTC to get the wall time in `timeZone` at instant `ms`. Hot (every time a board
 * or list shows): the offset is read once per UTC hour of a zone — where the hour's start and its end
 * have the same offset no transition lies inside it (zones change offset months apart) — and
 * computed exactly for the instants of an hour that holds one.
 */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  const zone = hourOffsets.get(timeZone);
  let offset = zone?.get(hour);
  if (offset === undefined) {
    // An unknown zone throws here, before anything is kept for it.
    const start = exactOffsetMinutes(hour * HOUR_MS, timeZone);
    offset = start === exactOffsetMinutes((hour + 1) * HOUR_MS - 1000, timeZone) ? start : null;
    const hours = zone && zone.size < MAX_HOURS_PER_ZONE ? zone : new Map<number, number | null>();
    hours.set(hour, offset);
    hourOffsets.set(timeZone, hours);
  }
  return offset ?? exactOffsetMinutes(ms, timeZone);
}

function exactOffsetMinutes(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

const fastTz: PluginFunc = (_opts, Dayjs, d) => {
  const proto = Dayjs.prototype as unknown as {
    tz(this: dayjs.Dayjs & { $L: string; $ms: number; $x: Record<string, unknown> }, zone?: string, keepLocalTime?: boolean): dayjs.Dayjs;
  };
  const stock = proto.tz;
  proto.tz = function (zone, keepLocalTime) {
    if (zone === undefined || !this.isValid()) return stock.call(this, zone, keepLocalTime);
    let offset: number;
    try {
      offset = zoneOffsetMinutes(this.valueOf(), zone);
    } catch {
      return stock.call(this, zone, keepLocalTime); // unknown zone: let the stock plugin report it
    }
    if (!offset) return stock.call(this, zone, keepLocalTime);
    const wall = new Date(this.valueOf() + offset * 60_000);
    let ins = d(
      new Date(
        wall.getUTCFullYear(),
        wall.getUTCMonth(),
        wall.getUTCDate(),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
        wall.getUTCSeconds(),
      ),
    )
      .locale(this.$L)
      .millisecond(this.$ms)
      .utcOffset(offset, true);
    if (keepLocalTime) ins = ins.add(this.utcOffset() - ins.utcOffset(), 'minute');
    (ins as unknown as { $x: Record<string, unknown> }).$x.$timezone = zone;
    return ins;
  };
};

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(fastTz);

export default dayjs;
