/**
 * 用户走访 (T3): the visits (planned, visited, cancelled) as cards, planning a new one; the visits per company in
 * a year (those not visited stand out); the holiday greetings; the register print view and its .xlsx.
 */
import { useState } from 'react';
import { Button, Empty, Segmented, Space, Tabs, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { VisitState } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { visitsQuery } from './api';
import { ByTenantTable } from './ByTenantTable';
import { GreetingsTab } from './GreetingsTab';
import { PlanVisitModal } from './PlanVisitModal';
import { VisitCard } from './VisitCard';

function VisitList() {
  const { t } = useTranslation('tenantVisits');
  const { propertyId } = useSession();
  const [state, setState] = useState<VisitState | 'all'>('all');
  const q = useInfiniteQuery(visitsQuery(propertyId, state === 'all' ? {} : { state }));
  const rows = q.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <Segmented
        value={state}
        onChange={(v) => setState(v as VisitState | 'all')}
        options={(['all', 'planned', 'done', 'cancelled'] as const).map((s) => ({ value: s, label: t(`state.${s}`) }))}
        style={{ marginBottom: 12 }}
      />
      {rows.length === 0 && !q.isLoading && <Empty description={t('list.empty')} />}
      <div data-testid="visit-list" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }}>
        {rows.map((v) => (
          <VisitCard key={v.id} v={v} />
        ))}
      </div>
      {q.hasNextPage && (
        <Button block onClick={() => q.fetchNextPage()} loading={q.isFetchingNextPage}>
          {t('list.more')}
        </Button>
      )}
    </>
  );
}

export default function VisitsPage() {
  const { t } = useTranslation('tenantVisits');
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'visits';
  const [planning, setPlanning] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate('/tenants/visits/register/print')} data-testid="register-open">
              {!phone && t('register.open')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              style={{ minHeight: 40 }}
              data-testid="plan-open"
            >
              {t('plan.open')}
            </Button>
          </Space>
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'visits', label: t('tabs.visits'), children: <VisitList /> },
          { key: 'by-tenant', label: t('tabs.byTenant'), children: <ByTenantTable /> },
          { key: 'greetings', label: t('tabs.greetings'), children: <GreetingsTab /> },
        ]}
      />
      <PlanVisitModal open={planning} onClose={() => setPlanning(false)} />
    </>
  );
}
