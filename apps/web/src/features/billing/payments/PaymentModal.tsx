/** Take a payment on a notice (billing.payments): amount (part payments allowed), method, payer, reference. */
import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillingNoticeDetail, PaymentMethodCode } from '@hy/contracts';
import { PAYMENT_METHODS, money, toFen } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { payKeys } from '../notices/api';
import { recordPayment } from './api';

interface Values {
  amount: number;
  method: PaymentMethodCode;
  payerName: string;
  reference?: string;
}

export function PaymentModal({ n, open, onClose }: { n: BillingNoticeDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('billingPayments');
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      recordPayment({
        noticeId: n.id,
        input: { amountFen: toFen(v.amount), method: v.method, payerName: v.payerName, reference: v.reference || null },
      }),
    form,
    invalidate: [payKeys.all],
    success: (r) => t('pay.done', { number: r.number }),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={`${t('pay.title')} · ${n.number}`}
      okText={t('pay.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnClose
    >
      <Typography.Paragraph type="secondary">{t('pay.outstanding', { amount: money(n.outstandingFen) })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amount: n.outstandingFen / 100, method: 'transfer' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="amount" label={t('pay.amount')} rules={[{ required: true }]} validateFirst>
          <InputNumber min={0.01} step={0.01} precision={2} style={{ width: '100%' }} data-testid="pay-amount" />
        </Form.Item>
        <Form.Item name="method" label={t('pay.method')} rules={[{ required: true }]}>
          <Select options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} data-testid="pay-method" />
        </Form.Item>
        <Form.Item name="payerName" label={t('pay.payer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} data-testid="pay-payer" />
        </Form.Item>
        <Form.Item name="reference" label={t('pay.reference')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
