/** 排班: shifts at the working hours for the chosen people over a period (days already rostered are skipped). */
import { useEffect } from 'react';
import { DatePicker, Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { useGenerateRoster } from '../api';

export function GenerateRosterModal({
  open,
  range,
  people,
  onClose,
}: {
  open: boolean;
  /** the period shown, proposed */
  range: [Dayjs, Dayjs];
  people: { value: string; label: string }[];
  onClose(): void;
}) {
  const { t } = useTranslation('meetings');
  const pid = useSession().propertyId;
  const [form] = Form.useForm<{ userIds: string[]; range: [Dayjs, Dayjs] }>();
  const generate = useGenerateRoster({
    form,
    onSuccess: (r) => {
      onClose();
      Modal.success({ title: t('roster.generated', { created: r.created, skipped: r.skipped }) });
    },
  });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ range });
  }, [open, range, form]);
  return (
    <Modal
      open={open}
      title={t('roster.generate')}
      destroyOnClose
      onCancel={onClose}
      confirmLoading={generate.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        generate.mutate({
          propertyId: pid,
          userIds: v.userIds,
          from: v.range[0].format('YYYY-MM-DD'),
          to: v.range[1].format('YYYY-MM-DD'),
        });
      }}
    >
      <Typography.Paragraph type="secondary">{t('roster.generateHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="userIds" label={t('roster.people')} rules={[{ required: true, message: t('roster.people') }]}>
          <Select mode="multiple" options={people} optionFilterProp="label" maxTagCount="responsive" />
        </Form.Item>
        <Form.Item name="range" label={t('roster.period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
