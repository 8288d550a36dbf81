/**
 * One event (M13): its facts, its status steps, and a tab per part of the work — the team, the programme and
 * documents, guests, hotels, transport, catering, materials, budget, checks and summary. The tab is in the address
 * (?tab=), so a link or a reload opens the same part.
 */
import { lazy, Suspense } from 'react';
import { Button, Descriptions, Popconfirm, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { EventDetail, EventStatus } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useLive } from '../../../lib/live';
import { eventKeys, eventQuery, write } from '../api';
import { STATUS_COLOR } from './status';
import TeamTab from './TeamTab';

/** Each part of the work, its tab (the sub-features' own components). */
const TABS: { key: string; component: React.LazyExoticComponent<React.ComponentType<{ event: EventDetail }>> | null }[] = [
  { key: 'team', component: null },
  { key: 'programme', component: lazy(() => import('../programme/ProgrammeTab')) },
  { key: 'guests', component: lazy(() => import('../guests/GuestsTab')) },
  { key: 'hotels', component: lazy(() => import('../hotels/HotelsTab')) },
  { key: 'transport', component: lazy(() => import('../transport/TransportTab')) },
  { key: 'catering', component: lazy(() => import('../catering/CateringTab')) },
  { key: 'materials', component: lazy(() => import('../materials/MaterialsTab')) },
  { key: 'budget', component: lazy(() => import('../budget/BudgetTab')) },
  { key: 'wrapup', component: lazy(() => import('../wrapup/WrapupTab')) },
];

const NEXT: Record<EventStatus, EventStatus[]> = {
  planning: ['ready'],
  ready: ['planning', 'running'],
  running: ['closed'],
  closed: [],
  cancelled: [],
};

export default function EventPage() {
  const { t } = useTranslation('events');
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const q = useQuery(eventQuery(id));
  const e = q.data;
  useLive(['event.'], [eventKeys.event(id ?? '')], e?.propertyId);
  const step = useApiMutation({
    mutationFn: (status: EventStatus) => write.patch(id!, { status, version: e!.version }),
    invalidate: [eventKeys.all],
    success: t('common.saved'),
  });
  if (!e) return <Spin style={{ margin: 48 }} />;
  const tab = params.get('tab') ?? 'team';
  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            <Link to="/events" aria-label={t('detail.back')}>
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="event-title">{e.name}</span>
            <Tag color={STATUS_COLOR[e.status]} data-testid="event-status">
              {t(`status.${e.status}`)}
            </Tag>
          </Space>
        }
        extra={
          e.policies.manage && (
            <Space wrap>
              {NEXT[e.status].map((s) => (
                <Button key={s} onClick={() => step.mutate(s)} loading={step.isPending} data-testid={`event-step-${s}`}>
                  {t(`detail.step.${s}`)}
                </Button>
              ))}
              {e.status !== 'closed' && e.status !== 'cancelled' && (
                <Popconfirm title={t('detail.cancelConfirm')} onConfirm={() => step.mutate('cancelled')}>
                  <Button danger>{t('detail.step.cancelled')}</Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('detail.number')}>{e.number}</Descriptions.Item>
        <Descriptions.Item label={t('list.dates')}>
          {e.startsOn} ~ {e.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('list.host')}>{e.hostUnit}</Descriptions.Item>
        <Descriptions.Item label={t('detail.owner')}>{e.ownerName}</Descriptions.Item>
        {e.supervisorName && <Descriptions.Item label={t('detail.supervisor')}>{e.supervisorName}</Descriptions.Item>}
        <Descriptions.Item label={t('form.expectedCount')}>
          {t('common.people', { count: e.expectedCount })} · {t('list.registered', { registered: e.registered, invited: e.invited })}
        </Descriptions.Item>
        {e.scope && (
          <Descriptions.Item label={t('detail.scope')} span={3}>
            <Typography.Text>{e.scope}</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={TABS.map(({ key, component: C }) => ({
          key,
          label: <span data-testid={`event-tab-${key}`}>{t(`tabs.${key}`)}</span>,
          children: C ? (
            <Suspense fallback={<Spin />}>
              <C event={e} />
            </Suspense>
          ) : (
            <TeamTab event={e} />
          ),
        }))}
      />
    </>
  );
}
