import { useMemo } from 'react';
import { Calendar, Card, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { CalendarDay } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { yearDaysQuery } from './api';
import type { OverrideKind } from './import/parseLines';
import { useHolidayName } from './useHolidayName';
import './calendar.css';

export type CalendarMode = 'month' | 'year';
export interface OverrideDraft {
  date?: string;
  kind?: OverrideKind;
  name?: string | null;
  editing?: boolean;
}

/**
 * The year's days as a calendar (holidays, make-up days, weekends, overrides) with its legend; a
 * manager's click on a day proposes the override that turns it round.
 */
export function WorkCalendarCard({
  panel,
  mode,
  onPanelChange,
  onEditDay,
}: {
  panel: Dayjs;
  mode: CalendarMode;
  onPanelChange(panel: Dayjs, mode?: CalendarMode): void;
  onEditDay(draft: OverrideDraft): void;
}) {
  const { t } = useTranslation('calendar');
  const { propertyId, can } = useSession();
  const canManage = can('calendar.manage');
  const holidayName = useHolidayName();
  const year = panel.year();
  const days = useQuery(yearDaysQuery(propertyId, year));

  const monthStats = useMemo(() => {
    const m = new Map<number, { holidays: number; makeup: number; names: string[] }>();
    for (const d of days.data?.values() ?? []) {
      if (!d.date.startsWith(`${year}-`)) continue;
      const k = Number(d.date.slice(5, 7)) - 1;
      const s = m.get(k) ?? { holidays: 0, makeup: 0, names: [] };
      if (d.kind === 'holiday') s.holidays++;
      if (d.kind === 'makeup_workday') s.makeup++;
      if (d.kind === 'holiday' && d.name && !s.names.includes(d.name)) s.names.push(d.name);
      m.set(k, s);
    }
    return m;
  }, [days.data, year]);

  const dayCell = (date: Dayjs) => {
    const key = date.format('YYYY-MM-DD');
    const d = days.data?.get(key);
    const kind: CalendarDay['kind'] = d?.kind ?? (date.day() === 0 || date.day() === 6 ? 'weekend' : 'workday');
    const label =
      d?.kind === 'holiday'
        ? holidayName(d.name) || t('kind.holiday')
        : d?.kind === 'makeup_workday'
          ? `${t('short.makeup')} · ${holidayName(d.name) || t('kind.makeup_workday')}`
          : '';
    return (
      <div className={`ant-picker-cell-inner ant-picker-calendar-date hy-day hy-day-${kind}`} data-testid={`day-${key}`} data-kind={kind}>
        <div className="ant-picker-calendar-date-value">
          {date.date()}
          {d?.source === 'override' && <span className="hy-override-dot" title={t('legend.override')} />}
        </div>
        <div className="ant-picker-calendar-date-content">
          {label && (
            <div className="hy-day-label" title={label}>
              {label}
            </div>
          )}
        </div>
      </div>
    );
  };

  const monthCell = (date: Dayjs) => {
    const s = monthStats.get(date.month());
    return (
      <div className="ant-picker-cell-inner ant-picker-calendar-date hy-month-cell">
        <div className="ant-picker-calendar-date-value">{date.format('MMM')}</div>
        <div className="ant-picker-calendar-date-content">
          {s && (s.holidays > 0 || s.makeup > 0) && (
            <>
              <div className="hy-day-label" style={{ color: '#cf1322' }}>
                {s.names.map(holidayName).join(t('sep'))}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('monthCount', { holidays: s.holidays, makeup: s.makeup })}
              </Typography.Text>
            </>
          )}
        </div>
      </div>
    );
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} loading={days.isLoading && !days.data} data-testid="work-calendar">
      <Space wrap size={[16, 4]} style={{ marginBottom: 4 }}>
        <span className="hy-legend">
          <span className="hy-legend-swatch" style={{ background: '#fff1f0', borderColor: '#ffa39e' }} />
          {t('legend.holiday')}
        </span>
        <span className="hy-legend">
          <span className="hy-legend-swatch" style={{ background: '#fff7e6', borderColor: '#ffd591' }} />
          {t('legend.makeup')}
        </span>
        <span className="hy-legend">
          <span className="hy-legend-swatch" style={{ background: '#fafafa' }} />
          {t('legend.weekend')}
        </span>
        <span className="hy-legend">
          <span className="hy-override-dot" style={{ marginLeft: 0 }} />
          {t('legend.override')}
        </span>
        {canManage && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('overrides.clickHint')}
          </Typography.Text>
        )}
      </Space>
      <Calendar
        className="hy-work-calendar"
        value={panel}
        mode={mode}
        onPanelChange={(v, m) => onPanelChange(v, m)}
        onSelect={(v, info) => {
          onPanelChange(v);
          if (info.source === 'date' && canManage) {
            const d = days.data?.get(v.format('YYYY-MM-DD'));
            const isOverride = d?.source === 'override';
            onEditDay({
              date: v.format('YYYY-MM-DD'),
              editing: isOverride,
              kind: d
                ? d.working
                  ? d.kind === 'workday'
                    ? 'holiday'
                    : 'workday'
                  : d.kind === 'holiday'
                    ? 'holiday'
                    : 'workday'
                : 'holiday',
              name: d?.name ?? null,
            });
          }
        }}
        fullCellRender={(date, info) => (info.type === 'date' ? dayCell(date) : info.type === 'month' ? monthCell(date) : info.originNode)}
      />
    </Card>
  );
}
