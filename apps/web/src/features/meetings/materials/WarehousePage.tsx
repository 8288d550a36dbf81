/** /admin/warehouse — meeting materials in the warehouse (SPEC M7): stock, loss price charged on the fee statement, restock. */
import { useState } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Modal, Row, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { money, toFen } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateWarehouseItem, useRestockWarehouseItem, warehouseItemsQuery, type WarehouseItem } from '../api';
import '../meetings.css';

export default function WarehousePage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const pid = session.propertyId;
  const q = useQuery(warehouseItemsQuery(pid));
  const canEdit = session.can('meetings.warehouse');
  const [adding, setAdding] = useState(false);
  const [restock, setRestock] = useState<WarehouseItem | null>(null);
  const [form] = Form.useForm();
  const [rform] = Form.useForm<{ qty: number }>();
  const create = useCreateWarehouseItem({ form, success: t('wh.added'), onSuccess: () => setAdding(false) });
  const restockItem = useRestockWarehouseItem({ form: rform, success: t('wh.restocked'), onSuccess: () => setRestock(null) });
  const [search, setSearch] = useState('');
  const rows = (q.data?.data ?? []).filter((i) => !search || i.name.includes(search) || i.code.includes(search));
  return (
    <div data-testid="warehouse">
      <PageHeader
        title={t('wh.title')}
        extra={
          canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ stock: 0, loss: 0, technical: false, unit: t('purchase.defaultUnit') });
                setAdding(true);
              }}
              data-testid="wh-add"
            >
              {t('wh.add')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('wh.search')} onChange={(e) => setSearch(e.target.value.trim())} style={{ width: 240 }} />
          <Typography.Text type="secondary">{t('wh.count', { count: rows.length })}</Typography.Text>
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<WarehouseItem>
          size="small"
          rowKey="id"
          loading={q.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('wh.none') }}
          columns={[
            { title: t('price.code'), dataIndex: 'code', width: 150 },
            {
              title: t('mat.item'),
              render: (_, i) => (
                <span>
                  {i.name} {i.technical && <Tag className="mt-flag">{t('mat.technical')}</Tag>}
                </span>
              ),
            },
            {
              title: t('wh.stock'),
              align: 'right',
              width: 120,
              render: (_, i) => (
                <Typography.Text type={i.stock === 0 ? 'danger' : undefined} strong>
                  {i.stock} {i.unit}
                </Typography.Text>
              ),
            },
            { title: t('wh.lossPrice'), align: 'right', width: 130, render: (_, i) => (i.lossFen ? `${money(i.lossFen)}/${i.unit}` : '—') },
            {
              title: '',
              width: 100,
              render: (_, i) =>
                canEdit && (
                  <Button
                    size="small"
                    onClick={() => {
                      rform.setFieldsValue({ qty: 1 });
                      setRestock(i);
                    }}
                  >
                    {t('wh.restock')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={adding}
        title={t('wh.add')}
        destroyOnClose
        onCancel={() => setAdding(false)}
        confirmLoading={create.isPending}
        onOk={async () => {
          const v = await form.validateFields();
          create.mutate({
            propertyId: pid,
            code: v.code.trim(),
            name: v.name,
            unit: v.unit,
            stock: v.stock ?? 0,
            lossFen: toFen(v.loss),
            technical: !!v.technical,
          });
        }}
      >
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="code"
                label={t('price.code')}
                rules={[{ required: true, pattern: /^[a-z][a-z0-9_.]{1,63}$/, message: t('tpl.codeHint') }]}
              >
                <Input placeholder="av.mic_battery" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="name" label={t('mat.item')} rules={[{ required: true, whitespace: true, message: t('mat.item') }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="unit" label={t('fee.unit')} rules={[{ required: true, whitespace: true, message: t('fee.unit') }]}>
                <Input maxLength={16} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="stock" label={t('wh.stock')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="loss" label={t('wh.lossPrice')}>
                <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="technical" label={t('mat.technical')} valuePropName="checked" extra={t('wh.technicalHint')}>
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!restock}
        title={restock ? `${t('wh.restock')} · ${restock.name}` : ''}
        destroyOnClose
        onCancel={() => setRestock(null)}
        confirmLoading={restockItem.isPending}
        onOk={async () => {
          const v = await rform.validateFields();
          restockItem.mutate({ id: restock!.id, qty: v.qty });
        }}
      >
        <Form form={rform} layout="vertical">
          <Form.Item
            name="qty"
            label={t('wh.restockQty', { n: restock?.stock ?? 0, unit: restock?.unit ?? '' })}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
