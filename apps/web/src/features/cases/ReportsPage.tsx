/** S10 measures: monthly complaint statistics, complaint rate (5% line), three equalities with drill-down, SLA attainment. */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Input,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PrinterOutlined, FileExcelOutlined, CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { COMPLAINT_RATE_TARGET } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { qs } from '../../lib/api';
import { useApiMutation } from '../../lib/mutation';
import { REPORT_PATH, caseKeys, reportQuery, saveComplaintAnalysis, type ReportTab } from './api';
import { applyProblem } from '../../lib/errors';
import { EChart } from '../../components/EChart';
import { useCaseLabels } from './labels';

type Tab = ReportTab;
const PATH = REPORT_PATH;
const pct = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : `${v.toFixed(digits)}%`);

export default function ReportsPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [tab, setTab] = useState<Tab>('complaints');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const quarter = `${month.year()}Q${Math.floor(month.month() / 3) + 1}`;
  const params = tab === 'rate' ? { propertyId, quarter } : { propertyId, month: month.format('YYYY-MM') };
  const q = useQuery(reportQuery(tab, params, !!propertyId));
  return (
    <>
      <PageHeader
        title={t('rep.title')}
        extra={
          <Space className="no-print">
            <DatePicker picker={tab === 'rate' ? 'quarter' : 'month'} value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
            <Button icon={<FileExcelOutlined />} href={`/api/v1${PATH[tab]}${qs({ ...params, format: 'xlsx' })}`} data-testid="report-xlsx">
              {t('rep.xlsx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        items={(['complaints', 'rate', 'equalities', 'sla'] as Tab[]).map((k) => ({ key: k, label: t(`rep.tab.${k}`) }))}
      />
      {q.error ? (
        <Alert type="error" message={applyProblem(q.error, undefined, t('common:error.generic'))} />
      ) : !q.data ? (
        <Empty />
      ) : (
        <>
          {tab === 'complaints' && <ComplaintsMonthly r={q.data} />}
          {tab === 'rate' && <ComplaintRate r={q.data} />}
          {tab === 'equalities' && <Equalities r={q.data} />}
          {tab === 'sla' && <Sla r={q.data} />}
        </>
      )}
    </>
  );
}

function Breakdown({ title, data, label }: { title: string; data: Record<string, number>; label(k: string): string }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey="k"
        showHeader={false}
        dataSource={Object.entries(data).map(([k, v]) => ({ k, v }))}
        columns={[
          { dataIndex: 'k', render: (k: string) => label(k) },
          { dataIndex: 'v', align: 'right', width: 60 },
        ]}
      />
    </Card>
  );
}

function ComplaintsMonthly({ r }: { r: any }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const { propertyId } = useSession();
  const [text, setText] = useState<string | null>(null);
  const write = useApiMutation({
    mutationFn: saveComplaintAnalysis,
    invalidate: [caseKeys.reports()],
    success: t('common:msg.saved'),
    onSuccess: () => setText(null),
  });
  const save = () => write.mutate({ propertyId, month: r.month, analysis: text ?? '' });
  return (
    <>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('rep.complaintsTitle', { month: r.month })}
      </Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.totalComplaints')} value={r.total} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.onTimePct')} value={pct(r.handling?.onTimePct)} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.open')} value={r.handling?.open ?? 0} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.satisfiedPct')} value={pct(r.satisfaction?.satisfiedPct)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12} xl={6}>
          <Breakdown
            title={t('field.nature')}
            data={r.byNature ?? {}}
            label={(k) => (k === 'unclassified' ? t('rep.unclassified') : L.nature(k))}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown title={t('field.category')} data={r.byCategory ?? {}} label={L.category} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown title={t('field.severity')} data={r.bySeverity ?? {}} label={L.severity} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Breakdown
            title={t('field.channel')}
            data={Object.fromEntries(Object.entries(r.byChannel ?? {}).filter(([, v]) => (v as number) > 0)) as Record<string, number>}
            label={L.channel}
          />
        </Col>
      </Row>
      <Card
        size="small"
        title={t('rep.analysis')}
        extra={
          text === null && (
            <Button size="small" className="no-print" onClick={() => setText(r.analysis ?? '')}>
              {t('common:action.edit')}
            </Button>
          )
        }
      >
        {text === null ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {r.analysis ?? <Typography.Text type="secondary">{t('rep.noAnalysis')}</Typography.Text>}
          </Typography.Paragraph>
        ) : (
          <>
            <Input.TextArea rows={5} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
            <Space style={{ marginTop: 8 }}>
              <Button type="primary" onClick={save} disabled={!text?.trim()}>
                {t('common:action.save')}
              </Button>
              <Button onClick={() => setText(null)}>{t('common:action.cancel')}</Button>
            </Space>
          </>
        )}
      </Card>
    </>
  );
}

