/**
 * The mail room (F4) at the desk (1366 px or a tablet): log incoming items one after another from the
 * keyboard (with a photo of the label), waiting items by pigeonhole with the hand-over, the unknown list,
 * outgoing mail, and the letter register (print view, .xlsx). Any item's row records an incident against it;
 * newspapers and the accuracy figure have pages of their own. Lists refresh on every mail event.
 */
import { useState } from 'react';
import { Button, DatePicker, Input, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { MailItem } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { useLive } from '../../../lib/live';
import { MAIL_LIVE_TOPICS, mailKeys, mailListQuery, registerXlsxUrl, resolveMailRecipient, closeMail, type MailFilters } from './api';
import { IncidentModal } from './IncidentModal';
import { HandOverModal } from './HandOverModal';
import { LogForm } from './LogForm';
import { StatusTag } from './StatusTag';

const BOXES = 'ABCDEFGHJKLMNOPQRSTWXYZ'.split('');

function MailTable(props: { filters: MailFilters; actions?: (m: MailItem) => React.ReactNode; testId: string }) {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const when = useDateTime();
  const q = useQuery(mailListQuery(propertyId, props.filters));
  const [incident, setIncident] = useState<MailItem | null>(null);
  return (
    <>
      <Table<MailItem>
        rowKey="id"
        size="middle"
        loading={q.isLoading}
        dataSource={q.data?.data ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid={props.testId}
        columns={[
          { title: t('field.pigeonhole'), dataIndex: 'pigeonhole', width: 64, render: (v) => <Tag color="blue">{v}</Tag> },
          { title: t('field.number'), dataIndex: 'number', width: 150 },
          { title: t('field.receivedAt'), dataIndex: 'receivedAt', width: 140, render: when },
          {
            title: t('field.kind'),
            dataIndex: 'kind',
            width: 130,
            render: (k, m) => (
              <Space size={2} wrap>
                {t(`kind.${k}`)}
                {m.confidential && <Tag color="red">{t('flag.confidential')}</Tag>}
                {m.important && !m.confidential && <Tag color="orange">{t('flag.important')}</Tag>}
                {m.handling !== 'none' && <Tag>{t(`handling.${m.handling}`)}</Tag>}
              </Space>
            ),
          },
          {
            title: t('field.recipient'),
            width: 220,
            render: (_, m) => `${m.recipientName}${m.recipientUnit ? `（${m.recipientUnit}）` : ''}`,
          },
          { title: t('field.carrier'), render: (_, m) => [m.carrier, m.trackingNo].filter(Boolean).join(' ') },
          { title: t('field.pieces'), dataIndex: 'pieces', width: 60 },
          { title: t('field.status'), dataIndex: 'status', width: 110, render: (_, m) => <StatusTag item={m} /> },
          {
            title: t('field.signer'),
            width: 120,
            render: (_, m) =>
              m.pickup ? `${m.pickup.name}${m.pickup.signer === 'proxy' && m.direction === 'in' ? ` (${t('hand.proxy')})` : ''}` : '',
          },
          ...(props.actions ? [{ key: 'a', width: 120, render: (_: unknown, m: MailItem) => props.actions!(m) }] : []),
          {
            key: 'incident',
            width: 72,
            className: 'no-print',
            render: (_: unknown, m: MailItem) => (
              <Button size="small" type="link" onClick={() => setIncident(m)} data-testid={`incident-${m.number}`}>
                {t('incident.short')}
              </Button>
            ),
          },
        ]}
      />
      <IncidentModal item={incident} onClose={() => setIncident(null)} />
    </>
  );
}

function Waiting() {
  const { t } = useTranslation('mail');
  const [box, setBox] = useState<string>('');
  const [hand, setHand] = useState<MailItem | null>(null);
  return (
    <>
      <Segmented
        value={box}
        onChange={(v) => setBox(String(v))}
        options={[{ value: '', label: t('all') }, ...BOXES.map((b) => ({ value: b, label: b }))]}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
      />
      <MailTable
        testId="mail-waiting"
        filters={{ status: ['waiting', 'refused_damaged'], direction: 'in', pigeonhole: box || undefined }}
        actions={(m) => (
          <Button type="primary" onClick={() => setHand(m)} disabled={!m.policies.handOver} data-testid={`handover-${m.number}`}>
            {t('hand.action')}
          </Button>
        )}
      />
      <HandOverModal item={hand} onClose={() => setHand(null)} />
    </>
  );
}

function Unknown() {
  const { t } = useTranslation('mail');
  const [note, setNote] = useState('');
  const find = useApiMutation({ mutationFn: resolveMailRecipient, invalidate: [mailKeys.all] });
  const close = useApiMutation({ mutationFn: closeMail, invalidate: [mailKeys.all] });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('unknown.report')}</Typography.Paragraph>
      <Input
        placeholder={t('unknown.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <MailTable
        testId="mail-unknown"
        filters={{ status: ['unknown'] }}
        actions={(m) => (
          <Space direction="vertical" style={{ width: 190 }}>
            <DirectoryPicker
              size="middle"
              kinds={['person', 'tenant', 'department']}
              placeholder={t('unknown.find')}
              onChange={(e) => e && find.mutate({ id: m.id, recipientEntryId: e.id })}
            />
            <Button size="small" disabled={!note.trim()} onClick={() => close.mutate({ id: m.id, to: 'returned', note })}>
              {t('unknown.return')}
            </Button>
          </Space>
        )}
      />
    </>
  );
}

function Outgoing() {
  const [hand, setHand] = useState<MailItem | null>(null);
  const { t } = useTranslation('mail');
  return (
    <>
      <LogForm direction="out" />
      <MailTable
        testId="mail-outgoing"
        filters={{ direction: 'out' }}
        actions={(m) =>
          m.status === 'waiting' ? (
            <Button onClick={() => setHand(m)}>{t('hand.send')}</Button>
          ) : (
            <Typography.Text type="secondary">{m.pickup?.courierReceiptNo}</Typography.Text>
          )
        }
      />
      <HandOverModal item={hand} onClose={() => setHand(null)} />
    </>
  );
}

function Register() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const [from, to] = range.map((d) => d.format('YYYY-MM-DD')) as [string, string];
  return (
    <div className="hy-print-area">
      <Space style={{ marginBottom: 12 }} wrap className="hy-no-print">
        <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} />
        <Button href={registerXlsxUrl(propertyId, from, to)} data-testid="register-xlsx">
          {t('register.export')}
        </Button>
        <Link to={`/front-desk/mail/register/print?from=${from}&to=${to}`} data-testid="register-print">
          <Button type="primary">{t('register.printView')}</Button>
        </Link>
      </Space>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {t('nav.register')} {from} – {to}
      </Typography.Title>
      <MailTable testId="mail-register" filters={{ from, to, limit: 500 }} />
    </div>
  );
}

export default function MailDeskPage() {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  useLive(MAIL_LIVE_TOPICS, [mailKeys.all], propertyId);
  const [tab, setTab] = useState(() => new URLSearchParams(window.location.search).get('tab') ?? 'log');
  return (
    <>
      <PageHeader
        title={t('nav.desk')}
        extra={
          <Space wrap>
            <Link to="/front-desk/mail/newspapers">{t('nav.newspapers')}</Link>
            <Link to="/front-desk/mail/quality">{t('nav.quality')}</Link>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'log',
            label: t('tab.log'),
            children: (
              <>
                <LogForm direction="in" />
                <Typography.Title level={5}>{t('log.today')}</Typography.Title>
                <MailTable testId="mail-today" filters={{ direction: 'in', from: dayjs().format('YYYY-MM-DD') }} />
              </>
            ),
          },
          { key: 'waiting', label: t('tab.waiting'), children: <Waiting /> },
          { key: 'unknown', label: t('tab.unknown'), children: <Unknown /> },
          { key: 'outgoing', label: t('tab.outgoing'), children: <Outgoing /> },
          { key: 'register', label: t('tab.register'), children: <Register /> },
        ]}
      />
    </>
  );
}
