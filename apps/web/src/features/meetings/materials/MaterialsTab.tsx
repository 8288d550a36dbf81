/**
 * 物资 tab (SPEC M7; seed 004 §3.3C, §5.2.3): materials drawn from the warehouse and counted back
 * (returned / lost — losses go to the fee statement), and proxy purchases 《会议采购通知单》
 * (代订代购) with their cost and invoice.
 */
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
import { ExportOutlined, ImportOutlined, MinusCircleOutlined, PlusOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PURCHASE_KINDS } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { money, moreKeys, toFen, toYuan, useWarehouseItems, type MaterialRow, type Purchase } from '../api/services';
import type { Notice } from '../api/types';
import { fmtAt } from '../labels';
import { useRun } from '../panelHelpers';

function MaterialsCard({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const run = useRun();
  const q = useQuery({
    queryKey: moreKeys.materials(n.id),
    queryFn: () => api.get<{ data: MaterialRow[] }>(`/service-notices/${n.id}/materials`),
  });
  const items = useWarehouseItems(n.propertyId);
  const [checkout] = Form.useForm<{ itemId: string; qty: number }>();
  const [ret, setRet] = useState<MaterialRow | null>(null);
  const [retForm] = Form.useForm<{ returned: number; lost: number }>();
  const rows = q.data?.data ?? [];
  const stockOf = (id: string) => items.data?.data.find((i) => i.id === id);
  return (
    <Card size="small" title={t('mat.title')} data-testid="materials">
      <Form
        form={checkout}
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        initialValues={{ qty: 1 }}
        onFinish={async (v) => {
          const r = await run(() => api.post(`/service-notices/${n.id}/materials/checkout`, v), t('mat.checkedOut'), checkout);
          if (r) checkout.resetFields();
        }}
      >
        <Form.Item name="itemId" rules={[{ required: true, message: t('mat.pick') }]}>
          <Select
            style={{ width: 280 }}
            placeholder={t('mat.pick')}
            showSearch
            optionFilterProp="search"
            loading={items.isLoading}
            options={(items.data?.data ?? []).map((i) => ({
              value: i.id,
              search: `${i.code} ${i.name}`,
              label: (
                <span>
                  {i.name}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('mat.stock', { n: i.stock, unit: i.unit })}
                  </Typography.Text>
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item name="qty" rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: 90 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<ExportOutlined />} data-testid="mat-checkout">
          {t('mat.checkout')}
        </Button>
      </Form>
      <Table<MaterialRow>
        size="small"
        rowKey="itemId"
        loading={q.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('mat.none') }}
        columns={[
          {
            title: t('mat.item'),
            render: (_, m) => (
              <span>
                {m.name} {m.technical && <Tag className="mt-flag">{t('mat.technical')}</Tag>}
              </span>
            ),
          },
          { title: t('mat.out'), align: 'right', render: (_, m) => `${m.checkedOut} ${m.unit}` },
          { title: t('mat.returned'), align: 'right', dataIndex: 'returned' },
          {
            title: t('mat.lost'),
            align: 'right',
            render: (_, m) => (m.lost ? <Typography.Text type="danger">{m.lost}</Typography.Text> : 0),
          },
          {
            title: t('mat.outstanding'),
            align: 'right',
            render: (_, m) =>
              m.outstanding ? (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {m.outstanding}
                </Tag>
              ) : (
                <Tag color="green" style={{ marginInlineEnd: 0 }}>
                  0
                </Tag>
              ),
          },
          { title: t('mat.lossFee'), align: 'right', render: (_, m) => (m.lossFen ? money(m.lossFen) : '—') },
          {
            title: '',
            width: 110,
            render: (_, m) =>
              m.outstanding > 0 && (
                <Button
                  size="small"
                  icon={<ImportOutlined />}
                  onClick={() => {
                    retForm.setFieldsValue({ returned: m.outstanding, lost: 0 });
                    setRet(m);
                  }}
                  data-testid="mat-return"
                >
                  {t('mat.return')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={!!ret}
        title={ret ? `${t('mat.return')} · ${ret.name}` : ''}
        destroyOnClose
        onCancel={() => setRet(null)}
        onOk={async () => {
          const v = await retForm.validateFields();
          const r = await run(
            () =>
              api.post(`/service-notices/${n.id}/materials/return`, { itemId: ret!.itemId, returned: v.returned ?? 0, lost: v.lost ?? 0 }),
            t('mat.returnedMsg'),
            retForm,
          );
          if (r) setRet(null);
        }}
      >
        {ret && (
          <>
            <Typography.Paragraph type="secondary">
              {t('mat.returnHint', { n: ret.outstanding, unit: ret.unit })}
              {stockOf(ret.itemId)?.lossFen ? ` ${t('mat.lossPrice', { price: money(stockOf(ret.itemId)!.lossFen) })}` : ''}
            </Typography.Paragraph>
            <Form form={retForm} layout="inline">
              <Form.Item name="returned" label={t('mat.returned')}>
                <InputNumber min={0} max={ret.outstanding} precision={0} />
              </Form.Item>
              <Form.Item name="lost" label={t('mat.lost')}>
                <InputNumber min={0} max={ret.outstanding} precision={0} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </Card>
  );
}

interface PurchaseForm {
  items: { kind: string; name: string; qty: number; unit: string; unitYuan: number }[];
  purchaser?: string;
  note?: string;
}

function PurchasesCard({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const run = useRun();
  const manage = session.can('meetings.fees.manage');
  const q = useQuery({
    queryKey: moreKeys.purchases(n.id),
    queryFn: () => api.get<{ data: Purchase[] }>(`/service-notices/${n.id}/purchases`),
  });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PurchaseForm>();
  const [done, setDone] = useState<Purchase | null>(null);
  const [doneForm] = Form.useForm<{ status: 'purchased' | 'cancelled'; total?: number; invoiceRef?: string }>();
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
        onOk={async () => {
          const v = await form.validateFields();
          const r = await run(
            () =>
              api.post(`/service-notices/${n.id}/purchases`, {
                items: v.items.map((i) => ({ kind: i.kind, name: i.name, qty: i.qty, unit: i.unit, unitFen: toFen(i.unitYuan) })),
                purchaser: v.purchaser || null,
                note: v.note || null,
              }),
            t('purchase.sent'),
            form,
          );
          if (r) setOpen(false);
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
        onOk={async () => {
          const v = await doneForm.validateFields();
          const body =
            v.status === 'purchased'
              ? { status: 'purchased', totalFen: toFen(v.total), invoiceRef: v.invoiceRef || null }
              : { status: 'cancelled' };
          const r = await run(() => api.post(`/meeting-purchases/${done!.id}/complete`, body), t('purchase.completed'), doneForm);
          if (r) setDone(null);
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

export function MaterialsTab({ n }: { n: Notice }) {
  const session = useSession();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="materials-tab">
      {session.can('meetings.materials') && <MaterialsCard n={n} />}
      {session.can('meetings.fees.read') && <PurchasesCard n={n} />}
    </Space>
  );
}
