/** A booking's history: each change with who, when, the reason, and the fields it changed (before → after). */
import { Empty, Tag, Timeline, Typography } from 'antd';
import { wall, type BookingHistoryEvent } from '../api';
import { useBookingLabels } from '../labels';

const QUIET = new Set(['updatedAt', 'version', 'createdAt', 'id', 'propertyId', 'number']);

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'object') return Array.isArray(v) ? `${v.length}` : '…';
  return String(v);
}

export function HistoryTimeline({ events, tz }: { events: BookingHistoryEvent[]; tz: string }) {
  const L = useBookingLabels();
  const { t } = L;
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
                {e.actorName ?? t('detail.system')} · {wall(e.at, tz).format('YYYY-MM-DD HH:mm')}
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
                      <span className="bk-change-field">{t(`field.${k}`, { defaultValue: k })}</span>{' '}
                      {k === 'startAt' || k === 'endAt'
                        ? `${b ? wall(String(b), tz).format('MM-DD HH:mm') : '—'} → ${a ? wall(String(a), tz).format('MM-DD HH:mm') : '—'}`
                        : `${show(b)} → ${show(a)}`}
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
