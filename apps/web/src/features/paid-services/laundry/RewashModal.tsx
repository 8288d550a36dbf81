import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LaundryRequest } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { laundryKeys, rewashLaundry } from './api';

/** Not up to standard: back to the laundry with what is wrong (a re-wash round, no second charge). */
export function RewashModal({ r, onClose }: { r: LaundryRequest | null; onClose: () => void }) {
  const { t } = useTranslation('laundry');
  const [form] = Form.useForm<{ note: string }>();
  const m = useApiMutation<string>({
    mutationFn: (note) => rewashLaundry(r!.id, note),
    invalidate: [laundryKeys.all],
    success: t('done.rewash'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    form,
  });
  return (
    <Modal
      open={!!r}
      title={t('rewash.title')}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => m.mutate(v.note))}
      confirmLoading={m.isPending}
      okText={t('act.submit')}
      cancelText={t('act.cancel')}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={t('rewash.note')} rules={[{ required: true, max: 300 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
