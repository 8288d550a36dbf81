/** One line of the case's timeline. */
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '@hy/contracts';
import { useCaseLabels } from '../labels';
import { useDateTime } from '../../../lib/format';

export function EventItem({ e }: { e: CaseEvent }) {
  const { t } = useTranslation('cases');
  const L = useCaseLabels();
  const dateTime = useDateTime();
  const d = e.data ?? {};
  let extra = '';
  if (typeof d.number === 'string') extra = String(d.number);
  if (e.kind === 'extended' && typeof d.to === 'string') extra = `→ ${dateTime(d.to)}`;
  if (e.kind === 'escalated' && typeof d.role === 'string') extra = `→ ${t(`role.${d.role}`, { defaultValue: d.role })}`;
  if ((e.kind === 'callback' || e.kind === 'reopened') && typeof d.satisfied === 'boolean')
    extra = d.satisfied ? t('callback.satisfied') : t('callback.dissatisfied');
  if (e.kind === 'classified' && d.changed && typeof d.changed === 'object')
    extra = Object.keys(d.changed)
      .map((k) => t(`field.${k}`, { defaultValue: k }))
      .join('、');
  return (
    <div data-testid="timeline-item" data-kind={e.kind}>
      <Space size={6} wrap>
        <Typography.Text strong>{L.event(e.kind)}</Typography.Text>
        {extra && <Typography.Text type="secondary">{extra}</Typography.Text>}
      </Space>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.actorName === 'system' || !e.actorName ? t('detail.system') : e.actorName} · {dateTime(e.at)}
        </Typography.Text>
      </div>
      {e.note && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', fontSize: 13 }}>{e.note}</Typography.Paragraph>}
    </div>
  );
}
