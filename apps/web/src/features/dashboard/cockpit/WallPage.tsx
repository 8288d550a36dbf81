/**
 * /wall — the service center's wall display: full screen, dark, large type, no menus; refreshes by
 * itself (live events and every 30 s). The desk's tiles, today's meetings on a timeline, cases by SLA state.
 */
import { useEffect, useState } from 'react';
import { Button, Spin } from 'antd';
import { FullscreenOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import { useCockpit } from './useCockpit';
import { CockpitTiles } from './CockpitTiles';
import { SlaBar } from './SlaBar';
import { MeetingsTimeline } from './MeetingsTimeline';
import './wall.css';

function useClock() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const h = setInterval(() => setNow(dayjs()), 15_000);
    return () => clearInterval(h);
  }, []);
  return now;
}

export default function WallPage() {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  const session = useSession();
  const q = useCockpit(30_000);
  const now = useClock();
  const c = q.data;
  const today = (c?.meetings ?? []).filter((m) => dayjs(m.startAt).isSame(now, 'day'));
  return (
    <div className="hy-wall" data-testid="wall">
      <header className="hy-wall-head">
        <div>
          <div className="hy-wall-title">{t('wall.title')}</div>
          <div className="hy-wall-sub">
            {session.property?.name} · {c ? t('wall.updated', { time: dayjs(c.at).format('HH:mm:ss') }) : ''}
          </div>
        </div>
        <div className="hy-wall-clock">{now.format('HH:mm')}</div>
        <div className="hy-wall-actions">
          <Button ghost icon={<FullscreenOutlined />} onClick={() => void document.documentElement.requestFullscreen?.().catch(() => {})} />
          <Button ghost icon={<LogoutOutlined />} onClick={() => navigate('/')} data-testid="wall-exit">
            {t('wall.exit')}
          </Button>
        </div>
      </header>
      {!c ? (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      ) : (
        <>
          <CockpitTiles tiles={c.tiles.filter((x) => x.family === 'desk')} wall />
          <div className="hy-wall-grid">
            <section className="hy-wall-card">
              <h2>{t('wall.timeline')}</h2>
              {today.length ? (
                <MeetingsTimeline meetings={today} large dark />
              ) : (
                <div className="hy-wall-empty">{t('wall.noMeetings')}</div>
              )}
            </section>
            <section className="hy-wall-card">
              <h2>{t('sla.title')}</h2>
              {c.sla && <SlaBar sla={c.sla} large dark />}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
