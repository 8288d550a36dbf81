/** Materials drawn from the warehouse for the meeting and counted back (returned / lost — losses go to the fee statement). */
import { useState } from 'react';
import { Button, Card, Form, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { ExportOutlined, ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { noticeMaterialsQuery, useCheckoutMaterials, useReturnMaterials, warehouseItemsQuery, type MaterialRow, type Notice } from '../api';

export function MaterialsCard({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const q = useQuery(noticeMaterialsQuery(n.id));
  const items = useQuery(warehouseItemsQuery(n.propertyId));
  const [checkout] = Form.useForm<{ itemId: string; qty: number }>();
  const [ret, setRet] = useState<MaterialRow | null>(null);
  const [retForm] = Form.useForm<{ returned: number; lost: number }>();
  const takeOut = useCheckoutMaterials({ form: checkout, success: t('mat.checkedOut'), onSuccess: () => checkout.resetFields() });
  const giveBack = useReturnMaterials({ form: retForm, success: t('mat.returnedMsg'), onSuccess: () => setRet(null) });
  const rows = q.data?.data ?? [];
  const stockOf = (id: string) => items.data?.data.find((i) => i.id === id);
  return (
    <Card size="small" title={t('mat.title')} data-testid="materials">
      <Form
        form={checkout}
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        initialValues={{ qty: 1 }}
        onFinish={(v) => takeOut.mutate({ noticeId: n.id, ...v })}
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
        confirmLoading={giveBack.isPending}
        onOk={async () => {
          const v = await retForm.validateFields();
          giveBack.mutate({ noticeId: n.id, itemId: ret!.itemId, returned: v.returned ?? 0, lost: v.lost ?? 0 });
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
