/** /billing/notices/:id/print — the A4 《物业管理缴费单》: payee, company and units, lines per sheet, total in figures and 大写, due date. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../../lib/format';
import { noticeQuery } from './api';
import { NoticeSheets } from './NoticeSheets';
import './billing-print.css';

export default function NoticePrintPage() {
  const { t } = useTranslation('billingNotices');
  const { id } = useParams();
  const navigate = useNavigate();
  const dt = useDateTime();
  const q = useQuery(noticeQuery(id ?? null));
  const n = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print bp-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/billing/notices/${id}`)}>
            {t('detail.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('detail.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !n ? (
        <Result status="404" />
      ) : (
        <section className="bp-sheet" data-testid="notice-print">
          <div className="bp-head">
            <div className="bp-org">{n.payee}</div>
            <h1>{t('title')}</h1>
            <div>
              {t('col.number')}：{n.number}
            </div>
          </div>
          <div className="bp-meta">
            <span>
              {t('print.payer')}：{n.organizationName}（{n.units.join('、')}）
            </span>
            <span>
              {t('print.month')}：{n.month}
            </span>
            <span>
              {t('print.issued')}：{dt(n.issuedAt).slice(0, 10)}
            </span>
            <span>
              {t('col.due')}：<strong>{n.dueOn}</strong>
            </span>
          </div>
          <NoticeSheets n={n} />
          <div className="bp-notes">{t('print.notes')}</div>
          <div className="bp-foot">
            <span>
              {t('print.payee')}：{n.payee}
            </span>
            <span>{t('print.handler')}：________</span>
            <span>{t('print.received')}：________</span>
          </div>
        </section>
      )}
    </div>
  );
}
