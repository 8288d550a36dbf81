/** An on-the-spot payment of a paid repair with its receipt: the charge is then not billed monthly. */
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseWrite } from '../api';
import { recordPaid } from './api';

export function PaidModal({ open, woId, onClose }: { open: boolean; woId: string; onClose(): void }) {
  const { t } = useTranslation(['repairCharges', 'common']);
  const [form] = Form.useForm<{ receiptNo: string }>();
  const write = useCaseWrite((v: { receiptNo: string }) => recordPaid(woId, { receiptNo: v.receiptNo }), {
    form,
    success: t('paid.done'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      title={t('paid.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('paid.submit')}
      confirmLoading={write.isPending}
      destroyOnClose
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => write.mutate(v)}>
        <Form.Item name="receiptNo" label={t('paid.receiptNo')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="paid-receipt" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
