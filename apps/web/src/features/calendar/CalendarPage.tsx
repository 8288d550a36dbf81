/** /admin/calendar: the property's work calendar — holidays, make-up days, overrides, a deadline calculator. */
import { useMemo, useState } from 'react';
import { Alert, Button, Calendar, Card, Col, Descriptions, Popconfirm, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay, CalendarOverride as Override } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { propertyQuery } from '../places/api';
import { overridesQuery, summaryQuery, useRemoveOverride, yearDaysQuery } from './api';
import { DeadlineCalculator } from './DeadlineCalculator';
import { ImportModal } from './import/ImportModal';
import type { OverrideKind } from './import/parseLines';
import { OverrideModal } from './OverrideModal';
import { useHolidayName } from './useHolidayName';
import './calendar.css';

export default function CalendarPage() {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { propertyId, property, can } = useSession();
  const canManage = can('calendar.manage');
  const holidayName = useHolidayName();
  const [panel, setPanel] = useState<Dayjs>(() => dayjs());
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [editing, setEditing] = useState<{ date?: string; kind?: OverrideKind; name?: string | null; editing?: boolean } | null>(null);
  const [importing, setImporting] = useState(false);
  const year = panel.year();

  const days = useQuery(yearDaysQuery(propertyId, year));
  const summary = useQuery(summaryQuery(propertyId, year));
  const overrides = useQuery(overridesQuery(propertyId, year, canManage));
  const prop = useQuery({ ...propertyQuery(propertyId), retry: false });
  const remove = useRemoveOverride(propertyId, { success: tc('msg.deleted') });

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

  const overrideCols: ColumnsType<Override> = [
    { title: t('overrides.date'), dataIndex: 'date', width: 110 },
    { title: t('overrides.weekday'), key: 'w', width: 90, render: (_, o) => dayjs(o.date).format('ddd') },
    {
      title: t('overrides.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (k: OverrideKind) => (
        <Tag color={k === 'holiday' ? 'red' : 'orange'}>{k === 'holiday' ? t('kind.holiday') : t('kind.makeup_workday')}</Tag>
      ),
    },
    { title: t('overrides.name'), dataIndex: 'name', ellipsis: true, render: (n) => n ?? '—' },
    { title: t('overrides.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: tc('field.actions'),
      key: 'a',
      width: 200,
      render: (_, o) => (
        <RowActions>
          <Button
            size="small"
            type="link"
            onClick={() => setEditing({ date: o.date, kind: o.kind, name: o.name, editing: true })}
            data-testid="override-edit"
          >
            {tc('action.edit')}
          </Button>
          <HistoryDrawer entityType="calendar_day" entityId={`${o.propertyId}:${o.date}`} title={o.date} />
          <Popconfirm
            title={t('overrides.deleteConfirm')}
            onConfirm={() => remove.mutate(o.date)}
            okText={tc('action.confirm')}
            cancelText={tc('action.cancel')}
          >
            <Button size="small" type="link" danger data-testid="override-delete">
              {tc('action.delete')}
            </Button>
          </Popconfirm>
        </RowActions>
      ),
    },
  ];

  const s = summary.data;
  const hours = prop.data;
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          canManage && (
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="calendar-import">
                {t('overrides.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="calendar-add-override">
                {t('overrides.add')}
              </Button>
            </Space>
          )
        }
      />
      {s?.needsData && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('summary.needsData', { year })}
          data-testid="calendar-needs-data"
          action={
            canManage && (
              <Button size="small" onClick={() => setImporting(true)}>
                {t('overrides.import')}
              </Button>
            )
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
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
              onPanelChange={(v, m) => {
                setPanel(v);
                setMode(m);
              }}
              onSelect={(v, info) => {
                setPanel(v);
                if (info.source === 'date' && canManage) {
                  const d = days.data?.get(v.format('YYYY-MM-DD'));
                  const isOverride = d?.source === 'override';
                  setEditing({
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
              fullCellRender={(date, info) =>
                info.type === 'date' ? dayCell(date) : info.type === 'month' ? monthCell(date) : info.originNode
              }
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            size="small"
            style={{ marginBottom: 16 }}
            loading={summary.isLoading}
            data-testid="calendar-summary"
            title={t('summary.title', { year })}
            extra={s && (s.builtin ? <Tag color="green">{t('summary.builtin')}</Tag> : <Tag color="warning">{t('summary.noBuiltin')}</Tag>)}
          >
            {s && (
              <>
                <Row gutter={[8, 8]}>
                  <Col span={12}>
                    <Statistic title={t('summary.holidays')} value={s.holidays} valueStyle={{ color: '#cf1322', fontSize: 20 }} />
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('summary.makeupWorkdays')}
                      value={s.makeupWorkdays}
                      valueStyle={{ color: '#d46b08', fontSize: 20 }}
                    />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('summary.workingDays')} value={s.workingDays} valueStyle={{ fontSize: 20 }} />
                  </Col>
                  <Col span={12}>
                    <Statistic title={t('summary.overrides')} value={s.overrides} valueStyle={{ color: '#1677ff', fontSize: 20 }} />
                  </Col>
                </Row>
                {!s.builtin && !s.needsData && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                    {t('summary.noBuiltinButEntered', { year })}
                  </Typography.Paragraph>
                )}
              </>
            )}
          </Card>
          <Card size="small" title={t('hours.title')} style={{ marginBottom: 16 }} data-testid="calendar-hours">
            <Descriptions size="small" column={1} labelStyle={{ width: 90 }}>
              <Descriptions.Item label={t('hours.workHours')}>{hours ? `${hours.workStart} – ${hours.workEnd}` : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('hours.timeZone')}>{hours?.timeZone ?? property?.timeZone ?? '—'}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ fontSize: 12, margin: '4px 0 0' }}>{t('hours.weekdays')}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              {t('hours.note')}
            </Typography.Paragraph>
          </Card>
          <DeadlineCalculator />
        </Col>
      </Row>
      {canManage && (
        <Card size="small" title={t('overrides.title', { year })} styles={{ body: { padding: 0 } }} data-testid="calendar-overrides">
          <Table<Override>
            rowKey="date"
            size="small"
            columns={overrideCols}
            dataSource={overrides.data?.data ?? []}
            loading={overrides.isLoading}
            pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
            scroll={{ x: 760 }}
            locale={{ emptyText: t('overrides.empty') }}
          />
        </Card>
      )}
      <OverrideModal open={!!editing} initial={editing} onClose={() => setEditing(null)} />
      <ImportModal open={importing} year={year} onClose={() => setImporting(false)} />
    </>
  );
}
