import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Calendar,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CalculatorOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api, qs, ApiError } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import './calendar.css';

type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';
type OverrideKind = 'holiday' | 'workday';
interface DayRow {
  date: string;
  working: boolean;
  kind: DayKind;
  name: string | null;
  source: 'builtin' | 'override' | 'default';
}
interface Summary {
  year: number;
  builtin: boolean;
  holidays: number;
  makeupWorkdays: number;
  workingDays: number;
  overrides: number;
  needsData: boolean;
}
interface Override {
  propertyId: string;
  date: string;
  kind: OverrideKind;
  name: string | null;
  createdAt: string;
}
interface ComputeResult {
  start: string;
  result: string;
  value: number;
  unit: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
  withinWorkingHours: boolean;
  startDay: DayRow;
  workingDay: DayRow;
}
interface PropertyInfo {
  id: string;
  name: string;
  timeZone: string;
  workStart: string;
  workEnd: string;
}

const DURATION_UNITS = ['minutes', 'hours', 'calendar_days', 'working_hours', 'working_days', 'end_of_working_day'] as const;

const calKeys = {
  days: (pid: string | null, year: number) => ['calendar', 'days', pid, year] as const,
  summary: (pid: string | null, year: number) => ['calendar', 'summary', pid, year] as const,
  overrides: (pid: string | null, year: number) => ['calendar', 'overrides', pid, year] as const,
};

/** Holiday names come from the State Council data in Chinese; shown translated where known. */
function useHolidayName() {
  const { t, i18n } = useTranslation('calendar');
  return (name: string | null | undefined) => {
    if (!name) return '';
    if (i18n.language !== 'en-US') return name;
    const known = (n: string) => t(`holidayNames.${n}`, { defaultValue: n });
    if (name.endsWith('调休')) return t('makeupSuffix', { name: known(name.slice(0, -2)) });
    return name.split('、').map(known).join(' / ');
  };
}

/** Local 'YYYY-MM-DD' of an instant string as the server wrote it (already in the property's zone). */
const localPart = (iso: string) => iso.slice(0, 16).replace('T', ' ');

// ---------- import ----------

interface ParsedLine {
  line: number;
  date?: string;
  kind?: OverrideKind;
  name: string | null;
  error?: string;
}

const HOLIDAY_WORDS = ['holiday', 'h', 'off', '休', '假', '放假', '休息', '节假日'];
const WORKDAY_WORDS = ['workday', 'w', 'work', '班', '上班', '调休', '调休上班', '补班'];

function parseLines(text: string, t: (k: string) => string): ParsedLine[] {
  const out: ParsedLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith('#')) return;
    const parts = s.split(/\s*[,，\t;；]\s*/);
    const [date, kindRaw, ...rest] = parts;
    const name = rest.join(',').trim() || null;
    const line = i + 1;
    if (!date || !kindRaw) return out.push({ line, name, error: t('import.invalidLine') });
    const norm = date.replace(/\//g, '-');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(norm) || !dayjs(norm).isValid() || dayjs(norm).format('YYYY-MM-DD') !== norm) {
      return out.push({ line, name, date, error: t('import.invalidDate') });
    }
    const k = kindRaw.toLowerCase();
    const kind: OverrideKind | undefined = HOLIDAY_WORDS.includes(k) ? 'holiday' : WORKDAY_WORDS.includes(k) ? 'workday' : undefined;
    if (!kind) return out.push({ line, date: norm, name, error: t('import.invalidKind') });
    if (seen.has(norm)) return out.push({ line, date: norm, kind, name, error: t('import.duplicate') });
    seen.add(norm);
    out.push({ line, date: norm, kind, name });
  });
  return out;
}

