/** /events/:id/transport/today — the transport leader's phone page (390 px): a day's transfers, passengers, call links. */
import { useState } from 'react';
import { Button, Card, Empty, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, PhoneOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { transportQuery } from './api';

export default function TodayPage() {
  const { t } = useTranslation('eventTransport');
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const q = useQuery(transportQuery(id));
  const days = [...new Set((q.data?.transfers ?? []).map((x) => x.day))];
  const today = dayjs().format('YYYY-MM-DD');
  const [day, setDay] = useState<string | null>(null);
  const shown = day ?? (days.includes(today) ? today : (days.find((d) => d >= today) ?? days[0] ?? today));
  const list = (q.data?.transfers ?? []).filter((x) => x.day === shown);
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 44 }} onClick={() => navigate(`/events/${id}?tab=transport`)} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('today')}
        </Typography.Title>
      </Space>
      {!q.data ? (
        <Spin />
      ) : (
        <>
          {days.length > 0 && (
            <div style={{ overflowX: 'auto', marginBottom: 12 }}>
              <Segmented
                value={shown}
                options={days.map((d) => ({ value: d, label: dayjs(d).format('MM-DD') }))}
                onChange={(v) => setDay(String(v))}
              />
            </div>
          )}
          {!list.length && <Empty description={t('none')} />}
          <Space direction="vertical" style={{ width: '100%' }}>
            {list.map((x) => (
              <Card
                key={x.id}
                size="small"
                data-testid="today-transfer"
                title={
                  <Space wrap size={4}>
                    <Typography.Text strong>{dayjs(x.departsAt).format('HH:mm')}</Typography.Text>
                    <Tag>{t(`kind.${x.kind}`)}</Tag>
                    {x.status === 'done' && <Tag color="green">{t('status.done')}</Tag>}
                  </Space>
                }
              >
                <div style={{ marginBottom: 6 }}>
                  {x.fromPlace} → {x.toPlace}
                </div>
                {x.vehicle ? (
                  <div style={{ marginBottom: 6 }}>
                    {x.vehicle} · {x.driverName}{' '}
                    {x.driverPhone && (
                      <a href={`tel:${x.driverPhone}`} style={{ display: 'inline-block', minHeight: 44, lineHeight: '44px' }}>
                        <PhoneOutlined /> {x.driverPhone}
                      </a>
                    )}
                  </div>
                ) : (
                  <Tag color="red">{t('vehicleless')}</Tag>
                )}
                <Typography.Text type="secondary">
                  {t('passengers')} {t('seatsTaken', { taken: x.seatsTaken, seats: x.vehicleSeats ?? '—' })}
                </Typography.Text>
                {x.passengers.map((p) => (
                  <div key={p.guestId} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', minHeight: 44 }}>
                    <span>
                      {p.name}
                      {p.seats > 1 ? ` +${p.seats - 1}` : ''} {p.ref ?? ''}
                    </span>
                    {p.phone && (
                      <a href={`tel:${p.phone}`} aria-label={`${t('call')} ${p.name}`}>
                        <PhoneOutlined /> {t('call')}
                      </a>
                    )}
                  </div>
                ))}
              </Card>
            ))}
          </Space>
        </>
      )}
    </div>
  );
}
