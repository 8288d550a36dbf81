/**
 * /reports/meetings — the meeting reports of SPEC M10 (seed 003 信息处理中心: 每日服务通知, 每周业务简报)
 * and the monthly venue usage, fees and staff workload. Tab and period live in the URL
 * (?tab=weekly&week=2026-W48) so a link opens a given report; each report exports to .xlsx and prints.
 */
import { useMemo, type HTMLAttributes, type ReactNode } from 'react';
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  List,
  Rate,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  Button,
} from 'antd';
import { FileExcelOutlined, PrinterOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import enUSPicker from 'antd/es/date-picker/locale/en_US';
import type { EChartsOption } from 'echarts';
import { ROLE_LABELS } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { EChart } from '../../../components/EChart';
import { money } from '../api/services';
import { DeptReadyTags, LiveTag, fmtAt } from '../labels';
import {
  REPORT_PARAM,
  REPORT_PATH,
  hoursText,
  isoWeekMonday,
  isoWeekOf,
  pctText,
  type DailyReport,
  type DailyRow,
  type MonthlyReport,
  type ReportTab,
  type WeeklyReport,
} from './periods';
import '../meetings.css';
import './reports.css';

const TABS: ReportTab[] = ['daily', 'weekly', 'monthly'];
const COLORS = ['#1677ff', '#52c41a', '#faad14', '#13c2c2', '#722ed1', '#eb2f96', '#fa541c'];
const RATING_COLORS = ['#cf1322', '#fa8c16', '#fadb14', '#73d13d', '#389e0d'];
/** ISO weeks start on Monday: the week picker in English uses the en-GB calendar (zh-CN already starts on Monday: i18n/index.ts loads dayjs' zh-cn). */
const EN_WEEK_PICKER = { ...enUSPicker, lang: { ...enUSPicker.lang, locale: 'en_GB' } };

const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs(s).format('YYYY-MM-DD') === s;
const isMonth = (s: string | null): s is string => !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export default function MeetingReportsPage() {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const session = useSession();
  const pid = session.propertyId;
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [sp, setSp] = useSearchParams();
  const today = dayjs().tz(tz).format('YYYY-MM-DD');
  const tab: ReportTab = TABS.includes(sp.get('tab') as ReportTab) ? (sp.get('tab') as ReportTab) : 'daily';
  const date = isDate(sp.get('date')) ? sp.get('date')! : today;
  const week = isoWeekMonday(sp.get('week') ?? '') ? sp.get('week')! : isoWeekOf(dayjs(today));
  const month = isMonth(sp.get('month')) ? sp.get('month')! : today.slice(0, 7);
  const period = { daily: date, weekly: week, monthly: month }[tab];
  const set = (patch: Record<string, string>) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) next.set(k, v);
        return next;
      },
      { replace: true },
    );
  const params = { propertyId: pid, [REPORT_PARAM[tab]]: period };
  const q = useQuery({
    queryKey: ['meetings', 'reports', tab, pid, period],
    queryFn: () => api.get<DailyReport | WeeklyReport | MonthlyReport>(`${REPORT_PATH[tab]}${qs(params)}`),
    enabled: !!pid,
    retry: false,
  });
  const data = q.data?.report === tab ? q.data : undefined;
  const en = i18n.language === 'en-US';
  return (
    <div data-testid="meeting-reports-page" data-tab={tab} className="mr-page">
      <PageHeader
        title={t('mrep.title')}
        extra={
          <Space className="no-print" wrap>
            {tab === 'daily' && (
              <DatePicker
                value={dayjs(date)}
                onChange={(d) => d && set({ date: d.format('YYYY-MM-DD') })}
                allowClear={false}
                data-testid="report-date"
              />
            )}
            {tab === 'weekly' && (
              <DatePicker
                picker="week"
                value={isoWeekMonday(week)}
                format={(d) => isoWeekOf(d)}
                onChange={(d) => d && set({ week: isoWeekOf(d) })}
                allowClear={false}
                locale={en ? EN_WEEK_PICKER : undefined}
                data-testid="report-week"
              />
            )}
            {tab === 'monthly' && (
              <DatePicker
                picker="month"
                value={dayjs(`${month}-01`)}
                onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
                allowClear={false}
                data-testid="report-month"
              />
            )}
            <Button
              icon={<FileExcelOutlined />}
              href={`/api/v1${REPORT_PATH[tab]}${qs({ ...params, format: 'xlsx' })}`}
              data-testid="report-xlsx"
            >
              {t('mrep.xlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs
        className="mr-tabs"
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={TABS.map((k) => ({ key: k, label: <span data-testid={`report-tab-${k}`}>{t(`mrep.tab.${k}`)}</span> }))}
      />
      {q.error ? (
        <Alert type="error" showIcon message={applyProblem(q.error, undefined, t('common:error.generic'))} />
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data.report === 'daily' ? (
        <Daily r={data} tz={tz} />
      ) : data.report === 'weekly' ? (
        <Weekly r={data} tz={tz} />
      ) : (
        <Monthly r={data} />
      )}
    </div>
  );
}

// ---------- shared bits ----------

function Stat({
  title,
  value,
  suffix,
  testid,
  danger,
  hint,
}: {
  title: string;
  value: ReactNode;
  suffix?: ReactNode;
  testid?: string;
  danger?: boolean;
  hint?: ReactNode;
}) {
  return (
    <Card size="small" className="mr-stat">
      <Statistic
        title={title}
        suffix={suffix}
        valueStyle={danger ? { color: '#cf1322' } : undefined}
        valueRender={() => <span data-testid={testid}>{value}</span>}
      />
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
    </Card>
  );
}

/** Summary cards in a grid of `cols` equal columns (fewer on narrow screens). */
function Stats({ cols, children }: { cols: number; children: ReactNode }) {
  return (
    <div className="mr-stats" style={{ ['--mr-cols' as string]: cols }}>
      {children}
    </div>
  );
}

function ReportTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={4} className="mr-title">
      {children}
    </Typography.Title>
  );
}

function Confidential() {
  const { t } = useTranslation('meetings');
  return (
    <Tag icon={<LockOutlined />} color="gold">
      {t('mrep.confidential')}
    </Tag>
  );
}

/** "A" → A类 / Class A. */
function useClassLabel() {
  const { t } = useTranslation('meetings');
  return (c: string) => (c ? t('mrep.class', { c }) : '—');
}

/** The server's Chinese role names of a staff member, in the UI language. */
function useRoleNames() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  return (zh: string) => {
    if (!en || !zh) return zh || '—';
    const byZh = new Map(Object.entries(ROLE_LABELS).map(([, v]) => [v.zh, v.en]));
    return zh
      .split('、')
      .map((r) => byZh.get(r) ?? r)
      .join(', ');
  };
}

