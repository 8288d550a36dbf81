/** S8: the project manager closes unresolvable cases once a quarter (all or nothing). */
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { QUARTER_PATTERN, type CaseRow } from '@hy/contracts';
import { ApiError } from '../../lib/api';
import { closeUnresolvable, useCaseWrite } from './api';

export function CloseUnresolvableModal({
  open,
  propertyId,
  cases,
  onClose,
}: {
  open: boolean;
  propertyId: string;
  cases: CaseRow[];
  onClose(): void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const now = dayjs();
  const quarter = `${now.year()}Q${Math.floor(now.month() / 3) + 1}`;

  const write = useCaseWrite(closeUnresolvable, {
    success: (r) => t('dispatch.closedCount', { count: r.closed.length }),
    onSuccess: () => onClose(),
    onError: (_text, e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    write.mutate({ propertyId, quarter: v.quarter, caseIds: v.caseIds, note: v.note });
  };

  return (
    <Modal
      open={open}
      title={t('dispatch.closeUnresolvableTitle')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={write.isPending}
      destroyOnHidden
      maskClosable={false}
      okText={t('common:action.confirm')}
      cancelText={t('common:action.cancel')}
      width={600}
    >
      <Alert type="info" showIcon message={t('dispatch.closeUnresolvableHint')} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ quarter, caseIds: [] }}>
        <Form.Item name="quarter" label={t('dispatch.quarter')} rules={[{ required: true, pattern: QUARTER_PATTERN, message: '2026Q4' }]}>
          <Input maxLength={6} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="caseIds"
          label={t('dispatch.cases')}
          rules={[{ required: true, type: 'array', min: 1, message: t('required', { field: t('dispatch.cases') }) }]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            data-testid="unresolvable-cases"
            options={cases
              .filter((c) => c.status !== 'closed')
              .map((c) => ({ value: c.id, label: `${c.number} ${c.content.slice(0, 30)}` }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('dispatch.note')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('dispatch.note') }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
