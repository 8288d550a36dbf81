/** Fills the form when the drawer opens (a booking to change, or a new one from a draft); a venue change picks its default layout. */
import { useEffect } from 'react';
import type { FormInstance } from 'antd';
import { useSession } from '../../../lib/session';
import type { Venue } from '../../places/api';
import { wall, type Booking } from '../api';
import type { BookingDraft, BookingFormValues } from './values';

export function useFormReset(
  form: FormInstance<BookingFormValues>,
  o: { open: boolean; booking?: Booking | null; draft?: BookingDraft | null; tz: string; staff: boolean; onReset(): void },
) {
  const session = useSession();
  const { open, booking, draft, tz, staff, onReset } = o;
  useEffect(() => {
    if (!open) return;
    onReset();
    form.resetFields();
    if (booking) {
      form.setFieldsValue({
        venueId: booking.venue.id,
        start: wall(booking.startAt, tz),
        end: wall(booking.endAt, tz),
        organizationId: booking.organizationId,
        organizerUnit: booking.organizerUnit,
        contactName: booking.contactName,
        contactPhone: booking.contactPhone,
        topic: booking.topic ?? '',
        attendeeCount: booking.attendeeCount,
        layout: booking.layout,
        services: booking.services,
        confidentiality: booking.confidentiality,
        importance: booking.importance,
        specialSetup: booking.specialSetup,
        setupPlan: booking.setupPlan,
        notes: booking.notes,
        application: booking.application ?? undefined,
      });
    } else {
      const me = session.me;
      form.setFieldsValue({
        venueId: draft?.venueId,
        start: draft?.start,
        end: draft?.end,
        services: [],
        confidentiality: 'public',
        importance: 'ordinary',
        specialSetup: false,
        channel: session.hasRole('cs_assistant') && !session.hasRole('dispatcher') ? 'building_assistant' : 'phone',
        ...(staff
          ? {}
          : {
              organizationId: me?.organizationId ?? null,
              contactName: me?.displayName,
              contactPhone: me?.phone ?? undefined,
              organizerUnit: me?.organizationName,
            }),
        ...draft?.prefill,
      });
    }
    // onReset is the caller's state reset; it is not a reason to refill the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, booking, draft, form, tz, staff, session]);
}

/** A venue change picks its default layout (or clears one it does not offer); a C-class venue's application takes the unit. */
export function useVenueDefaults(form: FormInstance<BookingFormValues>, venue: Venue | null) {
  useEffect(() => {
    if (!venue) return;
    const cur = form.getFieldValue('layout') as string | null | undefined;
    if (!cur || !venue.layouts.some((l) => l.layout === cur))
      form.setFieldValue('layout', venue.defaultLayout ?? venue.layouts[0]?.layout ?? null);
    if (venue.venueClass === 'C' && !form.getFieldValue(['application', 'applicantUnit'])) {
      const unit = form.getFieldValue('organizerUnit') as string | undefined;
      if (unit) form.setFieldValue(['application', 'applicantUnit'], unit);
    }
  }, [venue, form]);
}
