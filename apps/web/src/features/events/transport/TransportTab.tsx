/** The event's transport (M13, 车辆运输组): vehicles, transfers by day with passengers, pick-ups from arrivals, dispatch sheets. */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, List, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { CarOutlined, FileExcelOutlined, MobileOutlined, PrinterOutlined, SendOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { EventDetail, EventTransfer, EventVehicle } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { dispatchXlsxUrl, transportKeys, transportQuery, transportWrite } from './api';
import { SuggestModal } from './SuggestModal';
import { TransferModal } from './TransferModal';
import { VehicleModal } from './VehicleModal';

const KIND_COLOR = { pickup: 'blue', dropoff: 'purple', shuttle: 'green', visit: 'orange' } as const;

export default function TransportTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation('eventTransport');
  const id = event.id;
  const q = useQuery(transportQuery(id));
  const canWork = event.policies.work;
  const [vehicle, setVehicle] = useState<EventVehicle | 'new' | null>(null);
  const [transfer, setTransfer] = useState<EventTransfer | 'new' | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const inv = [transportKeys.all(id)];
  const send = useApiMutation({
    mutationFn: (vehicleId: string) => transportWrite.dispatch(id, vehicleId),
    invalidate: inv,
    success: (r) => t('sent', { count: r.sent }),
  });
  const del = useApiMutation({
    mutationFn: (tid: string) => transportWrite.deleteTransfer(id, tid),
    invalidate: inv,
    success: t('deleted'),
  });
  const done = useApiMutation({
    mutationFn: (tid: string) => transportWrite.patchTransfer(id, tid, { status: 'done' }),
    invalidate: inv,
    success: t('saved'),
  });
  const move = useApiMutation({
    mutationFn: (v: { guestId: string; fromTransferId: string; toTransferId: string }) => transportWrite.move(id, v),
    invalidate: inv,
    success: t('moved'),
  });
  const byDay = useMemo(() => {
    const m = new Map<string, EventTransfer[]>();
    for (const x of q.data?.transfers ?? []) m.set(x.day, [...(m.get(x.day) ?? []), x]);
    return [...m];
  }, [q.data]);
  if (!q.data) return <Spin />;
  const data = q.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={
          <>
            <CarOutlined /> {t('vehicles')}
          </>
        }
        extra={
          <Space wrap>
            <Link to={`/events/${id}/transport/today`}>
              <Button icon={<MobileOutlined />}>{t('today')}</Button>
            </Link>
            {canWork && (
              <Button type="primary" onClick={() => setVehicle('new')} data-testid="vehicle-add">
                {t('addVehicle')}
              </Button>
            )}
          </Space>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.vehicles}
          locale={{ emptyText: t('noVehicles') }}
          scroll={{ x: 900 }}
          columns={[
            { title: t('f.plate'), dataIndex: 'plate', render: (p: string) => <Typography.Text strong>{p}</Typography.Text> },
            { title: t('f.type'), render: (_, v) => `${t(`type.${v.type}`)} ${v.seats}` },
            {
              title: t('f.hired'),
              render: (_, v) =>
                v.hired
                  ? `${v.company ?? ''} ${v.dayRateFen != null ? `¥${(v.dayRateFen / 100).toLocaleString()}${t('perDay')}` : ''}`
                  : t('f.own'),
            },
            { title: t('f.driverName'), render: (_, v) => `${v.driverName} ${v.driverPhone}` },
            { title: t('transfers'), dataIndex: 'trips', width: 70 },
            {
              title: t('sheet'),
              render: (_, v) =>
                v.dispatchedAt ? (
                  <Tag color="green">{t('dispatchedAt', { at: dayjs(v.dispatchedAt).format('MM-DD HH:mm') })}</Tag>
                ) : (
                  <Tag>{t('notDispatched')}</Tag>
                ),
            },
            {
              title: '',
              render: (_, v) => (
                <Space wrap size={4}>
                  <Link to={`/events/${id}/transport/dispatch?vehicleId=${v.id}`} data-testid={`sheet-${v.plate}`}>
                    <Button size="small" icon={<PrinterOutlined />}>
                      {t('sheet')}
                    </Button>
                  </Link>
                  <Button size="small" icon={<FileExcelOutlined />} href={dispatchXlsxUrl(id, v.id)}>
                    {t('export')}
                  </Button>
                  {canWork && (
                    <>
                      <Popconfirm title={t('sendSheet')} onConfirm={() => send.mutate(v.id)}>
                        <Button size="small" icon={<SendOutlined />} data-testid={`send-${v.plate}`}>
                          {t('sendSheet')}
                        </Button>
                      </Popconfirm>
                      <Button size="small" onClick={() => setVehicle(v)}>
                        {t('editVehicle')}
                      </Button>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('transfers')}
        extra={
          canWork && (
            <Space wrap>
              <Button icon={<ThunderboltOutlined />} onClick={() => setSuggesting(true)} data-testid="suggest-pickups">
                {t('suggest')}
              </Button>
              <Button type="primary" onClick={() => setTransfer('new')} data-testid="transfer-add">
                {t('addTransfer')}
              </Button>
            </Space>
          )
        }
      >
        {!byDay.length && <Empty description={t('none')} />}
        {byDay.map(([day, list]) => (
          <div key={day} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>
              {day} {dayjs(day).format('ddd')}
            </Typography.Title>
            <List
              dataSource={list}
              data-testid={`transfers-${day}`}
              renderItem={(x) => (
                <List.Item
                  data-testid="transfer-row"
                  actions={
                    canWork
                      ? [
                          <a key="e" onClick={() => setTransfer(x)}>
                            {t('editTransfer')}
                          </a>,
                          x.status === 'planned' ? (
                            <a key="d" onClick={() => done.mutate(x.id)}>
                              {t('markDone')}
                            </a>
                          ) : null,
                          <Popconfirm key="x" title={t('deleted') + '?'} onConfirm={() => del.mutate(x.id)}>
                            <a>✕</a>
                          </Popconfirm>,
                        ].filter(Boolean)
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Typography.Text strong>
                          {dayjs(x.departsAt).format('HH:mm')}–{dayjs(x.endsAt).format('HH:mm')}
                        </Typography.Text>
                        <Tag color={KIND_COLOR[x.kind]}>{t(`kind.${x.kind}`)}</Tag>
                        <span>
                          {x.fromPlace} → {x.toPlace}
                        </span>
                        {x.vehicle ? (
                          <Tag>
                            {x.vehicle} · {x.driverName} · {t('seatsTaken', { taken: x.seatsTaken, seats: x.vehicleSeats })}
                          </Tag>
                        ) : (
                          <Tag color="red">{t('vehicleless')}</Tag>
                        )}
                        {x.status === 'done' && <Tag color="green">{t('status.done')}</Tag>}
                      </Space>
                    }
                    description={
                      <Space wrap size={4}>
                        {x.passengers.map((p) => (
                          <Tag key={p.guestId}>
                            {p.name}
                            {p.seats > 1 ? ` +${p.seats - 1}` : ''}
                            {p.ref ? ` ${p.ref}` : ''}
                            {canWork && (
                              <Select
                                size="small"
                                variant="borderless"
                                placeholder={t('move')}
                                style={{ width: 70 }}
                                popupMatchSelectWidth={false}
                                value={null}
                                options={list
                                  .filter((o) => o.id !== x.id)
                                  .map((o) => ({
                                    value: o.id,
                                    label: `${dayjs(o.departsAt).format('HH:mm')} ${o.fromPlace} → ${o.toPlace} ${o.vehicle ?? ''}`,
                                  }))}
                                onChange={(to: string) => move.mutate({ guestId: p.guestId, fromTransferId: x.id, toTransferId: to })}
                              />
                            )}
                          </Tag>
                        ))}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </div>
        ))}
      </Card>
      <VehicleModal eventId={id} vehicle={vehicle === 'new' ? null : vehicle} open={!!vehicle} onClose={() => setVehicle(null)} />
      <TransferModal
        eventId={id}
        data={data}
        transfer={transfer === 'new' ? null : transfer}
        open={!!transfer}
        onClose={() => setTransfer(null)}
      />
      <SuggestModal eventId={id} open={suggesting} onClose={() => setSuggesting(false)} />
    </Space>
  );
}
