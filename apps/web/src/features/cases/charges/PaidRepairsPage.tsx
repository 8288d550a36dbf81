/**
 * /reports/paid-repairs — the month's paid repairs: the payment notices issued (with .xlsx export) and the
 * completed, consented repairs posted and waiting for the month's 工程费统计表.
 */
import { Button, Card, DatePicker, Empty, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money, type BillableCharge, type PaidRepairsReport } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { paidRepairsQuery, paidRepairsXlsxUrl, waitingChargesQuery } from './api';

type Row = PaidRepairsReport['rows'][number];

export default function PaidRepairsPage() {
  const { t } = useTranslation(['repairCharges', 'common']);
  const { propertyId, can } = useSession();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const report = useQuery(paidRepairsQuery(propertyId, month));
  const waiting = useQuery(waitingChargesQuery(propertyId, can('billing.read')));
  const r = report.data;
  return (
    <>
      <PageHeader
        title={t('report.title')}
        extra={
          <Space wrap>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(v) => v && setParams({ month: v.format('YYYY-MM') }, { replace: true })}
              data-testid="paid-month"
            />
            <Button icon={<FileExcelOutlined />} href={paidRepairsXlsxUrl(propertyId, month)} data-testid="paid-xlsx">
              {t('report.xlsx')}
            </Button>
          </Space>
        }
      />
      {can('billing.read') && (
        <Card size="small" title={t('report.waiting')} style={{ marginBottom: 16 }} data-testid="paid-waiting">
          <Table<BillableCharge>
            rowKey="id"
            size="small"
            pagination={false}
            loading={waiting.isLoading}
            dataSource={waiting.data ?? []}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.none')} /> }}
            columns={[
              { title: t('report.occurredOn'), dataIndex: 'occurredOn', width: 100 },
              { title: t('report.company'), dataIndex: 'organizationName', width: 180 },
              { title: t('report.unit'), dataIndex: 'unitCode', width: 70 },
              { title: t('report.source'), dataIndex: 'sourceLabel', width: 160 },
              { title: t('report.description'), dataIndex: 'description' },
              { title: t('report.amount'), dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => money(v) },
            ]}
          />
        </Card>
      )}
      <Card
        size="small"
        title={t('report.notices')}
        extra={
          r && (
            <Typography.Text data-testid="paid-total">
              {t('report.total', { total: money(r.totalFen), paid: money(r.paidFen), unpaid: money(r.unpaidFen) })}
            </Typography.Text>
          )
        }
      >
        <Table<Row>
          rowKey={(x) => x.noticeNumber ?? x.workOrderNumber}
          size="small"
          pagination={false}
          loading={report.isLoading}
          dataSource={r?.rows ?? []}
          scroll={{ x: 900 }}
          data-testid="paid-table"
          columns={[
            { title: t('report.noticeNumber'), dataIndex: 'noticeNumber', width: 130 },
            {
              title: t('report.issuedAt'),
              dataIndex: 'noticeIssuedAt',
              width: 100,
              render: (v: string | null) => (v ? dayjs(v).format('MM-DD') : ''),
            },
            { title: t('report.workOrder'), dataIndex: 'workOrderNumber', width: 120 },
            { title: t('report.company'), dataIndex: 'organizationName', width: 170 },
            { title: t('report.unit'), dataIndex: 'unitCode', width: 70 },
            { title: t('report.content'), dataIndex: 'content' },
            { title: t('report.amount'), dataIndex: 'amountFen', width: 100, align: 'right', render: (v: number) => money(v) },
            {
              title: t('report.status'),
              dataIndex: 'status',
              width: 120,
              render: (s: string, x) => (
                <Tag color={s === 'paid' ? 'cyan' : 'blue'}>
                  {t(`status.${s}`)}
                  {x.receiptNo ? ` ${x.receiptNo}` : ''}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
