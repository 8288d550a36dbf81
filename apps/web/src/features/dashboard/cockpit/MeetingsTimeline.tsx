/** Today's and tomorrow's meetings: time, name and venue, each department's readiness and the three checks. */
import { Empty, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CockpitMeeting } from '@hy/contracts';

const CHECK_COLORS: Record<string, string> = { pending: '#bfbfbf', ok: '#52c41a', problem: '#f5222d', missed: '#fa8c16' };

export function MeetingsTimeline({ meetings, large, dark }: { meetings: CockpitMeeting[]; large?: boolean; dark?: boolean }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  if (!meetings.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.empty')} />;
  const fs = large ? 20 : 14;
  return (
    <div data-testid="meetings-timeline">
      {meetings.map((m) => (
        <div
          key={m.id}
          onClick={() => navigate(`/service-notices/${m.id}`)}
          data-testid="timeline-meeting"
          style={{
            display: 'flex',
            gap: 12,
            padding: large ? '12px 0' : '8px 0',
            borderBottom: `1px solid ${dark ? '#26324a' : '#f0f0f0'}`,
            cursor: 'pointer',
            flexWrap: 'wrap',
            fontSize: fs,
          }}
        >
          <div style={{ width: large ? 150 : 104, flex: 'none', fontVariantNumeric: 'tabular-nums' }}>
            <div style={{ fontWeight: 600 }}>
              {dayjs(m.startAt).format('HH:mm')}–{dayjs(m.endAt).format('HH:mm')}
            </div>
            <div style={{ fontSize: fs - 2, opacity: 0.65 }}>{dayjs(m.startAt).format('MM-DD ddd')}</div>
          </div>
          <div style={{ flex: '1 1 180px', minWidth: 0 }}>
            <div style={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {m.title || m.number} <span style={{ opacity: 0.6, fontWeight: 400 }}>· {m.venueName}</span>
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4, alignItems: 'center' }}>
              <Tag color="blue" style={{ fontSize: fs - 3 }}>
                {t(`live.${m.status}`)}
              </Tag>
              {m.departments.map((d) => (
                <Tag
                  key={d.department}
                  color={d.ready ? 'success' : d.late ? 'error' : 'warning'}
                  style={{ fontSize: fs - 3 }}
                  data-testid="dept-readiness"
                >
                  {t(`dept.${d.department}`)} · {d.ready ? t('meetings.ready') : d.late ? t('meetings.late') : t('meetings.notReady')}
                </Tag>
              ))}
              <span style={{ marginLeft: 4, fontSize: fs - 3, opacity: 0.7 }}>{t('meetings.checks')}</span>
              {m.checks.map((c) => (
                <Tooltip key={c.level} title={`L${c.level} ${t(`check.${c.status}`)} ${dayjs(c.dueAt).format('HH:mm')}`}>
                  <span
                    data-testid="check-dot"
                    style={{
                      display: 'inline-flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      width: large ? 28 : 20,
                      height: large ? 28 : 20,
                      borderRadius: '50%',
                      background: CHECK_COLORS[c.status] ?? '#bfbfbf',
                      color: '#fff',
                      fontSize: fs - 4,
                    }}
                  >
                    {c.level}
                  </span>
                </Tooltip>
              ))}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
