/** 便民借用 (F3): the items on the shelf (available of total), lend, take back, overdue first; print or export the register. */
import { useState } from 'react';
import { Button, Card, Input, Space, Tabs, Tag, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { LendingItem, Loan } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTable } from '../../../components/PagedTable';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { useDateTime } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { LENDING_LIVE_TOPICS, lendingItemsQuery, lendingKeys, loansQuery, registerExportUrl, type LoanState } from './api';
import { LendDialog } from './LendDialog';
import { ReturnDialog } from './ReturnDialog';
import '../messages/desk.css';

function ItemCards({ onLend }: { onLend: (i: LendingItem) => void }) {
  const { t, i18n } = useTranslation('lending');
  const { propertyId } = useSession();
  const items = useQuery(lendingItemsQuery(propertyId)).data?.data ?? [];
  return (
    <div
      className="no-print"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 12, marginBottom: 16 }}
    >
      {items.map((i) => (
        <Card key={i.id} size="small" data-testid="lending-item" data-name={i.nameZh}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {i18n.language === 'en-US' ? (i.nameEn ?? i.nameZh) : i.nameZh}
          </Typography.Text>
          <div style={{ margin: '4px 0 8px' }}>
            <Typography.Text type={i.available === 0 ? 'danger' : 'secondary'} data-testid="item-available">
              {t('available', { available: i.available, total: i.total })}
            </Typography.Text>
          </div>
          <Button
            type="primary"
            block
            disabled={!i.policies.lend || i.available === 0}
            onClick={() => onLend(i)}
            data-testid="lend-open"
            style={{ minHeight: 40 }}
          >
            {t('lend')}
          </Button>
        </Card>
      ))}
    </div>
  );
}

function LoanTable({ state, onReturn }: { state: LoanState; onReturn: (l: Loan) => void }) {
  const { t, i18n } = useTranslation('lending');
  const { propertyId } = useSession();
  const dt = useDateTime();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const list = useInfiniteQuery(loansQuery(propertyId, { state, q }));
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('search')}
        onChange={(e) => setText(e.target.value)}
        style={{ maxWidth: 320, marginBottom: 8 }}
        className="no-print"
      />
      <PagedTable<Loan>
        list={list}
        dataSource={rows}
        size="small"
        tableLayout="fixed"
        scroll={{ x: 860 }}
        data-testid={`loans-${state}`}
        onRow={(l) => ({ 'data-testid': 'loan-row', style: l.overdue ? { background: '#fff1f0' } : undefined }) as object}
        columns={[
          { title: t('col.lentAt'), dataIndex: 'lentAt', width: 130, render: (v: string) => dt(v) },
          {
            title: t('col.item'),
            dataIndex: 'itemNameZh',
            width: 110,
            render: (v: string, l: Loan) => `${i18n.language === 'en-US' ? (l.itemNameEn ?? v) : v} ×${l.quantity}`,
          },
          {
            title: t('col.borrower'),
            dataIndex: 'borrowerName',
            render: (v: string, l: Loan) => (
              <>
                {v}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {[l.borrowerCompany, l.borrowerPhone].filter(Boolean).join(' · ')}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('col.dueAt'),
            dataIndex: 'dueAt',
            width: 140,
            render: (v: string, l: Loan) => (
              <>
                {dt(v)} {l.overdue && <Tag color="red">{t('overdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('col.status'),
            key: 'status',
            width: 170,
            render: (_: unknown, l: Loan) =>
              l.returnedAt ? (
                <>
                  <Tag color={l.condition === 'ok' ? 'green' : 'orange'}>{t(`condition.${l.condition ?? 'ok'}`)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dt(l.returnedAt)}
                  </Typography.Text>
                  {l.returnNote && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {l.returnNote}
                    </Typography.Text>
                  )}
                </>
              ) : l.policies.return ? (
                <Button size="small" onClick={() => onReturn(l)} data-testid="return-open" className="no-print">
                  {t('doReturn')}
                </Button>
              ) : null,
          },
          { title: t('col.lentBy'), dataIndex: 'lentByName', width: 90 },
        ]}
        empty={t('none')}
        total={t('count', { count: rows.length })}
        loadMore={t('more')}
      />
    </>
  );
}

export default function LendingPage() {
  const { t } = useTranslation('lending');
  const { propertyId, property, can } = useSession();
  const [lending, setLending] = useState<LendingItem | null>(null);
  const [returning, setReturning] = useState<Loan | null>(null);
  useLive(LENDING_LIVE_TOPICS, [lendingKeys.all], propertyId);
  const initialTab = useSearchParams()[0].get('tab') ?? 'open'; // ?tab=overdue: the cockpit's tile, the desk queue
  return (
    <>
      <PageHeader
        title={t('nav.lending')}
        extra={
          <Space className="no-print" wrap>
            {can('frontdesk.lending.manage') && (
              <Link to="/front-desk/lending/items">
                <Button icon={<SettingOutlined />}>{t('nav.items')}</Button>
              </Link>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('print')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={registerExportUrl(propertyId)} data-testid="register-xlsx">
              {t('xlsx')}
            </Button>
          </Space>
        }
      />
      <Typography.Title level={4} className="fd-print-only" style={{ textAlign: 'center' }}>
        {property?.name} {t('printTitle')}
      </Typography.Title>
      <ItemCards onLend={setLending} />
      <Tabs
        defaultActiveKey={initialTab}
        items={(['open', 'overdue', 'returned', 'all'] as const).map((s) => ({
          key: s,
          label: t(`tab.${s}`),
          children: <LoanTable state={s} onReturn={setReturning} />,
        }))}
      />
      <LendDialog item={lending} onClose={() => setLending(null)} />
      <ReturnDialog loan={returning} onClose={() => setReturning(null)} />
    </>
  );
}
