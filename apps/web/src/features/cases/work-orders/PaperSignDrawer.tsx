/** 纸质签字: the customer signed the paper work order; the desk or the engineer records who. */
import { useEffect } from 'react';
import { Button, Drawer, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useWorkOrderStep } from './useWorkOrderStep';

export function PaperSignDrawer({ wo, onClose }: { wo: WorkOrderWithCase | null; onClose(): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const [form] = Form.useForm();
  const sign = useWorkOrderStep();
  useEffect(() => {
    if (wo) form.setFieldsValue({ name: wo.contactName ?? '' });
  }, [wo, form]);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !wo) return;
    sign.mutate({ w: wo, path: 'sign', body: { name: v.name, method: 'paper' } }, { onSuccess: onClose });
  };
  return (
    <Drawer open={!!wo} onClose={onClose} placement="bottom" height="auto" title={t('my.paperSign')} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('field.signerName')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('field.signerName') }) }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Button type="primary" block size="large" onClick={submit}>
          {t('common:action.confirm')}
        </Button>
      </Form>
    </Drawer>
  );
}
