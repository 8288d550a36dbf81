/** 入住登记: the stays (in house first), checking in and out, the register of a period as .xlsx and print. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { useIsPhone } from '../../../lib/useIsPhone';
import { useSession } from '../../../lib/session';
import { exportUrls, staysQuery } from '../api';
import { CheckInModal } from './CheckInModal';
import { CheckOutModal } from './CheckOutModal';

export default function StaysPage() {
  const { t } = useTranslation('guestRooms');
  const phone = useIsPhone();
  const { propertyId, can } = useSession();
  const [state, setState] = useState<'in_house' | 'checked_out' | 'all'>('in_house');
  const [range, setRange] = useState<[string, string]>([dayjs().subtract(1, 'month').format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD')]);
  const q = useQuery(staysQuery(propertyId, state === 'all' ? undefined : state));
  const [checkIn, setCheckIn] = useState(false);
  const [out, setOut] = useState<string | null>(null);
  const rows = q.data?.data ?? [];
  const when = (s: string | null) => (s ? dayjs(s).format('MM-DD HH:mm') : '');
  return (
    <>
      <PageHeader
        title={t('nav.stays')}
        extra={
          can('guestrooms.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              style={{ minHeight: 40 }}
              onClick={() => setCheckIn(true)}
              data-testid="checkin-open"
            >
              {t('board.checkIn')}
            </Button>
          )
        }
      />
      <Space wrap className="no-print" style={{ marginBottom: 12 }}>
        <Segmented
          value={state}
          onChange={(v) => setState(v as typeof state)}
          options={[
            { value: 'in_house', label: t('stay.inHouse') },
            { value: 'checked_out', label: t('stay.checkedOutState') },
            { value: 'all', label: t('stay.all') },
          ]}
        />
        {!phone && (
          <DatePicker.RangePicker
            value={[dayjs(range[0]), dayjs(range[1])]}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
          />
        )}
        <Button icon={<DownloadOutlined />} href={exportUrls.stays(propertyId, range[0], range[1])}>
          {t('stay.register')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Space>
      {rows.length === 0 && !q.isLoading && <Empty description={t('common.empty')} />}
      <div data-testid="stay-list" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 8 }}>
        {rows.map((s) => {
          const missing = s.rooms.reduce((n, r) => n + r.linenMissing, 0);
          return (
            <Card
              key={s.id}
              size="small"
              data-testid="stay-card"
              title={
                <Space wrap>
                  <span>{s.hostUnit}</span>
                  <Tag color={s.state === 'in_house' ? 'blue' : 'default'}>
                    {t(s.state === 'in_house' ? 'stay.inHouse' : 'stay.checkedOutState')}
                  </Tag>
                </Space>
              }
              extra={
                s.policies.checkOut && (
                  <Button size="small" type="primary" onClick={() => setOut(s.id)} data-testid="stay-checkout">
                    {t('board.checkOut')}
                  </Button>
                )
              }
            >
              <div>{s.guests.join('、')}</div>
              <div>
                {t(`type.${s.roomType}`)} · {t('common.rooms', { count: s.roomCount })} · {s.rooms.map((r) => r.number).join('、')}
              </div>
              <Typography.Text type="secondary">
                {t('stay.checkedIn')} {when(s.checkedInAt)} ·{' '}
                {s.checkedOutAt ? `${t('stay.checkedOut')} ${when(s.checkedOutAt)}` : `${t('board.plannedOut')} ${s.plannedCheckOutOn}`}
              </Typography.Text>
              {s.handoverNote && (
                <div>
                  {t('stay.handoverNote')}：{s.handoverNote}
                </div>
              )}
              <Space wrap style={{ marginTop: 4 }}>
                {s.rooms
                  .filter((r) => r.keyOutcome && r.keyOutcome !== 'returned')
                  .map((r) => (
                    <Tag key={r.id} color="red">
                      {r.number} {t(`keyOutcome.${r.keyOutcome}`)}
                    </Tag>
                  ))}
                {missing > 0 && <Tag color="orange">{t('stay.missing', { count: missing })}</Tag>}
              </Space>
            </Card>
          );
        })}
      </div>
      <CheckInModal open={checkIn} onClose={() => setCheckIn(false)} />
      {out && <CheckOutModal open stayId={out} onClose={() => setOut(null)} />}
    </>
  );
}
