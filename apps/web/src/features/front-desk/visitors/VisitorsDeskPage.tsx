/**
 * /front-desk/visitors — the desk's visitors page (F1): register a walk-in or an appointment; today's
 * arrivals (a meeting's guests pre-registered from its attendee list, filtered by meeting); those awaiting the
 * host's consent (no answer in time: phone the host); in the building now (the fire-safety roll call; sign out
 * by scanning the slip); history searchable by person, host, company, date and state (e.g. no-shows).
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Input, Modal, Select, Space, Tabs } from 'antd';
import { DownloadOutlined, PrinterOutlined, QrcodeOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { QrScanner } from '../../../components/files/QrScanner';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useDebounced } from '../../../lib/useDebounced';
import { checkOutBySlip, visitKeys, visitMeetingsQuery, visitsExportUrl, visitsQuery, type VisitView } from './api';
import { MeetingGuestsModal, useMeetingTime } from './MeetingGuestsModal';
import { RegisterVisitForm } from './RegisterVisitForm';
import { SlipContext, SlipModal } from './SlipModal';
import { VISIT_STATUSES, type Visit, type VisitStatus } from '@hy/contracts';
import { VisitList } from './VisitList';
import './visitors.css';

function Listing({ view }: { view: VisitView }) {
  const { propertyId } = useSession();
  // Awaiting consent: refetched every half minute so a request that timed out shows "no answer — phone the host".
  const q = useQuery({ ...visitsQuery(propertyId, { view }), refetchInterval: view === 'awaiting' ? 30_000 : false });
  return <VisitList rows={q.data?.data ?? []} loading={q.isLoading} testId={`visits-${view}`} />;
}

/** Today's arrivals, optionally one meeting's group of guests; the button pre-registers a meeting's guests. */
function Today() {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [noticeId, setNoticeId] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const meetings = useQuery(visitMeetingsQuery(propertyId));
  const time = useMeetingTime();
  const q = useQuery(visitsQuery(propertyId, { view: 'today', noticeId }));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('meeting.filter')}
          value={noticeId}
          onChange={setNoticeId}
          style={{ width: 320, maxWidth: '100%' }}
          options={(meetings.data?.data ?? []).map((m) => ({ value: m.noticeId, label: `${time(m)} ${m.topic}` }))}
          data-testid="visits-meeting-filter"
        />
        <Button icon={<TeamOutlined />} onClick={() => setOpen(true)} data-testid="visits-from-meeting">
          {t('meeting.preRegister')}
        </Button>
      </Space>
      <VisitList rows={q.data?.data ?? []} loading={q.isLoading} testId="visits-today" />
      {open && (
        <MeetingGuestsModal
          onClose={() => setOpen(false)}
          onDone={(id) => {
            setOpen(false);
            setNoticeId(id);
          }}
        />
      )}
    </>
  );
}

function History() {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [text, setText] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [status, setStatus] = useState<VisitStatus | undefined>();
  const q = useDebounced(text, 300);
  const f = { view: 'history' as const, q, status, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') };
  const list = useQuery(visitsQuery(propertyId, f));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('f.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 300 }}
          data-testid="visits-search"
        />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
        <Select
          allowClear
          placeholder={t('col.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          options={VISIT_STATUSES.map((x) => ({ value: x, label: t(`status.${x}`) }))}
          data-testid="visits-status-filter"
        />
        <Button icon={<DownloadOutlined />} href={visitsExportUrl(propertyId, f)} data-testid="visits-export">
          {t('act.export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('act.printList')}
        </Button>
      </Space>
      <VisitList rows={list.data?.data ?? []} loading={list.isLoading} testId="visits-history" />
    </>
  );
}

function Inside() {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [scan, setScan] = useState(false);
  const q = useQuery(visitsQuery(propertyId, { view: 'inside' }));
  const out = useApiMutation({
    mutationFn: checkOutBySlip,
    invalidate: [visitKeys.all],
    success: (v) => `${t('msg.checkedOut')}: ${v.visitorName}`,
    onSuccess: () => setScan(false),
  });
  const rows = q.data?.data ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<QrcodeOutlined />} onClick={() => setScan(true)} data-testid="visits-scan-out">
          {t('act.scanOut')}
        </Button>
        <span data-testid="visits-inside-count">{t('msg.insideCount', { count: rows.reduce((n, v) => n + v.partySize, 0) })}</span>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('act.printList')}
        </Button>
      </Space>
      <VisitList rows={rows} loading={q.isLoading} testId="visits-inside" />
      <Modal open={scan} onCancel={() => setScan(false)} footer={null} title={t('act.scanOut')} destroyOnHidden>
        <QrScanner onScan={(slipToken) => out.mutate({ propertyId, slipToken })} paused={out.isPending} testId="visits-scanner" />
      </Modal>
    </>
  );
}

export default function VisitorsDeskPage() {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  // ?tab= opens a list (the cockpit's tiles); ?visit= marks one visit in it (the desk queue's consent card).
  const [params] = useSearchParams();
  const [tab, setTab] = useState(() => params.get('tab') ?? (params.get('visit') ? 'awaiting' : 'register'));
  const [slip, setSlip] = useState<Visit | null>(null);
  useLive(['visit.'], [visitKeys.all], propertyId);
  const awaiting = useQuery(visitsQuery(propertyId, { view: 'awaiting' }));
  const waiting = awaiting.data?.data.length ?? 0;
  return (
    <SlipContext.Provider value={setSlip}>
      <div data-testid="visitors-desk">
        <PageHeader title={t('nav.desk')} />
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              {
                key: 'register',
                label: t('tab.register'),
                children: <RegisterVisitForm onDone={(v) => v.status === 'awaiting_consent' && setTab('awaiting')} />,
              },
              { key: 'today', label: t('tab.today'), children: <Today /> },
              { key: 'awaiting', label: `${t('tab.awaiting')}${waiting ? ` (${waiting})` : ''}`, children: <Listing view="awaiting" /> },
              { key: 'inside', label: t('tab.inside'), children: <Inside /> },
              { key: 'history', label: t('tab.history'), children: <History /> },
            ].map((i) => ({ ...i, label: <span data-testid={`visits-tab-${i.key}`}>{i.label}</span> }))}
          />
        </Card>
        {slip && <SlipModal visit={slip} onClose={() => setSlip(null)} />}
      </div>
    </SlipContext.Provider>
  );
}
