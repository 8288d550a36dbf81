/** A booking's history: each change with who, when, the reason, and the fields it changed (before → after). */
import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { wall, type BookingHistoryEvent } from '../api';
import { useBookingLabels } from '../labels';
import { QUIET_FIELDS, useRecordWords } from '../../../lib/history/useRecordWords';

const QUIET = new Set([...QUIET_FIELDS, 'number']);

export function HistoryTimeline({ events, tz }: { events: BookingHistoryEvent[]; tz: string }) {
  const L = useBookingLabels();
  const { t } = L;
  const w = useRecordWords();
  const { i18n } = useTranslation();
  // The booking's own field names first, else the shared words (no lookup of a key no language has).
  const fieldName = (k: string) => (i18n.exists(`bookings:field.${k}`) ? t(`field.${k}`) : w.field(k));
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />;
  const color = (a: string) =>
    a.endsWith('approved') ? 'green' : a.endsWith('rejected') || a.endsWith('cancelled') ? 'red' : a.endsWith('created') ? 'blue' : 'gray';
  return (
    <Timeline
      data-testid="booking-timeline"
      items={events.map((e) => {
        const changes = Object.entries(e.changes ?? {}).filter(([k]) => !QUIET.has(k));
        const reason = (e.meta?.reason as string | undefined) ?? (e.meta?.leadTimeOverride as { reason?: string } | undefined)?.reason;
        return {
          key: e.id,
          color: color(e.action),
          children: (
            <div>
              <Typography.Text strong>{L.action(e.action)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {e.actorName && e.actorName !== 'system' ? e.actorName : t('detail.system')} · {wall(e.at, tz).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {reason && (
                <div style={{ fontSize: 12 }}>
                  {e.meta?.leadTimeOverride ? t('detail.overrideReason') : t('detail.reason')}：{reason}
                </div>
              )}
              {e.meta?.backToRequested === true && (
                <div style={{ fontSize: 12 }}>
                  <Tag color="orange">{t('detail.backToRequested')}</Tag>
                </div>
              )}
              {e.action !== 'booking.created' && changes.length > 0 && (
                <div className="bk-changes">
                  {changes.slice(0, 8).map(([k, [b, a]]) => (
                    <div key={k}>
                      <span className="bk-change-field">{fieldName(k)}</span>{' '}
                      {k === 'startAt' || k === 'endAt'
                        ? `${b ? wall(String(b), tz).format('MM-DD HH:mm') : '—'} → ${a ? wall(String(a), tz).format('MM-DD HH:mm') : '—'}`
                        : `${w.value(k, b)} → ${w.value(k, a)}`}
                    </div>
                  ))}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
