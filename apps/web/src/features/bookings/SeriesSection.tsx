/**
 * Recurring meetings (SPEC M3): a weekly rule (days of week, every n weeks, until a date or n times),
 * a preview of every occurrence with its problem (conflict, lead time, closure …) from
 * POST /bookings/series/preview, checkboxes to skip occurrences, then POST /bookings/series.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  InputNumber,
  Radio,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { SeriesOccurrence as Occurrence, SeriesPreview as Preview } from '@hy/contracts';
import { applyProblem } from '../../lib/errors';
import { useApiMutation } from '../../lib/mutation';
import { createSeries, previewSeries, span, wall, type NewBookingBody } from './api';
import { useBookingLabels } from './labels';

export interface SeriesState {
  enabled: boolean;
  submit(body: NewBookingBody): Promise<unknown>;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** dayjs day(): 0 = Sunday */
const codeOf = (d: Dayjs) => DAYS[(d.day() + 6) % 7]!;

export function SeriesSection({
  form,
  tz,
  onChange,
  getBody,
}: {
  form: FormInstance;
  tz: string;
  onChange(s: SeriesState | null): void;
  getBody(): Promise<NewBookingBody>;
}) {
  const L = useBookingLabels();
  const { t } = L;
  const start = Form.useWatch('start', form) as Dayjs | undefined;
  const [enabled, setEnabled] = useState(false);
  const [days, setDays] = useState<string[]>([]);
  const [interval, setInterval] = useState(1);
  const [endMode, setEndMode] = useState<'until' | 'count'>('until');
  const [until, setUntil] = useState<Dayjs | null>(null);
  const [count, setCount] = useState<number | null>(8);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  // The start's weekday is always part of the rule; default end: 8 weeks on.
  useEffect(() => {
    if (!start) return;
    setDays((d) => (d.includes(codeOf(start)) ? d : [...d, codeOf(start)]));
    setUntil((u) => u ?? start.add(8, 'week'));
  }, [start]);

  const rrule = useMemo(() => {
    const by = DAYS.filter((d) => days.includes(d)).join(',');
    const end = endMode === 'until' ? (until ? `UNTIL=${until.format('YYYYMMDD')}` : '') : count ? `COUNT=${count}` : '';
    return `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${by}${end ? `;${end}` : ''}`;
  }, [days, interval, endMode, until, count]);
  const startKey = start?.format('YYYY-MM-DD HH:mm') ?? '';
  useEffect(() => {
    setPreview(null);
    setSkip(new Set());
    setError(null);
  }, [rrule, startKey]);

  const run = useApiMutation<void, Preview>({
    mutationFn: async () => previewSeries({ ...(await getBody()), rrule }),
    onSuccess: (p) => {
      setPreview(p);
      setError(null);
      setSkip(new Set(p.occurrences.filter((o) => o.status !== 'ok' && o.status !== 'excluded').map((o) => o.date)));
    },
    onError: (_, e) => setError(applyProblem(e, undefined, t('form.failed'))),
  });

  useEffect(() => {
    if (!enabled) {
      onChange(null);
      return;
    }
    onChange({
      enabled: true,
      submit: async (body) => {
        const skipDates = preview ? [...skip].filter((d) => preview.occurrences.some((o) => o.date === d && o.status !== 'excluded')) : [];
        return createSeries({ ...body, rrule, skipDates });
      },
    });
  }, [enabled, rrule, skip, preview, onChange]);

  const statusTag = (o: Occurrence) => {
    if (o.status === 'ok') return skip.has(o.date) ? <Tag>{t('series.skip')}</Tag> : <Tag color="green">{t('series.ok')}</Tag>;
    if (o.status === 'skipped' || o.status === 'excluded') return <Tag>{t('series.skip')}</Tag>;
    return <Tag color="red">{t(`series.problem.${o.status}`, { defaultValue: o.status })}</Tag>;
  };
  const booked = preview ? preview.occurrences.filter((o) => o.status === 'ok' && !skip.has(o.date)).length : 0;

  return (
    <div className="bk-series" data-testid="series-section">
      <Space align="center" style={{ marginBottom: enabled ? 8 : 12 }}>
        <Switch checked={enabled} onChange={setEnabled} data-testid="series-switch" />
        <Typography.Text strong>{t('series.title')}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('series.hint')}
        </Typography.Text>
      </Space>
      {enabled && (
        <div className="bk-series-body">
          <Space wrap size={[12, 8]}>
            <span>{t('series.every')}</span>
            <InputNumber min={1} max={8} value={interval} onChange={(v) => setInterval(v ?? 1)} style={{ width: 64 }} />
            <span>{t('series.weeksOn')}</span>
            <Checkbox.Group
              value={days}
              onChange={(v) => setDays(v as string[])}
              options={DAYS.map((d) => ({ value: d, label: t(`series.day.${d}`), disabled: !!start && d === codeOf(start) }))}
            />
          </Space>
          <div style={{ marginTop: 8 }}>
            <Radio.Group value={endMode} onChange={(e) => setEndMode(e.target.value)}>
              <Radio value="until">
                {t('series.until')}{' '}
                <DatePicker
                  size="small"
                  value={until}
                  onChange={setUntil}
                  disabled={endMode !== 'until'}
                  allowClear={false}
                  disabledDate={(d) => !!start && d.isBefore(start, 'day')}
                />
              </Radio>
              <Radio value="count">
                {t('series.count')}{' '}
                <InputNumber
                  size="small"
                  min={1}
                  max={200}
                  value={count}
                  onChange={setCount}
                  disabled={endMode !== 'count'}
                  style={{ width: 70 }}
                />{' '}
                {t('series.times')}
              </Radio>
            </Radio.Group>
          </div>
          <Space style={{ marginTop: 8 }}>
            <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!start || !days.length} data-testid="series-preview">
              {t('series.preview')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <code>{rrule}</code>
            </Typography.Text>
          </Space>
          {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} />}
          {preview && (
            <>
              <Alert
                style={{ marginTop: 8 }}
                type={preview.summary.problems ? 'warning' : 'success'}
                showIcon
                message={t('series.summary', { total: preview.summary.total, ok: booked, problems: preview.summary.problems })}
              />
              <Table<Occurrence>
                size="small"
                rowKey="date"
                pagination={false}
                scroll={{ y: 240 }}
                style={{ marginTop: 8 }}
                dataSource={preview.occurrences}
                data-testid="series-table"
                columns={[
                  {
                    title: t('series.book'),
                    key: 'book',
                    width: 60,
                    render: (_, o) => (
                      <Checkbox
                        checked={o.status === 'ok' && !skip.has(o.date)}
                        disabled={o.status !== 'ok'}
                        onChange={(e) =>
                          setSkip((s) => {
                            const n = new Set(s);
                            if (e.target.checked) n.delete(o.date);
                            else n.add(o.date);
                            return n;
                          })
                        }
                      />
                    ),
                  },
                  {
                    title: t('series.date'),
                    key: 'date',
                    width: 230,
                    render: (_, o) => span(o.start, o.end, tz) + ' ' + wall(o.start, tz).format('ddd'),
                  },
                  { title: t('field.status'), key: 'status', width: 110, render: (_, o) => statusTag(o) },
                  {
                    title: t('series.detail'),
                    key: 'detail',
                    render: (_, o) => (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {o.conflicts?.length
                          ? o.conflicts
                              .map((c) => `${c.number} ${c.venueName} ${dayjs(c.start).isValid() ? span(c.start, c.end, tz) : ''}`)
                              .join('；')
                          : (o.detail ?? '')}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}
