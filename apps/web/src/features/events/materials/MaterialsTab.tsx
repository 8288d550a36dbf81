/** The event's 会务物资清单 (M13): what is needed, how many (live), where it goes, who prepares it, drawn and returned. */
import { useState } from 'react';
import { Alert, Button, Empty, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, MobileOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MATERIAL_STATUSES, type EventDetail, type EventMaterialLine, type MaterialStatus } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { eventKeys } from '../api';
import { materialsExportUrl, materialsQuery, writeMaterials } from './api';
import { CountModal } from './CountModal';
import { LineModal } from './LineModal';
import { matchText, STATUS_COLOR, yuan } from './labels';

export default function MaterialsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventMaterials');
  const q = useQuery(materialsQuery(event.id));
  const [editing, setEditing] = useState<EventMaterialLine | null | undefined>(undefined);
  const [counting, setCounting] = useState<{ line: EventMaterialLine; mode: 'draw' | 'return' } | null>(null);
  const work = event.policies.work && event.status !== 'closed' && event.status !== 'cancelled';
  const status = useApiMutation({
    mutationFn: (v: { lineId: string; status: MaterialStatus }) => writeMaterials.status(event.id, v.lineId, v.status),
    invalidate: [eventKeys.event(event.id)],
  });
  const remove = useApiMutation({
    mutationFn: (lineId: string) => writeMaterials.remove(event.id, lineId),
    invalidate: [eventKeys.event(event.id)],
  });
  if (q.isLoading) return <Spin />;
  const d = q.data;
  if (!d) return <Empty />;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {work && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="material-add">
            {t('add')}
          </Button>
        )}
        <Link to={`/events/${event.id}/materials/print`} data-testid="material-print">
          <Button icon={<PrinterOutlined />}>{t('print')}</Button>
        </Link>
        <Link to={`/events/${event.id}/materials/phone`} data-testid="material-phone">
          <Button icon={<MobileOutlined />}>{t('phone')}</Button>
        </Link>
        <Button icon={<FileExcelOutlined />} href={materialsExportUrl(event.id)} data-testid="material-xlsx">
          {t('xlsx')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid="material-figures">
        {t('figures', d.figures)}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('progress', d.totals)} · {t('purchase', { amount: yuan(d.totals.purchaseFen) })}
        {d.totals.lossFen > 0 && ` · ${t('loss', { amount: yuan(d.totals.lossFen) })}`}
      </Typography.Paragraph>
      {!d.noticeId && d.data.some((l) => l.source === 'warehouse') && (
        <Alert type="info" showIcon message={t('noNotice')} style={{ marginBottom: 8 }} />
      )}
      <Table<EventMaterialLine>
        rowKey="id"
        size="small"
        dataSource={d.data}
        pagination={false}
        scroll={{ x: 1280 }}
        locale={{ emptyText: t('empty') }}
        onRow={() => ({ 'data-testid': 'material-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('col.category'), dataIndex: 'category', width: 110, render: (c: string) => <Tag>{t(`category.${c}`)}</Tag> },
          {
            title: t('col.name'),
            dataIndex: 'name',
            width: 200,
            render: (_: unknown, l) => (
              <>
                {work ? <Typography.Link onClick={() => setEditing(l)}>{l.name}</Typography.Link> : l.name}
                {l.notes && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {l.notes}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('col.quantity'),
            dataIndex: 'quantity',
            width: 190,
            render: (_: unknown, l) => (
              <>
                <b data-testid="material-qty-cell">
                  {l.quantity} {l.unit}
                </b>
                {matchText(t, l) && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="material-match">
                      {matchText(t, l)}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: t('col.placement'), dataIndex: 'placement', width: 150, render: (p: string | null) => p ?? '—' },
          { title: t('col.group'), dataIndex: 'groupName', width: 110, render: (g: string | null) => g ?? '—' },
          {
            title: t('col.source'),
            dataIndex: 'source',
            width: 150,
            render: (_: unknown, l) => (
              <>
                {t(`source.${l.source}`)}
                {l.warehouseItemName && <div style={{ fontSize: 12 }}>{l.warehouseItemName}</div>}
                {l.amountFen > 0 && <div style={{ fontSize: 12 }}>¥{yuan(l.amountFen)}</div>}
              </>
            ),
          },
          {
            title: t('col.warehouse'),
            width: 190,
            render: (_: unknown, l) =>
              l.source !== 'warehouse' ? (
                '—'
              ) : (
                <Space direction="vertical" size={2}>
                  <span style={{ fontSize: 12 }}>{t('drawnLine', l)}</span>
                  {l.outstanding > 0 && <Tag color="orange">{t('outstanding', { n: l.outstanding })}</Tag>}
                  {work && (
                    <Space size={4}>
                      <Button
                        size="small"
                        disabled={!d.noticeId}
                        onClick={() => setCounting({ line: l, mode: 'draw' })}
                        data-testid="material-draw"
                      >
                        {t('draw')}
                      </Button>
                      <Button
                        size="small"
                        disabled={!l.outstanding}
                        onClick={() => setCounting({ line: l, mode: 'return' })}
                        data-testid="material-return"
                      >
                        {t('giveBack')}
                      </Button>
                    </Space>
                  )}
                </Space>
              ),
          },
          {
            title: t('col.status'),
            dataIndex: 'status',
            width: 130,
            render: (s: MaterialStatus, l) =>
              work ? (
                <Select
                  size="small"
                  value={s}
                  style={{ width: 110 }}
                  onChange={(v) => status.mutate({ lineId: l.id, status: v })}
                  options={MATERIAL_STATUSES.map((x) => ({ value: x, label: t(`status.${x}`) }))}
                />
              ) : (
                <Tag color={STATUS_COLOR[s]}>{t(`status.${s}`)}</Tag>
              ),
          },
          ...(work
            ? [
                {
                  title: t('col.actions'),
                  width: 80,
                  render: (_: unknown, l: EventMaterialLine) => (
                    <Popconfirm title={t('removeConfirm')} onConfirm={() => remove.mutate(l.id)}>
                      <Button size="small" danger type="link">
                        {t('remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined && <LineModal event={event} line={editing} open onClose={() => setEditing(undefined)} />}
      {counting && <CountModal eventId={event.id} line={counting.line} mode={counting.mode} onClose={() => setCounting(null)} />}
    </>
  );
}