function ComplaintRate({ r }: { r: any }) {
  const { t } = useTranslation(['cases', 'common']);
  const target = (r.target ?? COMPLAINT_RATE_TARGET) * 100;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => `${Number(v).toFixed(2)}%` },
      grid: { left: 48, right: 80, top: 30, bottom: 30 },
      xAxis: { type: 'category' as const, data: r.months.map((m: any) => m.month) },
      yAxis: {
        type: 'value' as const,
        axisLabel: { formatter: '{value}%' },
        max: (v: { max: number }) => Math.max(target * 1.4, Math.ceil(v.max + 1)),
      },
      series: [
        {
          type: 'bar' as const,
          name: t('rep.rate'),
          barMaxWidth: 56,
          data: r.months.map((m: any) => ({
            value: +(m.rate * 100).toFixed(2),
            itemStyle: { color: m.overTarget ? '#cf1322' : '#1677ff' },
          })),
          label: { show: true, position: 'top' as const, formatter: '{c}%' },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' as const },
            label: { formatter: t('rep.targetLine', { pct: target }) },
            data: [{ yAxis: target }],
          },
        },
      ],
    }),
    [r, t, target],
  );
  return (
    <>
      {r.overTarget && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('rep.overTarget')}
          description={r.correctiveAction ? undefined : t('rep.correctiveNeeded')}
        />
      )}
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('rep.rateChart', { quarter: r.quarter })}>
            <EChart option={option} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('rep.rateTable')}>
            <Table
              size="small"
              pagination={false}
              rowKey="month"
              dataSource={r.months}
              columns={[
                { title: t('rep.month'), dataIndex: 'month' },
                { title: t('rep.valid'), dataIndex: 'validComplaints', align: 'right' },
                { title: t('rep.households'), dataIndex: 'households', align: 'right' },
                {
                  title: t('rep.rate'),
                  dataIndex: 'rate',
                  align: 'right',
                  render: (v: number, m: any) => (
                    <Typography.Text type={m.overTarget ? 'danger' : undefined} strong={m.overTarget}>
                      {(v * 100).toFixed(2)}%
                    </Typography.Text>
                  ),
                },
              ]}
            />
            <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('rep.reportDueBy')}>{r.reportDueBy}</Descriptions.Item>
              <Descriptions.Item label={t('rep.corrective')}>
                {r.correctiveAction?.note ??
                  (r.correctiveActionRequired ? <Tag color="red">{t('rep.correctiveNeeded')}</Tag> : t('rep.correctiveNotNeeded'))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </>
  );
}

