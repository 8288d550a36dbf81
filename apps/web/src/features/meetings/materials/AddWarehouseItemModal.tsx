/** A new warehouse item: code, name, unit, stock, the loss price charged on the fee statement, technical or not. */
import { useEffect } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { toFen } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useCreateWarehouseItem } from '../api';

export function AddWarehouseItemModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const pid = useSession().propertyId;
  const [form] = Form.useForm();
  const create = useCreateWarehouseItem({ form, success: t('wh.added'), onSuccess: onClose });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ stock: 0, loss: 0, technical: false, unit: t('purchase.defaultUnit') });
  }, [open, form, t]);
  return (
    <Modal
      open={open}
      title={t('wh.add')}
      destroyOnClose
      onCancel={onClose}
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
  );
}
