/** The schedule picker: daily, weekly on chosen days, every half month, monthly on a day — as an RRULE. */
import { Checkbox, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
type Kind = 'daily' | 'weekly' | 'halfMonthly' | 'monthly' | 'custom';

export function parseRule(rrule: string): { kind: Kind; days: string[]; monthDay: number } {
  const parts = Object.fromEntries(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((p) => p.split('=') as [string, string]),
  );
  const interval = Number(parts.INTERVAL ?? 1);
  if (interval !== 1) return { kind: 'custom', days: [], monthDay: 1 };
  if (parts.FREQ === 'DAILY' && !parts.BYDAY) return { kind: 'daily', days: [], monthDay: 1 };
  if (parts.FREQ === 'WEEKLY') return { kind: 'weekly', days: (parts.BYDAY ?? 'FR').split(','), monthDay: 1 };
  if (parts.FREQ === 'MONTHLY' && parts.BYMONTHDAY === '1,16') return { kind: 'halfMonthly', days: [], monthDay: 1 };
  if (parts.FREQ === 'MONTHLY' && /^\d+$/.test(parts.BYMONTHDAY ?? ''))
    return { kind: 'monthly', days: [], monthDay: Number(parts.BYMONTHDAY) };
  return { kind: 'custom', days: [], monthDay: 1 };
}

export function buildRule(kind: Kind, days: string[], monthDay: number, custom = ''): string {
  switch (kind) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${(days.length ? DAYS.filter((d) => days.includes(d)) : ['FR']).join(',')}`;
    case 'halfMonthly':
      return 'FREQ=MONTHLY;BYMONTHDAY=1,16';
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${monthDay}`;
    default:
      return custom;
  }
}

/** The schedule in words, in the reader's language. */
export function useDescribe() {
  const { t } = useTranslation('patrolPlans');
  const names = t('schedule.days', { returnObjects: true }) as string[];
  const zh = t('schedule.weekly') === '每周';
  const gap = zh ? '' : ' ';
  return (rrule: string) => {
    const r = parseRule(rrule);
    if (r.kind === 'weekly') return `${t('schedule.weekly')}${gap}${r.days.map((d) => names[DAYS.indexOf(d)]).join(zh ? '、' : ', ')}`;
    if (r.kind === 'monthly') return `${t('schedule.monthly')}${gap}${t('schedule.dayOfMonth', { day: r.monthDay })}`;
    if (r.kind === 'custom') return rrule;
    return t(`schedule.${r.kind}`);
  };
}

export function SchedulePicker(props: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation('patrolPlans');
  const value = props.value ?? 'FREQ=WEEKLY;BYDAY=FR';
  const r = parseRule(value);
  const names = t('schedule.days', { returnObjects: true }) as string[];
  const set = (kind: Kind, days = r.days, monthDay = r.monthDay) => props.onChange?.(buildRule(kind, days, monthDay, value));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="schedule-picker">
      <Select
        value={r.kind}
        onChange={(k) => set(k, k === 'weekly' && !r.days.length ? ['FR'] : r.days)}
        options={(['daily', 'weekly', 'halfMonthly', 'monthly'] as const).map((k) => ({ value: k, label: t(`schedule.${k}`) }))}
        data-testid="schedule-kind"
      />
      {r.kind === 'weekly' && (
        <Checkbox.Group
          value={r.days}
          onChange={(v) => set('weekly', v as string[])}
          options={DAYS.map((d, i) => ({ value: d, label: names[i] }))}
        />
      )}
      {r.kind === 'monthly' && (
        <Space>
          {t('schedule.monthDay')}
          <InputNumber min={1} max={28} value={r.monthDay} onChange={(v) => set('monthly', r.days, Number(v ?? 1))} />
        </Space>
      )}
    </Space>
  );
}
