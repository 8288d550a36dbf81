/** The case's timeline, newest first, each event coloured by what happened. */
import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { EventItem } from './EventItem';

const EVENT_COLORS: Record<string, string> = {
  created: 'blue',
  closed: 'gray',
  reopened: 'red',
  escalated: 'red',
  resolve_breach: 'red',
  respond_breach: 'red',
  work_order_voided: 'red',
  apology: 'orange',
  paused: 'purple',
  resumed: 'purple',
  extended: 'orange',
  callback: 'green',
  resolved: 'green',
  work_order_returned: 'green',
  emergency_signed_off: 'green',
};

export function TimelineCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  return (
    <Card size="small" title={t('detail.timeline')} styles={{ body: { maxHeight: 640, overflowY: 'auto', paddingTop: 16 } }}>
      <Timeline
        items={[...c.timeline].reverse().map((e) => ({ key: e.id, color: EVENT_COLORS[e.kind] ?? 'blue', children: <EventItem e={e} /> }))}
        data-testid="case-timeline"
      />
    </Card>
  );
}
