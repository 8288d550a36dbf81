/** /paid-services/business-center/register/print — 发报统计本 or 商务中心服务统计本 of a period (A4 landscape) and its .xlsx. */
import { Button, DatePicker, Result, Segmented, Space, Spin } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { money, type BcRegisterKind } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { registerExportUrl, registerQuery } from './api';
import { slipContent } from './labels';
import './print.css';

export default function RegisterPrintPage() {
  const { t } = useTranslation('bizCenter');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const dt = useDateTime();
  const [params, setParams] = useSearchParams();
  const register = (params.get('register') === 'services' ? 'services' : 'fax') as BcRegisterKind;
  const from = params.get('from') ?? dayjs().startOf('month').format('YYYY-MM-DD');
  const to = params.get('to') ?? dayjs().format('YYYY-MM-DD');
  const q = useQuery(registerQuery(propertyId, register, from, to));
  const set = (p: Record<string, string>) => setParams({ register, from, to, ...p }, { replace: true });
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print bc-toolbar">
        <Space wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => navigate('/paid-services/business-center?tab=registers')}
          >
            {t('register.back')}
          </Button>
          <Segmented
            value={register}
            onChange={(v) => set({ register: String(v) })}
            options={(['fax', 'services'] as const).map((k) => ({ value: k, label: t(`register.${k}`) }))}
          />
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          />
          <Button icon={<DownloadOutlined />} style={{ minHeight: 40 }} href={registerExportUrl(propertyId, register, from, to)}>
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
        <section className="bc-sheet wide" data-testid="bc-register">
          <div className="bc-head">
            <div className="org">{property?.name ?? ''}</div>
            <h1>{t(`register.${register}`)}</h1>
            <div className="sub">{from === to ? from : `${from} – ${to}`}</div>
          </div>
          <table className="bc-table">
            <colgroup>
              <col style={{ width: '5%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '27%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '7%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('register.no')}</th>
                <th>{t('field.createdAt')}</th>
                <th>{t('field.number')}</th>
                <th>{t('register.customer')}</th>
                <th>{t('register.content')}</th>
                <th>{t('field.amount')}</th>
                <th>{t('field.payment')}</th>
                <th>{t('field.operator')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.data.length === 0 && (
                <tr>
                  <td colSpan={8} style={{ textAlign: 'center', padding: 24 }}>
                    {t('register.empty')}
                  </td>
                </tr>
              )}
              {q.data.data.map((s, n) => (
                <tr key={s.id} data-testid="register-row">
                  <td style={{ textAlign: 'center' }}>{n + 1}</td>
                  <td>{dt(s.createdAt)}</td>
                  <td>{s.number}</td>
                  <td>{s.organizationName ? `${s.organizationName}（${s.customerName}）` : s.customerName}</td>
                  <td>{slipContent(t, s)}</td>
                  <td style={{ textAlign: 'right' }}>{money(s.amountFen)}</td>
                  <td>{s.payment ? t(`payment.${s.payment}`) : ''}</td>
                  <td>{s.operatorName ?? ''}</td>
                </tr>
              ))}
              <tr>
                <td colSpan={5} style={{ textAlign: 'right', fontWeight: 600 }}>
                  {t('register.total')}
                </td>
                <td style={{ textAlign: 'right', fontWeight: 600 }}>{money(q.data.totalFen)}</td>
                <td colSpan={2} />
              </tr>
            </tbody>
          </table>
          <div className="bc-foot">
            <span />
            <span>{t('register.signature')}________________</span>
          </div>
        </section>
      )}
    </div>
  );
}
