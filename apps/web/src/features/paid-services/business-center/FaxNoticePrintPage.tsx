/** /paid-services/business-center/faxes/:id/notice — the 传真通知单 left at the recipient's unit. */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { faxQuery } from './api';
import './print.css';

export default function FaxNoticePrintPage() {
  const { t } = useTranslation('bizCenter');
  const { id } = useParams();
  const navigate = useNavigate();
  const { property } = useSession();
  const dt = useDateTime();
  const q = useQuery(faxQuery(id ?? null));
  const f = q.data;
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print bc-toolbar">
        <Space wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => navigate('/paid-services/business-center?tab=faxes')}
          >
            {t('notice.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('notice.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <div style={{ padding: 80, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : !f ? (
        <Result status="warning" title={t('print.failed')} />
      ) : (
        <section className="bc-sheet" data-testid="fax-notice">
          <div className="bc-head">
            <div className="org">{property?.name ?? ''}</div>
            <h1>{t('notice.title')}</h1>
          </div>
          <p style={{ fontSize: 15 }}>
            {t('notice.to')}
            {f.recipientName}
            {f.unitText ? `（${f.unitText}）` : ''}
            {f.organizationName ? ` ${f.organizationName}` : ''}
          </p>
          <p style={{ fontSize: 15, textIndent: '2em' }}>{t('notice.body')}</p>
          <p>
            {t('notice.received')}
            {dt(f.receivedAt)}
            {'\u3000'}
            {t('notice.pages')}
            {f.pages}
            {f.sender ? `\u3000${t('notice.sender')}${f.sender}` : ''}
          </p>
          <div className="bc-foot">
            <span />
            <span>
              {t('notice.desk')}
              {'\u3000'}
              {dt(f.noticeLeftAt ?? new Date())}
            </span>
          </div>
        </section>
      )}
    </div>
  );
}
