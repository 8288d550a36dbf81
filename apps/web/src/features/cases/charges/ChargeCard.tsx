/**
 * The paid repair of a work order, wherever the work order shows (case detail, the engineer's phone, the
 * tenant's portal): the quote lines with the total and 大写, the consent, the 缴费通知书, and whether the charge
 * waits for (or is on) the month's 工程费统计表. Buttons follow who is looking; the server decides.
 */
import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import {
  CalculatorOutlined,
  CheckOutlined,
  CloseOutlined,
  FileTextOutlined,
  PhoneOutlined,
  PrinterOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useCaseWrite } from '../api';
import { chargeQuery, consentCharge, issueNotice } from './api';
import { ChargeLines } from './ChargeLines';
import { ConsentModal } from './ConsentModal';
import { PaidModal } from './PaidModal';
import { QuoteDrawer } from './QuoteDrawer';
import './charges.css';

const STATUS_COLOR: Record<string, string> = { quoted: 'orange', consented: 'green', declined: 'red', noticed: 'blue', paid: 'cyan' };
const OPEN = ['issued', 'accepted', 'on_site'];

export function ChargeCard({ woId, contactName, bordered = true }: { woId: string; contactName?: string | null; bordered?: boolean }) {
  const { t } = useTranslation(['repairCharges', 'common']);
  const { can, me } = useSession();
  const q = useQuery(chargeQuery(woId));
  const [open, setOpen] = useState<'quote' | 'consent' | 'paid' | null>(null);
  const staff = can('cases.handle');
  const engineer = can('workorders.work');
  const tenant = !staff && !engineer && can('cases.report');
  const consent = useCaseWrite((accepted: boolean) => consentCharge(woId, { accepted, name: me?.displayName ?? '', method: 'portal' }), {
    success: (_d, accepted) => t(accepted ? 'card.accepted' : 'card.declined'),
  });
  const notice = useCaseWrite(() => issueNotice(woId), { success: t('noticeDone') });
  const d = q.data;
  if (!d || !d.paid) return null;
  const ch = d.charge;
  const status = ch?.status ?? 'none';
  const woOpen = OPEN.includes(d.workOrderStatus ?? '');
  const canQuote = (staff || engineer) && woOpen && ['none', 'quoted', 'declined', 'consented'].includes(status);
  const at = (v: string | null | undefined) => (v ? dayjs(v).format('MM-DD HH:mm') : '');
  return (
    <Card
      size="small"
      bordered={bordered}
      className="rc-card"
      style={{ marginTop: 8, background: '#fffdf5' }}
      data-testid="charge-card"
      data-status={status}
      title={
        <Space wrap size={4}>
          <CalculatorOutlined />
          {t('card.title')}
          <Tag color={STATUS_COLOR[status]} data-testid="charge-status">
            {t(`status.${status}`)}
          </Tag>
        </Space>
      }
    >
      {!ch && <Typography.Text type="secondary">{t('card.noQuote')}</Typography.Text>}
      {ch && <ChargeLines items={ch.items} totalFen={ch.amountFen} />}
      {ch?.quoteNote && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {ch.quoteNote}
        </Typography.Paragraph>
      )}
      {ch && status === 'quoted' && tenant && <Alert type="info" showIcon style={{ marginTop: 8 }} message={t('card.tenantHint')} />}
      {ch && status === 'quoted' && !tenant && (
        <Typography.Paragraph type="warning" style={{ margin: '6px 0 0', fontSize: 12 }}>
          {t('card.waitingConsent')}
        </Typography.Paragraph>
      )}
      {ch?.consentName && status !== 'declined' && (
        <div style={{ marginTop: 6, color: '#389e0d', fontSize: 13 }} data-testid="charge-consent">
          {t('card.consentBy', { name: ch.consentName, at: at(ch.consentAt), method: t(`method.${ch.consentMethod ?? 'recorded'}`) })}
        </div>
      )}
      {status === 'declined' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="charge-declined"
          message={t('card.declinedBy', { name: ch?.consentName ?? '', at: at(ch?.consentAt) })}
          description={t('card.declinedHint')}
        />
      )}
      {ch && (
        <div style={{ marginTop: 6, fontSize: 12 }} data-testid="charge-billing">
          {status === 'paid' ? (
            <Typography.Text type="secondary">{t('card.paidOnSpot', { receipt: ch.receiptNo ?? '' })}</Typography.Text>
          ) : d.billing ? (
            <Typography.Text type="success">
              {d.billing.billingMonth
                ? t('card.billed', { month: d.billing.billingMonth })
                : t('card.waitingBill', { date: d.billing.occurredOn })}
            </Typography.Text>
          ) : (
            status !== 'declined' && <Typography.Text type="secondary">{t('card.notBilledYet')}</Typography.Text>
          )}
        </div>
      )}
      <div className="rc-actions">
        {tenant && status === 'quoted' && (
          <>
            <Popconfirm
              title={t('card.acceptConfirm', { amount: money(ch!.amountFen) })}
              onConfirm={() => consent.mutate(true)}
              okText={t('common:action.confirm')}
              cancelText={t('common:action.cancel')}
            >
              <Button
                type="primary"
                size="large"
                icon={<CheckOutlined />}
                loading={consent.isPending}
                data-testid="charge-accept"
                style={{ flex: 1 }}
              >
                {t('card.accept')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('card.declineConfirm')}
              onConfirm={() => consent.mutate(false)}
              okText={t('common:action.confirm')}
              cancelText={t('common:action.cancel')}
            >
              <Button danger size="large" icon={<CloseOutlined />} data-testid="charge-decline">
                {t('card.decline')}
              </Button>
            </Popconfirm>
          </>
        )}
        {canQuote && (
          <Button
            size="large"
            type={status === 'none' || status === 'declined' ? 'primary' : 'default'}
            icon={<CalculatorOutlined />}
            onClick={() => setOpen('quote')}
            data-testid="charge-quote"
          >
            {status === 'none' ? t('card.quote') : t('card.requote')}
          </Button>
        )}
        {staff && status === 'quoted' && (
          <Button size="large" icon={<PhoneOutlined />} onClick={() => setOpen('consent')} data-testid="charge-record-consent">
            {t('card.recordConsent')}
          </Button>
        )}
        {staff && status === 'consented' && (
          <Button
            size="large"
            icon={<FileTextOutlined />}
            loading={notice.isPending}
            onClick={() => notice.mutate()}
            data-testid="charge-notice"
          >
            {t('card.notice')}
          </Button>
        )}
        {ch?.noticeNumber && (
          <Button
            size="large"
            icon={<PrinterOutlined />}
            href={`/work-orders/${woId}/payment-notice/print`}
            target="_blank"
            data-testid="charge-print"
          >
            {t('card.printNotice')}
          </Button>
        )}
        {(staff || can('cases.billing')) && status === 'noticed' && (
          <Button size="large" icon={<WalletOutlined />} onClick={() => setOpen('paid')} data-testid="charge-paid">
            {t('card.paid')}
          </Button>
        )}
      </div>
      <QuoteDrawer
        open={open === 'quote'}
        woId={woId}
        woNumber={d.workOrderNumber}
        current={ch?.items ?? []}
        consented={status === 'consented'}
        onClose={() => setOpen(null)}
      />
      {staff && <ConsentModal open={open === 'consent'} woId={woId} defaultName={contactName} onClose={() => setOpen(null)} />}
      <PaidModal open={open === 'paid'} woId={woId} onClose={() => setOpen(null)} />
    </Card>
  );
}
