/** 《缴费通知书》 printed (A4 portrait): number, company and unit, the items, total in figures and in 大写, due date, signatures. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { yuan } from '@hy/contracts';
import { noticeQuery } from './api';
import './notice-print.css';

export default function PaymentNoticePrintPage() {
  const { id } = useParams();
  const { t } = useTranslation('repairCharges');
  const navigate = useNavigate();
  const q = useQuery(noticeQuery(id));
  if (q.isLoading)
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  const n = q.data;
  if (!n) return <Result status="404" title={t('print.notIssued')} />;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 14mm; } }'}</style>
      <div className="no-print rc-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(-1)}>
            {t('print.back')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => window.print()}
            data-testid="notice-print"
          >
            {t('print.print')}
          </Button>
        </Space>
      </div>
      <section className="rc-sheet" data-testid="payment-notice">
        <div className="rc-head">
          <div className="rc-org">{n.propertyName ?? ''}</div>
          <h1>缴费通知书</h1>
          <div className="rc-no">
            {t('print.number')}：<strong data-testid="notice-number">{n.number}</strong>
          </div>
        </div>
        <table className="rc-info">
          <tbody>
            <tr>
              <th>{t('print.company')}</th>
              <td>{n.organizationName ?? n.customerName ?? ''}</td>
              <th>{t('print.unit')}</th>
              <td>{[n.unitCode, n.location].filter(Boolean).join(' · ')}</td>
            </tr>
            <tr>
              <th>{t('print.customer')}</th>
              <td>{n.customerName ?? ''}</td>
              <th>{t('print.issuedAt')}</th>
              <td>{dayjs(n.issuedAt).format('YYYY-MM-DD')}</td>
            </tr>
            <tr>
              <th>{t('print.workOrder')}</th>
              <td>{n.workOrderNumber}</td>
              <th>{t('print.caseNumber')}</th>
              <td>{n.caseNumber}</td>
            </tr>
            <tr>
              <th>{t('print.content')}</th>
              <td colSpan={3}>{n.content}</td>
            </tr>
          </tbody>
        </table>
        <table className="rc-items">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{t('print.no')}</th>
              <th>{t('print.item')}</th>
              <th style={{ width: '10%' }}>{t('print.unitLabel')}</th>
              <th style={{ width: '10%' }}>{t('print.qty')}</th>
              <th style={{ width: '16%' }}>{t('print.price')}</th>
              <th style={{ width: '18%' }}>{t('print.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {n.items.map((i, k) => (
              <tr key={k}>
                <td className="c">{k + 1}</td>
                <td>
                  {i.name}
                  {i.note ? `（${i.note}）` : ''}
                </td>
                <td className="c">{i.unit ?? ''}</td>
                <td className="c">{i.qty}</td>
                <td className="r">{yuan(i.unitPriceFen)}</td>
                <td className="r">{i.amountYuan}</td>
              </tr>
            ))}
            <tr>
              <th colSpan={5} className="r">
                {t('print.total')}
              </th>
              <td className="r">
                <strong data-testid="notice-total">¥{n.amountYuan}</strong>
              </td>
            </tr>
            <tr>
              <th>{t('print.inWords')}</th>
              <td colSpan={5}>
                <strong data-testid="notice-words">{n.amountInWords}</strong>
              </td>
            </tr>
            <tr>
              <th>{t('print.due')}</th>
              <td colSpan={2}>{n.dueOn ?? ''}</td>
              <th>{t('print.consent')}</th>
              <td colSpan={2}>
                {n.consentName ?? ''} {n.consentAt ? dayjs(n.consentAt).format('YYYY-MM-DD') : ''}
              </td>
            </tr>
            <tr>
              <th>{t('print.remark')}</th>
              <td colSpan={5}>{n.remark}</td>
            </tr>
          </tbody>
        </table>
        <div className="rc-signs">
          <span>{t('print.signCustomer')}</span>
          <span>{t('print.signIssuer')}</span>
          <span>{t('print.signDate')}</span>
        </div>
      </section>
    </div>
  );
}
