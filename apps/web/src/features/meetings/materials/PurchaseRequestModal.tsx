/** 《会议采购通知单》: the items to buy (kind, name, quantity, unit, unit price), the buyer and a note. */
import { useEffect } from 'react';
import { Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { type PurchaseRequestBody, PURCHASE_KINDS, money, toFen } from '@hy/contracts';
import { useRequestPurchase } from '../api';

interface PurchaseForm {
  items: { kind: PurchaseRequestBody['items'][number]['kind']; name: string; qty: number; unit: string; unitYuan: number }[];
  purchaser?: string;
  note?: string;
}

export function PurchaseRequestModal({ noticeId, open, onClose }: { noticeId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<PurchaseForm>();
  const request = useRequestPurchase({ form, success: t('purchase.sent'), onSuccess: onClose });
  const items = Form.useWatch('items', form) ?? [];
  const sum = items.reduce((s, i) => s + toFen(i?.unitYuan) * (i?.qty ?? 0), 0);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      items: [{ kind: 'bottled_water', name: t('purchase.kinds.bottled_water'), qty: 1, unit: t('purchase.defaultUnit'), unitYuan: 0 }],
    });
  }, [open, form, t]);
  return (
    <Modal
      open={open}
      width={760}
      title={t('purchase.new')}
      destroyOnClose
      onCancel={onClose}
      okText={t('purchase.send')}
      confirmLoading={request.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        request.mutate({
          noticeId,
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
  );
}
