/**
 * 客房房态 (T6): the guest rooms by floor, coloured by status, the counts on top; tapping a room opens what can
 * be done with it (check in, check out, change status, inspect, cleaning done). A tab lists the inspections and
 * the items left behind.
 */
import { useState } from 'react';
import { Button, Empty, Space, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GuestRoom, RoomStatus } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { roomsQuery } from '../api';
import { CheckInModal } from '../stays/CheckInModal';
import { InspectionsTab } from './InspectionsTab';
import { RoomDrawer } from './RoomDrawer';

export const STATUS_COLORS: Record<RoomStatus, { bg: string; border: string; tag: string }> = {
  vacant_clean: { bg: '#f6ffed', border: '#52c41a', tag: 'success' },
  vacant_dirty: { bg: '#fffbe6', border: '#faad14', tag: 'warning' },
  occupied: { bg: '#e6f4ff', border: '#1677ff', tag: 'processing' },
  out_of_order: { bg: '#fff1f0', border: '#ff4d4f', tag: 'error' },
};

function Board({ onCheckIn }: { onCheckIn: (r: GuestRoom) => void }) {
  const { t } = useTranslation('guestRooms');
  const { propertyId } = useSession();
  const q = useQuery(roomsQuery(propertyId));
  const [open, setOpen] = useState<string | null>(null);
  const rooms = q.data?.data ?? [];
  const floors = [...new Map(rooms.map((r) => [`${r.building}|${r.floor}`, { building: r.building, floor: r.floor }])).values()];
  const room = rooms.find((r) => r.id === open) ?? null;
  if (!q.isLoading && !rooms.length) return <Empty description={t('common.empty')} />;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }} data-testid="room-counts">
        {(Object.keys(STATUS_COLORS) as RoomStatus[]).map((s) => (
          <Tag key={s} color={STATUS_COLORS[s].tag} style={{ fontSize: 14, padding: '2px 8px' }}>
            {t(`status.${s}`)} {q.data?.counts[s] ?? 0}
          </Tag>
        ))}
      </Space>
      {floors.map((f) => (
        <div key={`${f.building}${f.floor}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
            {t('board.floor', { building: f.building, floor: f.floor })}
          </Typography.Title>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(108px, 1fr))', gap: 8 }}>
            {rooms
              .filter((r) => r.building === f.building && r.floor === f.floor)
              .map((r) => (
                <button
                  key={r.id}
                  type="button"
                  data-testid={`room-${r.number}`}
                  data-status={r.status}
                  onClick={() => setOpen(r.id)}
                  style={{
                    textAlign: 'left',
                    minHeight: 76,
                    padding: '8px 10px',
                    borderRadius: 8,
                    cursor: 'pointer',
                    background: STATUS_COLORS[r.status].bg,
                    border: `2px solid ${STATUS_COLORS[r.status].border}`,
                  }}
                >
                  <div style={{ fontSize: 18, fontWeight: 600 }}>{r.number}</div>
                  <div style={{ fontSize: 12, color: '#555' }}>{t(`type.${r.roomType}`)}</div>
                  <div style={{ fontSize: 12 }}>{r.status === 'occupied' ? r.hostUnit : t(`status.${r.status}`)}</div>
                </button>
              ))}
          </div>
        </div>
      ))}
      <RoomDrawer room={room} manage={!!q.data?.policies.manage} onClose={() => setOpen(null)} onCheckIn={onCheckIn} />
    </>
  );
}

export default function BoardPage() {
  const { t } = useTranslation('guestRooms');
  const { can } = useSession();
  const [tab, setTab] = useState('board');
  const [checkIn, setCheckIn] = useState<{ open: boolean; room?: GuestRoom }>({ open: false });
  return (
    <>
      <PageHeader
        title={t('nav.board')}
        extra={
          can('guestrooms.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              style={{ minHeight: 40 }}
              onClick={() => setCheckIn({ open: true })}
              data-testid="checkin-open"
            >
              {t('board.checkIn')}
            </Button>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'board', label: t('board.tabs.board'), children: <Board onCheckIn={(room) => setCheckIn({ open: true, room })} /> },
          { key: 'inspections', label: t('board.tabs.inspections'), children: <InspectionsTab /> },
        ]}
      />
      <CheckInModal open={checkIn.open} room={checkIn.room} onClose={() => setCheckIn({ open: false })} />
    </>
  );
}
