/** 布草杯具: the stock per item by place (the count), received, sent to the laundry and counted back (shortfalls flagged); .xlsx and print. */
import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { LINEN_ITEMS, type LaundryBatch } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useSession } from '../../../lib/session';
import { exportUrls, guestKeys, laundryQuery, linenQuery, write, type Counts } from '../api';

type Mode = { kind: 'receive' | 'send' } | { kind: 'back'; batch: LaundryBatch } | null;

function CountsModal({ mode, onClose }: { mode: Mode; onClose: () => void }) {
  const { t } = useTranslation('guestRooms');
  const { propertyId } = useSession();
  const [form] = Form.useForm<{ counts: Counts; note?: string }>();
  const save = useApiMutation({
    mutationFn: (v: { counts: Counts; note?: string }) => {
      const counts = Object.fromEntries(Object.entries(v.counts ?? {}).filter(([, n]) => typeof n === 'number' && n > 0));
      const note = v.note || null;
      if (mode?.kind === 'back') return write.laundryBack(mode.batch.id, { counts, note });
      if (mode?.kind === 'send') return write.laundry({ propertyId, counts, note });
      return write.receive({ propertyId, counts, note });
    },
    form,
    invalidate: [guestKeys.all],
    success: t('linenPage.done'),
    onSuccess: onClose,
  });
  const items = mode?.kind === 'back' ? LINEN_ITEMS.filter((i) => mode.batch.sent[i]) : LINEN_ITEMS;
  return (
    <Modal
      open={!!mode}
      onCancel={onClose}
      destroyOnHidden
      title={mode ? t(`linenPage.${mode.kind}`) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'counts-submit' } as never}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ counts: mode?.kind === 'back' ? mode.batch.sent : {} }}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
          {items.map((i) => (
            <Form.Item
              key={i}
              name={['counts', i]}
              label={mode?.kind === 'back' ? `${t(`linen.${i}`)} /${mode.batch.sent[i]}` : t(`linen.${i}`)}
            >
              <InputNumber min={0} max={5000} style={{ width: '100%' }} data-testid={`count-${i}`} />
            </Form.Item>
          ))}
        </div>
        <Form.Item name="note" label={t('common.note')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function LinenPage() {
  const { t } = useTranslation('guestRooms');
  const phone = useIsPhone();
  const { propertyId } = useSession();
  const stock = useQuery(linenQuery(propertyId)).data;
  const batches = useQuery(laundryQuery(propertyId)).data?.data ?? [];
  const [mode, setMode] = useState<Mode>(null);
  const manage = !!stock?.policies.manage;
  const text = (c: Counts | null) =>
    c
      ? LINEN_ITEMS.filter((i) => c[i])
          .map((i) => `${t(`linen.${i}`)}${c[i]}`)
          .join(' ')
      : '';
  const num = { width: phone ? 44 : 72, align: 'right' as const };
  return (
    <>
      <PageHeader
        title={t('nav.linen')}
        extra={
          <Space className="no-print" wrap>
            {manage && (
              <>
                <Button onClick={() => setMode({ kind: 'receive' })}>{t('linenPage.receive')}</Button>
                <Button type="primary" onClick={() => setMode({ kind: 'send' })} data-testid="laundry-send">
                  {t('linenPage.send')}
                </Button>
              </>
            )}
            <Button icon={<DownloadOutlined />} href={exportUrls.linen(propertyId)}>
              {!phone && t('common.export')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {!phone && t('common.print')}
            </Button>
          </Space>
        }
      />
      <Table
        size="small"
        rowKey="item"
        pagination={false}
        dataSource={stock?.data ?? []}
        data-testid="linen-stock"
        columns={[
          { title: t('linenPage.item'), dataIndex: 'item', render: (i: string) => t(`linen.${i}`) },
          { title: t('linenPage.inStore'), dataIndex: 'inStore', ...num },
          { title: t('linenPage.inRooms'), dataIndex: 'inRooms', ...num },
          { title: t('linenPage.dirty'), dataIndex: 'dirty', ...num },
          { title: t('linenPage.atLaundry'), dataIndex: 'atLaundry', ...num },
          { title: t('linenPage.total'), dataIndex: 'total', ...num },
          {
            title: t('linenPage.lost'),
            dataIndex: 'lost',
            ...num,
            render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('linenPage.batches')}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }}>
        {batches.map((b) => (
          <Card
            key={b.id}
            size="small"
            data-testid="laundry-batch"
            title={`${t('linenPage.sentAt')} ${dayjs(b.sentAt).format('MM-DD HH:mm')} · ${b.sentByName}`}
            extra={
              b.returnedAt ? (
                b.short ? (
                  <Tag color="red">{t('linenPage.shortfall')}</Tag>
                ) : (
                  <Tag color="green">{t('linenPage.returned')}</Tag>
                )
              ) : manage ? (
                <Button size="small" type="primary" onClick={() => setMode({ kind: 'back', batch: b })} data-testid="laundry-back">
                  {t('linenPage.back')}
                </Button>
              ) : (
                <Tag color="blue">{t('linenPage.outstanding')}</Tag>
              )
            }
          >
            <div>
              {t('linenPage.sent')}：{text(b.sent)}
            </div>
            {b.returned && (
              <div>
                {t('linenPage.returned')} {dayjs(b.returnedAt).format('MM-DD HH:mm')}：{text(b.returned)}
              </div>
            )}
            {b.short && (
              <Typography.Text type="danger">
                {t('linenPage.shortfall')}：{text(b.shortfall)}
              </Typography.Text>
            )}
            {b.note && <div>{b.note}</div>}
          </Card>
        ))}
      </div>
      <CountsModal mode={mode} onClose={() => setMode(null)} />
    </>
  );
}