function Equalities({ r }: { r: any }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const ok = (b: boolean) => (b ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#cf1322" />);
  const rows = [
    { key: 'loggedEqualsDispatched', a: t('rep.eq.logged'), av: r.logged, b: t('rep.eq.dispatched'), bv: r.dispatched },
    { key: 'issuedEqualsDispatched', a: t('rep.eq.issued'), av: r.issued, b: t('rep.eq.dispatched'), bv: r.dispatched },
    { key: 'returnedEqualsIssued', a: t('rep.eq.returned'), av: r.returned, b: t('rep.eq.issued'), bv: r.issued },
  ];
  const m = r.mismatches ?? {};
  const go = (x: any) =>
    x.caseId ? navigate(`/cases/${x.caseId}`) : x.workOrderId ? navigate(`/work-orders/${x.workOrderId}/print`) : undefined;
  return (
    <>
      <Card size="small" title={t('rep.eqTitle', { month: r.month })} style={{ marginBottom: 12 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          data-testid="equalities"
          columns={[
            { title: '', key: 'ok', width: 40, render: (_: unknown, x) => ok(!!r.equal?.[x.key]) },
            { title: t('rep.eq.left'), key: 'a', render: (_: unknown, x) => `${x.a}：${x.av}` },
            { title: '', key: 'eq', width: 40, render: (_: unknown, x) => (r.equal?.[x.key] ? '=' : '≠') },
            { title: t('rep.eq.right'), key: 'b', render: (_: unknown, x) => `${x.b}：${x.bv}` },
          ]}
        />
        <Typography.Text type="secondary">{t('rep.eq.voided', { count: r.voided ?? 0 })}</Typography.Text>
      </Card>
      <Row gutter={[12, 12]}>
        {(['notDispatched', 'dispatchedWithoutWorkOrder', 'severalWorkOrders', 'notReturned'] as const).map((k) => (
          <Col key={k} xs={24} xl={12}>
            <Card size="small" title={`${t(`rep.eq.${k}`)}（${(m[k] ?? []).length}）`}>
              {!(m[k] ?? []).length ? (
                <Typography.Text type="secondary">{t('sup.none')}</Typography.Text>
              ) : (
                <Space wrap>
                  {(m[k] as any[]).map((x, i) => (
                    <Tag key={i} color="red" style={{ cursor: 'pointer' }} onClick={() => go(x)}>
                      {x.workOrderNumber ? `${x.workOrderNumber} · ${x.caseNumber}` : x.caseNumber}
                      {x.status ? ` · ${t(`woStatus.${x.status}`, { defaultValue: x.status })}` : ''}
                    </Tag>
                  ))}
                </Space>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

function Sla({ r }: { r: any }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const o = r.overall ?? {};
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.cases')} value={o.total ?? 0} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.respondPct')} value={pct(o.respondPct)} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.resolvePct')} value={pct(o.resolvePct)} />
          </Card>
        </Col>
        <Col flex="180px">
          <Card size="small">
            <Statistic title={t('rep.satisfiedPct')} value={pct(r.satisfaction?.satisfiedPct)} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('rep.slaTitle', { month: r.month })}>
        <Table
          size="small"
          pagination={false}
          rowKey={(x: any) => `${x.kind}:${x.severity}`}
          dataSource={r.rows}
          columns={[
            { title: t('field.kind'), dataIndex: 'kind', render: (v: string) => L.kind(v) },
            { title: t('field.severity'), dataIndex: 'severity', render: (v: string) => L.severity(v) },
            { title: t('rep.cases'), dataIndex: 'total', align: 'right' },
            {
              title: t('rep.respondOnTime'),
              key: 'r',
              align: 'right',
              render: (_: unknown, x: any) => `${x.respondOnTime} / ${x.respondMeasured}`,
            },
            { title: t('rep.respondPct'), dataIndex: 'respondPct', align: 'right', render: (v: number | null) => pct(v) },
            {
              title: t('rep.resolveOnTime'),
              key: 's',
              align: 'right',
              render: (_: unknown, x: any) => `${x.resolveOnTime} / ${x.resolveMeasured}`,
            },
            {
              title: t('rep.resolvePct'),
              dataIndex: 'resolvePct',
              align: 'right',
              render: (v: number | null) => <Typography.Text type={v !== null && v < 90 ? 'danger' : undefined}>{pct(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </>
  );
}
