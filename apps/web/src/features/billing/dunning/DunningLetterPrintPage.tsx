/** /billing/dunning/:id/letter — the printed 催缴通知书 of an overdue notice (A4). */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { rmbInWords, yuan } from '@hy/contracts';
import { noticeQuery } from '../notices/api';
import '../notices/billing-print.css';

export default function DunningLetterPrintPage() {
  const { t } = useTranslation('billingDunning');
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useQuery(noticeQuery(id ?? null));
  const n = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 20mm; } }'}</style>
      <div className="no-print bp-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/billing/dunning')}>
            {t('letter.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('letter.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !n ? (
        <Result status="404" />
      ) : (
        <section className="bp-sheet" data-testid="dunning-letter" style={{ fontSize: 15, lineHeight: 2 }}>
          <div className="bp-head">
            <div className="bp-org">{n.payee}</div>
            <h1>{t('letter.title')}</h1>
          </div>
          <p>{t('letter.to', { company: n.organizationName })}</p>
          <p style={{ textIndent: '2em' }}>
            {t('letter.body', {
              month: n.month,
              number: n.number,
              due: n.dueOn,
              amount: yuan(n.outstandingFen),
              words: rmbInWords(n.outstandingFen),
            })}
          </p>
          <p style={{ textIndent: '2em' }}>{t('letter.thanks')}</p>
          <div style={{ textAlign: 'right', marginTop: 32 }}>
            <div>{n.payee}</div>
            <div>{dayjs().format('YYYY-MM-DD')}</div>
          </div>
          <div className="bp-foot">
            <span>{t('letter.received')}：________</span>
          </div>
        </section>
      )}
    </div>
  );
}
