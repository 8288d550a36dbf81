/**
 * /tenants/visits/register/print — the printable 住户访问统计表 (A4 landscape) of a period: date, company and unit,
 * whom we met, our visitors, the topics, opinions and suggestions, satisfaction, the issues and their cases.
 */
import { Button, DatePicker, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import '../../../lib/format';
import { visitRegisterExportUrl, visitRegisterQuery } from './api';
import './register-print.css';

export default function RegisterPrintPage() {
  const { t } = useTranslation('tenantVisits');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const tz = property?.timeZone ?? 'Asia/Shanghai';
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? dayjs().startOf('month').format('YYYY-MM-DD');
  const to = params.get('to') ?? dayjs().format('YYYY-MM-DD');
  const q = useQuery(visitRegisterQuery(propertyId, from, to));
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print tv-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/tenants/visits')}>
            {t('register.back')}
          </Button>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) =>
              v?.[0] && v[1] && setParams({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') }, { replace: true })
            }
          />
          <Button icon={<DownloadOutlined />} style={{ minHeight: 40 }} href={visitRegisterExportUrl(propertyId, from, to)}>
            {t('register.export')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('register.print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <div style={{ padding: 80, textAlign: 'center' }}>
          <Spin />
        </div>
      ) : !q.data ? (
        <Result status="warning" title={t('register.failed')} />
      ) : (
        <section className="tv-sheet" data-testid="visit-register">
          <div className="tv-head">
            <div className="tv-org">{property?.name ?? ''}</div>
            <h1>{t('register.title')}</h1>
            <div className="tv-sub">{from === to ? from : `${from} – ${to}`}</div>
          </div>
          <table className="tv-table">
            <colgroup>
              <col style={{ width: '4%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '18%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '13%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('register.no')}</th>
                <th>{t('register.date')}</th>
                <th>{t('register.company')}</th>
                <th>{t('register.met')}</th>
                <th>{t('register.visitors')}</th>
                <th>{t('register.topics')}</th>
                <th>{t('register.opinions')}</th>
                <th>{t('register.satisfaction')}</th>
                <th>{t('register.issues')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.data.length === 0 && (
                <tr>
                  <td colSpan={9} style={{ textAlign: 'center', padding: 24 }}>
                    {t('register.empty')}
                  </td>
                </tr>
              )}
              {q.data.data.map((v, n) => (
                <tr key={v.id} data-testid="register-row">
                  <td style={{ textAlign: 'center' }}>{n + 1}</td>
                  <td>{v.visitedAt ? dayjs(v.visitedAt).tz(tz).format('YYYY-MM-DD HH:mm') : ''}</td>
                  <td>
                    {v.organizationName}
                    {v.unitCode ? `（${v.unitCode}）` : ''}
                  </td>
                  <td>{v.metNames}</td>
                  <td>{v.visitors.map((p) => p.name).join('、')}</td>
                  <td>{v.topics.join('；')}</td>
                  <td>{v.opinions}</td>
                  <td style={{ textAlign: 'center' }}>{v.satisfaction ? t(`satisfaction.${v.satisfaction}`) : ''}</td>
                  <td>
                    {v.issues.map((i) => (
                      <div key={i.id}>
                        {i.content}
                        {i.caseNumber ? ` → ${i.caseNumber}（${i.informed ? t('detail.informed') : t('detail.notInformed')}）` : ''}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="tv-foot">{t('register.signature')}________________</div>
        </section>
      )}
    </div>
  );
}
