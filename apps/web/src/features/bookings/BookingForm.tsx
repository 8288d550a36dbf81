/**
 * The intake form (SPEC M2) in a drawer: create or change a booking. Server problems are shown where
 * they belong: field errors on the fields, booking_conflict as the list of clashing bookings,
 * lead_time_too_short with the earliest start and, for dispatchers, an override with a reason.
 * The sections live in ./form (one component each); the state and the save in its hooks.
 */
import { useRef, useState } from 'react';
import { Button, Descriptions, Drawer, Form, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../lib/session';
import { useAllVenues, wall, type Booking } from './api';
import { useBookingLabels } from './labels';
import { SeriesSection, type SeriesState } from './SeriesSection';
import { ApplicationCard } from './form/ApplicationCard';
import { CorrectionFields } from './form/CorrectionFields';
import { FeeEstimateCard } from './form/FeeEstimateCard';
import { MeetingFields } from './form/MeetingFields';
import { ProblemAlerts } from './form/ProblemAlerts';
import { WhenFields } from './form/WhenFields';
import { WhoFields } from './form/WhoFields';
import { useBookingSubmit } from './form/useBookingSubmit';
import { useFormReset, useVenueDefaults } from './form/useFormReset';
import type { BookingDraft, BookingFormValues } from './form/values';

export type { BookingDraft } from './form/values';

/** Problems that a change of venue or time may resolve: their alert goes when the user changes either. */
const TIME_PROBLEMS = ['lead_time_too_short', 'booking_conflict', 'venue_closed'];

export function BookingForm({
  open,
  onClose,
  draft,
  booking,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  draft?: BookingDraft | null;
  booking?: Booking | null;
  onSaved?: (b: Booking) => void;
}) {
  const { t } = useBookingLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = session.can('bookings.manage');
  const [form] = Form.useForm<BookingFormValues>();
  const venues = useAllVenues(session.propertyId);
  const [series, setSeries] = useState<SeriesState | null>(null);
  const unitRef = useRef<string | undefined>(undefined);
  const editing = !!booking;

  const venueId = Form.useWatch('venueId', form);
  const start = Form.useWatch('start', form);
  const end = Form.useWatch('end', form);
  const venue = venues.data?.find((v) => v.id === venueId) ?? null;
  const duration = start && end && end.isAfter(start) ? end.diff(start, 'minute') : null;

  const { problem, setProblem, save, submit, earliest, useEarliest, getSeriesBody } = useBookingSubmit(form, {
    booking,
    series,
    ctx: { tz, staff, classC: venue?.venueClass === 'C', editing },
    onSaved,
    onClose,
  });
  useFormReset(form, {
    open,
    booking,
    draft,
    tz,
    staff,
    onReset: () => {
      setProblem(null);
      setSeries(null);
    },
  });
  useVenueDefaults(form, venue);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={860}
      destroyOnHidden
      title={editing ? t('form.editTitle', { number: booking!.number }) : t('form.createTitle')}
      extra={
        <Space>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => submit(false)} data-testid="booking-submit">
            {editing ? t('form.save') : venue?.venueClass === 'C' ? t('form.submitRequest') : t('form.submit')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark
        className="bk-form"
        onValuesChange={(ch) => {
          if ('start' in ch && ch.start) {
            const s = ch.start as Dayjs;
            const e = form.getFieldValue('end') as Dayjs | undefined;
            if (!e || !e.isAfter(s)) form.setFieldValue('end', s.add(duration ?? 60, 'minute'));
          }
          if ('organizerUnit' in ch) {
            // The application's unit follows the organizing unit until someone edits it.
            const applicant = form.getFieldValue(['application', 'applicantUnit']) as string | undefined;
            if (!applicant || applicant === unitRef.current) form.setFieldValue(['application', 'applicantUnit'], ch.organizerUnit);
            unitRef.current = ch.organizerUnit as string;
          }
          if ('venueId' in ch || 'start' in ch || 'end' in ch) setProblem((p) => (p && TIME_PROBLEMS.includes(p.code) ? null : p));
        }}
      >
        {editing && booking?.policies.correctOnly && <CorrectionFields />}
        <ProblemAlerts
          problem={problem}
          tz={tz}
          earliest={earliest}
          canOverride={session.can('bookings.override_lead_time')}
          saving={save.isPending}
          useEarliest={useEarliest}
          submit={submit}
        />
        <WhenFields
          venues={venues.data}
          venuesLoading={venues.isLoading}
          venue={venue}
          locked={editing && !booking?.policies.update}
          duration={duration}
        />
        {!editing && <SeriesSection form={form} tz={tz} onChange={setSeries} getBody={getSeriesBody} />}
        <WhoFields staff={staff} editing={editing} open={open} />
        <MeetingFields venue={venue} />
        {venue?.venueClass === 'C' && <ApplicationCard />}
        {venue?.venueClass === 'C' && <FeeEstimateCard tz={tz} />}
        {editing && booking && (
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('field.number')}>{booking.number}</Descriptions.Item>
            <Descriptions.Item label={t('field.requestedAt')}>{wall(booking.requestedAt, tz).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          </Descriptions>
        )}
      </Form>
    </Drawer>
  );
}

export const nowWall = (tz: string) => wall(dayjs().toISOString(), tz);
