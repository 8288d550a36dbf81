/** 单次排班: one shift (overtime when outside the working hours) for one person, with a note. */
import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';
import { useAddShift } from '../api';

export function AddShiftModal({ open, people, onClose }: { open: boolean; people: { value: string; label: string }[]; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const pid = useSession().propertyId;
  const [form] = Form.useForm<{ userId: string; span: [Dayjs, Dayjs]; note?: string }>();
  const addShift = useAddShift({ form, success: t('roster.shiftAdded'), onSuccess: onClose });
  useResetOnOpen(form, open);
  return (
    <Modal
      open={open}
      title={t('roster.addShift')}
      destroyOnClose
      onCancel={onClose}
      confirmLoading={addShift.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        addShift.mutate({
          propertyId: pid,
          userId: v.userId,
          startsAt: v.span[0].toISOString(),
          endsAt: v.span[1].toISOString(),
          note: v.note || null,
        });
      }}
    >
      <Typography.Paragraph type="secondary">{t('roster.shiftHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="userId" label={t('staff.name')} rules={[{ required: true, message: t('staff.name') }]}>
          <Select showSearch options={people} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="span" label={t('roster.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('after.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
