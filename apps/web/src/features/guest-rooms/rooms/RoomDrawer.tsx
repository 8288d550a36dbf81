/** A room tapped on the board: who is in it and what can be done — check in or out, change status, inspect, cleaning done. */
import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, Select, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GuestRoom } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useSession } from '../../../lib/session';
import { guestKeys, inspectionsQuery, write } from '../api';
import { CheckOutModal } from '../stays/CheckOutModal';
import { InspectionModal } from './InspectionModal';

export function RoomDrawer({
  room,
  manage,
  onClose,
  onCheckIn,
}: {
  room: GuestRoom | null;
  manage: boolean;
  onClose: () => void;
  onCheckIn: (r: GuestRoom) => void;
}) {
  const { t } = useTranslation('guestRooms');
  const phone = useIsPhone();
  const { propertyId } = useSession();
  const [form] = Form.useForm<{ status: string; reason?: string }>();
  const [mode, setMode] = useState<'status' | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [checkingOut, setCheckingOut] = useState(false);
  const inspections = useQuery({ ...inspectionsQuery(propertyId), enabled: !!room && room.status === 'vacant_dirty' }).data?.data ?? [];
  const pending = room ? inspections.find((i) => i.roomId === room.id && !i.cleanedAt) : undefined;
  const status = useApiMutation({
    mutationFn: (v: { status: string; reason?: string }) => write.status(room!.id, { status: v.status, reason: v.reason || null }),
    form,
    invalidate: [guestKeys.all],
    success: t('board.statusDone'),
    onSuccess: () => setMode(null),
  });
  const cleaned = useApiMutation({
    mutationFn: () => write.cleaned(pending!.id),
    invalidate: [guestKeys.all],
    success: t('inspection.cleanedDone'),
    onSuccess: onClose,
  });
  const big = { minHeight: 44 };
  return (
    <Drawer
      open={!!room}
      onClose={() => {
        setMode(null);
        onClose();
      }}
      placement={phone ? 'bottom' : 'right'}
      height={phone ? '80%' : undefined}
      title={room ? `${room.building} ${room.number} · ${t(`type.${room.roomType}`)}` : ''}
      destroyOnHidden
    >
      {room && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('check.recorded')}>
              <Tag data-testid="drawer-status">{t(`status.${room.status}`)}</Tag>
            </Descriptions.Item>
            {room.statusReason && <Descriptions.Item label={t('board.reason')}>{room.statusReason}</Descriptions.Item>}
            {room.hostUnit && <Descriptions.Item label={t('stay.hostUnit')}>{room.hostUnit}</Descriptions.Item>}
            {room.guests.length > 0 && <Descriptions.Item label={t('board.guests')}>{room.guests.join('、')}</Descriptions.Item>}
            {room.plannedCheckOutOn && <Descriptions.Item label={t('board.plannedOut')}>{room.plannedCheckOutOn}</Descriptions.Item>}
          </Descriptions>
          {manage && (
            <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
              {room.status === 'vacant_clean' && (
                <Button block type="primary" style={big} onClick={() => onCheckIn(room)} data-testid="drawer-checkin">
                  {t('board.checkIn')}
                </Button>
              )}
              {room.status === 'occupied' && room.stayId && (
                <Button block type="primary" style={big} onClick={() => setCheckingOut(true)} data-testid="drawer-checkout">
                  {t('board.checkOut')}
                </Button>
              )}
              {room.status === 'vacant_dirty' && !pending && (
                <Button block type="primary" style={big} onClick={() => setInspecting(true)} data-testid="drawer-inspect">
                  {t('board.inspect')}
                </Button>
              )}
              {pending && (
                <Button
                  block
                  type="primary"
                  style={big}
                  loading={cleaned.isPending}
                  onClick={() => cleaned.mutate()}
                  data-testid="drawer-cleaned"
                >
                  {t('board.cleaned')}
                </Button>
              )}
              {room.status !== 'occupied' && (
                <Button block style={big} onClick={() => setMode('status')} data-testid="drawer-status-open">
                  {t('board.changeStatus')}
                </Button>
              )}
              {mode === 'status' && (
                <Form form={form} layout="vertical" onFinish={(v) => status.mutate(v)}>
                  <Form.Item name="status" label={t('board.newStatus')} rules={[{ required: true }]}>
                    <Select
                      options={(['vacant_clean', 'vacant_dirty', 'out_of_order'] as const)
                        .filter((s) => s !== room.status)
                        .map((s) => ({ value: s, label: t(`status.${s}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name="reason" label={t('board.reason')}>
                    <Input.TextArea rows={2} maxLength={300} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={status.isPending} style={big}>
                    {t('common.save')}
                  </Button>
                </Form>
              )}
            </Space>
          )}
          <InspectionModal open={inspecting} room={room} onClose={() => setInspecting(false)} />
          {room.stayId && <CheckOutModal open={checkingOut} stayId={room.stayId} onClose={() => setCheckingOut(false)} onDone={onClose} />}
        </>
      )}
    </Drawer>
  );
}
