/** /paid-services/meals/sheet/print — today's order sheet for the caterer (A4): company, unit, dishes × count; portions per dish. */
import { Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PrintToolbar } from '../../../components/print/PrintToolbar';
import { useSession } from '../../../lib/session';
import { mealDayQuery } from './api';
import '../../../components/print/print-sheet.css';

export default function SheetPrintPage() {
  const { t } = useTranslation('meals');
  const { property, propertyId } = useSession();
  const day = useQuery(mealDayQuery(propertyId)).data;
  const portions = new Map<string, number>();
  for (const o of day?.data ?? []) for (const l of o.lines) portions.set(l.dish, (portions.get(l.dish) ?? 0) + l.count);
  return (
    <div>
      <style>{'@media print { @page { size: A4 portrait; margin: 12mm; } }'}</style>
      <PrintToolbar back={t('sheet.back')} print={t('sheet.print')} />
      {!day ? (
        <Spin />
      ) : (
        <section className="ps-sheet" data-testid="meal-sheet">
          <div className="ps-head">
            <div className="ps-org">{property?.name ?? ''}</div>
            <h1>{t('sheet.title')}</h1>
            <div className="ps-sub">
              {day.day} · {t('day.deliverBy', { deliverBy: day.deliverBy })}
              {day.data[0] ? ` · ${t('sheet.supplier', { name: day.data[0].supplierName })}` : ''}
            </div>
          </div>
          <table className="ps-table">
            <thead>
              <tr>
                <th>{t('field.organization')}</th>
                <th>{t('field.unit')}</th>
                <th>{t('field.contactName')}</th>
                <th>{t('field.dish')}</th>
              </tr>
            </thead>
            <tbody>
              {day.data.map((o) => (
                <tr key={o.id}>
                  <td>{o.organizationName}</td>
                  <td>{o.unitCode}</td>
                  <td>{o.contactName}</td>
                  <td>{o.lines.map((l) => `${l.dish} × ${l.count}`).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="ps-table">
            <thead>
              <tr>
                <th>{t('field.dish')}</th>
                <th>{t('sheet.sum')}</th>
              </tr>
            </thead>
            <tbody>
              {[...portions].map(([dish, n]) => (
                <tr key={dish}>
                  <td>{dish}</td>
                  <td className="ps-num">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
