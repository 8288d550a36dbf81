/** Reports an incident: kind (the AV plan for an equipment failure), severity, what happened, who handles it and how. */
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS } from '@hy/contracts';
import { useReportIncident } from '../api';
import { AvPlanAlert } from './AvPlanAlert';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';

export function ReportIncidentModal({ noticeId, open, onClose }: { noticeId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const report = useReportIncident({ form, success: t('incident.reported') });
  useResetOnOpen(form, open);
  return (
    <Modal
      open={open}
      title={t('incident.report')}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'incident-submit' }}
      width={560}
      confirmLoading={report.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        report.mutate({ noticeId, body: { ...v, handledBy: v.handledBy || null, handling: v.handling || null } }, { onSuccess: onClose });
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'equipment_failure', severity: 'normal' }} preserve={false}>
        <Form.Item name="kind" label={t('incident.kind')}>
          <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incident.kinds.${k}`) }))} data-testid="incident-kind" />
        </Form.Item>
        {kind === 'equipment_failure' && <AvPlanAlert style={{ marginBottom: 12 }} testid="av-plan" />}
        <Form.Item name="severity" label={t('incident.severity')}>
          <Radio.Group
            options={[
              { value: 'normal', label: t('incident.severities.normal') },
              { value: 'serious', label: t('incident.severities.serious') },
            ]}
          />
        </Form.Item>
        <Form.Item name="description" label={t('incident.description')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="incident-description" />
        </Form.Item>
        <Form.Item name="handledBy" label={t('incident.handledBy')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="handling" label={t('incident.handling')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
