/** The fee a booking would cost by the price list, shown before it is submitted (C-class requests pay by it). */
import { Card, Form, Typography } from 'antd';
import { money } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useDebounced } from '../../../lib/useDebounced';
import { instant, useFeeEstimate } from '../api';
import { useBookingLabels } from '../labels';
import type { BookingFormValues } from './values';

export function FeeEstimateCard({ tz }: { tz: string }) {
  const { t } = useBookingLabels();
  const session = useSession();
  const form = Form.useFormInstance<BookingFormValues>();
  const venueId = Form.useWatch('venueId', form);
  const start = Form.useWatch('start', form);
  const end = Form.useWatch('end', form);
  const attendees = Form.useWatch('attendeeCount', form);
  const services = Form.useWatch('services', form);
  const ready = session.propertyId && venueId && start && end && end.isAfter(start) && Number(attendees) > 0;
  const body = useDebounced(
    ready
      ? {
          propertyId: session.propertyId!,
          venueId,
          startAt: instant(start, tz),
          endAt: instant(end, tz),
          attendeeCount: Number(attendees),
          services: (services ?? []).map((s) => ({ code: s.code, ...(s.qty ? { qty: s.qty } : {}) })),
        }
      : null,
  );
  const est = useFeeEstimate(body);
  const e = est.data;
  if (!body || !e) return null;
  return (
    <Card size="small" title={t('estimate.title')} style={{ marginBottom: 12 }} data-testid="fee-estimate" loading={est.isLoading}>
      {!e.priced || !e.venue ? (
        <Typography.Text type="secondary">{t('estimate.unpriced')}</Typography.Text>
      ) : (
        <>
          <div className="bk-estimate-line">
            <span>
              {t('estimate.venue', { hours: e.venue.hours })}
              {e.venue.extraHours > 0 && (
                <Typography.Text type="secondary">{t('paren', { v: t('estimate.extraHours', { n: e.venue.extraHours }) })}</Typography.Text>
              )}
            </span>
            <span>{money(e.venue.fen)}</span>
          </div>
          {e.items.map((i) => (
            <div className="bk-estimate-line" key={i.code}>
              <span>{t('estimate.item', { name: i.name, qty: i.qty, unit: i.unit })}</span>
              <span>{money(i.amountFen)}</span>
            </div>
          ))}
          <div className="bk-estimate-line bk-estimate-total">
            <span>{t('estimate.total')}</span>
            <span data-testid="fee-estimate-total">{money(e.totalFen)}</span>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('estimate.note')}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
