/** 完工: the engineer records the work done and the materials used. */
import { Button, Drawer, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { MaterialsInput } from './MaterialsInput';
import { useWorkOrderStep } from './useWorkOrderStep';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';

export function CompleteDrawer({ wo, onClose }: { wo: WorkOrderWithCase | null; onClose(): void }) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const [form] = Form.useForm();
  const complete = useWorkOrderStep(form);
  useResetOnOpen(form, !!wo);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !wo) return;
    const materials = (v.materials ?? [])
      .filter((m: { name: string }) => m.name?.trim())
      .map((m: { name: string; qty: number; unit?: string }) => ({ name: m.name.trim(), qty: m.qty || 1, unit: m.unit?.trim() || null }));
    complete.mutate({ w: wo, path: 'complete', body: { workDone: v.workDone, materials } }, { onSuccess: onClose });
  };
  return (
    <Drawer
      open={!!wo}
      onClose={onClose}
      placement="bottom"
      height="auto"
      title={wo ? `${t('my.complete')} · ${wo.number}` : ''}
      destroyOnHidden
      styles={{ body: { paddingBottom: 16 } }}
    >
      <Form form={form} layout="vertical" initialValues={{ materials: [] }}>
        <Form.Item
          name="workDone"
          label={t('wo.workDone')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('wo.workDone') }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('my.workDonePlaceholder')} data-testid="my-workdone" />
        </Form.Item>
        <Form.Item name="materials" label={t('wo.materials')}>
          <MaterialsInput />
        </Form.Item>
        <Button type="primary" block size="large" loading={complete.isPending} onClick={submit} data-testid="my-complete-ok">
          {t('my.completeOk')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('my.completeHint', { name: me?.displayName ?? '' })}
      </Typography.Paragraph>
    </Drawer>
  );
}
