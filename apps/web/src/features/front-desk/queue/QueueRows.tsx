/** The rows of the desk queue's sections, each with the one action it needs. */
import { Button, Popover, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type {
  ShiftHandoverSummary,
  QueueConsentItem,
  QueueInsideItem,
  QueueLoanItem,
  QueueMessageItem,
  QueueParcelItem,
} from '@hy/contracts';
import { Confirm } from '../../../components/Confirm';
import { useApiMutation } from '../../../lib/mutation';
import { checkOutVisit, visitKeys } from '../visitors/api';
import { deliverMessage, messageKeys } from '../messages/api';
import { queueKeys } from './api';
import { QueueRow } from './SectionCard';
import { useQueueFormat } from './useQueueFormat';

const Sub = ({ children }: { children: React.ReactNode }) => <div className="fd-q-sub">{children}</div>;

export function ConsentRow({ v }: { v: QueueConsentItem }) {
  const { t } = useTranslation('queue');
  const left = v.consentDeadline ? Math.ceil((new Date(v.consentDeadline).getTime() - Date.now()) / 60_000) : null;
  return (
    <QueueRow
      id={v.id}
      marked={v.overdue || v.status === 'held'}
      action={
        <Link to={`/front-desk/visitors?tab=awaiting&visit=${v.id}`}>
          <Button type="primary" className="fd-q-btn" data-testid="queue-consent-open">
            {t('consent.open')}
          </Button>
        </Link>
      }
    >
      <div className="fd-q-who">
        {v.visitorName}
        {v.partySize > 1 ? ` ×${v.partySize}` : ''}
        {v.company && <span className="fd-q-aside"> · {v.company}</span>}
      </div>
      <Sub>→ {[v.hostName, v.hostUnit].filter(Boolean).join(' · ')}</Sub>
      {v.status === 'held' ? (
        <Tag color="red">{t('consent.held')}</Tag>
      ) : v.overdue ? (
        <Tag color="red">{t('consent.overdue')}</Tag>
      ) : (
        left !== null && <Tag color="orange">{t('consent.left', { min: Math.max(left, 0) })}</Tag>
      )}
    </QueueRow>
  );
}

/** The handover the next shift has to take over: who wrote it, what is still to acknowledge; the page does the rest. */
export function HandoverRow({ h }: { h: ShiftHandoverSummary }) {
  const { t } = useTranslation('queue');
  const f = useQueueFormat();
  return (
    <QueueRow
      id={h.id}
      marked={!!h.alertedAt}
      action={
        <Link to="/front-desk/handover">
          <Button type="primary" className="fd-q-btn" data-testid="queue-handover-open">
            {t('handover.open')}
          </Button>
        </Link>
      }
    >
      <div className="fd-q-who">
        {t('handover.by', { shift: t(`handover.shift.${h.shift}`), name: h.writtenByName, time: f.clock(h.submittedAt) })}
      </div>
      <Sub>{h.pendingCount ? t('handover.pending', { pending: h.pendingCount, total: h.itemCount }) : t('handover.ready')}</Sub>
      {h.notes && <Sub>{h.notes}</Sub>}
      {h.alertedAt && <Tag color="red">{t('handover.alerted')}</Tag>}
    </QueueRow>
  );
}

export function InsideRow({ v }: { v: QueueInsideItem }) {
  const { t } = useTranslation('queue');
  const f = useQueueFormat();
  const out = useApiMutation({ mutationFn: checkOutVisit, invalidate: [queueKeys.all, visitKeys.all], success: t('inside.done') });
  return (
    <QueueRow
      id={v.id}
      action={
        v.policies.checkOut && (
          <Confirm title={t('inside.confirm', { name: v.visitorName })} onConfirm={() => out.mutateAsync(v.id)}>
            <Button className="fd-q-btn" loading={out.isPending} data-testid="queue-check-out">
              {t('inside.checkOut')}
            </Button>
          </Confirm>
        )
      }
    >
      <div className="fd-q-who">
        {v.visitorName}
        {v.partySize > 1 ? ` ×${v.partySize}` : ''}
        {v.company && <span className="fd-q-aside"> · {v.company}</span>}
      </div>
      <Sub>
        → {v.hostName} · {t('inside.since', { time: f.clock(v.checkedInAt) })}
        {v.badgeNo ? ` · ${t('inside.badge', { badge: v.badgeNo })}` : ''}
      </Sub>
    </QueueRow>
  );
}

export function ParcelRow({ m, onHandOver, busy }: { m: QueueParcelItem; onHandOver: (id: string) => void; busy: boolean }) {
  const { t } = useTranslation('queue');
  const f = useQueueFormat();
  return (
    <QueueRow
      id={m.id}
      action={
        <Button className="fd-q-btn" loading={busy} onClick={() => onHandOver(m.id)} data-testid="queue-hand-over">
          {t('parcel.handOver')}
        </Button>
      }
    >
      <div className="fd-q-who">
        {m.confidential ? (
          <Tag color="purple">{t('parcel.confidential')}</Tag>
        ) : (
          m.important && <Tag color="red">{t('parcel.important')}</Tag>
        )}
        {m.recipientName}
        {m.recipientUnit && <span className="fd-q-aside"> · {m.recipientUnit}</span>}
      </div>
      <Sub>
        {[t(`kind.${m.kind}`), m.carrier, t('parcel.pieces', { count: m.pieces }), t('parcel.box', { box: m.pigeonhole })]
          .filter(Boolean)
          .join(' · ')}{' '}
        · {f.clock(m.receivedAt)}
      </Sub>
    </QueueRow>
  );
}

export function MessageRow({ m }: { m: QueueMessageItem }) {
  const { t } = useTranslation('queue');
  const f = useQueueFormat();
  const deliver = useApiMutation({
    mutationFn: deliverMessage,
    invalidate: [queueKeys.all, messageKeys.all],
    success: t('message.done'),
  });
  return (
    <QueueRow
      id={m.id}
      marked={m.urgent}
      action={
        <Popover
          trigger="click"
          content={
            <Space direction="vertical">
              <Button
                block
                className="fd-q-btn"
                onClick={() => deliver.mutate({ id: m.id, how: 'phone' })}
                data-testid="queue-deliver-phone"
              >
                {t('message.phone')}
              </Button>
              <Button block className="fd-q-btn" onClick={() => deliver.mutate({ id: m.id, how: 'in_person' })}>
                {t('message.inPerson')}
              </Button>
            </Space>
          }
        >
          <Button className="fd-q-btn" loading={deliver.isPending} data-testid="queue-deliver">
            {t('message.deliver')}
          </Button>
        </Popover>
      }
    >
      <div className="fd-q-who">
        {m.urgent && <Tag color="red">{t('message.urgent')}</Tag>}→ {m.recipientName}
        <span className="fd-q-aside"> · {t('message.from', { name: m.callerName })}</span>
      </div>
      <Sub>
        <span className="fd-q-clip">{m.content}</span>
      </Sub>
      <Sub>{t('ago', { age: f.since(m.takenAt) })}</Sub>
    </QueueRow>
  );
}

export function LoanRow({ l, onReturn, busy }: { l: QueueLoanItem; onReturn: (id: string) => void; busy: boolean }) {
  const { t, i18n } = useTranslation('queue');
  const f = useQueueFormat();
  const item = i18n.language === 'en-US' ? (l.itemNameEn ?? l.itemNameZh) : l.itemNameZh;
  return (
    <QueueRow
      id={l.id}
      action={
        <Button className="fd-q-btn" loading={busy} onClick={() => onReturn(l.id)} data-testid="queue-return">
          {t('loan.doReturn')}
        </Button>
      }
    >
      <div className="fd-q-who">
        {item} ×{l.quantity} · {l.borrowerName}
        {l.borrowerCompany && <span className="fd-q-aside"> · {l.borrowerCompany}</span>}
      </div>
      <Sub>
        <Tag color="red">{t('loan.overdue', { age: f.since(l.dueAt) })}</Tag>
        {t('loan.due', { time: f.clock(l.dueAt) })}
      </Sub>
    </QueueRow>
  );
}
