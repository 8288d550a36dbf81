/** /billing/notices — the payment notices of the property by month and state; a row opens the notice. */
import { useState } from 'react';
import { Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BillingNotice, NoticeState } from '@hy/contracts';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { noticesQuery } from './api';

export const STATE_COLOR: Record<NoticeState, string> = { unpaid: 'red', partial: 'orange', paid: 'green' };

export default function NoticesPage() {
  const { t } = useTranslation('billingNotices');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [month, setMonth] = useState<string | undefined>();
  const [state, setState] = useState<NoticeState | 'all'>('all');
  const q = useQuery(noticesQuery(propertyId, { month, state: state === 'all' ? undefined : state }));
  const months = [...new Set((useQuery(noticesQuery(propertyId, {})).data?.data ?? []).map((n) => n.month))];
  return (
    <Card title={t('title')}>
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 140 }}
          value={month ?? ''}
          onChange={(v) => setMonth(v || undefined)}
          options={[{ value: '', label: t('allMonths') }, ...months.map((m) => ({ value: m, label: m }))]}
          data-testid="notices-month"
        />
        <Segmented
          value={state}
          onChange={(v) => setState(v as NoticeState | 'all')}
          options={(['all', 'unpaid', 'partial', 'paid'] as const).map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
      </Space>
      <Table<BillingNotice>
        size="small"
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        locale={{ emptyText: t('empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => navigate(`/billing/notices/${r.id}`), style: { cursor: 'pointer' } })}
        data-testid="notices-table"
        columns={[
          { title: t('col.number'), dataIndex: 'number', width: 130 },
          { title: t('col.company'), dataIndex: 'organizationName' },
          ...(phone ? [] : [{ title: t('col.units'), dataIndex: 'units', render: (u: string[]) => u.join('、') }]),
          { title: t('col.amount'), dataIndex: 'amountFen', align: 'right' as const, render: (v: number) => money(v) },
          ...(phone
            ? []
            : [
                { title: t('col.paid'), dataIndex: 'paidFen', align: 'right' as const, render: (v: number) => money(v) },
                { title: t('col.due'), dataIndex: 'dueOn', width: 110 },
                {
                  title: t('col.delivered'),
                  dataIndex: 'deliveredAt',
                  width: 90,
                  render: (v: string | null) => (v ? <Tag color="blue">✓</Tag> : <Tag>{t('notDelivered')}</Tag>),
                },
              ]),
          {
            title: t('col.state'),
            dataIndex: 'state',
            width: 96,
            render: (s: NoticeState) => <Tag color={STATE_COLOR[s]}>{t(`state.${s}`)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
