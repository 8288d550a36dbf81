/** The event's hotels (M13): blocks as a grid, guests to room, assign and auto-assign, plans, lists, change log, flags. */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { HOTEL_ROOM_TYPES, type EventDetail, type HotelRoomType, type RoomingHotel, type UnroomedGuest } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { hotelsWrite, planXlsxUrl, roomingKey, roomingQuery } from './api';

const day = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export default function HotelsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventHotels');
  const id = event.id;
  const q = useQuery(roomingQuery(id));
  const can = event.policies.work;
  const [hotelOpen, setHotelOpen] = useState(false);
  const [blockFor, setBlockFor] = useState<RoomingHotel | null>(null);
  const [assignFor, setAssignFor] = useState<UnroomedGuest | null>(null);
  const inv = [roomingKey(id)];
  const auto = useApiMutation({
    mutationFn: () => hotelsWrite.auto(id),
    invalidate: inv,
    onSuccess: (r) =>
      Modal.info({
        title: t('autoDone', { placed: r.placed, rooms: r.rooms }),
        content: r.unplaced.length
          ? t('autoLeft', { n: r.unplaced.length, names: r.unplaced.map((u) => `${u.name}（${t(`reasons.${u.reason}`)}）`).join('、') })
          : null,
      }),
  });
  const send = useApiMutation({
    mutationFn: (hotelId: string) => hotelsWrite.send(id, hotelId),
    invalidate: inv,
    success: (r) => t('sent', { v: r.sentVersion }),
  });
  const cancel = useApiMutation({ mutationFn: (roomId: string) => hotelsWrite.cancel(id, roomId), invalidate: inv });
  const r = q.data;
  if (!r) return null;
  const hotelName = new Map(r.hotels.map((h) => [h.id, h.name]));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {can && (
          <Button type="primary" loading={auto.isPending} disabled={!r.unroomed.length || !r.hotels.length} onClick={() => auto.mutate()}>
            {t('auto')}
          </Button>
        )}
        {can && <Button onClick={() => setHotelOpen(true)}>{t('addHotel')}</Button>}
        <Typography.Text type="secondary">{t('roomNights', { n: r.roomNights })}</Typography.Text>
      </Space>
      {r.flags.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={
            <Space wrap>
              {r.flags.map((f) => (
                <Tag color="red" key={`${f.hotelId}${f.roomType}${f.releaseOn}`} data-testid="release-flag">
                  {f.hotel} {t(`types.${f.roomType}`)} {t('flag', { n: f.unusedNights, date: f.releaseOn.slice(5) })}
                </Tag>
              ))}
            </Space>
          }
        />
      )}
      {!r.hotels.length && <Empty description={t('noHotels')} />}
      {r.hotels.map((h) => (
        <HotelCard
          key={h.id}
          eventId={id}
          hotel={h}
          can={can}
          onBlock={() => setBlockFor(h)}
          onSend={() => send.mutate(h.id)}
          sending={send.isPending}
        />
      ))}
      <Card size="small" title={`${t('unroomed')} (${r.unroomed.length})`}>
        {r.unroomed.length ? (
          <Table
            size="small"
            rowKey="id"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: true }}
            dataSource={r.unroomed}
            columns={[
              { title: t('guest'), render: (_, g) => <GuestName g={g} /> },
              { title: t('plan.org'), dataIndex: 'organization', responsive: ['md'] },
              { title: t('checkIn'), render: (_, g) => `${g.checkInOn.slice(5)} ~ ${g.checkOutOn.slice(5)}` },
              {
                title: '',
                render: (_, g) =>
                  can && (
                    <Button size="small" onClick={() => setAssignFor(g)}>
                      {t('assign')}
                    </Button>
                  ),
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('noneUnroomed')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={`${t('roomsList')} (${r.rooms.length})`}>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={r.rooms}
          columns={[
            { title: t('hotels'), render: (_, x) => hotelName.get(x.hotelId) },
            { title: t('roomType'), render: (_, x) => `${t(`types.${x.roomType}`)}${x.roomNo ? ` ${x.roomNo}` : ''}` },
            {
              title: t('guest'),
              render: (_, x) => (
                <Space wrap size={4}>
                  {x.guests.map((g) => (
                    <GuestName key={g.id} g={g} />
                  ))}
                </Space>
              ),
            },
            { title: t('checkIn'), render: (_, x) => `${x.checkInOn.slice(5)} ~ ${x.checkOutOn.slice(5)}` },
            {
              title: '',
              render: (_, x) =>
                can && (
                  <Popconfirm title={t('cancelConfirm')} onConfirm={() => cancel.mutate(x.id)}>
                    <Button size="small" danger>
                      {t('cancel')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('changes')}>
        <Timeline
          items={r.changes.slice(0, 50).map((c) => ({
            key: c.id,
            children: (
              <Space wrap size={4}>
                <Tag>{t(`actions.${c.action}`)}</Tag>
                <span>{c.summary}</span>
                <Typography.Text type="secondary">
                  {c.actorName} {dayjs(String(c.at)).format('MM-DD HH:mm')}
                </Typography.Text>
              </Space>
            ),
          }))}
        />
      </Card>
      <HotelDialog open={hotelOpen} eventId={id} onClose={() => setHotelOpen(false)} />
      {blockFor && <BlockDialog eventId={id} hotel={blockFor} event={event} onClose={() => setBlockFor(null)} />}
      {assignFor && (
        <AssignDialog eventId={id} guest={assignFor} hotels={r.hotels} others={r.unroomed} onClose={() => setAssignFor(null)} />
      )}
    </Space>
  );
}

function GuestName({ g }: { g: { name: string; vip: boolean; companions: number } }) {
  const { t } = useTranslation('eventHotels');
  return (
    <span>
      {g.name}
      {g.vip && (
        <Tag color="gold" style={{ marginLeft: 4 }}>
          {t('vip')}
        </Tag>
      )}
      {g.companions > 0 && <Typography.Text type="secondary"> {t('companions', { n: g.companions })}</Typography.Text>}
    </span>
  );
}

function HotelCard(p: { eventId: string; hotel: RoomingHotel; can: boolean; onBlock: () => void; onSend: () => void; sending: boolean }) {
  const { t } = useTranslation('eventHotels');
  const h = p.hotel;
  const nights = [...new Set(h.blocks.map((b) => String(b.night)))].sort();
  const types = HOTEL_ROOM_TYPES.filter((x) => h.blocks.some((b) => b.roomType === x));
  const cell = (type: HotelRoomType, night: string) => h.blocks.find((b) => b.roomType === type && String(b.night) === night);
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{h.name}</span>
          {h.sentAt ? <Tag color="green">{t('sent', { v: h.sentVersion })}</Tag> : <Tag>{t('notSent')}</Tag>}
          {h.changedSinceSent && <Tag color="orange">{t('changedSinceSent')}</Tag>}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {[h.address, h.phone, h.contact, h.email, h.notes].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        {p.can && (
          <Button size="small" onClick={p.onBlock}>
            {t('addBlock')}
          </Button>
        )}
        <Link to={`/events/${p.eventId}/hotels/${h.id}/plan`}>
          <Button size="small">{t('print')}</Button>
        </Link>
        <Button size="small" href={planXlsxUrl(p.eventId, h.id)}>
          {t('export')}
        </Button>
        {p.can && (
          <Button size="small" disabled={!h.email} loading={p.sending} onClick={p.onSend}>
            {t('send')}
          </Button>
        )}
      </Space>
      {types.length > 0 && (
        <Table
          size="small"
          rowKey={(x) => x}
          pagination={false}
          scroll={{ x: true }}
          dataSource={types}
          columns={[
            { title: t('roomType'), render: (_, x) => t(`types.${x}`) },
            ...nights.map((n) => ({
              title: n.slice(5),
              key: n,
              render: (_: unknown, x: HotelRoomType) => {
                const b = cell(x, n);
                return b ? (
                  <span title={`¥${b.priceFen / 100} · ${t('releaseOn')} ${String(b.releaseOn)}`}>
                    {b.used}/{b.rooms}
                  </span>
                ) : (
                  '—'
                );
              },
            })),
          ]}
        />
      )}
    </Card>
  );
}

function HotelDialog({ open, eventId, onClose }: { open: boolean; eventId: string; onClose: () => void }) {
  const { t } = useTranslation('eventHotels');
  const [form] = Form.useForm();
  const m = useApiMutation({
    mutationFn: (v: Record<string, string>) => hotelsWrite.addHotel(eventId, v as never),
    invalidate: [roomingKey(eventId)],
    onSuccess: () => (form.resetFields(), onClose()),
  });
  return (
    <Modal open={open} title={t('addHotel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={m.isPending} destroyOnClose>
      <Form form={form} layout="vertical" onFinish={(v) => m.mutate(v)}>
        <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={t('address')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="phone" label={t('phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="contact" label={t('contact')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="email" label={t('email')} rules={[{ type: 'email' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('notes')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function BlockDialog({
  eventId,
  hotel,
  event,
  onClose,
}: {
  eventId: string;
  hotel: RoomingHotel;
  event: EventDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('eventHotels');
  const first = dayjs(String(event.startsOn)).subtract(1, 'day');
  const m = useApiMutation({
    mutationFn: (v: Parameters<typeof hotelsWrite.blocks>[2]) => hotelsWrite.blocks(eventId, hotel.id, v),
    invalidate: [roomingKey(eventId)],
    onSuccess: onClose,
  });
  return (
    <Modal open title={`${t('addBlock')} · ${hotel.name}`} onCancel={onClose} footer={null} destroyOnClose>
      <Form
        layout="vertical"
        initialValues={{
          roomType: 'twin',
          from: first,
          to: dayjs(String(event.startsOn)),
          rooms: 10,
          price: 480,
          releaseOn: first.subtract(6, 'day'),
        }}
        onFinish={(v) =>
          m.mutate({
            roomType: v.roomType,
            from: day(v.from)!,
            to: day(v.to)!,
            rooms: v.rooms,
            priceFen: Math.round(v.price * 100),
            releaseOn: day(v.releaseOn)!,
          })
        }
      >
        <Form.Item name="roomType" label={t('roomType')}>
          <Select options={HOTEL_ROOM_TYPES.map((x) => ({ value: x, label: t(`types.${x}`) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="from" label={t('from')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="to" label={t('to')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="rooms" label={t('rooms')} rules={[{ required: true }]}>
            <InputNumber min={0} max={2000} />
          </Form.Item>
          <Form.Item name="price" label={t('price')} rules={[{ required: true }]}>
            <InputNumber min={0} step={10} />
          </Form.Item>
          <Form.Item name="releaseOn" label={t('releaseOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={m.isPending}>
          {t('addBlock')}
        </Button>
      </Form>
    </Modal>
  );
}

function AssignDialog(p: { eventId: string; guest: UnroomedGuest; hotels: RoomingHotel[]; others: UnroomedGuest[]; onClose: () => void }) {
  const { t } = useTranslation('eventHotels');
  const g = p.guest;
  const m = useApiMutation({
    mutationFn: (v: Parameters<typeof hotelsWrite.assign>[1]) => hotelsWrite.assign(p.eventId, v),
    invalidate: [roomingKey(p.eventId)],
    onSuccess: p.onClose,
  });
  const mates = p.others.filter((o) => o.id !== g.id && !o.vip && o.roomShare !== 'single' && o.gender === g.gender);
  return (
    <Modal open title={`${t('assign')} · ${g.name}`} onCancel={p.onClose} footer={null} destroyOnClose>
      <Form
        layout="vertical"
        initialValues={{
          hotelId: p.hotels[0]?.id,
          roomType: g.vip || g.roomShare === 'single' ? 'single' : 'twin',
          checkInOn: dayjs(String(g.checkInOn)),
          checkOutOn: dayjs(String(g.checkOutOn)),
        }}
        onFinish={(v) =>
          m.mutate({
            guestIds: [g.id, ...(v.mateId ? [v.mateId] : [])],
            hotelId: v.hotelId,
            roomType: v.roomType,
            checkInOn: day(v.checkInOn),
            checkOutOn: day(v.checkOutOn),
            roomNo: v.roomNo || null,
            shared: !!v.shared,
          })
        }
      >
        <Form.Item name="hotelId" label={t('hotels')} rules={[{ required: true }]}>
          <Select options={p.hotels.map((h) => ({ value: h.id, label: h.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="roomType" label={t('roomType')}>
            <Select style={{ minWidth: 120 }} options={HOTEL_ROOM_TYPES.map((x) => ({ value: x, label: t(`types.${x}`) }))} />
          </Form.Item>
          <Form.Item name="roomNo" label={t('roomNo')}>
            <Input style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="checkInOn" label={t('checkIn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="checkOutOn" label={t('checkOut')}>
            <DatePicker />
          </Form.Item>
        </Space>
        {!g.vip && g.roomShare !== 'single' && (
          <Form.Item name="mateId" label={t('mate')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={mates.map((o) => ({ value: o.id, label: `${o.name} ${o.organization ?? ''}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="shared" valuePropName="checked">
          <Checkbox>{t('shared')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending}>
          {t('assign')}
        </Button>
      </Form>
    </Modal>
  );
}
