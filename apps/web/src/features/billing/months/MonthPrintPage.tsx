/**
 * /billing/months/:id/print?sheet=receivables|management|… — the A4 print of the receivables 《物业管理费用应收表》
 * or of one sub-table, with the total in figures and in capitals (大写) and three signature lines.
 */
import { Button, Result, Segmented, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FEE_SHEETS, SIGN_STEPS, rmbInWords, yuan, type FeeSheet } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { monthQuery } from './api';
import './month-print.css';

export default function MonthPrintPage() {
  const { t } = useTranslation('feeMonths');
  const navigate = useNavigate();
  const { id } = useParams();
  const { property } = useSession();
  const [params, setParams] = useSearchParams();
  const sheet = (params.get('sheet') ?? 'receivables') as FeeSheet | 'receivables';
  const q = useQuery(monthQuery(id ?? null));
  const m = q.data;
  const total = m ? (sheet === 'receivables' ? m.totalFen : (m.sheetTotals[sheet] ?? 0)) : 0;
  const live = m?.signatures.filter((s) => !s.voidedAt) ?? [];
  return (
    <div>
      <style>{'@media print { @page { size: A4 landscape; margin: 10mm; } }'}</style>
      <div className="no-print fm-print-toolbar">
        <Space wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            style={{ minHeight: 40 }}
            onClick={() => navigate(`/billing/months${m ? `?month=${m.month}` : ''}`)}
          >
            {t('printBack')}
          </Button>
          <Segmented
            value={sheet}
            onChange={(v) => setParams({ sheet: String(v) }, { replace: true })}
            options={[{ value: 'receivables', label: t('receivables') }, ...FEE_SHEETS.map((s) => ({ value: s, label: t(`short.${s}`) }))]}
          />
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !m ? (
        <Result status="warning" />
      ) : (
        <section className="fm-sheet" data-testid="month-print">
          <div className="fm-head">
            <div>{property?.name ?? ''}</div>
            <h1>{sheet === 'receivables' ? t('printTitle') : t(`sheet.${sheet}`)}</h1>
            <div>
              {m.month} {t('version', { n: m.version })}
            </div>
          </div>
          {sheet === 'receivables' ? (
            <table className="fm-table">
              <thead>
                <tr>
                  <th>{t('company')}</th>
                  {FEE_SHEETS.map((s) => (
                    <th key={s} className="num">
                      {t(`short.${s}`)}
                    </th>
                  ))}
                  <th className="num">{t('sum')}</th>
                </tr>
              </thead>
              <tbody>
                {m.receivables.map((r) => (
                  <tr key={r.organizationId}>
                    <td>{r.organizationName}</td>
                    {FEE_SHEETS.map((s) => (
                      <td key={s} className="num">
                        {r.bySheet[s] ? yuan(r.bySheet[s]) : ''}
                      </td>
                    ))}
                    <td className="num">{yuan(r.totalFen)}</td>
                  </tr>
                ))}
                <tr>
                  <td>
                    <b>{t('sum')}</b>
                  </td>
                  {FEE_SHEETS.map((s) => (
                    <td key={s} className="num">
                      {yuan(m.sheetTotals[s] ?? 0)}
                    </td>
                  ))}
                  <td className="num">
                    <b>{yuan(m.totalFen)}</b>
                  </td>
                </tr>
              </tbody>
            </table>
          ) : (
            <table className="fm-table">
              <thead>
                <tr>
                  <th style={{ width: '4%' }}>#</th>
                  <th>{t('company')}</th>
                  <th>{t('unit')}</th>
                  <th>{t('item')}</th>
                  <th className="num">{t('quantity')}</th>
                  <th className="num">{t('price')}</th>
                  <th className="num">{t('amount')}</th>
                </tr>
              </thead>
              <tbody>
                {m.lines
                  .filter((l) => l.sheet === sheet)
                  .map((l, n) => (
                    <tr key={l.id}>
                      <td>{n + 1}</td>
                      <td>{l.organizationName}</td>
                      <td>{l.unitCode ?? ''}</td>
                      <td>{l.description}</td>
                      <td className="num">{l.quantity ?? ''}</td>
                      <td className="num">{l.unitPriceFen === null ? '' : yuan(l.unitPriceFen)}</td>
                      <td className="num">{yuan(l.amountFen)}</td>
                    </tr>
                  ))}
                <tr>
                  <td colSpan={6}>
                    <b>{t('sum')}</b>
                  </td>
                  <td className="num">
                    <b>{yuan(total)}</b>
                  </td>
                </tr>
              </tbody>
            </table>
          )}
          <div className="fm-words" data-testid="print-words">
            {t('total')}
            {t('colon')}¥{yuan(total)} {t('inWords')}
            {t('colon')}
            {rmbInWords(total)}
          </div>
          <div className="fm-signs">
            {SIGN_STEPS.map((s) => {
              const sig = live.find((x) => x.step === s);
              return (
                <div key={s}>
                  {t('signLine', { step: t(`steps.${s}`) })}
                  <u style={{ display: 'inline-block', minWidth: 110 }}>{sig?.signerName ?? '\u00a0'}</u>
                  <div style={{ fontSize: 12, marginTop: 4 }}>
                    {t('dateLine')}
                    {sig ? sig.signedAt.slice(0, 10) : '________'}
                  </div>
                </div>
              );
            })}
          </div>
        </section>
      )}
    </div>
  );
}
