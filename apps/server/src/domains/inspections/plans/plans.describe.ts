/** A plan's schedule in words (for forms and lists), from its RRULE. Pure. */
import { createRequire } from 'node:module';
import { parseSchedule, scheduleKind } from './plans.rules.ts';

const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');
const DAYS_ZH = ['一', '二', '三', '四', '五', '六', '日'];
const DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function describeSchedule(rrule: string, locale: 'zh-CN' | 'en-US'): string {
  const en = locale === 'en-US';
  const o = parseSchedule(rrule);
  switch (scheduleKind(rrule)) {
    case 'daily':
      return en ? 'Daily' : '每天';
    case 'halfMonthly':
      return en ? 'Every half month (1st, 16th)' : '每半月（1日、16日）';
    case 'weekly': {
      const days = ([] as { weekday: number }[])
        .concat((o?.byweekday as unknown as { weekday: number }[]) ?? [])
        .map((d) => (typeof d === 'number' ? d : d.weekday));
      return en ? `Weekly on ${days.map((d) => DAYS_EN[d]).join(', ')}` : `每周${days.map((d) => DAYS_ZH[d]).join('、')}`;
    }
    case 'monthly': {
      const d = ([] as number[]).concat(o?.bymonthday ?? [])[0];
      return en ? `Monthly on day ${d}` : `每月${d}日`;
    }
    default:
      return o ? new RRule(o).toText() : rrule;
  }
}
