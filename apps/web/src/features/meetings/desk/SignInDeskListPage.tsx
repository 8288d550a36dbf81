/** /sign-in-desk — the meetings of today and the coming week to run a sign-in desk for, soonest first; a tap opens the desk. */
import { useMemo } from 'react';
import { Card, Empty, Skeleton, Tag } from 'antd';
import { EnvironmentOutlined, RightOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { noticesQuery } from '../api';
import '../meetings.css';

export default function SignInDeskListPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const { from, to } = useMemo(() => {
    const f = dayjs().tz(tz).startOf('day');
    return { from: f.format(), to: f.add(7, 'day').format() };
  }, [tz]);
  const q = useQuery(noticesQuery(session.propertyId, from, to));
  const today = dayjs().tz(tz);
  const rows = (q.data?.data ?? [])
    .filter((n) => n.status === 'active' && dayjs(n.endAt).isAfter(today.subtract(1, 'hour')))
    .sort((a, b) => a.startAt.localeCompare(b.startAt));
  return (
    <div className="mt-desk" data-testid="sign-in-desks">
      <PageHeader title={t('desk.title')} />
      {q.isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('desk.noMeetings')} />
        </Card>
      ) : (
        rows.map((n) => {
          const start = dayjs(n.startAt).tz(tz);
          const running = !start.isAfter(today) && dayjs(n.endAt).isAfter(today);
          const day = start.isSame(today, 'day')
            ? ''
            : start.isSame(today.add(1, 'day'), 'day')
              ? t('board.tomorrow')
              : start.format('MM-DD');
          return (
            <Link key={n.id} to={`/sign-in-desk/${n.id}`} className="mt-desk-pick" data-testid="desk-meeting" data-number={n.number}>
              <div className="mt-desk-pick-body">
                <div className="mt-meeting-when">
                  <span className="mt-meeting-time">
                    {day && <span className="mt-meeting-day">{day}</span>}
                    {start.format('HH:mm')}–{dayjs(n.endAt).tz(tz).format('HH:mm')}
                  </span>
                  {running && <Tag color="processing">{t('board.state.now')}</Tag>}
                </div>
                <div className="mt-meeting-name">{n.meetingName}</div>
                <div className="mt-meeting-meta">
                  <span>
                    <EnvironmentOutlined /> {n.venue}
                  </span>
                  <span>
                    <TeamOutlined /> {n.attendeeCount}
                  </span>
                </div>
              </div>
              <RightOutlined />
            </Link>
          );
        })
      )}
    </div>
  );
}
