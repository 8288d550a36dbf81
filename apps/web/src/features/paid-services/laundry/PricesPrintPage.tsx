/** /paid-services/laundry/prices/print — the 洗衣价目表 (A4) handed to a tenant at move-in. */
import { Result, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PrintToolbar } from '../../../components/print/PrintToolbar';
import { yuan } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { laundryPricesQuery } from './api';
import '../../../components/print/print-sheet.css';

export default function PricesPrintPage() {
  const { t } = useTranslation('laundry');
  const { property, propertyId } = useSession();
  const q = useQuery(laundryPricesQuery(propertyId));
  const p = q.data;
  const cell = (f: number | null) => (f == null ? t('prices.none') : yuan(f));
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <PrintToolbar back={t('statement.back')} print={t('statement.print')} />
      {q.isLoading ? (
        <Spin />
      ) : !p ? (
        <Result status="warning" title={t('statement.failed')} />
      ) : (
        <section className="ps-sheet" data-testid="laundry-prices-print">
          <div className="ps-head">
            <div className="ps-org">{property?.name ?? ''}</div>
            <h1>{t('prices.title')}</h1>
            {p.supplier && (
              <div className="ps-sub">
                {t('prices.supplier', { name: p.supplier.name })}
                {p.supplier.phone ? ` · ${t('prices.phone', { phone: p.supplier.phone })}` : ''}
                {p.supplier.contractFrom
                  ? ` · ${t('prices.contract', { from: p.supplier.contractFrom, to: p.supplier.contractTo ?? '' })}`
                  : ''}
              </div>
            )}
          </div>
          <table className="ps-table">
            <thead>
              <tr>
                <th>{t('field.item')}</th>
                <th>{t('service.wash')}</th>
                <th>{t('service.dry_clean')}</th>
                <th>{t('service.iron')}</th>
              </tr>
            </thead>
            <tbody>
              {p.data.map((r) => (
                <tr key={r.id}>
                  <td>{r.item}</td>
                  <td className="ps-num">{cell(r.washFen)}</td>
                  <td className="ps-num">{cell(r.dryCleanFen)}</td>
                  <td className="ps-num">{cell(r.ironFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="ps-sub">{t('prices.note')}</div>
        </section>
      )}
    </div>
  );
}
