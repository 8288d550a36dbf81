/** /billing/arrears — the month's 实收表 and the 应欠表 by age (live; the filed day shown), printable on A4 and as .xlsx. */
import { Alert, Button, Select, Space, Tabs, Tag } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { AGING_BUCKETS, money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { noticesQuery } from '../notices/api';
import { arrearsExportUrl, arrearsQuery, receivedExportUrl, receivedQuery } from './api';
import '../notices/billing-print.css';

export default function ArrearsPage() {
  const { t } = useTranslation('billingArrears');
  const { t: td } = useTranslation('billingDunning');
  const { propertyId, property } = useSession();
  const [params, setParams] = useSearchParams();
  const months = [...new Set((useQuery(noticesQuery(propertyId, {})).data?.data ?? []).map((n) => n.month))];
  const tab = params.get('tab') ?? 'arrears';
  const month = params.get('month') ?? (tab === 'received' ? (months[0] ?? '') : '');
  const set = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const rec = useQuery(receivedQuery(propertyId, month));
  const arr = useQuery(arrearsQuery(propertyId, month || null));
  const snapOn = tab === 'received' ? rec.data?.snapshotOn : arr.data?.snapshotOn;
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print bp-toolbar">
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k)}
          items={[
            { key: 'arrears', label: t('tabs.arrears') },
            { key: 'received', label: t('tabs.received') },
          ]}
        />
        <Space wrap>
          <Select
            style={{ minWidth: 180 }}
            value={month}
            onChange={(v) => set('month', v)}
            data-testid="report-month"
            options={[...(tab === 'arrears' ? [{ value: '', label: t('allMonths') }] : []), ...months.map((m) => ({ value: m, label: m }))]}
          />
          <Button
            icon={<DownloadOutlined />}
            href={tab === 'received' ? receivedExportUrl(propertyId, month) : arrearsExportUrl(propertyId, month || null)}
          >
            {t('export')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
        <Alert
          style={{ marginTop: 12 }}
          type={snapOn ? 'success' : 'info'}
          showIcon
          message={snapOn ? t('snapshot', { day: snapOn }) : t('live')}
        />
      </div>
      <section className="bp-sheet wide" style={{ marginTop: 12 }}>
        <div className="bp-head">
          <div className="bp-org">{property?.name ?? ''}</div>
          <h1>{tab === 'received' ? t('received') : t('arrears')}</h1>
          <div>{tab === 'received' ? month : [month, arr.data ? t('asOf', { day: arr.data.asOf }) : ''].filter(Boolean).join(' · ')}</div>
        </div>
        <div style={{ overflowX: 'auto' }}>
          {tab === 'received' ? (
            <table className="bp-table bp-wide-table" data-testid="received-table">
              <thead>
                <tr>
                  <th>{t('col.number')}</th>
                  <th>{t('col.company')}</th>
                  <th>{t('col.amount')}</th>
                  <th>{t('col.paid')}</th>
                  <th>{t('col.outstanding')}</th>
                  <th>{t('col.receipts')}</th>
                </tr>
              </thead>
              <tbody>
                {(rec.data?.rows ?? []).map((r) => (
                  <tr key={r.noticeId}>
                    <td>{r.noticeNumber}</td>
                    <td>{r.organizationName}</td>
                    <td style={{ textAlign: 'right' }}>{money(r.amountFen)}</td>
                    <td style={{ textAlign: 'right' }}>{money(r.paidFen)}</td>
                    <td style={{ textAlign: 'right', color: r.outstandingFen ? '#c00' : undefined }}>{money(r.outstandingFen)}</td>
                    <td style={{ fontSize: 12 }}>{r.receipts.map((p) => p.number).join('、')}</td>
                  </tr>
                ))}
                {rec.data && (
                  <tr>
                    <td colSpan={2} style={{ textAlign: 'right' }}>
                      <strong>{t('sum')}</strong>
                    </td>
                    <td style={{ textAlign: 'right' }}>{money(rec.data.totalFen)}</td>
                    <td style={{ textAlign: 'right' }} data-testid="received-paid">
                      {money(rec.data.paidFen)}
                    </td>
                    <td style={{ textAlign: 'right' }}>{money(rec.data.outstandingFen)}</td>
                    <td />
                  </tr>
                )}
              </tbody>
            </table>
          ) : (
            <table className="bp-table bp-wide-table" data-testid="arrears-table">
              <thead>
                <tr>
                  <th>{t('col.company')}</th>
                  {AGING_BUCKETS.map((b) => (
                    <th key={b}>{t(`col.${b}`)}</th>
                  ))}
                  <th>{t('col.total')}</th>
                  <th>{t('col.notices')}</th>
                  <th>{t('col.step')}</th>
                </tr>
              </thead>
              <tbody>
                {arr.data && !arr.data.rows.length && (
                  <tr>
                    <td colSpan={8} style={{ textAlign: 'center' }}>
                      {t('empty')}
                    </td>
                  </tr>
                )}
                {(arr.data?.rows ?? []).map((r) => (
                  <tr key={r.organizationId} data-testid="arrears-row">
                    <td>{r.organizationName}</td>
                    {AGING_BUCKETS.map((b) => (
                      <td key={b} style={{ textAlign: 'right' }}>
                        {r.buckets[b] ? money(r.buckets[b]) : ''}
                      </td>
                    ))}
                    <td style={{ textAlign: 'right' }}>
                      <strong>{money(r.totalFen)}</strong>
                    </td>
                    <td style={{ fontSize: 12 }}>{r.notices.map((n) => n.number).join('、')}</td>
                    <td>{r.dunningStep ? <Tag color="volcano">{td(`step.${r.dunningStep}`)}</Tag> : ''}</td>
                  </tr>
                ))}
                {arr.data && arr.data.rows.length > 0 && (
                  <tr>
                    <td>
                      <strong>{t('sum')}</strong>
                    </td>
                    {AGING_BUCKETS.map((b) => (
                      <td key={b} style={{ textAlign: 'right' }}>
                        {money(arr.data!.buckets[b])}
                      </td>
                    ))}
                    <td style={{ textAlign: 'right' }}>
                      <strong>{money(arr.data.totalFen)}</strong>
                    </td>
                    <td colSpan={2} />
                  </tr>
                )}
              </tbody>
            </table>
          )}
        </div>
      </section>
    </div>
  );
}
