/** 洗衣服务 in the portal (phone first, 390 px): request laundry, follow it, sign the 洗衣服务确定单; the price list. */
import { useState } from 'react';
import { Button, Collapse, Empty, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { laundryRequestsQuery } from './api';
import { NewRequestModal } from './NewRequestModal';
import { PricesTab } from './PricesTab';
import { RequestCard } from './RequestCard';

export default function MyLaundryPage() {
  const { t } = useTranslation('laundry');
  const { propertyId, me } = useSession();
  const q = useQuery(laundryRequestsQuery(propertyId));
  const [open, setOpen] = useState(false);
  const rows = q.data?.data ?? [];
  return (
    <div style={{ maxWidth: 560 }}>
      <PageHeader title={t('mine.title')} />
      <Button
        type="primary"
        block
        size="large"
        icon={<PlusOutlined />}
        style={{ minHeight: 48, marginBottom: 16 }}
        data-testid="my-laundry-new"
        onClick={() => setOpen(true)}
      >
        {t('mine.request')}
      </Button>
      <Typography.Title level={5}>{t('mine.history')}</Typography.Title>
      {!q.isLoading && !rows.length && <Empty description={t('board.empty')} />}
      {rows.slice(0, 30).map((r) => (
        <RequestCard key={r.id} r={r} staff={false} />
      ))}
      <Collapse
        style={{ marginTop: 16 }}
        items={[{ key: 'p', label: t('mine.prices'), children: <PricesTab propertyId={propertyId} /> }]}
      />
      {propertyId && (
        <NewRequestModal open={open} propertyId={propertyId} own defaultContact={me?.displayName} onClose={() => setOpen(false)} />
      )}
    </div>
  );
}
