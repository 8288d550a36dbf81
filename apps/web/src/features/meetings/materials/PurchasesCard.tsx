/** Proxy purchases 《会议采购通知单》 (代订代购): request, then record the cost and invoice or cancel. */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PURCHASE_KINDS } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { money, toFen, toYuan, type PurchaseCompleteBody, type PurchaseRequestBody } from '@hy/contracts';
import { purchasesQuery, useCompletePurchase, useRequestPurchase, type Notice, type Purchase } from '../api';
import { fmtAt } from '../labels';

interface PurchaseForm {
  items: { kind: PurchaseRequestBody['items'][number]['kind']; name: string; qty: number; unit: string; unitYuan: number }[];
  purchaser?: string;
  note?: string;
}

export function PurchasesCard({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const manage = session.can('meetings.fees.manage');
  const q = useQuery(purchasesQuery(n.id));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PurchaseForm>();
  const [done, setDone] = useState<Purchase | null>(null);
  const [doneForm] = Form.useForm<{ status: 'purchased' | 'cancelled'; total?: number; invoiceRef?: string }>();
  const request = useRequestPurchase({ form, success: t('purchase.sent'), onSuccess: () => setOpen(false) });
  const complete = useCompletePurchase({ form: doneForm, success: t('purchase.completed'), onSuccess: () => setDone(null) });
  const status = Form.useWatch('status', doneForm);
  const items = Form.useWatch('items', form) ?? [];
  const sum = items.reduce((s, i) => s + toFen(i?.unitYuan) * (i?.qty ?? 0), 0);
  const rows = q.data?.data ?? [];
  return (
    <Card
      size="small"
      title={t('purchase.title')}
      data-testid="purchases"
      extra={
        manage && (
          <Button
            size="small"
            type="primary"
            icon={<ShoppingCartOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({
                items: [
                  { kind: 'bottled_water', name: t('purchase.kinds.bottled_water'), qty: 1, unit: t('purchase.defaultUnit'), unitYuan: 0 },
                ],
              });
              setOpen(true);
            }}
            data-testid="purchase-new"
          >
            {t('purchase.new')}
          </Button>
        )
      }
    >
      {q.isLoading ? (
        <Skeleton active />
      ) : !rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('purchase.none')} />
      ) : (
        <Table<Purchase>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            {
              title: t('purchase.number'),
              dataIndex: 'number',
              width: 170,
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
            },
            { title: t('purchase.items'), render: (_, p) => p.items.map((i) => `${i.name}×${i.qty}${i.unit}`).join('、') },
            { title: t('purchase.purchaser'), width: 100, render: (_, p) => p.purchaser ?? '—' },
            { title: t('fee.total'), width: 110, align: 'right', render: (_, p) => money(p.totalFen) },
            {
              title: t('purchase.statusCol'),
              width: 160,
              render: (_, p) => (
                <div>
                  <Tag color={p.status === 'purchased' ? 'green' : p.status === 'cancelled' ? 'default' : 'orange'}>
                    {t(`purchase.status.${p.status}`)}
                  </Tag>
                  {p.invoiceRef && (
                    <div className="mt-sub">
                      {t('fee.invoiceRef')} {p.invoiceRef}
                    </div>
                  )}
                  <div className="mt-sub">{fmtAt(p.purchasedAt ?? p.requestedAt, tz)}</div>
                </div>
              ),
            },
            {
              title: '',
              width: 90,
              render: (_, p) =>
                manage &&
                p.status === 'requested' && (
                  <Button
                    size="small"
                    onClick={() => {
                      doneForm.setFieldsValue({ status: 'purchased', total: toYuan(p.totalFen), invoiceRef: undefined });
                      setDone(p);
                    }}
                  >
                    {t('purchase.complete')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={open}
        width={760}
        title={t('purchase.new')}
        destroyOnClose
        onCancel={() => setOpen(false)}
        okText={t('purchase.send')}
        confirmLoading={request.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          request.mutate({
            noticeId: n.id,
            body: {
              items: v.items.map((i) => ({ kind: i.kind, name: i.name, qty: i.qty, unit: i.unit, unitFen: toFen(i.unitYuan) })),
              purchaser: v.purchaser || null,
              note: v.note || null,
            },
          });
        }}
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('purchase.hint')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false}>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap className="mt-form-row">
                    <Form.Item name={[f.name, 'kind']}>
                      <Select
                        style={{ width: 130 }}
                        options={PURCHASE_KINDS.map((k) => ({ value: k, label: t(`purchase.kinds.${k}`) }))}
                        onChange={(k: string) => form.setFieldValue(['items', f.name, 'name'], t(`purchase.kinds.${k}`))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('fee.item') }]}>
                      <Input placeholder={t('fee.item')} maxLength={100} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'qty']} rules={[{ required: true, message: t('fee.qty') }]}>
                      <InputNumber min={1} precision={0} style={{ width: 80 }} placeholder={t('fee.qty')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']} rules={[{ required: true, whitespace: true, message: t('fee.unit') }]}>
                      <Input maxLength={16} style={{ width: 64 }} placeholder={t('fee.unit')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unitYuan']} rules={[{ required: true, message: t('fee.unitPrice') }]}>
                      <InputNumber min={0} precision={2} prefix="¥" style={{ width: 120 }} placeholder={t('fee.unitPrice')} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                <Button
                  type="dashed"
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'other', qty: 1, unit: t('purchase.defaultUnit'), unitYuan: 0 })}
                >
                  {t('purchase.addLine')}
                </Button>
                <Typography.Text strong style={{ float: 'right' }}>
                  {t('fee.total')} {money(sum)}
                </Typography.Text>
              </>
            )}
          </Form.List>
          <Row gutter={12} style={{ marginTop: 12 }}>
            <Col span={8}>
              <Form.Item name="purchaser" label={t('purchase.purchaser')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item name="note" label={t('fee.note')}>
                <Input maxLength={1000} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Modal>
      <Modal
        open={!!done}
        title={done ? `${t('purchase.complete')} · ${done.number}` : ''}
        destroyOnClose
        onCancel={() => setDone(null)}
        confirmLoading={complete.isPending}
        onOk={async () => {
          const v = await doneForm.validateFields();
          const body: PurchaseCompleteBody =
            v.status === 'purchased'
              ? { status: 'purchased', totalFen: toFen(v.total), invoiceRef: v.invoiceRef || null }
              : { status: 'cancelled' };
          complete.mutate({ id: done!.id, body });
        }}
      >
        <Form form={doneForm} layout="vertical">
          <Form.Item name="status">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'purchased', label: t('purchase.status.purchased') },
                { value: 'cancelled', label: t('purchase.status.cancelled') },
              ]}
            />
          </Form.Item>
          {status !== 'cancelled' && (
            <>
              <Form.Item name="total" label={t('purchase.actual')} rules={[{ required: true }]}>
                <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="invoiceRef" label={t('fee.invoiceRef')}>
                <Input maxLength={100} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
