import { test } from 'node:test';
import assert from 'node:assert/strict';
import stockDayjs from 'dayjs';
import dayjs, { zoneOffsetMinutes } from './dayjs-fast-tz.ts';

test('zone offsets: fixed, DST and half-hour zones', () => {
  const cases: [string, string, number][] = [
    ['2026-02-17T00:00:00Z', 'Asia/Shanghai', 480],
    ['2026-07-01T12:00:00Z', 'Europe/Berlin', 120],
    ['2026-01-01T12:00:00Z', 'Europe/Berlin', 60],
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', 60],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 120],
    ['2026-06-01T00:00:00Z', 'Asia/Kolkata', 330],
    ['2026-06-01T00:00:00Z', 'America/New_York', -240],
    ['2026-06-01T00:00:00.999Z', 'UTC', 0],
  ];
  for (const [iso, zone, minutes] of cases) assert.equal(zoneOffsetMinutes(Date.parse(iso), zone), minutes, `${iso} ${zone}`);
});

test('.tz() gives what the stock plugin gives', () => {
  // The stock computation, written out: wall time from toLocaleString, offset from the zone.
  const stock = (ms: number, zone: string) => {
    const target = new Date(ms).toLocaleString('en-US', { timeZone: zone });
    return stockDayjs(target).format('YYYY-MM-DD HH:mm:ss');
  };
  for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 7 * 3600_000 + 13 * 60_000 + 7_000) {
      const t = dayjs(ms).tz(zone);
      assert.equal(t.format('YYYY-MM-DD HH:mm:ss'), stock(ms, zone), `${new Date(ms).toISOString()} ${zone}`);
      assert.equal(t.valueOf(), ms);
    }
  }
  assert.equal(dayjs('2026-10-01T00:00:00.250Z').tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm:ss.SSSZ'), '2026-10-01T08:00:00.250+08:00');
  assert.equal(dayjs('2026-10-01T00:00:00Z').tz('UTC').format('HH:mm Z'), '00:00 +00:00');
});
