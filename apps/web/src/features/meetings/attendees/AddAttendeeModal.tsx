/** Adds one attendee by hand: name, phone, organization, title, seat, note. */
import type { AttendeeBody } from '@hy/contracts';
import { Col, Form, Input, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddAttendee } from '../api';
import { useResetOnOpen } from '../../../lib/useResetOnOpen';

const FIELDS = [
  { name: 'phone', label: 'att.phone', max: 30 },
  { name: 'organization', label: 'att.organization', max: 100 },
  { name: 'title', label: 'att.title', max: 50 },
  { name: 'seat', label: 'att.seat', max: 20 },
  { name: 'note', label: 'after.note', max: 200 },
];

export function AddAttendeeModal({ noticeId, open, onClose }: { noticeId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  const [form] = Form.useForm();
  const add = useAddAttendee({ form, success: t('att.added'), onSuccess: onClose });
  useResetOnOpen(form, open);
  return (
    <Modal
      open={open}
      title={t('att.add')}
      destroyOnClose
      onCancel={onClose}
      confirmLoading={add.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        const body = Object.fromEntries(
          Object.entries(v).map(([k, x]) => [k, typeof x === 'string' && !x.trim() ? null : x]),
        ) as AttendeeBody;
        add.mutate({ noticeId, body });
      }}
    >
      <Form form={form} layout="vertical">
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t('att.name')} rules={[{ required: true, whitespace: true, message: t('att.name') }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          {FIELDS.map((f) => (
            <Col key={f.name} span={12}>
              <Form.Item name={f.name} label={t(f.label)}>
                <Input maxLength={f.max} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