const checkColor = { ok: 'success', problem: 'error', missed: 'warning', pending: 'default' } as const;

// ---------- 每日服务通知 ----------

function Daily({ r, tz }: { r: DailyReport; tz: string }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const s = r.summary;
  const weekday = t(`mrep.wd.${dayjs(r.date).day()}`);
  return (
    <>
      <ReportTitle>{t('mrep.dailyTitle', { date: r.date, weekday })}</ReportTitle>
      <Stats cols={7}>
        <Stat
          title={t('mrep.s.meetings')}
          value={s.meetings}
          testid="daily-meetings"
          hint={s.cancelled + s.onHold ? t('mrep.s.cancelledHint', { cancelled: s.cancelled, onHold: s.onHold }) : undefined}
        />
        <Stat title={t('mrep.s.verified')} value={s.verified} suffix={`/ ${s.active}`} />
        <Stat title={t('mrep.s.attendees')} value={s.attendees} />
        <Stat title={t('mrep.s.tasks')} value={s.tasksDone} suffix={`/ ${s.tasks}`} />
        <Stat title={t('mrep.s.tasksOverdue')} value={s.tasksOverdue} danger={s.tasksOverdue > 0} />
        <Stat title={t('mrep.s.incidents')} value={s.incidents} danger={s.incidents > 0} />
        <Stat title={t('mrep.s.issuedLate')} value={s.issuedLate} danger={s.issuedLate > 0} />
      </Stats>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<DailyRow>
          size="small"
          rowKey="id"
          dataSource={r.data}
          pagination={false}
          scroll={{ x: 1040 }}
          data-testid="daily-table"
          locale={{ emptyText: <Empty description={t('mrep.noMeetings')} /> }}
          onRow={(x) =>
            ({
              'data-testid': 'daily-row',
              'data-number': x.number,
              'data-status': x.status,
              className: x.status !== 'active' ? 'mr-row-off' : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('mrep.col.timeNumber'),
              key: 'time',
              width: 150,
              render: (_, x) => (
                <div style={{ whiteSpace: 'nowrap' }}>
                  <Typography.Text strong>{x.time}</Typography.Text>
                  {x.issuedLate && (
                    <Tooltip title={t('list.issuedLate')}>
                      <WarningOutlined style={{ color: '#cf1322', marginInlineStart: 6 }} />
                    </Tooltip>
                  )}
                  <br />
                  <Link to={`/service-notices/${x.id}`} style={{ fontSize: 12 }}>
                    {x.number}
                  </Link>
                </div>
              ),
            },
            {
              title: t('mrep.col.meeting'),
              key: 'meeting',
              render: (_, x) => (
                <div style={{ minWidth: 180 }}>
                  <div>{x.meetingName === null ? <Confidential /> : <Typography.Text strong>{x.meetingName}</Typography.Text>}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.organizerUnit} · {x.contact}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('mrep.col.venueCup'),
              key: 'venue',
              width: 190,
              render: (_, x) => (
                <div>
                  <div>
                    {x.venue}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {cls(x.venueClass)}
                    </Typography.Text>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('mrep.people', { count: x.attendeeCount })} · {x.cupType.split('：')[1] ?? x.cupType}
                  </Typography.Text>
                </div>
              ),
            },
            {
              title: t('mrep.col.status'),
              key: 'status',
              width: 96,
              render: (_, x) => (
                <div>
                  {x.status === 'active' ? (
                    <LiveTag status={x.liveStatus} />
                  ) : (
                    <Tag color={x.status === 'cancelled' ? 'default' : 'warning'}>{t(`noticeStatus.${x.status}`)}</Tag>
                  )}
                  <div style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    <Typography.Text type="secondary">
                      {t('mrep.col.tasks')} {x.tasks.done}/{x.tasks.total}
                    </Typography.Text>
                    {x.tasks.overdue > 0 && (
                      <Tooltip title={t('mrep.overdue', { count: x.tasks.overdue })}>
                        <Typography.Text type="danger"> +{x.tasks.overdue}</Typography.Text>
                      </Tooltip>
                    )}
                  </div>
                </div>
              ),
            },
            {
              title: t('mrep.col.readinessChecks'),
              key: 'readiness',
              width: 300,
              render: (_, x) => (
                <div>
                  <DeptReadyTags departments={x.departments} />
                  {x.checks.length > 0 && (
                    <div style={{ marginTop: 4, whiteSpace: 'nowrap' }}>
                      {[...x.checks]
                        .sort((a, b) => a.level - b.level)
                        .map((c) => (
                          <Tooltip
                            key={c.level}
                            title={`${t(`check.level${c.level}`)} · ${t(`check.${c.status}`)}${c.checkedAt ? ` · ${fmtAt(c.checkedAt, tz, 'HH:mm')}` : ''}`}
                          >
                            <Tag
                              color={checkColor[c.status]}
                              style={{ marginInlineEnd: 3, paddingInline: 5, fontSize: 11, lineHeight: '18px' }}
                              data-testid="daily-check"
                              data-level={c.level}
                              data-status={c.status}
                            >
                              {t(`mrep.levels.${c.level}`)} {t(`mrep.check.${c.status}`)}
                            </Tag>
                          </Tooltip>
                        ))}
                    </div>
                  )}
                </div>
              ),
            },
            {
              title: t('mrep.col.incidents'),
              key: 'incidents',
              width: 76,
              align: 'right',
              render: (_, x) =>
                x.incidents ? (
                  <Typography.Text type={x.openIncidents ? 'danger' : undefined}>
                    {x.incidents}
                    {x.openIncidents ? (
                      <>
                        <br />
                        <span style={{ fontSize: 12 }}>{t('mrep.openN', { count: x.openIncidents })}</span>
                      </>
                    ) : null}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}

// ---------- 每周业务简报 ----------

function Weekly({ r, tz }: { r: WeeklyReport; tz: string }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const s = r.summary;
  const sat = r.satisfaction;
  const byDay = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 44 },
      xAxis: {
        type: 'category',
        axisLabel: { interval: 0, lineHeight: 16 },
        data: r.byDay.map((d) => `${d.date.slice(5)}\n${t(`mrep.wd.${dayjs(d.date).day()}`)}`),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.held'),
          data: r.byDay.map((d) => d.meetings),
          barMaxWidth: 36,
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [r, t],
  );
  const byClass = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      color: COLORS,
      series: [
        {
          type: 'pie',
          radius: ['30%', '68%'],
          center: ['50%', '44%'],
          name: t('mrep.byClass'),
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold', fontSize: 14 },
          labelLine: { show: false },
          data: r.byClass.map((c) => ({ name: t('mrep.class', { c: c.venueClass }), value: c.meetings })),
        },
      ],
    }),
    [r, t],
  );
  const satChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: [...sat.distribution].reverse().map((d) => t(`survey.ratings.${d.rating}`)) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.answers'),
          barMaxWidth: 26,
          label: { show: true, position: 'right' },
          data: [...sat.distribution].reverse().map((d) => ({ value: d.count, itemStyle: { color: RATING_COLORS[d.rating - 1] } })),
        },
      ],
    }),
    [sat.distribution, t],
  );
  const kinds = r.incidents.byKind.filter((k) => k.count > 0);
  return (
    <>
      <ReportTitle>{t('mrep.weeklyTitle', { week: r.week, from: r.days[0], to: r.days[r.days.length - 1] })}</ReportTitle>
      <Stats cols={5}>
        <Stat title={t('mrep.s.held')} value={s.held} testid="weekly-held" hint={t('mrep.s.upcomingHint', { count: s.upcoming })} />
        <Stat title={t('mrep.s.cancelled')} value={s.cancelled} />
        <Stat title={t('mrep.s.attendees')} value={s.attendees} />
        <Stat title={t('mrep.s.hours')} value={hoursText(s.hours)} />
        <Stat title={t('mrep.s.issuedLate')} value={s.issuedLate} danger={s.issuedLate > 0} />
        <Stat
          title={t('mrep.s.readyOnTime')}
          value={pctText(r.readiness.onTimeRate)}
          hint={`${r.readiness.onTime}/${r.readiness.meetings}`}
        />
        <Stat
          title={t('mrep.s.tasksOnTime')}
          value={pctText(r.readiness.tasks.onTimeRate)}
          hint={`${r.readiness.tasks.onTime}/${r.readiness.tasks.total}`}
        />
        <Stat
          title={t('mrep.s.incidents')}
          value={r.incidents.total}
          danger={r.incidents.serious > 0}
          hint={t('mrep.s.incidentsHint', { serious: r.incidents.serious, open: r.incidents.unresolved })}
        />
        <Stat
          title={t('mrep.s.avgRating')}
          value={sat.averageRating ?? '—'}
          hint={t('mrep.s.answeredHint', { answered: sat.answered, held: s.held })}
        />
        <Stat title={t('mrep.s.billed')} value={money(r.fees.billedFen)} hint={`${t('mrep.s.paid')} ${money(r.fees.paidFen)}`} />
      </Stats>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={10}>
          <Card size="small" title={t('mrep.byDay')} className="mr-card">
            <EChart option={byDay} height={260} />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.byClass')} className="mr-card">
            {r.byClass.length ? (
              <EChart option={byClass} height={260} />
            ) : (
              <Empty className="mr-empty" description={t('mrep.noMeetings')} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.satisfaction')} className="mr-card">
            <EChart option={satChart} height={260} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <Card size="small" title={t('mrep.byVenue')} className="mr-card">
            <Table
              size="small"
              rowKey="venue"
              dataSource={r.byVenue}
              pagination={false}
              locale={{ emptyText: t('mrep.noMeetings') }}
              columns={[
                { title: t('mrep.col.venue'), dataIndex: 'venue' },
                { title: t('mrep.col.class'), dataIndex: 'venueClass', width: 80, render: (v: string) => cls(v) },
                { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 70, align: 'right' },
                { title: t('mrep.col.hours'), dataIndex: 'hours', width: 104, align: 'right', render: hoursText },
                { title: t('mrep.col.attendees'), dataIndex: 'attendees', width: 80, align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('mrep.readiness')} className="mr-card">
            <Table
              size="small"
              rowKey="department"
              dataSource={r.readiness.byDepartment}
              pagination={false}
              locale={{ emptyText: t('mrep.noMeetings') }}
              columns={[
                { title: t('mrep.col.department'), dataIndex: 'department', render: (d: string) => t(`dept.${d}`) },
                { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 70, align: 'right' },
                { title: t('mrep.col.onTime'), dataIndex: 'onTime', width: 80, align: 'right' },
                {
                  title: t('mrep.col.onTimeRate'),
                  dataIndex: 'onTimeRate',
                  width: 90,
                  align: 'right',
                  render: (v: number | null) => (
                    <Typography.Text type={v !== null && v < 100 ? 'warning' : undefined}>{pctText(v)}</Typography.Text>
                  ),
                },
                { title: t('mrep.col.verified'), dataIndex: 'verified', width: 70, align: 'right' },
              ]}
            />
            <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
              <Descriptions.Item label={t('mrep.checks')}>
                <Space size={[4, 4]} wrap>
                  {r.readiness.checks.map((c) => (
                    <span key={c.level}>
                      <Typography.Text type="secondary">{t(`mrep.levels.${c.level}`)}</Typography.Text>{' '}
                      {t('mrep.checkSummary', { ok: c.ok ?? 0, total: c.total })}
                      {(c.problem ?? 0) > 0 && (
                        <Tag color="error" style={{ marginInline: '4px 0' }}>
                          {t('check.problem')} {c.problem}
                        </Tag>
                      )}
                      {(c.missed ?? 0) > 0 && (
                        <Tag color="warning" style={{ marginInline: '4px 0' }}>
                          {t('check.missed')} {c.missed}
                        </Tag>
                      )}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        className="mr-block mr-card"
        title={t('mrep.incidentsN', { count: r.incidents.total })}
        extra={
          kinds.length > 0 && (
            <Space size={4} wrap>
              {kinds.map((k) => (
                <Tag key={k.kind}>
                  {t(`incident.kinds.${k.kind}`)} {k.count}
                </Tag>
              ))}
            </Space>
          )
        }
      >
        {r.incidents.list.length === 0 ? (
          <Typography.Text type="secondary">{t('incident.none')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="id"
            dataSource={r.incidents.list}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              {
                title: t('mrep.col.number'),
                dataIndex: 'number',
                width: 150,
                render: (v: string, x) => <Link to={`/service-notices/${x.noticeId}`}>{v}</Link>,
              },
              {
                title: t('mrep.col.meetingVenue'),
                key: 'm',
                width: 200,
                render: (_, x) => (
                  <>
                    {x.meetingName ?? <Confidential />}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {x.venue}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('incident.kind'),
                dataIndex: 'kind',
                width: 100,
                render: (k: string, x) => (
                  <Space size={2}>
                    {t(`incident.kinds.${k}`)}
                    {x.severity === 'serious' && <Tag color="red">{t('mrep.serious')}</Tag>}
                  </Space>
                ),
              },
              { title: t('incident.description'), dataIndex: 'description' },
              { title: t('incident.handling'), dataIndex: 'handling', render: (v: string | null) => v ?? '—' },
              { title: t('mrep.col.reportedAt'), dataIndex: 'reportedAt', width: 100, render: (v: string) => fmtAt(v, tz) },
              {
                title: t('mrep.col.resolved'),
                dataIndex: 'resolvedAt',
                width: 100,
                render: (v: string | null) => (v ? fmtAt(v, tz) : <Tag color="orange">{t('incident.open')}</Tag>),
              },
            ]}
          />
        )}
      </Card>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={14}>
          <Card
            size="small"
            className="mr-card"
            title={t('mrep.commentsN', { count: sat.comments.length })}
            extra={
              <Typography.Text type="secondary">
                {t('mrep.satSummary', { answered: sat.answered, invited: sat.invited, rate: pctText(sat.satisfiedRate) })}
              </Typography.Text>
            }
          >
            <List
              size="small"
              dataSource={sat.comments}
              locale={{ emptyText: t('mrep.noComments') }}
              renderItem={(c) => (
                <List.Item data-testid="weekly-comment" data-number={c.number} data-rating={c.rating}>
                  <List.Item.Meta
                    title={
                      <Space size={8} wrap>
                        <Rate disabled value={c.rating} style={{ fontSize: 13 }} />
                        <Typography.Text type={c.rating <= 2 ? 'danger' : undefined}>{t(`survey.ratings.${c.rating}`)}</Typography.Text>
                        <Link to={`/service-notices/${c.noticeId}`}>{c.number}</Link>
                        <span>{c.meetingName ?? <Confidential />}</span>
                      </Space>
                    }
                    description={
                      <>
                        {c.comment}
                        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                          —— {c.organizerUnit} · {fmtAt(c.answeredAt, tz, 'YYYY-MM-DD HH:mm')}
                        </Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" className="mr-card" title={t('mrep.fees')}>
            <FeesBlock f={r.fees} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function FeesBlock({ f }: { f: WeeklyReport['fees'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Descriptions size="small" column={1} bordered labelStyle={{ width: 160 }}>
      <Descriptions.Item label={t('mrep.s.statements')}>
        {t('mrep.statementsText', { count: f.statements, confirmed: f.confirmed, paid: f.paidInFull })}
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.billed')}>{money(f.billedFen)}</Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.paid')}>{money(f.paidFen)}</Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.due')}>
        <Typography.Text type={f.dueFen > 0 ? 'danger' : undefined}>{money(f.dueFen)}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.received')}>
        {money(f.received.fen)}
        {f.received.count ? ` · ${t('mrep.paymentsN', { count: f.received.count })}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('mrep.s.withoutStatement')}>
        <Typography.Text type={f.withoutStatement > 0 ? 'warning' : undefined}>{f.withoutStatement}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

// ---------- 月度报表 ----------

const yuanOf = (fen: number) => Math.round(fen) / 100;

function Monthly({ r }: { r: MonthlyReport }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const roleNames = useRoleNames();
  const s = r.summary;
  const venues = r.venues;
  const usedVenues = useMemo(
    () =>
      r.venues
        .filter((v) => v.hoursBooked > 0 || v.hoursUsed > 0)
        .sort((a, b) => b.hoursBooked - a.hoursBooked || b.hoursUsed - a.hoursUsed)
        .slice(0, 16),
    [r],
  );
  const orgs = useMemo(() => r.organizations.filter((o) => o.billedFen > 0).slice(0, 12), [r]);
  const staff = useMemo(() => r.staff.filter((x) => x.tasksDone || x.meetings).slice(0, 15), [r]);
  const hbar = (n: number) => Math.max(240, n * 30 + 60);
  const topHeight = hbar(Math.max(usedVenues.length, orgs.length));
  const venueChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 36, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: usedVenues.map((v) => v.venue), axisLabel: { width: 130, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.hoursBooked'),
          data: usedVenues.map((v) => v.hoursBooked),
          itemStyle: { color: '#91caff' },
          barMaxWidth: 12,
        },
        {
          type: 'bar',
          name: t('mrep.s.hoursUsed'),
          data: usedVenues.map((v) => v.hoursUsed),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 12,
        },
      ],
    }),
    [usedVenues, t],
  );
  const feeChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `¥${Number(v).toFixed(2)}` },
      legend: { top: 0 },
      grid: { left: 8, right: 40, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: orgs.map((o) => o.organizerUnit), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.billed'),
          data: orgs.map((o) => yuanOf(o.billedFen)),
          itemStyle: { color: '#faad14' },
          barMaxWidth: 14,
        },
        { type: 'bar', name: t('mrep.s.paid'), data: orgs.map((o) => yuanOf(o.paidFen)), itemStyle: { color: '#52c41a' }, barMaxWidth: 14 },
      ],
    }),
    [orgs, t],
  );
  const staffChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: staff.map((x) => x.name || '—') },
      series: [
        {
          type: 'bar',
          name: t('mrep.col.tasksDone'),
          data: staff.map((x) => x.tasksDone),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 14,
          label: { show: true, position: 'right' },
        },
        {
          type: 'bar',
          name: t('mrep.col.meetingsServed'),
          data: staff.map((x) => x.meetings),
          itemStyle: { color: '#13c2c2' },
          barMaxWidth: 14,
        },
      ],
    }),
    [staff, t],
  );
  return (
    <>
      <ReportTitle>{t('mrep.monthlyTitle', { month: r.month })}</ReportTitle>
      <Stats cols={5}>
        <Stat title={t('mrep.s.bookings')} value={s.bookings} testid="monthly-bookings" />
        <Stat title={t('mrep.s.hoursBooked')} value={hoursText(s.hoursBooked)} />
        <Stat
          title={t('mrep.s.meetingsHeld')}
          value={s.meetingsHeld}
          hint={s.cancelled ? t('mrep.s.cancelledN', { count: s.cancelled }) : undefined}
        />
        <Stat title={t('mrep.s.hoursUsed')} value={hoursText(s.hoursUsed)} />
        <Stat title={t('mrep.s.utilisation')} value={pctText(s.utilisation)} />
        <Stat title={t('mrep.s.billed')} value={money(s.billedFen)} />
        <Stat title={t('mrep.s.paid')} value={money(s.paidFen)} hint={`${t('mrep.s.due')} ${money(s.dueFen)}`} />
        <Stat title={t('mrep.s.received')} value={money(s.received.fen)} />
        <Stat
          title={t('mrep.s.avgRating')}
          value={s.satisfaction.averageRating ?? '—'}
          hint={t('mrep.s.satisfiedHint', { rate: pctText(s.satisfaction.satisfiedRate), answered: s.satisfaction.answered })}
        />
        <Stat title={t('mrep.s.tasksDone')} value={s.tasksDone} />
      </Stats>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.venueHours')}>
            {usedVenues.length ? <EChart option={venueChart} height={topHeight} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.orgFees')}>
            {orgs.length ? <EChart option={feeChart} height={topHeight} /> : <Empty className="mr-empty" description={t('mrep.noFees')} />}
          </Card>
        </Col>
      </Row>
      <Card size="small" className="mr-block mr-card" title={t('mrep.venues')} styles={{ body: { padding: 0 } }}>
        <Table
          size="small"
          rowKey="venueId"
          dataSource={venues}
          pagination={false}
          scroll={{ x: 1100 }}
          onRow={(v) => ({ 'data-testid': 'monthly-venue-row', 'data-venue': v.code }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('mrep.col.code'), dataIndex: 'code', width: 90 },
            { title: t('mrep.col.venue'), dataIndex: 'venue' },
            { title: t('mrep.col.class'), dataIndex: 'venueClass', width: 80, render: (v: string) => cls(v) },
            { title: t('mrep.col.bookings'), dataIndex: 'bookings', width: 80, align: 'right' },
            { title: t('mrep.col.hoursBooked'), dataIndex: 'hoursBooked', width: 100, align: 'right', render: hoursText },
            { title: t('mrep.col.meetingsHeld'), dataIndex: 'meetingsHeld', width: 80, align: 'right' },
            { title: t('mrep.col.hoursUsed'), dataIndex: 'hoursUsed', width: 100, align: 'right', render: hoursText },
            { title: t('mrep.col.utilisation'), dataIndex: 'utilisation', width: 90, align: 'right', render: pctText },
            { title: t('mrep.col.attendees'), dataIndex: 'attendees', width: 80, align: 'right' },
            { title: t('mrep.col.billed'), dataIndex: 'billedFen', width: 120, align: 'right', render: money },
            { title: t('mrep.col.paid'), dataIndex: 'paidFen', width: 120, align: 'right', render: money },
          ]}
          summary={() => (
            <Table.Summary.Row className="mr-sum">
              <Table.Summary.Cell index={0} colSpan={3}>
                {t('mrep.total')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {s.bookings}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {hoursText(s.hoursBooked)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {s.meetingsHeld}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {hoursText(s.hoursUsed)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                {pctText(s.utilisation)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                {venues.reduce((a, v) => a + v.attendees, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">
                {money(s.billedFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={10} align="right">
                {money(s.paidFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      <Card size="small" className="mr-block mr-card" title={t('mrep.organizations')} styles={{ body: { padding: 0 } }}>
        <Table
          size="small"
          rowKey="organizerUnit"
          dataSource={r.organizations}
          pagination={false}
          locale={{ emptyText: t('mrep.noMeetings') }}
          columns={[
            { title: t('mrep.col.organizer'), dataIndex: 'organizerUnit' },
            { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 90, align: 'right' },
            { title: t('mrep.col.statements'), dataIndex: 'statements', width: 100, align: 'right' },
            { title: t('mrep.col.billed'), dataIndex: 'billedFen', width: 130, align: 'right', render: money },
            { title: t('mrep.col.paid'), dataIndex: 'paidFen', width: 130, align: 'right', render: money },
            {
              title: t('mrep.col.due'),
              dataIndex: 'dueFen',
              width: 130,
              align: 'right',
              render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : undefined}>{money(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={8}>
          <Card size="small" className="mr-card" title={t('mrep.workload')}>
            {staff.length ? <EChart option={staffChart} height={hbar(staff.length)} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" className="mr-card" title={t('mrep.staff')} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="userId"
              dataSource={r.staff}
              pagination={r.staff.length > 30 ? { pageSize: 30 } : false}
              scroll={{ x: 720 }}
              columns={[
                { title: t('mrep.col.name'), dataIndex: 'name', width: 76, fixed: 'left' },
                { title: t('mrep.col.roles'), dataIndex: 'roles', render: roleNames },
                { title: t('mrep.col.tasksDone'), dataIndex: 'tasksDone', width: 70, align: 'right' },
                { title: t('mrep.col.onTimeRate'), dataIndex: 'onTimeRate', width: 76, align: 'right', render: pctText },
                { title: t('mrep.col.tasksAssigned'), dataIndex: 'tasksAssigned', width: 70, align: 'right' },
                { title: t('mrep.col.meetingsServed'), dataIndex: 'meetings', width: 70, align: 'right' },
                { title: t('mrep.col.meetingHours'), dataIndex: 'meetingHours', width: 76, align: 'right', render: hoursText },
                { title: t('mrep.col.shiftHours'), dataIndex: 'shiftHours', width: 76, align: 'right', render: hoursText },
                {
                  title: t('mrep.col.overtimeHours'),
                  dataIndex: 'overtimeHours',
                  width: 76,
                  align: 'right',
                  render: (v: number) => (v ? <Typography.Text type="warning">{hoursText(v)}</Typography.Text> : '0'),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
