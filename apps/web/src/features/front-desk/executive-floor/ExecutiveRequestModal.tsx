/** Record a request from an executive's office: who, what, by when; "while out" with a window for cleaning and repairs. */
import { useEffect } from 'react';
import { Checkbox, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { EXEC_DEPARTMENTS, EXEC_KIND_DEPARTMENT, EXEC_REQUEST_KINDS, type DirectoryEntry, type ExecRequestKind } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { createExecutiveRequest, executiveKeys } from './api';

interface Values {
  executive: DirectoryEntry | null;
  kind: ExecRequestKind;
  department: string;
  detail?: string;
  whenOut: boolean;
  window?: [Dayjs, Dayjs];
  dueAt?: Dayjs | null;
  via: 'phone' | 'in_person';
}

export function ExecutiveRequestModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['executive', 'common']);
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const whenOut = Form.useWatch('whenOut', form);
  const save = useApiMutation({
    mutationFn: createExecutiveRequest,
    form,
    invalidate: [executiveKeys.all],
    success: t('common:msg.saved'),
    onSuccess: onClose,
  });
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        executive: null,
        kind: 'tea',
        department: EXEC_KIND_DEPARTMENT.tea,
        whenOut: false,
        via: 'phone',
        window: undefined,
        dueAt: null,
      });
  }, [open, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.executive) return;
    save.mutate({
      propertyId,
      input: {
        executiveId: v.executive.id,
        kind: v.kind,
        department: v.department as (typeof EXEC_DEPARTMENTS)[number],
        detail: v.detail ?? null,
        whenOut: v.whenOut,
        windowFrom: v.whenOut && v.window ? v.window[0].toISOString() : null,
        windowTo: v.whenOut && v.window ? v.window[1].toISOString() : null,
        dueAt: v.dueAt ? v.dueAt.toISOString() : null,
        via: v.via,
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('page.new')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={save.isPending}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      okButtonProps={{ 'data-testid': 'exec-save' } as Record<string, string>}
      width="min(600px, calc(100vw - 16px))"
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="executive" label={t('field.executive')} rules={[{ required: true, message: t('field.executiveRequired') }]}>
          <DirectoryPicker executive kinds={['person']} testId="exec-executive" />
        </Form.Item>
        <Form.Item name="kind" label={t('field.kind')}>
          <Radio.Group
            optionType="button"
            onChange={(e) => form.setFieldValue('department', EXEC_KIND_DEPARTMENT[e.target.value as ExecRequestKind])}
            options={EXEC_REQUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="department" label={t('field.department')}>
          <Select options={EXEC_DEPARTMENTS.map((d) => ({ value: d, label: t(`department.${d}`) }))} />
        </Form.Item>
        <Form.Item name="detail" label={t('field.detail')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="exec-detail" />
        </Form.Item>
        <Form.Item name="whenOut" valuePropName="checked">
          <Checkbox data-testid="exec-when-out">{t('field.whenOut')}</Checkbox>
        </Form.Item>
        {whenOut && (
          <Form.Item name="window" label={t('field.window')}>
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="MM-DD HH:mm"
              style={{ width: '100%' }}
              minDate={dayjs().startOf('day')}
            />
          </Form.Item>
        )}
        <Form.Item name="dueAt" label={t('field.dueAt')} extra={t('field.dueAtHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="via" label={t('field.via')}>
          <Radio.Group options={(['phone', 'in_person'] as const).map((v) => ({ value: v, label: t(`via.${v}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
