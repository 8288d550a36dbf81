/**
 * Saving the form: create, change, or book a series; the server's problem is kept for the alerts
 * (conflicts, lead time) and its field errors go on the fields; the earliest allowed start can be taken.
 */
import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Problem } from '@hy/contracts';
import { ApiError } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { saveBooking, useSaveBooking, wall, type Booking } from '../api';
import { useBookingLabels } from '../labels';
import type { SeriesState } from '../SeriesSection';
import { bookingBody, fieldName, type BodyContext, type BookingFormValues } from './values';

/** Problems shown in the form's own alerts rather than as a toast. */
const SHOWN_IN_FORM = ['booking_conflict', 'venue_closed', 'lead_time_too_short'];

type Saved = Booking | { series: unknown };

export function useBookingSubmit(
  form: FormInstance<BookingFormValues>,
  o: { booking?: Booking | null; series: SeriesState | null; ctx: BodyContext; onSaved?: (b: Booking) => void; onClose(): void },
) {
  const { t } = useBookingLabels();
  const { message } = App.useApp();
  const session = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const { booking, series, ctx, onSaved, onClose } = o;
  const newOnly = (v: BookingFormValues) => ({ propertyId: session.propertyId, ...(ctx.staff ? { channel: v.channel } : {}) });
  const getSeriesBody = async () => {
    const v = await form.validateFields();
    return { ...bookingBody(v, !!v.overrideReason, ctx), ...newOnly(v) };
  };

  const save = useSaveBooking<{ v: BookingFormValues; override: boolean }, Saved>({
    mutationFn: async ({ v, override }) => {
      const body = bookingBody(v, override, ctx);
      if (booking)
        return saveBooking({ booking, body: booking.policies.correctOnly ? { ...body, correctionReason: v.correctionReason } : body });
      if (series?.enabled) return { series: await series.submit({ ...body, ...newOnly(v) }) };
      return saveBooking({ body: { ...body, ...newOnly(v) } });
    },
    success: (b) =>
      'series' in b
        ? t('series.created')
        : ctx.editing
          ? t('form.saved')
          : b.status === 'requested'
            ? t('form.requested', { number: b.number })
            : t('form.created', { number: b.number }),
    onSuccess: (b) => {
      if (!('series' in b)) onSaved?.(b);
      onClose();
    },
    onError: (text, err) => {
      if (!(err instanceof ApiError)) return void message.error(t('form.failed'));
      setProblem(err.problem);
      const fields = err.problem.fields ?? [];
      if (fields.length)
        form.setFields(
          fields.map((f) => ({
            name: fieldName(f.path),
            errors: [err.problem.code === 'validation_failed' ? f.message : err.problem.title],
          })) as never,
        );
      if (!SHOWN_IN_FORM.includes(err.problem.code)) message.error(text);
    },
  });

  const submit = (override = false) => {
    if (override && !String(form.getFieldValue('overrideReason') ?? '').trim()) {
      form.setFields([{ name: 'overrideReason', errors: [t('lead.reasonRequired')] }]);
      return;
    }
    form
      .validateFields()
      .then((v) => {
        setProblem(null);
        save.mutate({ v, override });
      })
      .catch((e: { errorFields?: { name: (string | number)[] }[] }) => {
        const first = e?.errorFields?.[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
        message.warning(t('form.checkFields'));
      });
  };

  const earliest: Dayjs | null =
    problem?.code === 'lead_time_too_short' && typeof problem.earliestStart === 'string' ? wall(problem.earliestStart, ctx.tz) : null;
  const useEarliest = () => {
    if (!earliest) return;
    const s = form.getFieldValue('start') as Dayjs | undefined;
    const e = form.getFieldValue('end') as Dayjs | undefined;
    const minutes = s && e ? e.diff(s, 'minute') : 60;
    const rounded = earliest.minute() % 15 ? earliest.add(15 - (earliest.minute() % 15), 'minute').second(0) : earliest.second(0);
    form.setFieldsValue({ start: rounded, end: rounded.add(minutes, 'minute') });
    setProblem(null);
  };

  return { problem, setProblem, save, submit, earliest, useEarliest, getSeriesBody };
}
