import { useState } from 'react';
import { Button, DatePicker, Empty, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money } from '@hy/contracts';
import { statementExportUrl, statementQuery } from './api';

/** The month statement (确定单 per tenant) and the supplier settlement of laundry or meals. */
export function StatementTab({ propertyId, kind }: { propertyId: string | null; kind: 'laundry' | 'meals' }) {
  const { t } = useTranslation('laundry');
  const navigate = useNavigate();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const q = useQuery(statementQuery(propertyId, kind, month));
  const s = q.data;
  return (
    <div data-testid={`${kind}-statement`}>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(v) => v && setMonth(v.format('YYYY-MM'))} />
        <Button
          icon={<PrinterOutlined />}
          style={{ minHeight: 40 }}
          onClick={() => navigate(`/paid-services/statement/print?kind=${kind}&month=${month}`)}
        >
          {t('statement.print')}
        </Button>
        <Button icon={<DownloadOutlined />} style={{ minHeight: 40 }} href={statementExportUrl(propertyId, kind, month)}>
          {t('statement.export')}
        </Button>
      </Space>
      {!q.isLoading && !s?.tenants.length ? (
        <Empty description={t('statement.empty')} />
      ) : (
        <>
          <Typography.Title level={5}>{t('statement.settlement')}</Typography.Title>
          <Table
            size="small"
            rowKey="supplierId"
            pagination={false}
            dataSource={s?.suppliers ?? []}
            columns={[
              { title: t('evaluation.supplier'), dataIndex: 'supplierName' },
              { title: t('statement.count'), dataIndex: 'count', align: 'right' },
              { title: t('statement.total'), dataIndex: 'totalFen', align: 'right', render: (f: number) => money(f) },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('statement.tenants')} · {money(s?.totalFen ?? 0)}
          </Typography.Title>
          <Table
            size="small"
            rowKey="organizationId"
            loading={q.isLoading}
            pagination={false}
            dataSource={s?.tenants ?? []}
            expandable={{
              expandedRowRender: (r) => (
                <div>
                  {r.items.map((i) => (
                    <div key={i.id}>
                      {i.day} · {i.description} · {money(i.amountFen)}
                    </div>
                  ))}
                </div>
              ),
            }}
            columns={[
              { title: t('field.organization'), dataIndex: 'organizationName' },
              { title: t('statement.count'), render: (_: unknown, r) => r.items.length, align: 'right' },
              { title: t('statement.subtotal'), dataIndex: 'totalFen', align: 'right', render: (f: number) => money(f) },
            ]}
          />
        </>
      )}
    </div>
  );
}
