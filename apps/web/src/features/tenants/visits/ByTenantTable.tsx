/** Visits per tenant company in a year, with the last visit; the companies not visited this year stand out. */
import { useState } from 'react';
import { InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { useDateTime } from '../../../lib/format';
import { useIsPhone } from '../../../lib/useIsPhone';
import { visitsByTenantQuery } from './api';

export function ByTenantTable() {
  const { t } = useTranslation('tenantVisits');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const dt = useDateTime();
  const [year, setYear] = useState(dayjs().year());
  const q = useQuery(visitsByTenantQuery(propertyId, year));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('byTenant.year')}</Typography.Text>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="by-tenant-year" />
      </Space>
      <Table
        size="small"
        rowKey="organizationId"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={false}
        data-testid="by-tenant"
        rowClassName={(r) => (r.visits === 0 ? 'tv-not-visited' : '')}
        columns={[
          {
            title: t('byTenant.company'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong={r.visits === 0}>{v}</Typography.Text>
                {r.visits === 0 && <Tag color="red">{t('byTenant.notVisited')}</Tag>}
              </Space>
            ),
          },
          ...(phone ? [] : [{ title: t('byTenant.units'), dataIndex: 'units', render: (u: string[]) => u.join('、') }]),
          { title: t('byTenant.visits'), dataIndex: 'visits', width: phone ? 56 : 90, align: 'right' as const },
          {
            title: t('byTenant.lastVisit'),
            dataIndex: 'lastVisitAt',
            width: 150,
            render: (v: string | null) => (v ? dt(v).slice(0, 10) : t('byTenant.never')),
          },
          ...(phone
            ? []
            : [
                { title: t('byTenant.planned'), dataIndex: 'planned', width: 80, align: 'right' as const },
                {
                  title: t('byTenant.openIssues'),
                  dataIndex: 'openIssues',
                  width: 110,
                  align: 'right' as const,
                  render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0),
                },
              ]),
        ]}
      />
      <style>{'.tv-not-visited > td { background: #fff7e6 !important; }'}</style>
    </>
  );
}
