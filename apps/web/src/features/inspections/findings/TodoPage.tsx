/** 待整改 (housekeeping on the phone): the cleaning, greenery and pest findings waiting to be fixed, oldest last. */
import { Empty, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useLive } from '../../../lib/live';
import { FINDING_LIVE_TOPICS, findingKeys, findingsQuery } from './api';
import { FindingCard } from './FindingCard';

export default function TodoPage() {
  const { t } = useTranslation('patrolFindings');
  const { propertyId } = useSession();
  const [state, setState] = useState<'open' | 'fixed'>('open');
  useLive(FINDING_LIVE_TOPICS, [findingKeys.all], propertyId);
  const list = useInfiniteQuery(findingsQuery(propertyId, { route: 'housekeeping', state }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <PageHeader title={t('nav.todo')} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented
          block
          value={state}
          onChange={(v) => setState(v as 'open' | 'fixed')}
          options={[
            { value: 'open', label: t('state.open') },
            { value: 'fixed', label: t('state.fixed') },
          ]}
        />
        {!list.isLoading && rows.length === 0 && <Empty description={t('todoEmpty')} />}
        {rows.map((f) => (
          <FindingCard key={f.id} f={f} />
        ))}
        {rows.length > 0 && <Typography.Text type="secondary">{t('count', { n: rows.length })}</Typography.Text>}
      </Space>
    </>
  );
}
