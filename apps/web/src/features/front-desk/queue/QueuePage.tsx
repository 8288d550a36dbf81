/**
 * /front-desk — the desk queue (总台工作台, F1–F5): on the desk's screen, every list the front desk works from —
 * visitors waiting for their host's consent, people in the building, parcels to hand over, messages not
 * yet delivered, loans overdue — each a big count and the most urgent rows with their one action. Live:
 * any visit, mail, message or loan event refreshes it. Three columns at 1366 px, two on a tablet, one on a phone.
 */
import { Children, useState, type ReactNode } from 'react';
import { Alert, App, Grid, Skeleton, Typography } from 'antd';
import {
  ClockCircleOutlined,
  SwapOutlined,
  InboxOutlined,
  LoginOutlined,
  MessageOutlined,
  ShoppingOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Loan, MailItem } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { HandOverModal } from '../mail/HandOverModal';
import { ReturnDialog } from '../lending/ReturnDialog';
import { QUEUE_LIVE_TOPICS, deskQueueQuery, getLoan, getMailItem, queueKeys } from './api';
import { SectionCard } from './SectionCard';
import { ConsentRow, HandoverRow, InsideRow, LoanRow, MessageRow, ParcelRow } from './QueueRows';
import { useQueueFormat } from './useQueueFormat';
import './queue.css';

/** Opens a row's whole record for the sub-feature's dialog; the queue refreshes when the dialog closes. */
function useRecord<T>(load: (id: string) => Promise<T>) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [record, setRecord] = useState<T | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const open = async (id: string) => {
    setLoading(id);
    try {
      setRecord(await load(id));
    } catch {
      message.error(t('error.generic'));
      void qc.invalidateQueries({ queryKey: queueKeys.all });
    } finally {
      setLoading(null);
    }
  };
  const close = () => {
    setRecord(null);
    void qc.invalidateQueries({ queryKey: queueKeys.all });
  };
  return { record, loading, open, close };
}

/**
 * The cards in columns (three at the desk, two on a tablet, one on a phone), dealt out left to right so the
 * first row reads in order, each column stacking its cards without the gaps a grid's rows would leave.
 */
function Columns({ children }: { children: ReactNode }) {
  const screens = Grid.useBreakpoint();
  const n = screens.xl ? 3 : screens.md ? 2 : 1;
  const cards = Children.toArray(children);
  return (
    <div className="fd-queue" style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}>
      {Array.from({ length: n }, (_, c) => (
        <div key={c} className="fd-q-column">
          {cards.filter((_, i) => i % n === c)}
        </div>
      ))}
    </div>
  );
}

export default function QueuePage() {
  const { t } = useTranslation('queue');
  const { propertyId } = useSession();
  const f = useQueueFormat();
  useLive(QUEUE_LIVE_TOPICS, [queueKeys.all], propertyId);
  const q = useQuery(deskQueueQuery(propertyId));
  const parcel = useRecord<MailItem>(getMailItem);
  const loan = useRecord<Loan>(getLoan);
  const d = q.data;
  return (
    <div data-testid="desk-queue">
      <PageHeader
        title={t('nav')}
        extra={
          d && (
            <Typography.Text type="secondary" data-testid="queue-updated">
              <ClockCircleOutlined /> {t('updated', { time: f.clock(d.at) })}
            </Typography.Text>
          )
        }
      />
      {q.isError && <Alert type="warning" showIcon message={t('failed')} style={{ marginBottom: 16 }} />}
      {!d ? (
        q.isLoading && <Skeleton active />
      ) : (
        <Columns>
          {d.handover && (
            <SectionCard
              id="handover"
              title={t('section.handover')}
              icon={<SwapOutlined />}
              href="/front-desk/handover"
              total={d.handover.pendingCount}
              shown={Math.max(1, d.handover.pendingCount)}
              tone={d.handover.alertedAt ? 'danger' : 'warning'}
            >
              <HandoverRow h={d.handover} />
            </SectionCard>
          )}
          {d.consent && (
            <SectionCard
              id="consent"
              title={t('section.consent')}
              icon={<UserAddOutlined />}
              href="/front-desk/visitors?tab=awaiting"
              total={d.consent.total}
              shown={d.consent.items.length}
              tone={d.consent.items.some((v) => v.overdue || v.status === 'held') ? 'danger' : 'warning'}
            >
              {d.consent.items.map((v) => (
                <ConsentRow key={v.id} v={v} />
              ))}
            </SectionCard>
          )}
          {d.inside && (
            <SectionCard
              id="inside"
              title={t('section.inside')}
              icon={<LoginOutlined />}
              href="/front-desk/visitors?tab=inside"
              total={d.inside.total}
              shown={d.inside.items.length}
              tone="info"
            >
              {d.inside.items.map((v) => (
                <InsideRow key={v.id} v={v} />
              ))}
            </SectionCard>
          )}
          {d.parcels && (
            <SectionCard
              id="parcels"
              title={t('section.parcels')}
              icon={<InboxOutlined />}
              href="/front-desk/mail?tab=waiting"
              total={d.parcels.total}
              shown={d.parcels.items.length}
              tone="info"
            >
              {d.parcels.items.map((m) => (
                <ParcelRow key={m.id} m={m} onHandOver={parcel.open} busy={parcel.loading === m.id} />
              ))}
            </SectionCard>
          )}
          {d.messages && (
            <SectionCard
              id="messages"
              title={t('section.messages')}
              icon={<MessageOutlined />}
              href="/front-desk/messages"
              total={d.messages.total}
              shown={d.messages.items.length}
              tone={d.messages.items.some((m) => m.urgent) ? 'danger' : 'warning'}
            >
              {d.messages.items.map((m) => (
                <MessageRow key={m.id} m={m} />
              ))}
            </SectionCard>
          )}
          {d.loans && (
            <SectionCard
              id="loans"
              title={t('section.loans')}
              icon={<ShoppingOutlined />}
              href="/front-desk/lending?tab=overdue"
              total={d.loans.total}
              shown={d.loans.items.length}
              tone="danger"
            >
              {d.loans.items.map((l) => (
                <LoanRow key={l.id} l={l} onReturn={loan.open} busy={loan.loading === l.id} />
              ))}
            </SectionCard>
          )}
        </Columns>
      )}
      <HandOverModal item={parcel.record} onClose={parcel.close} />
      <ReturnDialog loan={loan.record} onClose={loan.close} />
    </div>
  );
}
