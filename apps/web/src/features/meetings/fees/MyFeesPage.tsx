/** /my/fees — the organizer's unit's issued fee statements (and, for service-center staff, all of the property's), with confirmation. */
import { useState } from 'react';
import { Card, Segmented, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { money } from '@hy/contracts';
import { MEETING_TOPICS, meetingKeys, statementsQuery, type FeeStatementRow } from '../api';
import { useLive } from '../../../lib/live';
import { fmtAt } from '../labels';
import { FeeStatusTag } from './FeeStatusTag';
import { PayStatusTag } from './PayStatusTag';
import '../meetings.css';

export default function MyFeesPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  useLive(MEETING_TOPICS, [meetingKeys.all], pid);
  const [params] = useSearchParams();
  // ?unpaid=1 (the cockpit's fee tiles) opens on the unpaid statements
  const [unpaid, setUnpaid] = useState(params.get('unpaid') === '1');
  const q = useQuery(statementsQuery(pid, unpaid));
  const rows = q.data?.data ?? [];
  const toConfirm = rows.filter((r) => r.status === 'issued').length;
  const staff = session.can('meetings.fees.read');
  return (
    <div data-testid="my-fees">
      <PageHeader title={staff ? t('myFees.titleStaff') : t('myFees.title')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={16}>
          <Segmented
            value={unpaid ? 'unpaid' : 'all'}
            onChange={(v) => setUnpaid(v === 'unpaid')}
            options={[
              { value: 'all', label: t('myFees.all') },
              { value: 'unpaid', label: t('myFees.unpaid') },
            ]}
          />
          <Typography.Text type={toConfirm ? 'warning' : 'secondary'}>{t('myFees.toConfirm', { count: toConfirm })}</Typography.Text>
          {!staff && <Typography.Text type="secondary">{session.me?.organizationName ?? ''}</Typography.Text>}
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<FeeStatementRow>
          size="small"
          rowKey="id"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 860 }}
          locale={{ emptyText: t('myFees.empty') }}
          columns={[
            { title: t('fee.number'), render: (_, r) => <Link to={`/fee-statements/${r.id}`}>{r.number}</Link> },
            { title: t('field.number'), dataIndex: 'noticeNumber' },
            { title: t('field.organizer'), dataIndex: 'organizerUnit' },
            { title: t('field.time'), render: (_, r) => fmtAt(r.startAt, tz, 'YYYY-MM-DD HH:mm') },
            { title: t('fee.total'), align: 'right', render: (_, r) => money(r.totalFen) },
            {
              title: t('fee.due'),
              align: 'right',
              render: (_, r) => (
                <Typography.Text type={r.totalFen - r.paidFen > 0 ? 'danger' : undefined}>{money(r.totalFen - r.paidFen)}</Typography.Text>
              ),
            },
            {
              title: t('fee.statusCol'),
              render: (_, r) => (
                <Space size={4}>
                  <FeeStatusTag status={r.status} />
                  {r.status !== 'draft' && <PayStatusTag status={r.paymentStatus} />}
                </Space>
              ),
            },
            {
              title: '',
              render: (_, r) => (
                <Space size={12}>
                  <Link to={`/fee-statements/${r.id}`}>{r.status === 'issued' && !staff ? t('myFees.confirm') : t('myFees.view')}</Link>
                  {!staff && (
                    <Link to={`/service-notices/${r.noticeId}/survey`} data-testid="fee-survey-link">
                      {t('survey.link')}
                    </Link>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
