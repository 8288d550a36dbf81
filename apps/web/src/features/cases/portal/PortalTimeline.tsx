/** The case's progress as the tenant sees it: newest first, without the desk's internal clocks and follow-ups. */
import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseEvent } from '@hy/contracts';
import { useCaseLabels } from '../labels';

const INTERNAL = ['escalated', 'respond_warning', 'respond_breach', 'resolve_warning', 'resolve_breach', 'follow_up', 'follow_up_second'];

export function PortalTimeline({ events }: { events: CaseEvent[] }) {
  const L = useCaseLabels();
  return (
    <Timeline
      items={[...events]
        .reverse()
        .filter((e) => !INTERNAL.includes(e.kind) && !e.kind.startsWith('resolve_'))
        .map((e) => ({
          key: e.id,
          children: (
            <div>
              <Typography.Text strong>{L.event(e.kind)}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(e.at).format('MM-DD HH:mm')}
              </Typography.Text>
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
            </div>
          ),
        }))}
    />
  );
}
