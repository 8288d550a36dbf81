/** A list of visits: a table at the desk (1366 px, tablet), cards on a phone. */
import { useEffect } from 'react';
import { Empty, Card, Table } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Visit } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { VisitActions } from './VisitActions';
import { VisitStatusTag } from './VisitStatusTag';

function useWhen() {
  const tz = useSession().property?.timeZone ?? 'Asia/Shanghai';
  return (iso: string | null) => (iso ? dayjs(iso).tz(tz).format('MM-DD HH:mm') : '');
}

function Visitor({ v }: { v: Visit }) {
  const { t } = useTranslation('visitors');
  return (
    <div>
      <div className="fd-visit-who">
        {v.visitorName}
        {v.partySize > 1 ? ` ×${v.partySize}` : ''}
      </div>
      <div className="fd-visit-sub">
        {[t(`kind.${v.kind}`), v.company, v.visitorPhone, v.carPlate, v.idNumber].filter(Boolean).join(' · ')}
      </div>
      {v.hold && (
        <div className="fd-visit-sub" style={{ color: '#cf1322' }}>
          {t('msg.holdReason', { reason: v.hold.reason })}
        </div>
      )}
      {v.consent && (
        <div className="fd-visit-sub">
          {t('msg.consentBy', {
            name: v.consent.consenterName ?? v.consent.recordedByName ?? '',
            channel: t(`channel.${v.consent.channel}`),
            answer: t(`answer.${v.consent.answer}`),
          })}
        </div>
      )}
    </div>
  );
}

function Host({ v }: { v: Visit }) {
  return (
    <div>
      <div>{v.hostName}</div>
      <div className="fd-visit-sub">{[v.hostUnit, v.hostLocation, v.hostPhone].filter(Boolean).join(' · ')}</div>
    </div>
  );
}

export function VisitList({ rows, loading, host = false, testId }: { rows: Visit[]; loading?: boolean; host?: boolean; testId: string }) {
  const { t } = useTranslation('visitors');
  const phone = useIsPhone();
  const when = useWhen();
  // The visit the page was opened on (?visit=, from the desk queue): marked and scrolled into view.
  const marked = useSearchParams()[0].get('visit');
  const shown = rows.some((v) => v.id === marked);
  useEffect(() => {
    if (shown) document.querySelector(`[data-testid="visit-row-${marked}"]`)?.scrollIntoView({ block: 'center' });
  }, [shown, marked]);
  const time = (v: Visit) =>
    v.checkedInAt
      ? `${when(v.checkedInAt)}${v.checkedOutAt ? ` – ${when(v.checkedOutAt).slice(6)}` : ''}`
      : when(v.expectedAt ?? v.createdAt);
  if (phone)
    return (
      <div data-testid={testId}>
        {!rows.length && !loading && <Empty description={t('msg.empty')} />}
        {rows.map((v) => (
          <Card
            key={v.id}
            size="small"
            className={`fd-visit-card${v.id === marked ? ' fd-visit-marked' : ''}`}
            data-testid={`visit-row-${v.id}`}
            data-name={v.visitorName}
          >
            <Visitor v={v} />
            <div className="fd-visit-sub" style={{ margin: '4px 0' }}>
              → {v.hostName} · {time(v)}
            </div>
            <VisitStatusTag v={v} />
            <div style={{ marginTop: 8 }}>
              <VisitActions v={v} host={host} />
            </div>
          </Card>
        ))}
      </div>
    );
  return (
    <Table<Visit>
      data-testid={testId}
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 980 }}
      locale={{ emptyText: t('msg.empty') }}
      rowClassName={(v) => (v.id === marked ? 'fd-visit-marked' : '')}
      onRow={(v) => ({ 'data-testid': `visit-row-${v.id}`, 'data-name': v.visitorName }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('col.visitor'), key: 'visitor', render: (_, v) => <Visitor v={v} />, width: 280 },
        { title: t('col.host'), key: 'host', render: (_, v) => <Host v={v} />, width: 200 },
        { title: t('col.time'), key: 'time', render: (_, v) => time(v), width: 130 },
        { title: t('col.status'), key: 'status', render: (_, v) => <VisitStatusTag v={v} />, width: 150 },
        { title: t('col.actions'), key: 'actions', render: (_, v) => <VisitActions v={v} host={host} /> },
      ]}
    />
  );
}
