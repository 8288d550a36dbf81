/** 派工单号核查: every work-order number of the year is accounted for; voided numbers kept with reasons (S5). */
import { useState } from 'react';
import { Alert, Card, DatePicker, Descriptions, Space, Table, Tag, Button, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { applyProblem } from '../../lib/errors';
import { gapReportQuery } from './api';
import { StatRow } from './reports/StatRow';

export default function GapReportPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [year, setYear] = useState(dayjs());
  const q = useQuery(gapReportQuery(propertyId, year.year()));
  const r = q.data;
  return (
    <>
      <PageHeader
        title={t('gap.title')}
        extra={
          <Space className="no-print">
            <DatePicker picker="year" value={year} onChange={(d) => d && setYear(d)} allowClear={false} />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('common:action.print')}
            </Button>
          </Space>
        }
      />
      {q.error && <Alert type="error" message={applyProblem(q.error, undefined, t('common:error.generic'))} />}
      {r && (
        <>
          <Alert
            type={r.complete ? 'success' : 'error'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="gap-result"
            message={r.complete ? t('gap.complete', { year: r.year, count: r.issued }) : t('gap.incomplete', { count: r.missing.length })}
          />
          <StatRow
            width={170}
            items={[
              { key: 'issued', title: t('gap.issued'), value: r.issued },
              { key: 'returned', title: t('gap.returned'), value: r.returned },
              { key: 'open', title: t('gap.open'), value: r.open },
              { key: 'voided', title: t('gap.voided'), value: r.voided.length },
            ]}
          />
          <Card size="small" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('gap.first')}>{r.first ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('gap.last')}>{r.last ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('gap.missing')} span={2}>
                {r.missing.length ? (
                  <Space wrap>
                    {r.missing.map((m) => (
                      <Tag key={m} color="red">
                        {m}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="success">{t('gap.noneMissing')}</Typography.Text>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('gap.voidedList')}>
            <Table
              size="small"
              pagination={false}
              rowKey="number"
              dataSource={r.voided}
              columns={[
                { title: t('field.woNumber'), dataIndex: 'number', width: 160 },
                { title: t('field.voidReason'), dataIndex: 'reason' },
                {
                  title: t('field.time'),
                  dataIndex: 'voidedAt',
                  width: 150,
                  render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
