/** 纸质签认: staff record who signed the paper statement and when. */
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';
import { useConfirmStatement } from '../api';

export function PaperConfirmModal({ statementId, open, onClose }: { statementId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm<{ signerName: string; signedAt?: Dayjs }>();
  const confirmPaper = useConfirmStatement({ form, success: t('fee.confirmed'), onSuccess: onClose });
  useResetOnOpen(form, open);
  return (
    <Modal
      open={open}
      title={t('fee.paper')}
      onCancel={onClose}
      okText={t('fee.paperOk')}
      destroyOnClose
      confirmLoading={confirmPaper.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        confirmPaper.mutate({ id: statementId, signerName: v.signerName, signedAt: v.signedAt?.toISOString() ?? null });
      }}
    >
      <Typography.Paragraph type="secondary">{t('fee.paperHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="signerName"
          label={t('fee.signerName')}
          rules={[{ required: true, whitespace: true, message: t('fee.signerRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="signedAt" label={t('fee.signedAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
