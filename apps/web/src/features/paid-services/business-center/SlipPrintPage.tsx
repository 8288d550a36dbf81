/** /paid-services/business-center/slips/:id/print — the 服务收费单 (A4 portrait) with the customer's signature. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money, rmbInWords } from '@hy/contracts';
import { SignatureView } from '../../../components/files/SignatureView';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { slipQuery } from './api';
import { slipContent } from './labels';
import './print.css';

export default function SlipPrintPage() {
  const { t } = useTranslation('bizCenter');
  const { id } = useParams();
  const navigate = useNavigate();
  const { property } = useSession();
  const dt = useDateTime();
  const q = useQuery(slipQuery(id ?? null));
  const s = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print bc-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/paid-services/business-center')}>
            {t('print.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <div style={{ padding: 80, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : !s ? (
        <Result status="warning" title={t('print.failed')} />
      ) : (
        <section className="bc-sheet" data-testid="slip-print">
          {s.state === 'voided' && <div className="bc-void">{t('print.voided')}</div>}
          <div className="bc-head">
            <div className="org">
              {property?.name ?? ''} · {t('notice.desk')}
            </div>
            <h1>{t('print.title')}</h1>
            <div className="sub">
              {t('field.number')}：{s.number} · {dt(s.createdAt)}
            </div>
          </div>
          <table className="bc-table">
            <colgroup>
              <col style={{ width: '22%' }} />
              <col />
            </colgroup>
            <tbody>
              <tr>
                <th>{t('print.customer')}</th>
                <td>{s.organizationName ? `${s.organizationName}（${s.customerName}）` : s.customerName}</td>
              </tr>
              <tr>
                <th>{t('print.content')}</th>
                <td>
                  {slipContent(t, s)}
                  {s.details.kind === 'fax_out' && s.details.stamped ? `；${t('field.stamped')}` : ''}
                  {s.details.kind === 'typing' && s.details.fileName ? `；${t('field.fileName')}：${s.details.fileName}` : ''}
                  {s.details.kind === 'typing' && s.details.keepUntil ? `；${t('slip.keep', { d: s.details.keepUntil })}` : ''}
                </td>
              </tr>
              <tr>
                <th>{t('print.amount')}</th>
                <td>{money(s.amountFen)}</td>
              </tr>
              <tr>
                <th>{t('print.amountWords')}</th>
                <td>{rmbInWords(s.amountFen)}</td>
              </tr>
              <tr>
                <th>{t('print.payment')}</th>
                <td>{s.payment ? t(`payment.${s.payment}`) : ''}</td>
              </tr>
              <tr>
                <th>{t('print.operator')}</th>
                <td>
                  {s.operatorName ?? ''}
                  {s.finishedAt ? ` · ${t('print.finishedAt')} ${dt(s.finishedAt)}` : ''}
                </td>
              </tr>
              <tr>
                <th>{t('print.signature')}</th>
                <td style={{ height: 80 }}>{s.signature ? <SignatureView file={s.signature} /> : null}</td>
              </tr>
              {s.state === 'voided' && (
                <tr>
                  <th>{t('print.voidBy')}</th>
                  <td>
                    {s.voidReason}
                    {s.voidSignature ? <SignatureView file={s.voidSignature} /> : null}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
