/** A notice's lines, grouped by sheet with subtotals, and the total with the amount in capital characters. */
import type { BillingNoticeDetail } from '@hy/contracts';
import { money } from '@hy/contracts';
import { useTranslation } from 'react-i18next';

export function NoticeSheets({ n, compact = false }: { n: BillingNoticeDetail; compact?: boolean }) {
  const { t } = useTranslation('billingNotices');
  return (
    <table className="bp-table" data-testid="notice-lines">
      <thead>
        <tr>
          <th>{t('line.description')}</th>
          {!compact && <th style={{ width: '12%' }}>{t('line.unit')}</th>}
          {!compact && <th style={{ width: '12%' }}>{t('line.quantity')}</th>}
          {!compact && <th style={{ width: '14%' }}>{t('line.price')}</th>}
          <th style={{ width: compact ? '36%' : '18%', textAlign: 'right' }}>{t('line.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {n.sheets.map((s) => [
          <tr key={s.sheet} className="bp-sheet-row">
            <td colSpan={compact ? 2 : 5}>
              <strong>{t(`sheet.${s.sheet}`)}</strong>
            </td>
          </tr>,
          ...s.lines.map((l, i) => (
            <tr key={`${s.sheet}-${i}`}>
              <td>{l.description}</td>
              {!compact && <td>{l.unitCode ?? ''}</td>}
              {!compact && <td>{l.quantity ? Number(l.quantity) : ''}</td>}
              {!compact && <td>{l.unitPriceFen !== null ? money(l.unitPriceFen) : ''}</td>}
              <td style={{ textAlign: 'right' }}>{money(l.amountFen)}</td>
            </tr>
          )),
          <tr key={`${s.sheet}-sub`}>
            <td colSpan={compact ? 1 : 4} style={{ textAlign: 'right' }}>
              {t('detail.subtotal')}
            </td>
            <td style={{ textAlign: 'right' }}>{money(s.subtotalFen)}</td>
          </tr>,
        ])}
        <tr className="bp-total-row">
          <td colSpan={compact ? 1 : 4} style={{ textAlign: 'right' }}>
            <strong>{t('detail.total')}</strong>
          </td>
          <td style={{ textAlign: 'right' }} data-testid="notice-total">
            <strong>{money(n.amountFen)}</strong>
          </td>
        </tr>
        <tr>
          <td colSpan={compact ? 2 : 5} data-testid="notice-words">
            {t('detail.inWords')}：{n.amountInWords}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
