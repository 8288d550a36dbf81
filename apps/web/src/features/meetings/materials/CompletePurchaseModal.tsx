/** Records a proxy purchase as bought (actual total, invoice) or cancelled. */
import type { PurchaseCompleteBody } from '@hy/contracts';
import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { toFen, toYuan } from '@hy/contracts';
import { useCompletePurchase, type Purchase } from '../api';

export function CompletePurchaseModal({ purchase, onClose }: { purchase: Purchase | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ status: 'purchased' | 'cancelled'; total?: number; invoiceRef?: string }>();
  const complete = useCompletePurchase({ form, success: t('purchase.completed'), onSuccess: onClose });
  const status = Form.useWatch('status', form);
  useEffect(() => {
    if (purchase) form.setFieldsValue({ status: 'purchased', total: toYuan(purchase.totalFen), invoiceRef: undefined });
  }, [purchase, form]);
  return (
    <Modal
      open={!!purchase}
      title={purchase ? `${t('purchase.complete')} · ${purchase.number}` : ''}
      destroyOnClose
      onCancel={onClose}
      confirmLoading={complete.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        const body: PurchaseCompleteBody =
          v.status === 'purchased'
            ? { status: 'purchased', totalFen: toFen(v.total), invoiceRef: v.invoiceRef || null }
            : { status: 'cancelled' };
        complete.mutate({ id: purchase!.id, body });
      }}
    >
      <Form form={form} layout="vertical">
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
  );
}
