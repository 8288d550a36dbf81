/**
 * The case's work orders with print, paper signature, return, transfer and void: a table on the desk, one
 * card per work order on a phone (one column, buttons a thumb can hit).
 */
import { useMemo } from 'react';
import { Button, Card, Empty, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PrinterOutlined, PlusOutlined, StopOutlined, RollbackOutlined, SwapOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseDetail, WorkOrderRow } from '@hy/contracts';
import { returnWorkOrder, useCaseWrite } from '../api';
import type { CaseAction } from '../actions/caseAction';
import { useCaseLabels } from '../labels';
import { WoStatusTag } from '../status/WoStatusTag';
import { WorkOrderFiles } from '../work-orders/WorkOrderFiles';
import { useIsPhone } from '../../../lib/useIsPhone';
import { ChargeCard } from '../charges/ChargeCard';

export function WorkOrdersCard({ c, onAction }: { c: CaseDetail; onAction(a: CaseAction): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  const p = c.policies;
  const handler = p.update || p.callback || p.issueWorkOrder;
  const ret = useCaseWrite((wo: WorkOrderRow) => returnWorkOrder(wo.id), { success: t('action.returnDone') });
  const phone = useIsPhone();
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
        render: (v: string, w: WorkOrderRow) => (
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
            <WorkOrderFiles w={w} />
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
        render: (_: unknown, w: WorkOrderRow) => (
          <Space size={phone ? 8 : 0} wrap>
            <Button
              size={phone ? 'large' : 'small'}
              type={phone ? 'default' : 'link'}
              icon={<PrinterOutlined />}
              href={`/work-orders/${w.id}/print`}
              target="_blank"
              data-testid="wo-print"
            >
              {t('common:action.print')}
            </Button>
            {handler && w.status === 'completed' && (
              <Button
                size={phone ? 'large' : 'small'}
                type={phone ? 'default' : 'link'}
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
                <Button
                  size={phone ? 'large' : 'small'}
                  type={phone ? 'default' : 'link'}
                  icon={<RollbackOutlined />}
                  data-testid="wo-return"
                >
                  {t('action.return')}
                </Button>
              </Popconfirm>
            )}
            {handler && ['issued', 'accepted', 'on_site'].includes(w.status) && (
              <Button
                size={phone ? 'large' : 'small'}
                type={phone ? 'default' : 'link'}
                icon={<SwapOutlined />}
                onClick={() => onAction({ kind: 'transfer', wo: w })}
                data-testid="wo-transfer"
              >
                {t('action.transfer')}
              </Button>
            )}
            {handler && ['issued', 'accepted', 'on_site', 'completed'].includes(w.status) && (
              <Button
                size={phone ? 'large' : 'small'}
                type={phone ? 'default' : 'link'}
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
    [t, L, handler, onAction, phone],
  );
  const [numberCol, contentCol, urgencyCol, , issuedCol, actionsCol] = cols as {
    render: (v: never, w: WorkOrderRow, i: number) => React.ReactNode;
  }[];
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.kind === 'repair' ? t('wo.none') : t('wo.noneComplaint')} />;
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
      {phone ? (
        c.workOrders.length ? (
          <List
            dataSource={c.workOrders}
            rowKey="id"
            data-testid="wo-list"
            renderItem={(w, i) => (
              <List.Item key={w.id} data-testid="wo-card" data-status={w.status} style={{ display: 'block', padding: '10px 0' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 }}>
                  {numberCol!.render(w.number as never, w, i)}
                  <WoStatusTag status={w.status} />
                </div>
                <div style={{ marginTop: 4, overflowWrap: 'anywhere' }}>{contentCol!.render(w.content as never, w, i)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('field.urgency')}：{urgencyCol!.render(w.urgency as never, w, i)} · {t('field.issuedAt')}：
                  {issuedCol!.render(w.issuedAt as never, w, i)}
                </Typography.Text>
                <div style={{ marginTop: 8 }}>{actionsCol!.render(undefined as never, w, i)}</div>
                {w.paid && w.status !== 'voided' && <ChargeCard woId={w.id} contactName={c.contactName} />}
              </List.Item>
            )}
          />
        ) : (
          empty
        )
      ) : (
        <Table<WorkOrderRow>
          rowKey="id"
          size="small"
          pagination={false}
          columns={cols}
          dataSource={c.workOrders}
          tableLayout="fixed"
          data-testid="wo-table"
          locale={{ emptyText: empty }}
          expandable={{
            // A paid repair's quote, consent and notice under its row (S6).
            rowExpandable: (w) => w.paid && w.status !== 'voided',
            expandedRowKeys: c.workOrders.filter((w) => w.paid && w.status !== 'voided').map((w) => w.id),
            showExpandColumn: false,
            expandedRowRender: (w) => <ChargeCard woId={w.id} contactName={c.contactName} />,
          }}
        />
      )}
    </Card>
  );
}
