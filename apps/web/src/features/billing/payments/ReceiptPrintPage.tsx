/** /billing/receipts/:id/print — the A4 收款收据: number, payee, company, amount in figures and 大写, method, 经手人; 作废 stamp when void. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { receiptQuery } from './api';
import '../notices/billing-print.css';

export default function ReceiptPrintPage() {
  const { t } = useTranslation('billingPayments');
  const { id } = useParams();
  const navigate = useNavigate();
  const dt = useDateTime();
  const q = useQuery(receiptQuery(id ?? null));
  const r = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print bp-toolbar">
        <Space wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => navigate(r ? `/billing/notices/${r.noticeId}` : '/billing/notices')}
          >
            {t('receipt.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('receipt.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !r ? (
        <Result status="404" />
      ) : (
        <section className="bp-sheet" data-testid="receipt-print">
          {r.void && <div className="bp-void-stamp">{t('receipt.void')}</div>}
          <div className="bp-head">
            <div className="bp-org">{r.payee}</div>
            <h1>{t('receipt.title')}</h1>
          </div>
          <div className="bp-meta">
            <span>
              {t('receipt.number')}：<strong data-testid="receipt-print-number">{r.number}</strong>
            </span>
            <span>
              {t('receipt.at')}：{dt(r.receivedAt)}
            </span>
          </div>
          <table className="bp-table">
            <tbody>
              <tr>
                <th style={{ width: '22%' }}>{t('receipt.company')}</th>
                <td colSpan={3}>{r.organizationName}</td>
              </tr>
              <tr>
                <th>{t('receipt.forWhat')}</th>
                <td colSpan={3}>
                  {t('receipt.forWhatText', { month: r.month })}（{t('receipt.notice')} {r.noticeNumber}）
                </td>
              </tr>
              <tr>
                <th>{t('receipt.inWords')}</th>
                <td colSpan={3} data-testid="receipt-words">
                  {r.amountInWords}
                </td>
              </tr>
              <tr>
                <th>{t('receipt.amount')}</th>
                <td style={{ width: '28%' }}>{money(r.amountFen)}</td>
                <th style={{ width: '18%' }}>{t('receipt.method')}</th>
                <td>
                  {t(`method.${r.method}`)}
                  {r.reference ? `（${r.reference}）` : ''}
                </td>
              </tr>
              <tr>
                <th>{t('receipt.payer')}</th>
                <td colSpan={3}>{r.payerName}</td>
              </tr>
              {r.void && (
                <tr>
                  <th>{t('receipt.voidTag')}</th>
                  <td colSpan={3}>{t('receipt.voidBy', { name: r.voidedByName, reason: r.voidReason })}</td>
                </tr>
              )}
            </tbody>
          </table>
          <div className="bp-foot">
            <span>
              {t('receipt.payee')}：{r.payee}
            </span>
            <span>
              {t('receipt.handler')}：{r.receivedByName}
            </span>
          </div>
        </section>
      )}
    </div>
  );
}
