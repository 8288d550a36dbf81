/** 用户档案: the tenant list the departments receive — search, open a file, print or export the occupancy table. */
import { useState } from 'react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TenantSummary } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { occupancyExportUrl, tenantListQuery } from './api';

export default function TenantListPage() {
  const { t } = useTranslation('tenantFiles');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const list = useQuery(tenantListQuery(propertyId, q));
  const units = (r: TenantSummary) => r.units.map((u) => `${u.building} ${u.code}`).join('、');
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          <Space wrap>
            <Button icon={<PrinterOutlined />} onClick={() => navigate('/tenants/occupancy/print')} data-testid="occupancy-print">
              {t('print')}
            </Button>
            {!phone && (
              <Button icon={<FileExcelOutlined />} href={occupancyExportUrl(propertyId)}>
                {t('export')}
              </Button>
            )}
          </Space>
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Input.Search allowClear placeholder={t('search')} onSearch={setQ} style={{ maxWidth: 360, marginBottom: 12 }} />
      <Table<TenantSummary>
        rowKey="organizationId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.data ?? []}
        pagination={false}
        scroll={{ x: phone ? undefined : 900 }}
        onRow={(r) => ({ onClick: () => navigate(`/tenants/files/${r.organizationId}`), style: { cursor: 'pointer' } })}
        columns={
          phone
            ? [
                {
                  title: t('col.name'),
                  key: 'name',
                  render: (_, r) => (
                    <div>
                      <div style={{ fontWeight: 500 }}>{r.name}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {units(r)} {r.contact ? `· ${r.contact.nameZh} ${r.contact.phone ?? ''}` : ''}
                      </Typography.Text>
                    </div>
                  ),
                },
                { title: t('col.status'), key: 'status', width: 80, render: (_, r) => <StatusTag r={r} /> },
              ]
            : [
                {
                  title: t('col.name'),
                  key: 'name',
                  render: (_, r) => (
                    <div>
                      <div>{r.name}</div>
                      {r.nameEn && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {r.nameEn}
                        </Typography.Text>
                      )}
                    </div>
                  ),
                },
                { title: t('col.units'), key: 'units', render: (_, r) => units(r) },
                { title: t('col.staff'), dataIndex: 'staffCount', width: 70 },
                { title: t('col.moveIn'), dataIndex: 'moveInDate', width: 110 },
                {
                  title: t('col.contact'),
                  key: 'contact',
                  render: (_, r) => (r.contact ? [r.contact.nameZh, r.contact.nameEn].filter(Boolean).join(' / ') : '—'),
                },
                { title: t('col.phone'), key: 'phone', render: (_, r) => r.contact?.phone ?? '—' },
                { title: t('col.status'), key: 'status', width: 100, render: (_, r) => <StatusTag r={r} /> },
              ]
        }
      />
    </>
  );
}

function StatusTag({ r }: { r: TenantSummary }) {
  const { t } = useTranslation('tenantFiles');
  if (!r.hasFile) return <Tag>{t('noFile')}</Tag>;
  const color = { moving_in: 'blue', occupied: 'green', moving_out: 'orange', vacated: 'default' }[r.status];
  return <Tag color={color}>{t(`status.${r.status}`)}</Tag>;
}
