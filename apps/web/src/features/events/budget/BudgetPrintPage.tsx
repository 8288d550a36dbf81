/**
 * /events/:id/budget/print?version= — the A4 会务服务预算表: lines by category with basis, unit price, quantity and
 * amount, the total in figures and in capitals (大写), the approver's drawn signature and date.
 */
import { Button, Result, Space, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { EVENT_COST_CATEGORIES, rmbInWords, yuan } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { budgetQuery } from './api';
import './budget-print.css';

export default function BudgetPrintPage() {
  const { t } = useTranslation('eventBudget');
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const { property } = useSession();
  const q = useQuery(budgetQuery(id));
  const b = q.data;
  const v = b ? (b.versions.find((x) => x.id === params.get('version')) ?? b.versions.at(-1)) : undefined;
  const lines = v ? [...v.lines].sort((a, c) => EVENT_COST_CATEGORIES.indexOf(a.category) - EVENT_COST_CATEGORIES.indexOf(c.category)) : [];
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <div className="no-print eb-toolbar">
        <Space wrap>
          <Button icon={<ArrowLeftOutlined />} style={{ minHeight: 40 }} onClick={() => navigate(`/events/${id}?tab=budget`)}>
            {t('printBack')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Space>
      </div>
      {q.isLoading ? (
        <Spin />
      ) : !b || !v ? (
        <Result status="warning" />
      ) : (
        <section className="eb-sheet" data-testid="budget-print">
          <div className="eb-head">
            <div>{property?.name ?? ''}</div>
            <h1>
              {t('printTitle')}
              {v.status === 'approved' || v.status === 'superseded' ? '' : t('draftMark')}
            </h1>
            <div>
              {b.eventName}（{b.eventNumber}） {t('version', { n: v.version })}
            </div>
          </div>
          <div className="eb-facts">
            <span>
              {t('hostUnit')}：{b.hostUnit}
            </span>
            <span>
              {t('eventDates')}：{b.startsOn} — {b.endsOn}
            </span>
          </div>
          <div className="eb-facts">
            <span>{t(v.snapshot ? 'snapshot' : 'figures', v.figures)}</span>
          </div>
          <table className="eb-table">
            <thead>
              <tr>
                <th style={{ width: '5%' }}>#</th>
                <th style={{ width: '11%' }}>{t('col.category')}</th>
                <th>{t('col.name')}</th>
                <th style={{ width: '11%' }}>{t('col.basis')}</th>
                <th className="num" style={{ width: '13%' }}>
                  {t('col.unitPrice')}
                </th>
                <th className="num" style={{ width: '10%' }}>
                  {t('col.units')}
                </th>
                <th className="num" style={{ width: '15%' }}>
                  {t('col.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, n) => (
                <tr key={l.id}>
                  <td>{n + 1}</td>
                  <td>{t(`category.${l.category}`)}</td>
                  <td>
                    {l.name}
                    {l.note ? `（${l.note}）` : ''}
                  </td>
                  <td>
                    {t(`basis.${l.basis}`)}
                    {l.basis !== 'fixed' && l.quantity !== 1 ? ` ×${l.quantity}` : ''}
                  </td>
                  <td className="num">{yuan(l.unitFen)}</td>
                  <td className="num">{l.units}</td>
                  <td className="num">{yuan(l.amountFen)}</td>
                </tr>
              ))}
              <tr>
                <td colSpan={6}>
                  <b>{t('total')}</b>
                </td>
                <td className="num">
                  <b data-testid="budget-print-total">{yuan(v.totalFen)}</b>
                </td>
              </tr>
            </tbody>
          </table>
          <div className="eb-words" data-testid="budget-print-words">
            {t('inWords')}：{rmbInWords(v.totalFen)}（¥{yuan(v.totalFen)}）
          </div>
          <div className="eb-signs">
            <span>
              {t('preparedBy')}：{v.createdByName ?? ''}
            </span>
            <span>
              {t('approver')}：
              {v.signatureFileId ? (
                <img src={`/api/v1/files/${v.signatureFileId}`} alt={v.approvedByName ?? ''} />
              ) : (
                <span>{v.approvedByName ?? '＿＿＿＿＿＿'}</span>
              )}
            </span>
            <span>
              {t('approvedAt')}：{v.approvedAt ? dayjs(v.approvedAt).format('YYYY年M月D日') : '＿＿年＿＿月＿＿日'}
            </span>
          </div>
        </section>
      )}
    </div>
  );
}
