import { useTranslation } from 'react-i18next';
import type { QuantityRule } from '@hy/contracts';
import { useBookingLabels } from '../../../bookings/labels';
import type { TaskTemplate } from '../../api';

/** A template's timing and quantity rule in words, for the table. */
export function useTemplateTexts() {
  const { t } = useTranslation('meetings');
  const L = useBookingLabels();
  const timing = (x: TaskTemplate) => {
    if (x.dayBeforeAt) return t('tpl.dayBeforeText', { at: x.dayBeforeAt });
    const m = x.offsetMinutes ?? 0;
    const base = m < 0 ? t('tpl.offsetText', { n: -m }) : m > 0 ? t('tpl.offsetAfter', { n: m }) : t('tpl.atStart');
    return x.repeatMinutes ? `${base}，${t('tpl.repeatText', { n: x.repeatMinutes })}` : base;
  };
  const quantity = (qr: QuantityRule) => {
    switch (qr.rule) {
      case 'per_attendee':
        return t('tpl.qtyText.per_attendee', {
          factor: qr.factor,
          min: qr.min ? t('tpl.qtyText.min', { min: qr.min }) : '',
          unit: qr.unit,
        });
      case 'fixed':
        return t('tpl.qtyText.fixed', { qty: qr.qty, unit: qr.unit });
      case 'service_qty':
        return t('tpl.qtyText.service_qty', { service: L.service(qr.service), fallback: qr.fallback, unit: qr.unit });
      case 'by_importance':
        return t('tpl.qtyText.by_importance', { o: qr.factors.ordinary, i: qr.factors.internal, m: qr.factors.important, unit: qr.unit });
      default:
        return '';
    }
  };
  return { timing, quantity };
}
