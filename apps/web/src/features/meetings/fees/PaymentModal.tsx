/** 收款: an amount (at most what is due), when, how, the reference. */
import { useEffect, useRef } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { money, toFen, toYuan } from '@hy/contracts';
import { useRecordPayment, type FeeStatement } from '../api';

export function PaymentModal({ s, open, onClose }: { s: FeeStatement; open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ amount: number; paidAt?: Dayjs; method?: string; reference?: string }>();
  const recordPayment = useRecordPayment({ form, success: t('fee.paymentRecorded'), onSuccess: onClose });
  // what is due when the dialog opens is the amount it proposes
  const due = useRef(s.dueFen);
  due.current = s.dueFen;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ amount: toYuan(due.current) });
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('fee.recordPayment')}
      onCancel={onClose}
      destroyOnClose
      confirmLoading={recordPayment.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        recordPayment.mutate({
          id: s.id,
          amountFen: toFen(v.amount),
          paidAt: v.paidAt?.toISOString() ?? null,
          method: v.method || null,
          reference: v.reference || null,
        });
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="amount" label={t('fee.amountYuan')} rules={[{ required: true }]} extra={t('fee.dueNow', { due: money(s.dueFen) })}>
          <InputNumber min={0.01} max={toYuan(s.dueFen)} precision={2} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="paidAt" label={t('fee.paidAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="method" label={t('fee.method')}>
          <Select
            allowClear
            options={['transfer', 'cash', 'card', 'other'].map((m) => ({ value: t(`fee.methods.${m}`), label: t(`fee.methods.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="reference" label={t('fee.reference')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
