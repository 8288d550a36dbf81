/** S9 supervision: the supervisor's daily review and sign-off, the Monday summary, the project manager's monthly review. */
import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Input, Row, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { PrinterOutlined, FileExcelOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { qs } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { useApiMutation } from '../../lib/mutation';
import { REVIEW_PARAM, REVIEW_PATH, caseKeys, reviewQuery, signReview } from './api';
import { useCaseLabels } from './labels';
import { CaseStatusTag } from './status/CaseStatusTag';
import { SeverityTag } from './status/SeverityTag';

export interface CaseBrief {
  id: string;
  number: string;
  kind: string;
  severity: 'general' | 'important' | 'major';
  status: 'open';
  content: string;
  location: string | null;
  contactName: string | null;
  createdAt: string;
  resolveDueAt?: string;
  escalationLevel?: number;
}
interface Signoff {
  signedBy: string | null;
  signedAt: string | null;
  late: boolean;
  note: string | null;
}
type Review = { counts: Record<string, number>; signoff: Signoff | null; late?: boolean; deadline?: string } & Record<string, unknown>;

export function CaseBriefTable({ rows }: { rows: CaseBrief[] }) {
  const L = useCaseLabels();
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  return (
    <Table<CaseBrief>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      tableLayout="fixed"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sup.none')} /> }}
      columns={[
        {
          title: t('field.number'),
          dataIndex: 'number',
          width: 150,
          render: (v: string, c) => <Typography.Link onClick={() => navigate(`/cases/${c.id}`)}>{v}</Typography.Link>,
        },
        { title: t('field.kind'), dataIndex: 'kind', width: 64, render: (v: string) => L.kind(v) },
        { title: t('field.severity'), dataIndex: 'severity', width: 76, render: (v) => <SeverityTag severity={v} /> },
        { title: t('field.status'), dataIndex: 'status', width: 96, render: (v) => <CaseStatusTag status={v} /> },
        {
          title: t('field.content'),
          dataIndex: 'content',
          ellipsis: true,
          render: (v: string, c) => (
            <span title={v}>
              {v}
              {c.location ? <Typography.Text type="secondary">（{c.location}）</Typography.Text> : null}
            </span>
          ),
        },
        { title: t('field.createdAt'), dataIndex: 'createdAt', width: 104, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
      ]}
    />
  );
}

const COUNT_KEYS = [
  'total',
  'new',
  'closed',
  'open',
  'overdue',
  'escalated',
  'repairs',
  'complaints',
  'validComplaints',
  'major',
  'emergencies',
  'unresolvable',
];

function ReviewView({
  kind,
  period,
  canSign,
  data,
}: {
  kind: 'daily' | 'weekly' | 'monthly';
  period: string;
  canSign: boolean;
  data?: Review;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [note, setNote] = useState('');
  const write = useApiMutation({
    mutationFn: (v: { kind: 'daily' | 'monthly'; body: Parameters<typeof signReview>[1] }) => signReview(v.kind, v.body),
    invalidate: [caseKeys.reviews()],
    success: t('sup.signedDone'),
    onSuccess: () => setNote(''),
  });
  if (!data) return <Empty />;
  const lists = (['new', 'closed', 'overdue', 'escalated', 'cases', 'cannotProceed'] as const).filter((k) => Array.isArray(data[k]));
  const sign = () => {
    if (kind !== 'weekly') write.mutate({ kind, body: { propertyId, period, note: note || null } });
  };
  const s = data.signoff;
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {COUNT_KEYS.filter((k) => typeof data.counts[k] === 'number').map((k) => (
          <Col key={k} flex="120px">
            <Card size="small">
              <Statistic
                title={t(`sup.count.${k}`)}
                value={data.counts[k]}
                valueStyle={{ color: (k === 'overdue' || k === 'escalated') && data.counts[k] ? '#cf1322' : undefined }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {s?.signedAt ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ marginBottom: 12 }}
          data-testid="signoff"
          message={t('sup.signedAt', { at: dayjs(s.signedAt).format('YYYY-MM-DD HH:mm') })}
          description={
            <>
              {s.late && <Tag color="red">{t('sup.late')}</Tag>}
              {s.note}
            </>
          }
        />
      ) : (
        kind !== 'weekly' && (
          <Card size="small" style={{ marginBottom: 12 }} className="no-print">
            {data.late && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('sup.lateWarning')} />}
            {canSign ? (
              <Space.Compact style={{ width: '100%' }}>
                <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} placeholder={t('sup.notePlaceholder')} />
                <Button type="primary" icon={<EditOutlined />} loading={write.isPending} onClick={sign} data-testid="signoff-sign">
                  {kind === 'daily' ? t('sup.signDaily') : t('sup.signMonthly')}
                </Button>
              </Space.Compact>
            ) : (
              <Typography.Text type="secondary">{kind === 'daily' ? t('sup.notSignedDaily') : t('sup.notSignedMonthly')}</Typography.Text>
            )}
          </Card>
        )
      )}
      {lists.map((k) => (
        <Card key={k} size="small" title={`${t(`sup.list.${k}`)}（${(data[k] as unknown[]).length}）`} style={{ marginBottom: 12 }}>
          <CaseBriefTable rows={data[k] as CaseBrief[]} />
        </Card>
      ))}
    </>
  );
}

export default function SupervisionPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, hasRole } = useSession();
  const [tab, setTab] = useState<'daily' | 'weekly' | 'monthly'>('daily');
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [week, setWeek] = useState<Dayjs>(dayjs().subtract(1, 'week'));
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const period = tab === 'daily' ? day.format('YYYY-MM-DD') : tab === 'weekly' ? isoWeek(week) : month.format('YYYY-MM');
  const path = REVIEW_PATH[tab];
  const param = REVIEW_PARAM[tab];
  const q = useQuery(reviewQuery(propertyId, tab, period));
  const xlsx = `/api/v1${path}${qs({ propertyId, [param]: period, format: 'xlsx' })}`;
  return (
    <>
      <PageHeader
        title={t('sup.title')}
        extra={
          <Space className="no-print">
            {tab === 'daily' && <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />}
            {tab === 'weekly' && <DatePicker picker="week" value={week} onChange={(d) => d && setWeek(d)} allowClear={false} />}
            {tab === 'monthly' && <DatePicker picker="month" value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />}
            <Button icon={<FileExcelOutlined />} href={xlsx}>
              {t('common:action.export')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as typeof tab)}
        items={[
          { key: 'daily', label: t('sup.daily') },
          { key: 'weekly', label: t('sup.weekly') },
          { key: 'monthly', label: t('sup.monthly') },
        ]}
      />
      {q.error ? (
        <Alert type="error" message={applyProblem(q.error, undefined, t('common:error.generic'))} />
      ) : (
        <ReviewView
          kind={tab}
          period={period}
          data={q.data}
          canSign={tab === 'daily' ? hasRole('cs_supervisor') : hasRole('project_manager')}
        />
      )}
    </>
  );
}

/** ISO 8601 week number (Monday weeks). */
function isoWeek(d: Dayjs) {
  const date = new Date(Date.UTC(d.year(), d.month(), d.date()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const n = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(n).padStart(2, '0')}`;
}
