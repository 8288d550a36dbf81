/** Approve / reject / cancel with a reason, as the booking's `policies` allow. */
import { useState } from 'react';
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { bookingKeys, useDecideBooking, type Booking, type BookingDecision } from './api';
import { useBookingLabels } from './labels';

type Kind = BookingDecision;

export function BookingActions({
  booking,
  onEdit,
  onChanged,
  size = 'middle',
  showEdit = true,
}: {
  booking: Booking;
  onEdit?: () => void;
  onChanged?: (b: Booking) => void;
  size?: 'small' | 'middle';
  showEdit?: boolean;
}) {
  const { t } = useBookingLabels();
  const qc = useQueryClient();
  const [kind, setKind] = useState<Kind | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const act = useDecideBooking({
    form,
    success: (b, { action }) => t(`actions.done.${action}`, { number: b.number }),
    onSuccess: (b) => {
      qc.setQueryData(bookingKeys.one(b.id), b);
      setKind(null);
      onChanged?.(b);
    },
  });
  const p = booking.policies;
  const reasonRequired = kind !== 'approve';
  return (
    <>
      <Space size={6} wrap>
        {p.approve && (
          <Button
            size={size}
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => {
              form.resetFields();
              setKind('approve');
            }}
            data-testid="approve-button"
          >
            {t('actions.approve')}
          </Button>
        )}
        {p.reject && (
          <Button
            size={size}
            danger
            icon={<CloseOutlined />}
            onClick={() => {
              form.resetFields();
              setKind('reject');
            }}
            data-testid="reject-button"
          >
            {t('actions.reject')}
          </Button>
        )}
        {showEdit && p.update && onEdit && (
          <Button size={size} icon={<EditOutlined />} onClick={onEdit} data-testid="edit-button">
            {t('actions.edit')}
          </Button>
        )}
        {p.cancel && (
          <Button
            size={size}
            icon={<StopOutlined />}
            onClick={() => {
              form.resetFields();
              setKind('cancel');
            }}
            data-testid="cancel-button"
          >
            {t('actions.cancel')}
          </Button>
        )}
        {p.cancel && booking.seriesId && (
          <Button
            size={size}
            danger
            type="text"
            onClick={() => {
              form.resetFields();
              setKind('cancelSeries');
            }}
          >
            {t('actions.cancelSeries')}
          </Button>
        )}
      </Space>
      <Modal
        open={!!kind}
        onCancel={() => setKind(null)}
        destroyOnHidden
        title={kind ? t(`actions.title.${kind}`, { number: booking.number }) : ''}
        okText={kind ? t(`actions.ok.${kind}`) : ''}
        cancelText={t('form.cancel')}
        okButtonProps={{ danger: kind !== 'approve', loading: act.isPending, 'data-testid': 'decision-ok' } as never}
        onOk={() => form.validateFields().then((v) => act.mutate({ booking, action: kind!, reason: v.reason?.trim() || undefined }))}
      >
        <Typography.Paragraph type="secondary">{kind ? t(`actions.hint.${kind}`) : ''}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={reasonRequired ? t('actions.reason') : t('actions.note')}
            rules={reasonRequired ? [{ required: true, whitespace: true, message: t('actions.reasonRequired') }] : []}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="decision-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
