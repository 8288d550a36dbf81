/** 派工单: paid or free, urgency, the work, who reported it, the engineer (with their open work orders). */
import { Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseOptions } from '../labels';
import { useRequired } from './useRequired';

export function IssueFields({ assigneeOptions }: { assigneeOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation('cases');
  const O = useCaseOptions();
  const req = useRequired();
  return (
    <>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item name="paid" label={t('field.paid')} valuePropName="checked">
          <Switch checkedChildren={t('wo.paid')} unCheckedChildren={t('wo.free')} />
        </Form.Item>
        <Form.Item name="urgency" label={t('field.urgency')}>
          <Radio.Group optionType="button" options={O.urgency} />
        </Form.Item>
      </div>
      <Form.Item name="content" label={t('field.workContent')} rules={req(t('field.workContent'))}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="wo-content" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <Form.Item name="customerName" label={t('field.customer')} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="reportingDepartment" label={t('field.reportingDepartment')} style={{ flex: 1 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="reporterName" label={t('field.reporter')} style={{ flex: 1 }}>
          <Input maxLength={64} />
        </Form.Item>
      </div>
      <Form.Item name="assigneeId" label={t('field.assignee')} extra={assigneeOptions.length ? undefined : t('wo.anyEngineerHint')}>
        <Select
          allowClear
          disabled={!assigneeOptions.length}
          placeholder={t('wo.anyEngineer')}
          options={assigneeOptions}
          data-testid="wo-assignee"
        />
      </Form.Item>
    </>
  );
}
