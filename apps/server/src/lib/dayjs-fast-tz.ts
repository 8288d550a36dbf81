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

/** Minutes to add to UTC to get the wall time in `timeZone` at instant `ms`. */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
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
