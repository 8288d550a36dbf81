/** 补货: how many of a warehouse item came in. */
import { useEffect } from 'react';
import { Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRestockWarehouseItem, type WarehouseItem } from '../api';

export function RestockModal({ item, onClose }: { item: WarehouseItem | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ qty: number }>();
  const restockItem = useRestockWarehouseItem({ form, success: t('wh.restocked'), onSuccess: onClose });
  useEffect(() => {
    if (item) form.setFieldsValue({ qty: 1 });
  }, [item, form]);
  return (
    <Modal
      open={!!item}
      title={item ? `${t('wh.restock')} · ${item.name}` : ''}
      destroyOnClose
      onCancel={onClose}
      confirmLoading={restockItem.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        restockItem.mutate({ id: item!.id, qty: v.qty });
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="qty" label={t('wh.restockQty', { n: item?.stock ?? 0, unit: item?.unit ?? '' })} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