function ImportModal({ open, year, onClose }: { open: boolean; year: number; onClose(): void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { propertyId } = useSession();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [rangeKind, setRangeKind] = useState<OverrideKind>('holiday');
  const [rangeName, setRangeName] = useState('');
  const [serverError, setServerError] = useState<string[]>([]);
  useEffect(() => {
    if (open) {
      setText('');
      setRange(null);
      setServerError([]);
      setRangeName('');
    }
  }, [open]);
  const parsed = useMemo(() => parseLines(text, t), [text, t]);
  const errors = parsed.filter((p) => p.error);
  const good = parsed.filter((p) => !p.error);

  const run = useMutation({
    mutationFn: () =>
      api.post<{ created: number; updated: number }>('/calendar/overrides/import', {
        propertyId,
        days: good.map((p) => ({ date: p.date, kind: p.kind, name: p.name })),
      }),
    onSuccess: (r) => {
      message.success(t('import.done', r));
      void qc.invalidateQueries({ queryKey: ['calendar'] });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.problem.fields?.length) {
        setServerError(
          err.problem.fields.map((f) => {
            const m = /^days\.(\d+)/.exec(f.path);
            const p = m ? good[Number(m[1])] : undefined;
            return p ? t('import.lineError', { line: p.line, text: f.message }) : `${f.path}: ${f.message}`;
          }),
        );
      } else setServerError([applyProblem(err, undefined, tc('error.generic'))]);
    },
  });

  const addRange = () => {
    if (!range?.[0] || !range[1]) return;
    const lines: string[] = [];
    for (let d = range[0].startOf('day'); !d.isAfter(range[1], 'day'); d = d.add(1, 'day')) {
      lines.push([d.format('YYYY-MM-DD'), rangeKind, rangeName.trim()].filter(Boolean).join(','));
    }
    setText((s) => (s.trim() ? `${s.trimEnd()}\n` : '') + lines.join('\n'));
    setRange(null);
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={760}
      title={t('import.title')}
      destroyOnHidden
      okText={t('import.submit', { count: good.length })}
      cancelText={tc('action.cancel')}
      okButtonProps={{ disabled: !good.length || errors.length > 0 || good.length > 400, 'data-testid': 'calendar-import-submit' }}
      confirmLoading={run.isPending}
      onOk={() => run.mutate()}
    >
      <Typography.Text strong>{t('import.range')}</Typography.Text>
      <Space wrap style={{ display: 'flex', margin: '8px 0 12px' }}>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
          defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
          data-testid="calendar-import-range"
        />
        <Radio.Group
          value={rangeKind}
          onChange={(e) => setRangeKind(e.target.value)}
          optionType="button"
          options={[
            { value: 'holiday', label: t('short.holiday') },
            { value: 'workday', label: t('short.makeup') },
          ]}
        />
        <Input
          value={rangeName}
          onChange={(e) => setRangeName(e.target.value)}
          placeholder={t('overrides.namePlaceholder')}
          style={{ width: 170 }}
          maxLength={50}
        />
        <Button onClick={addRange} disabled={!range?.[0] || !range[1]} icon={<PlusOutlined />}>
          {t('import.addRange')}
        </Button>
      </Space>
      <Typography.Text strong>{t('import.paste')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', fontSize: 12, margin: '4px 0 8px' }}>
        {t('import.pasteHelp')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setServerError([]);
        }}
        rows={8}
        placeholder={`${year}-01-01,holiday,元旦`}
        style={{ fontFamily: 'monospace' }}
        data-testid="calendar-import-text"
      />
      {(errors.length > 0 || serverError.length > 0 || good.length > 400) && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="calendar-import-errors"
          message={errors.length ? t('import.fixErrors') : good.length > 400 ? t('import.tooMany') : tc('error.generic')}
          description={
            <div style={{ maxHeight: 120, overflow: 'auto' }}>
              {errors.map((e) => (
                <div key={e.line}>{t('import.lineError', { line: e.line, text: e.error })}</div>
              ))}
              {serverError.map((s) => (
                <div key={s}>{s}</div>
              ))}
            </div>
          }
        />
      )}
      {good.length > 0 && (
        <>
          <Divider orientation="left" orientationMargin={0} style={{ margin: '12px 0 8px' }}>
            {t('import.preview', { count: good.length })}
          </Divider>
          <Table
            size="small"
            rowKey="line"
            dataSource={good}
            pagination={false}
            scroll={{ y: 180 }}
            columns={[
              { title: t('overrides.date'), dataIndex: 'date', width: 120 },
              { title: t('overrides.weekday'), key: 'w', width: 90, render: (_, p) => dayjs(p.date).format('dddd') },
              {
                title: t('overrides.kind'),
                dataIndex: 'kind',
                width: 130,
                render: (k: OverrideKind) => (
                  <Tag color={k === 'holiday' ? 'red' : 'orange'}>{k === 'holiday' ? t('kind.holiday') : t('kind.makeup_workday')}</Tag>
                ),
              },
              { title: t('overrides.name'), dataIndex: 'name', render: (n) => n ?? '—' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

// ---------- one override ----------

function OverrideModal({
  open,
  initial,
  onClose,
}: {
  open: boolean;
  initial: { date?: string; kind?: OverrideKind; name?: string | null; editing?: boolean } | null;
  onClose(): void;
}) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { propertyId } = useSession();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        date: initial?.date ? dayjs(initial.date) : undefined,
        kind: initial?.kind ?? 'holiday',
        name: initial?.name ?? '',
      });
      setError(null);
    }
  }, [open, initial, form]);
  const save = useMutation({
    mutationFn: (v: { date: Dayjs; kind: OverrideKind; name?: string }) =>
      api.put(`/calendar/overrides/${propertyId}/${v.date.format('YYYY-MM-DD')}`, { kind: v.kind, name: v.name?.trim() || null }),
    onSuccess: () => {
      message.success(tc('msg.saved'));
      void qc.invalidateQueries({ queryKey: ['calendar'] });
      onClose();
    },
    onError: (err) => setError(applyProblem(err, form, tc('error.generic'))),
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={initial?.editing ? t('overrides.edit') : t('overrides.add')}
      destroyOnHidden
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={tc('action.save')}
      cancelText={tc('action.cancel')}
      okButtonProps={{ 'data-testid': 'calendar-override-save' }}
    >
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        name="override"
        onFinish={(v) => {
          setError(null);
          save.mutate(v);
        }}
      >
        <Form.Item name="date" label={t('overrides.date')} rules={[{ required: true, message: t('overrides.dateRequired') }]}>
          <DatePicker disabled={initial?.editing} style={{ width: '100%' }} data-testid="calendar-override-date" />
        </Form.Item>
        <Form.Item name="kind" label={t('overrides.kind')}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('overrides.kindHoliday') },
              { value: 'workday', label: t('overrides.kindWorkday') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('overrides.name')}>
          <Input maxLength={50} placeholder={t('overrides.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// ---------- deadline calculator ----------

function DeadlineCalculator() {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const holidayName = useHolidayName();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (v: { start: Dayjs; value: number; unit: string }) =>
      api.get<ComputeResult>(`/calendar/compute${qs({ propertyId, start: v.start.format(), value: v.value, unit: v.unit })}`),
    onMutate: () => setError(null),
    onError: (err) => setError(applyProblem(err, form, tc('error.generic'))),
  });
  const r = run.data;
  const dayText = (d: DayRow) => `${d.date} · ${t(`kind.${d.kind}`)}${d.name ? `（${holidayName(d.name)}）` : ''}`;
  return (
    <Card
      size="small"
      title={
        <Space>
          <CalculatorOutlined />
          {t('compute.title')}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('compute.help')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="compute"
        size="small"
        initialValues={{ start: dayjs().second(0).millisecond(0), value: 2, unit: 'working_days' }}
        onFinish={(v) => run.mutate(v)}
      >
        <Form.Item name="start" label={t('compute.start')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} data-testid="compute-start" />
        </Form.Item>
        <Row gutter={8}>
          <Col span={9}>
            <Form.Item name="value" label={t('compute.value')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
              <InputNumber min={0} style={{ width: '100%' }} data-testid="compute-value" />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item name="unit" label={t('compute.unit')} style={{ marginBottom: 8 }}>
              <Select
                options={DURATION_UNITS.map((u) => ({ value: u, label: t(`compute.unit_${u}`) }))}
                data-testid="compute-unit"
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={run.isPending} block data-testid="compute-run">
          {t('compute.run')}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {r && !error && (
        <div style={{ marginTop: 12 }} data-testid="compute-result">
          <Statistic title={t('compute.result')} value={localPart(r.result)} valueStyle={{ fontSize: 20 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.timeZone} · {r.withinWorkingHours ? t('compute.within') : t('compute.outside')}
          </Typography.Text>
          <Descriptions size="small" column={1} style={{ marginTop: 8 }} labelStyle={{ width: 90 }}>
            <Descriptions.Item label={t('compute.startDay')}>{dayText(r.startDay)}</Descriptions.Item>
            <Descriptions.Item label={t('compute.resultDay')}>{dayText(r.workingDay)}</Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Card>
  );
}

// ---------- page ----------

export default function CalendarPage() {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { propertyId, property, can } = useSession();
  const canManage = can('calendar.manage');
  const qc = useQueryClient();
  const holidayName = useHolidayName();
  const [panel, setPanel] = useState<Dayjs>(() => dayjs());
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const [editing, setEditing] = useState<{ date?: string; kind?: OverrideKind; name?: string | null; editing?: boolean } | null>(null);
  const [importing, setImporting] = useState(false);
  const year = panel.year();

  const days = useQuery({
    queryKey: calKeys.days(propertyId, year),
    queryFn: () => api.get<{ data: DayRow[] }>(`/calendar/days${qs({ propertyId, from: `${year - 1}-12-20`, to: `${year + 1}-01-12` })}`),
    enabled: !!propertyId,
    select: (r) => new Map(r.data.map((d) => [d.date, d])),
  });
  const summary = useQuery({
    queryKey: calKeys.summary(propertyId, year),
    queryFn: () => api.get<Summary>(`/calendar/summary${qs({ propertyId, year })}`),
    enabled: !!propertyId,
  });
  const overrides = useQuery({
    queryKey: calKeys.overrides(propertyId, year),
    queryFn: () => api.get<{ data: Override[] }>(`/calendar/overrides${qs({ propertyId, year })}`),
    enabled: !!propertyId && canManage,
  });
  const prop = useQuery({
    queryKey: ['property', propertyId],
    queryFn: () => api.get<PropertyInfo>(`/properties/${propertyId}`),
    enabled: !!propertyId,
    retry: false,
  });
  const remove = useMutation({
    mutationFn: (date: string) => api.del(`/calendar/overrides/${propertyId}/${date}`),
    onSuccess: () => {
      message.success(tc('msg.deleted'));
      void qc.invalidateQueries({ queryKey: ['calendar'] });
    },
    onError: (err) => message.error(applyProblem(err, undefined, tc('error.generic'))),
  });

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
    const kind: DayKind = d?.kind ?? (date.day() === 0 || date.day() === 6 ? 'weekend' : 'workday');
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
        <Space size={0} className="hy-row-actions">
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
        </Space>
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
