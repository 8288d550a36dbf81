/** The findings list (desk): filters by state, route, category and dates; on a phone, cards. */
import { useState } from 'react';
import { DatePicker, Select, Space, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { FINDING_CATEGORIES, FINDING_ROUTES, type FindingSummary } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable } from '../../../components/PagedTable';
import { useDateTime } from '../../../lib/format';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { FINDING_LIVE_TOPICS, findingKeys, findingsQuery, type FindingFilter } from './api';
import { FindingCard } from './FindingCard';
import { FindingTags } from './FindingTags';

export default function FindingsListPage() {
  const { t } = useTranslation('patrolFindings');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const fmt = useDateTime();
  const [f, setF] = useState<FindingFilter>({ state: 'active' });
  useLive(FINDING_LIVE_TOPICS, [findingKeys.all], propertyId);
  const list = useInfiniteQuery(findingsQuery(propertyId, f));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const set = (k: keyof FindingFilter) => (v: string | undefined) => setF((x) => ({ ...x, [k]: v || undefined }));
  const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);
  return (
    <>
      <PageHeader title={t('nav.title')} />
      <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('field.state')}
          value={f.state}
          onChange={set('state')}
          data-testid="filter-state"
          options={['active', 'open', 'fixed', 'in_repair', 'closed'].map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('route.housekeeping') + '/' + t('route.repair')}
          value={f.route}
          onChange={set('route')}
          options={FINDING_ROUTES.map((s) => ({ value: s, label: t(`route.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('field.category')}
          value={f.category}
          onChange={set('category')}
          options={FINDING_CATEGORIES.map((s) => ({ value: s, label: t(`category.${s}`) }))}
        />
        <DatePicker placeholder={t('field.from')} onChange={(d) => set('from')(day(d))} />
        <DatePicker placeholder={t('field.to')} onChange={(d) => set('to')(day(d))} />
      </Space>
      {phone ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {rows.map((r) => (
            <FindingCard key={r.id} f={r} />
          ))}
          {!list.isLoading && rows.length === 0 && <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
        </Space>
      ) : (
        <PagedTable<FindingSummary>
          rowKey="id"
          list={list}
          dataSource={rows}
          total={t('count', { n: rows.length })}
          loadMore={t('more')}
          empty={t('empty')}
          columns={[
            { title: t('field.foundAt'), dataIndex: 'foundAt', width: 150, render: (v: string) => fmt(v) },
            { title: t('field.plan'), dataIndex: 'planName' },
            { title: t('field.checkpoint'), dataIndex: 'checkpointName' },
            {
              title: t('field.title'),
              dataIndex: 'title',
              render: (v: string, r) => (
                <Link to={`/inspections/findings/${r.id}`} data-testid="finding-link">
                  {v}
                </Link>
              ),
            },
            { title: t('field.state'), key: 'tags', render: (_: unknown, r) => <FindingTags f={r} /> },
            { title: t('field.foundBy'), dataIndex: 'foundByName', width: 100 },
            {
              title: t('field.case'),
              dataIndex: 'caseNumber',
              render: (v: string | null, r) => (v ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : '—'),
            },
            { title: t('field.reinspections'), dataIndex: 'reinspections', width: 90 },
          ]}
        />
      )}
    </>
  );
}
