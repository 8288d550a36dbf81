/**
 * 洗衣服务 (desk 1280 and phone 390): the requests board with the live collect countdown (red when overdue), the
 * price list, the month statement with the supplier settlement, and the supplier evaluations.
 */
import { useState } from 'react';
import { Button, Empty, Segmented, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LaundryRequest } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { laundryRequestsQuery } from './api';
import { EvaluationsTab } from './EvaluationsTab';
import { NewRequestModal } from './NewRequestModal';
import { PricesTab } from './PricesTab';
import { RequestCard } from './RequestCard';
import { ReturnModal } from './ReturnModal';
import { RewashModal } from './RewashModal';
import { StatementTab } from './StatementTab';
import { SuppliersTab } from './SuppliersTab';

export default function LaundryPage() {
  const { t } = useTranslation('laundry');
  const { propertyId, can } = useSession();
  const staff = can('paidservices.desk') || can('paidservices.manage');
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const q = useQuery(laundryRequestsQuery(propertyId));
  const [creating, setCreating] = useState(false);
  const [returning, setReturning] = useState<LaundryRequest | null>(null);
  const [rewashing, setRewashing] = useState<LaundryRequest | null>(null);
  const rows = (q.data?.data ?? []).filter((r) => filter === 'all' || r.state !== 'signed');
  const board = (
    <div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        {staff && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            style={{ minHeight: 44 }}
            data-testid="laundry-new"
            onClick={() => setCreating(true)}
          >
            {t('board.new')}
          </Button>
        )}
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as 'open' | 'all')}
          options={[
            { value: 'open', label: t('state.open') },
            { value: 'all', label: t('state.all') },
          ]}
        />
      </div>
      {!q.isLoading && !rows.length && <Empty description={t('board.empty')} />}
      <div
        data-testid="laundry-board"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(340px, 100%), 1fr))', gap: 12 }}
      >
        {rows.map((r) => (
          <RequestCard key={r.id} r={r} staff={staff} onReturn={() => setReturning(r)} onRewash={() => setRewashing(r)} />
        ))}
      </div>
    </div>
  );
  return (
    <div>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">{t('subtitle', { minutes: q.data?.collectMinutes ?? 30 })}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'board', label: t('tabs.board'), children: board },
          { key: 'prices', label: t('tabs.prices'), children: <PricesTab propertyId={propertyId} /> },
          { key: 'statement', label: t('tabs.statement'), children: <StatementTab propertyId={propertyId} kind="laundry" /> },
          { key: 'evaluations', label: t('tabs.evaluations'), children: <EvaluationsTab propertyId={propertyId} kind="laundry" /> },
          { key: 'suppliers', label: t('tabs.suppliers'), children: <SuppliersTab propertyId={propertyId} kind="laundry" /> },
        ]}
      />
      {propertyId && <NewRequestModal open={creating} propertyId={propertyId} own={false} onClose={() => setCreating(false)} />}
      <ReturnModal r={returning} onClose={() => setReturning(null)} />
      <RewashModal r={rewashing} onClose={() => setRewashing(null)} />
    </div>
  );
}
