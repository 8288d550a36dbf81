/**
 * /sign-in-desk/:id — the sign-in desk of one meeting, on a tablet or a phone (M11): scan an attendee's
 * personal QR code with the camera (or type it), or find them by name or phone and sign them in; the
 * count of those signed in is live. The last result is shown in large type.
 */
import { useState } from 'react';
import { Card, Progress, Segmented, Skeleton } from 'antd';
import { EnvironmentOutlined, FileTextOutlined, QrcodeOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { attendeesQuery, meetingPageQuery } from '../api';
import { useLiveSignInCount } from '../attendees/useLiveSignInCount';
import { DeskResultBanner } from './DeskResultBanner';
import { DeskScan } from './DeskScan';
import { DeskSearch } from './DeskSearch';
import type { DeskResult } from './deskResult';
import '../meetings.css';

type Mode = 'scan' | 'search';

export default function SignInDeskPage() {
  const { t } = useTranslation('meetings');
  const { id = '' } = useParams();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const phone = useIsPhone();
  const [mode, setMode] = useState<Mode>(phone ? 'scan' : 'search');
  const [last, setLast] = useState<DeskResult | null>(null);
  useLiveSignInCount(id);
  const page = useQuery(meetingPageQuery(id));
  const list = useQuery(attendeesQuery(id));
  const count = page.data?.count ?? list.data?.count ?? { total: 0, signedIn: 0 };
  const m = page.data;
  return (
    <div className="mt-desk" data-testid="sign-in-desk">
      <Card size="small" className="mt-desk-head">
        {!m ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : (
          <div className="mt-desk-top">
            <div className="mt-desk-meeting">
              <div className="mt-desk-title">{m.meetingName}</div>
              <div className="mt-sub">
                {dayjs(m.startAt).tz(tz).format('MM-DD HH:mm')}–{dayjs(m.endAt).tz(tz).format('HH:mm')} · <EnvironmentOutlined /> {m.venue}
              </div>
            </div>
            <Link to={`/service-notices/${id}`} aria-label={t('board.open')} className="mt-tap">
              <FileTextOutlined />
            </Link>
          </div>
        )}
        <div className="mt-desk-count" data-testid="desk-count" data-signed={count.signedIn} data-total={count.total}>
          <span className="mt-desk-big">{count.signedIn}</span>
          <span className="mt-sub"> / {count.total}</span>
          <span className="mt-desk-label">{t('desk.signedIn')}</span>
          <Progress percent={count.total ? Math.round((count.signedIn / count.total) * 100) : 0} size="small" showInfo={false} />
        </div>
      </Card>
      <DeskResultBanner r={last} />
      <Segmented<Mode>
        block
        size="large"
        className="mt-desk-mode"
        value={mode}
        onChange={setMode}
        options={[
          { value: 'scan', label: t('desk.scan'), icon: <QrcodeOutlined /> },
          { value: 'search', label: t('desk.search'), icon: <SearchOutlined /> },
        ]}
        data-testid="desk-mode"
      />
      {mode === 'scan' ? (
        <DeskScan noticeId={id} onResult={setLast} />
      ) : (
        <DeskSearch rows={list.data?.data ?? []} tz={tz} autoFocus={!phone} onResult={setLast} />
      )}
    </div>
  );
}
