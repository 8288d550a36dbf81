/** 入住登记: the host unit, guests, room type and rooms (vacant clean only), planned check-out, keys and linen per room, the handover note. */
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { LINEN_ITEMS, ROOM_TYPES, type GuestRoom, type RoomType } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { guestKeys, roomsQuery, write } from '../api';

interface Values {
  hostUnit: string;
  guests: string;
  contactPhone?: string;
  roomType: RoomType;
  roomIds: string[];
  plannedCheckOutOn: Dayjs;
  keysPerRoom: number;
  linen: Record<string, number>;
  handoverNote?: string;
}
const DEFAULT_LINEN = { sheet: 2, duvet_cover: 2, pillowcase: 4, bath_towel: 2, face_towel: 2, glass: 2 };

export function CheckInModal({ open, room, onClose }: { open: boolean; room?: GuestRoom; onClose: () => void }) {
  const { t } = useTranslation('guestRooms');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const rooms = useQuery({ ...roomsQuery(propertyId), enabled: open }).data?.data ?? [];
  const type = Form.useWatch('roomType', form);
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      write.checkIn({
        propertyId,
        hostUnit: v.hostUnit,
        guests: v.guests
          .split(/[、,，\s]+/)
          .map((s) => s.trim())
          .filter(Boolean),
        contactPhone: v.contactPhone || null,
        roomType: v.roomType,
        roomIds: v.roomIds,
        plannedCheckOutOn: v.plannedCheckOutOn.format('YYYY-MM-DD'),
        keysPerRoom: v.keysPerRoom,
        linenPerRoom: v.linen,
        handoverNote: v.handoverNote || null,
      }),
    form,
    invalidate: [guestKeys.all],
    success: t('stay.checkInDone'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('board.checkIn')}
      destroyOnHidden
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'checkin-submit' } as never}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          keysPerRoom: 1,
          linen: DEFAULT_LINEN,
          plannedCheckOutOn: dayjs().add(1, 'day'),
          roomType: room?.roomType ?? 'standard',
          roomIds: room ? [room.id] : [],
        }}
      >
        <Form.Item name="hostUnit" label={t('stay.hostUnit')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="checkin-unit" />
        </Form.Item>
        <Form.Item name="guests" label={t('stay.guests')} extra={t('stay.guestsHint')} rules={[{ required: true }]}>
          <Input maxLength={400} data-testid="checkin-guests" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('stay.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="roomType" label={t('stay.roomType')} rules={[{ required: true }]}>
          <Select
            options={ROOM_TYPES.map((r) => ({ value: r, label: t(`type.${r}`) }))}
            onChange={() => form.setFieldValue('roomIds', [])}
          />
        </Form.Item>
        <Form.Item name="roomIds" label={t('stay.rooms')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="checkin-rooms"
            options={rooms
              .filter((r) => r.roomType === type && (r.status === 'vacant_clean' || r.id === room?.id))
              .map((r) => ({ value: r.id, label: `${r.building} ${r.number}` }))}
          />
        </Form.Item>
        <Form.Item name="plannedCheckOutOn" label={t('stay.plannedOut')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="keysPerRoom" label={t('stay.keys')} rules={[{ required: true }]}>
          <InputNumber min={0} max={4} />
        </Form.Item>
        <div style={{ marginBottom: 8 }}>{t('stay.linenOut')}</div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
          {LINEN_ITEMS.map((i) => (
            <Form.Item key={i} name={['linen', i]} label={t(`linen.${i}`)} style={{ marginBottom: 8 }}>
              <InputNumber min={0} max={20} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </div>
        <Form.Item name="handoverNote" label={t('stay.handover')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
