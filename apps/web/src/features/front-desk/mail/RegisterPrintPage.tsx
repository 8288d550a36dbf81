/**
 * /front-desk/mail/register/print — the printable 专用信件登记薄 (A4 landscape) of a day or a period: the
 * registered letters and 机要 items (or every item) with the columns of the paper form, and for each hand-over
 * the signer, the signature drawn on the screen (or "paper signature") and the time. Reading it is audited.
 */
import { Button, DatePicker, Result, Segmented, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSession } from '../../../lib/session';
import '../../../lib/format';
import { registerPrintQuery } from './api';
import './register-print.css';

export default function RegisterPrintPage() {
  const { t } = useTranslation('mail');
  const navigate = useNavigate();
  const { property, propertyId } = useSession();
  const tz = property?.timeZone ?? 'Asia/Shanghai';
  const [params, setParams] = useSearchParams();
  const today = dayjs().format('YYYY-MM-DD');
  const from = params.get('from') ?? today;
  const to = params.get('to') ?? from;
  const scope = params.get('scope') === 'all' ? 'all' : 'letters';
  const q = useQuery(registerPrintQuery(propertyId, { from, to, scope }));
  const at = (iso: string) => {
    const d = dayjs(iso).tz(tz);
    return (
      <>
        {d.format('MM-DD')}
        <br />
        {d.format('HH:mm')}
      </>
    );
  };
  const set = (p: Record<string, string>) => setParams({ from, to, scope, ...p }, { replace: true });
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print ml-print-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/front-desk/mail?tab=register')}>
            {t('register.back')}
          </Button>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          />
          <Segmented
            value={scope}
            onChange={(v) => set({ scope: String(v) })}
            options={[
              { value: 'letters', label: t('register.letters') },
              { value: 'all', label: t('register.all') },
            ]}
          />
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
        <section className="ml-sheet" data-testid="register-sheet">
          <div className="ml-head">
            <div className="ml-org">{property?.name ?? ''}</div>
            <h1>{t('nav.register')}</h1>
            <div className="ml-sub">
              {from === to ? from : `${from} – ${to}`} · {scope === 'letters' ? t('register.letters') : t('register.all')}
            </div>
          </div>
          <table className="ml-table">
            <colgroup>
              <col style={{ width: '4%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '4%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '8%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('register.seq')}</th>
                <th>{t('field.number')}</th>
                <th>{t('register.received')}</th>
                <th>{t('field.kind')}</th>
                <th>{t('register.from')}</th>
                <th>{t('field.recipient')}</th>
                <th>{t('field.pieces')}</th>
                <th>{t('field.signer')}</th>
                <th>{t('register.signature')}</th>
                <th>{t('field.pickedUpAt')}</th>
                <th>{t('register.clerk')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.data.map((m, i) => (
                <tr key={m.id} data-testid="register-row">
                  <td>{i + 1}</td>
                  <td>{m.number}</td>
                  <td>{at(m.receivedAt)}</td>
                  <td>
                    {t(`kind.${m.kind}`)}
                    {m.confidential && m.kind !== 'confidential' && <div className="small">{t('flag.confidential')}</div>}
                  </td>
                  <td>
                    {m.carrier ?? ''}
                    {m.trackingNo && <div className="small">{m.trackingNo}</div>}
                  </td>
                  <td>
                    {m.recipientName}
                    {m.recipientUnit && <div className="small">{m.recipientUnit}</div>}
                  </td>
                  <td>{m.pieces}</td>
                  <td>
                    {m.pickup ? (
                      <>
                        {m.pickup.name}
                        {m.pickup.signer === 'proxy' && <div className="small">{t('hand.proxy')}</div>}
                      </>
                    ) : (
                      <span className="small">{t(`status.${m.status}`)}</span>
                    )}
                  </td>
                  <td>
                    {m.pickup?.signature ? (
                      <figure className="ml-sign" data-testid="register-signature">
                        <img src={m.pickup.signature.url} alt={m.pickup.signature.signerName ?? m.pickup.name} />
                      </figure>
                    ) : m.pickup ? (
                      <span className="small">{t(`register.method.${m.pickup.method}`)}</span>
                    ) : null}
                  </td>
                  <td>{m.pickup ? at(m.pickup.at) : ''}</td>
                  <td>{m.pickup?.clerkName ?? m.loggedByName}</td>
                </tr>
              ))}
              {!q.data.data.length && (
                <tr>
                  <td colSpan={11}>{t('register.none')}</td>
                </tr>
              )}
            </tbody>
          </table>
          <div className="ml-foot">
            <span>{t('register.total', { n: q.data.data.length })}</span>
            <span>{t('register.checkedBy')}</span>
          </div>
        </section>
      )}
    </div>
  );
}
