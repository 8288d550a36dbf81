/** 投诉率 (S10): the quarter's rate per month against the 5% target, the report deadline, the corrective action. */
import { Alert, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintRateReport } from '@hy/contracts';
import { ComplaintRateChart } from './ComplaintRateChart';

export function ComplaintRateView({ r }: { r: ComplaintRateReport }) {
  const { t } = useTranslation('cases');
  return (
    <>
      {r.overTarget && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('rep.overTarget')}
          description={r.correctiveAction ? undefined : t('rep.correctiveNeeded')}
        />
      )}
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('rep.rateChart', { quarter: r.quarter })}>
            <ComplaintRateChart r={r} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('rep.rateTable')}>
            <Table
              size="small"
              pagination={false}
              rowKey="month"
              dataSource={r.months}
              columns={[
                { title: t('rep.month'), dataIndex: 'month' },
                { title: t('rep.valid'), dataIndex: 'validComplaints', align: 'right' },
                { title: t('rep.households'), dataIndex: 'households', align: 'right' },
                {
                  title: t('rep.rate'),
                  dataIndex: 'rate',
                  align: 'right',
                  render: (v: number | null, m) => (
                    <Typography.Text type={m.overTarget ? 'danger' : undefined} strong={m.overTarget}>
                      {((v ?? 0) * 100).toFixed(2)}%
                    </Typography.Text>
                  ),
                },
              ]}
            />
            <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('rep.reportDueBy')}>{r.reportDueBy}</Descriptions.Item>
              <Descriptions.Item label={t('rep.corrective')}>
                {r.correctiveAction?.note ??
                  (r.correctiveActionRequired ? <Tag color="red">{t('rep.correctiveNeeded')}</Tag> : t('rep.correctiveNotNeeded'))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
    </>
  );
}
