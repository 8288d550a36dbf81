import { Card, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Department } from '@hy/contracts';
import { noticeVersionsQuery, type Notice } from '../api';
import { DEPT_COLORS, fmtAt } from '../labels';
import '../meetings.css';

interface Diff {
  added?: { title: string; dueAt: string; quantity: number | null }[];
  removed?: { title: string }[];
  moved?: { title: string; from: string; to: string }[];
  quantityChanged?: { title: string; from: number | null; to: number | null }[];
}

/** Versions of the notice from its audit trail: what changed, per department. */
export function VersionsPanel({ n, tz }: { n: Notice; tz: string }) {
  const { t } = useTranslation('meetings');
  const q = useQuery(noticeVersionsQuery(n.id));
  const events = (q.data?.data ?? []).filter((e) => /service_notice\.(issued|reissued|on_hold|cancelled)$/.test(e.action));
  return (
    <Card size="small" title={t('detail.versions')} data-testid="versions-panel">
      {q.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : events.length <= 1 && n.version === 1 ? (
        <Typography.Text type="secondary">{t('detail.noVersions')}</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e) => {
            const meta = (e.meta ?? {}) as { version?: number; changes?: string[]; diff?: Record<string, Diff> };
            const v = meta.version ?? (e.action.endsWith('.issued') ? 1 : undefined);
            return {
              key: e.id,
              children: (
                <div style={{ fontSize: 12 }}>
                  <Typography.Text strong>
                    {v
                      ? t('detail.versionN', { v })
                      : e.action.endsWith('on_hold')
                        ? t('noticeStatus.on_hold')
                        : e.action.endsWith('cancelled')
                          ? t('noticeStatus.cancelled')
                          : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {e.actorName ?? ''} {fmtAt(e.at, tz)}
                  </Typography.Text>
                  {e.action.endsWith('.issued') && <div>{t('detail.issuedV1')}</div>}
                  {(meta.changes ?? []).map((c) => (
                    <div key={c}>{c}</div>
                  ))}
                  {Object.entries(meta.diff ?? {}).map(([dep, d]) => (
                    <div key={dep} className="mt-diff">
                      <span style={{ color: DEPT_COLORS[dep as Department], fontWeight: 600 }}>
                        {t('detail.changesFor', { dept: t(`dept.short.${dep}`) })}
                      </span>
                      {(d.added ?? []).map((x) => (
                        <div key={`a${x.title}`}>
                          + {t('detail.added')}：{x.title}
                          {x.quantity !== null ? ` ×${x.quantity}` : ''}（{fmtAt(x.dueAt, tz)}）
                        </div>
                      ))}
                      {(d.removed ?? []).map((x) => (
                        <div key={`r${x.title}`}>
                          − {t('detail.removed')}：{x.title}
                        </div>
                      ))}
                      {(d.moved ?? []).map((x) => (
                        <div key={`m${x.title}`}>
                          ↻ {t('detail.moved')}：{x.title} {fmtAt(x.from, tz)} → {fmtAt(x.to, tz)}
                        </div>
                      ))}
                      {(d.quantityChanged ?? []).map((x) => (
                        <div key={`q${x.title}`}>
                          # {t('detail.qtyChanged')}：{x.title} {x.from ?? '—'} → {x.to ?? '—'}
                        </div>
                      ))}
                    </div>
                  ))}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
