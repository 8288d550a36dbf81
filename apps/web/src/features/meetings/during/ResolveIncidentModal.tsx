/** Resolves an incident: who handled it and how. */
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useResolveIncident, type Incident } from '../api';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';

export function ResolveIncidentModal({ incident, onClose }: { incident: Incident | null; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm();
  const resolve = useResolveIncident({ form, success: t('incident.resolvedMsg') });
  useResetOnOpen(form, !!incident);
  return (
    <Modal
      open={!!incident}
      title={t('incident.resolve')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'resolve-submit' }}
      confirmLoading={resolve.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        resolve.mutate({ incidentId: incident!.id, handledBy: v.handledBy || null, handling: v.handling }, { onSuccess: onClose });
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="handledBy" label={t('incident.handledBy')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="handling"
          label={t('incident.handling')}
          rules={[{ required: true, whitespace: true, message: t('incident.handlingRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="resolve-handling" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
