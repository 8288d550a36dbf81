/** The case's work orders with print, paper signature, return, transfer and void. */
import { useMemo } from 'react';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PrinterOutlined, PlusOutlined, StopOutlined, RollbackOutlined, SwapOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseDetail, WorkOrderRow } from '@hy/contracts';
import { returnWorkOrder, useCaseWrite } from '../api';
import type { CaseAction } from '../actions/caseAction';
import { useCaseLabels } from '../labels';
import { WoStatusTag } from '../status/WoStatusTag';

export function WorkOrdersCard({ c, onAction }: { c: CaseDetail; onAction(a: CaseAction): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const p = c.policies;
  const handler = p.update || p.callback || p.issueWorkOrder;
  const ret = useCaseWrite((wo: WorkOrderRow) => returnWorkOrder(wo.id), { success: t('action.returnDone') });
  const cols: ColumnsType<WorkOrderRow> = useMemo(
    () => [
      {
        title: t('field.woNumber'),
        dataIndex: 'number',
        width: 140,
        render: (v: string, w) => (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{v}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{w.paid ? t('wo.paid') : t('wo.free')}</Tag>
          </Space>
        ),
      },
      {
        title: t('field.workContent'),
        dataIndex: 'content',
        render: (v: string, w) => (
          <div style={{ lineHeight: 1.4 }}>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0 }}>
              {v}
            </Typography.Paragraph>
            {w.workDone && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('wo.workDone')}：{w.workDone}
              </Typography.Text>
            )}
            {w.signedByName && (
              <div>
                <Typography.Text type="success" style={{ fontSize: 12 }}>
                  {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
                </Typography.Text>
              </div>
            )}
            {w.voidReason && (
              <div>
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('wo.voidedFor', { reason: w.voidReason })}
                </Typography.Text>
              </div>
            )}
          </div>
        ),
      },
      { title: t('field.urgency'), dataIndex: 'urgency', width: 84, render: (v: string) => L.urgency(v) },
      { title: t('field.status'), dataIndex: 'status', width: 88, render: (v) => <WoStatusTag status={v} /> },
      { title: t('field.issuedAt'), dataIndex: 'issuedAt', width: 100, render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
      {
        title: t('common:field.actions'),
        key: 'a',
        width: 170,
        render: (_, w) => (
          <Space size={0} wrap>
            <Button
              size="small"
              type="link"
              icon={<PrinterOutlined />}
              href={`/work-orders/${w.id}/print`}
              target="_blank"
              data-testid="wo-print"
            >
              {t('common:action.print')}
            </Button>
            {handler && w.status === 'completed' && (
              <Button
                size="small"
                type="link"
                icon={<FormOutlined />}
                onClick={() => onAction({ kind: 'sign', wo: w })}
                data-testid="wo-paper-sign"
              >
                {t('action.sign')}
              </Button>
            )}
            {handler && w.status === 'signed' && (
              <Popconfirm
                title={t('wo.returnConfirm', { number: w.number })}
                onConfirm={() => ret.mutate(w)}
                okText={t('common:action.confirm')}
                cancelText={t('common:action.cancel')}
              >
                <Button size="small" type="link" icon={<RollbackOutlined />} data-testid="wo-return">
                  {t('action.return')}
                </Button>
              </Popconfirm>
            )}
            {handler && ['issued', 'accepted', 'on_site'].includes(w.status) && (
              <Button
                size="small"
                type="link"
                icon={<SwapOutlined />}
                onClick={() => onAction({ kind: 'transfer', wo: w })}
                data-testid="wo-transfer"
              >
                {t('action.transfer')}
              </Button>
            )}
            {handler && ['issued', 'accepted', 'on_site', 'completed'].includes(w.status) && (
              <Button
                size="small"
                type="link"
                danger
                icon={<StopOutlined />}
                onClick={() => onAction({ kind: 'void', wo: w })}
                data-testid="wo-void"
              >
                {t('action.void')}
              </Button>
            )}
          </Space>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, L, handler, onAction],
  );
  return (
    <Card
      size="small"
      title={t('detail.workOrders')}
      style={{ marginBottom: 16 }}
      extra={
        p.issueWorkOrder && (
          <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => onAction({ kind: 'issue' })}>
            {t('action.issue')}
          </Button>
        )
      }
    >
      <Table<WorkOrderRow>
        rowKey="id"
        size="small"
        pagination={false}
        columns={cols}
        dataSource={c.workOrders}
        tableLayout="fixed"
        data-testid="wo-table"
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.kind === 'repair' ? t('wo.none') : t('wo.noneComplaint')} />
          ),
        }}
      />
    </Card>
  );
}
