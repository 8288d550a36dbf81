/**
 * The intake form (SPEC M2) in a drawer: create or change a booking. Server problems are shown where
 * they belong: field errors on the fields, booking_conflict as the list of clashing bookings,
 * lead_time_too_short with the earliest start and, for dispatchers, an override with a reason.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import {
  BOOKING_CHANNELS,
  CONFIDENTIALITY_LEVELS,
  IMPORTANCE_LEVELS,
  type BookingApplicationForm,
  type BookingChannel,
  type BookingServiceItem,
  type Confidentiality,
  type Importance,
  type Layout,
  type Problem,
} from '@hy/contracts';
import { api, ApiError } from '../../lib/api';
import { applyProblem } from '../../lib/errors';
import { useSession } from '../../lib/session';
import { useOrganizations, type Venue } from '../places/api';
import { CLASS_COLORS } from '../places/labels';
import { bookingKeys, instant, span, useAllVenues, wall, type Booking, type Conflict } from './api';
import { useBookingLabels } from './labels';
import { ServicesInput } from './ServicesInput';
import { SeriesSection, type SeriesState } from './SeriesSection';

interface Closure {
  id: string;
  venueName: string;
  start: string;
  end: string;
  reason: string;
}

export interface BookingDraft {
  venueId?: string;
  start?: Dayjs;
  end?: Dayjs;
}

interface Values {
  venueId: string;
  start: Dayjs;
  end: Dayjs;
  organizationId?: string | null;
  organizerUnit?: string | null;
  contactName: string;
  contactPhone: string;
  topic: string;
  attendeeCount: number;
  layout?: Layout | null;
  services: BookingServiceItem[];
  confidentiality: Confidentiality;
  importance: Importance;
  channel?: BookingChannel;
  specialSetup: boolean;
  setupPlan?: string | null;
  notes?: string | null;
  application?: Partial<BookingApplicationForm>;
  overrideReason?: string;
}

/** Server field paths → form field names. */
function fieldName(path: string): (string | number)[] {
  const parts = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (parts[0] === 'startAt') return ['start'];
  if (parts[0] === 'endAt') return ['end'];
  if (parts[0] === 'services') return ['services'];
  if (parts[0] === 'overrideLeadTime') return ['overrideReason'];
  if (parts[0] === 'application' && parts.length > 1) return ['application', parts[1]!];
  return [parts[0]!];
}

export function VenueFacts({ venue, layout, attendees }: { venue: Venue; layout?: string | null; attendees?: number | null }) {
  const L = useBookingLabels();
  const { t, P } = L;
  const chosen = venue.layouts.find((l) => l.layout === (layout ?? venue.defaultLayout));
  const capacity = chosen?.capacity ?? venue.seats;
  const over = !!attendees && attendees > capacity;
  const under = !!attendees && venue.minAttendees !== null && attendees < venue.minAttendees;
  return (
    <Card size="small" className="bk-venue-facts" data-testid="venue-facts">
      <Space size={[6, 4]} wrap>
        <Tag color={CLASS_COLORS[venue.venueClass]}>{P.venueClass(venue.venueClass)}</Tag>
        <Typography.Text strong>
          {venue.buildingName}
          {venue.floorLabel ? ` ${venue.floorLabel}` : ''} · {venue.name}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('facts.leadTime')}：{P.leadRule(venue.effectiveLeadTime)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('facts.open')}：{venue.openFrom}–{venue.openTo}
        </Typography.Text>
      </Space>
      <div style={{ marginTop: 4 }}>
        <Space size={[4, 4]} wrap>
          <Typography.Text type="secondary">{t('facts.capacity')}：</Typography.Text>
          {venue.layouts.length ? (
            venue.layouts.map((l) => (
              <Tag key={l.layout} color={l.layout === chosen?.layout ? 'blue' : undefined}>
                {P.layout(l.layout)} {l.capacity}
                {t('facts.people')}
              </Tag>
            ))
          ) : (
            <Tag>
              {venue.seats}
              {t('facts.people')}
            </Tag>
          )}
          {venue.minAttendees !== null && <Tag>{t('facts.min', { n: venue.minAttendees })}</Tag>}
          {venue.linkedVenues.length > 0 && (
            <Typography.Text type="secondary">
              {t('facts.linked')}：{venue.linkedVenues.map((x) => x.name).join('、')}
            </Typography.Text>
          )}
        </Space>
      </div>
      {venue.venueClass === 'C' && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('facts.needsApproval')}
        </Typography.Text>
      )}
      {venue.restricted && (
        <div>
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('facts.restricted', { orgs: venue.allowedOrganizations.map((o) => o.name).join('、') })}
          </Typography.Text>
        </div>
      )}
      {over && <Alert type="warning" showIcon style={{ marginTop: 6 }} message={t('facts.over', { n: attendees, capacity })} />}
      {under && <Alert type="warning" showIcon style={{ marginTop: 6 }} message={t('facts.under', { n: venue.minAttendees })} />}
    </Card>
  );
}

/** The clashing bookings of a 409 booking_conflict. */
export function ConflictList({ conflicts, tz }: { conflicts: Conflict[]; tz: string }) {
  const { t } = useBookingLabels();
  return (
    <ul className="bk-conflicts" data-testid="conflict-list">
      {conflicts.map((c) => (
        <li key={c.id + c.venueName}>
          <Link to={`/bookings/${c.id}`} target="_blank">
            {c.number}
          </Link>{' '}
          · {c.venueName} · {span(c.start, c.end, tz)}
          {' · '}
          {c.topic ?? t('conflict.hidden')}
          {c.organizer ? t('paren', { v: c.organizer }) : ''}
        </li>
      ))}
    </ul>
  );
}

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
  const L = useBookingLabels();
  const { t, P } = L;
  const { message } = App.useApp();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const staff = session.can('bookings.manage');
  const canOverride = session.can('bookings.override_lead_time');
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const venues = useAllVenues(session.propertyId);
  const orgs = useOrganizations(session.propertyId, staff && open);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [series, setSeries] = useState<SeriesState | null>(null);
  const unitRef = useRef<string | undefined>(undefined);
  const editing = !!booking;

  const venueId = Form.useWatch('venueId', form);
  const layout = Form.useWatch('layout', form);
  const attendees = Form.useWatch('attendeeCount', form);
  const specialSetup = Form.useWatch('specialSetup', form);
  const start = Form.useWatch('start', form);
  const end = Form.useWatch('end', form);
  const venue = venues.data?.find((v) => v.id === venueId) ?? null;

  useEffect(() => {
    if (!open) return;
    setProblem(null);
    setSeries(null);
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
      });
    }
  }, [open, booking, draft, form, tz, staff, session]);

  // A venue change picks its default layout (or clears one it does not offer).
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

  const toBody = (v: Values, override: boolean): Record<string, unknown> => {
    const body: Record<string, unknown> = {
      venueId: v.venueId,
      startAt: instant(v.start, tz),
      endAt: instant(v.end, tz),
      layout: v.layout ?? null,
      attendeeCount: v.attendeeCount,
      topic: v.topic,
      organizerUnit: v.organizerUnit || null,
      contactName: v.contactName,
      contactPhone: v.contactPhone,
      services: v.services ?? [],
      confidentiality: v.confidentiality,
      importance: v.importance,
      notes: v.notes || null,
      specialSetup: !!v.specialSetup,
      setupPlan: v.setupPlan || null,
    };
    if (staff) body.organizationId = v.organizationId ?? null;
    if (venue?.venueClass === 'C') {
      const a = v.application ?? {};
      body.application = {
        applicantUnit: a.applicantUnit,
        purpose: a.purpose,
        handlerName: a.handlerName || null,
        handlerPhone: a.handlerPhone || null,
        leadersAttending: a.leadersAttending || null,
        attendeeScope: a.attendeeScope || null,
        remarks: a.remarks || null,
      };
    } else if (editing) body.application = null;
    if (override && v.overrideReason) body.overrideLeadTime = { reason: v.overrideReason };
    return body;
  };
  const newOnly = (v: Values) => ({ propertyId: session.propertyId, ...(staff ? { channel: v.channel } : {}) });
  const getSeriesBody = async () => {
    const v = await form.validateFields();
    return { ...toBody(v, !!v.overrideReason), ...newOnly(v) };
  };

  const save = useMutation({
    mutationFn: async ({ v, override }: { v: Values; override: boolean }) => {
      const body = toBody(v, override);
      if (booking) return api.patch<Booking>(`/bookings/${booking.id}`, { ...body, version: booking.version });
      if (series?.enabled) return { series: await series.submit({ ...body, ...newOnly(v) }) } as unknown as Booking;
      return api.post<Booking>('/bookings', { ...body, ...newOnly(v) });
    },
    onSuccess: (b) => {
      void qc.invalidateQueries({ queryKey: bookingKeys.all });
      if ((b as unknown as { series?: unknown }).series) {
        message.success(t('series.created'));
        onClose();
        return;
      }
      message.success(
        editing
          ? t('form.saved')
          : b.status === 'requested'
            ? t('form.requested', { number: b.number })
            : t('form.created', { number: b.number }),
      );
      onSaved?.(b);
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError) {
        setProblem(err.problem);
        const fields = err.problem.fields ?? [];
        if (fields.length)
          form.setFields(
            fields.map((f) => ({
              name: fieldName(f.path),
              errors: [err.problem.code === 'validation_failed' ? f.message : err.problem.title],
            })) as never,
          );
        if (!['booking_conflict', 'venue_closed', 'lead_time_too_short'].includes(err.problem.code))
          message.error(applyProblem(err, undefined, t('form.failed')));
      } else message.error(t('form.failed'));
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

  const earliest =
    problem?.code === 'lead_time_too_short' && typeof problem.earliestStart === 'string' ? wall(problem.earliestStart, tz) : null;
  const useEarliest = () => {
    if (!earliest) return;
    const s = form.getFieldValue('start') as Dayjs | undefined;
    const e = form.getFieldValue('end') as Dayjs | undefined;
    const minutes = s && e ? e.diff(s, 'minute') : 60;
    const rounded = earliest.minute() % 15 ? earliest.add(15 - (earliest.minute() % 15), 'minute').second(0) : earliest.second(0);
    form.setFieldsValue({ start: rounded, end: rounded.add(minutes, 'minute') });
    setProblem(null);
  };

  const venueOptions = useMemo(() => {
    const groups = new Map<string, Venue[]>();
    for (const v of venues.data ?? []) groups.set(v.buildingName, [...(groups.get(v.buildingName) ?? []), v]);
    return [...groups].map(([b, list]) => ({
      label: b,
      title: b,
      options: list.map((v) => ({
        value: v.id,
        disabled: !v.bookable,
        search: `${v.code} ${v.name}`,
        label: (
          <span className="bk-venue-opt">
            <span>
              {v.code} {v.name}
            </span>
            <span className="bk-venue-opt-meta">
              <Tag color={CLASS_COLORS[v.venueClass]} style={{ marginInlineEnd: 4 }}>
                {v.venueClass}
              </Tag>
              {v.seats}
              {t('facts.seats')}
            </span>
          </span>
        ),
      })),
    }));
  }, [venues.data, t]);

  const duration = start && end && end.isAfter(start) ? end.diff(start, 'minute') : null;
  const conflicts = problem?.code === 'booking_conflict' ? ((problem.conflicts as Conflict[] | undefined) ?? []) : [];
  const closures =
    problem?.code === 'booking_conflict' || problem?.code === 'venue_closed' ? ((problem.closures as Closure[] | undefined) ?? []) : [];
  const occurrences = (problem?.occurrences as { date: string; status: string; detail: string | null }[] | undefined) ?? [];

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
          if ('venueId' in ch || 'start' in ch || 'end' in ch)
            setProblem((p) => (p && ['lead_time_too_short', 'booking_conflict', 'venue_closed'].includes(p.code) ? null : p));
        }}
      >
        {(problem?.code === 'booking_conflict' || problem?.code === 'venue_closed') && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="booking-conflict"
            message={problem.code === 'venue_closed' ? t('conflict.closedTitle') : t('conflict.title')}
            description={
              <>
                <div>{problem.detail}</div>
                <ConflictList conflicts={conflicts} tz={tz} />
                {closures.length > 0 && (
                  <ul className="bk-conflicts">
                    {closures.map((c) => (
                      <li key={c.id}>{t('conflict.closure', { venue: c.venueName, time: span(c.start, c.end, tz), reason: c.reason })}</li>
                    ))}
                  </ul>
                )}
                {occurrences.length > 0 && (
                  <ul className="bk-conflicts">
                    {occurrences.map((o) => (
                      <li key={o.date}>
                        {o.date}：{o.detail ?? o.status}
                      </li>
                    ))}
                  </ul>
                )}
                <Typography.Text type="secondary">{t('conflict.hint')}</Typography.Text>
              </>
            }
          />
        )}
        {problem?.code === 'lead_time_too_short' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="lead-time-alert"
            message={t('lead.title')}
            description={
              <div>
                <div>{problem.detail}</div>
                {earliest && (
                  <div>
                    {t('lead.earliest')}：<b>{earliest.format('YYYY-MM-DD HH:mm')}</b>{' '}
                    <Button size="small" onClick={useEarliest}>
                      {t('lead.useEarliest')}
                    </Button>
                  </div>
                )}
                {canOverride && (
                  <div style={{ marginTop: 8 }}>
                    <Typography.Text>{t('lead.overrideHint')}</Typography.Text>
                    <Form.Item name="overrideReason" style={{ margin: '6px 0' }}>
                      <Input.TextArea rows={2} maxLength={500} placeholder={t('lead.reason')} data-testid="override-reason" />
                    </Form.Item>
                    <Button danger onClick={() => submit(true)} loading={save.isPending} data-testid="override-submit">
                      {t('lead.override')}
                    </Button>
                  </div>
                )}
              </div>
            }
          />
        )}
        {problem && !['booking_conflict', 'venue_closed', 'lead_time_too_short', 'validation_failed'].includes(problem.code) && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={problem.title}
            description={problem.detail}
            data-testid="booking-problem"
          />
        )}
        <Divider orientation="left" plain className="bk-divider">
          {t('form.section.when')}
        </Divider>
        <Form.Item
          name="venueId"
          label={t('field.venue')}
          rules={[{ required: true, message: t('form.required', { field: t('field.venue') }) }]}
        >
          <Select
            showSearch
            loading={venues.isLoading}
            options={venueOptions}
            placeholder={t('form.venuePlaceholder')}
            data-testid="venue-select"
            filterOption={(input, opt) =>
              String((opt as { search?: string })?.search ?? '')
                .toLowerCase()
                .includes(input.toLowerCase())
            }
            disabled={editing && !booking?.policies.update}
          />
        </Form.Item>
        {venue && <VenueFacts venue={venue} layout={layout} attendees={attendees} />}
        <Row gutter={12} style={{ marginTop: 12 }}>
          <Col span={9}>
            <Form.Item
              name="start"
              label={t('field.start')}
              rules={[{ required: true, message: t('form.required', { field: t('field.start') }) }]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 15 }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                data-testid="start-picker"
                needConfirm={false}
              />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item
              name="end"
              label={t('field.end')}
              dependencies={['start']}
              rules={[
                { required: true, message: t('form.required', { field: t('field.end') }) },
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | undefined) =>
                    !v || !getFieldValue('start') || v.isAfter(getFieldValue('start'))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('form.endAfterStart'))),
                }),
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm', minuteStep: 15 }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                data-testid="end-picker"
                needConfirm={false}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={t('field.duration')}>
              <Typography.Text type="secondary">
                {duration ? t('form.durationValue', { h: Math.floor(duration / 60), m: duration % 60 }) : '—'}
              </Typography.Text>
            </Form.Item>
          </Col>
        </Row>
        {!editing && <SeriesSection form={form} tz={tz} onChange={setSeries} getBody={getSeriesBody} />}

        <Divider orientation="left" plain className="bk-divider">
          {t('form.section.who')}
        </Divider>
        <Row gutter={12}>
          <Col span={12}>
            {staff ? (
              <Form.Item name="organizationId" label={t('field.organization')} extra={t('form.orgHint')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  loading={orgs.isLoading}
                  placeholder={t('form.orgPlaceholder')}
                  data-testid="org-select"
                  options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  onChange={(id?: string) => {
                    const o = orgs.data?.find((x) => x.id === id);
                    if (!o) return;
                    form.setFieldsValue({
                      organizerUnit: o.name,
                      ...(!form.getFieldValue('contactName') && o.contactName ? { contactName: o.contactName } : {}),
                      ...(!form.getFieldValue('contactPhone') && o.contactPhone ? { contactPhone: o.contactPhone } : {}),
                    });
                    if (!form.getFieldValue(['application', 'applicantUnit'])) form.setFieldValue(['application', 'applicantUnit'], o.name);
                  }}
                />
              </Form.Item>
            ) : (
              <Form.Item label={t('field.organization')}>
                <Input value={session.me?.organizationName ?? '—'} disabled />
              </Form.Item>
            )}
          </Col>
          <Col span={12}>
            <Form.Item
              name="organizerUnit"
              label={t('field.organizerUnit')}
              extra={staff ? t('form.unitHint') : undefined}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.organizerUnit') }) }]}
            >
              <Input maxLength={200} disabled={!staff} data-testid="organizer-unit" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="contactName"
              label={t('field.contactName')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.contactName') }) }]}
            >
              <Input maxLength={64} data-testid="contact-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="contactPhone"
              label={t('field.contactPhone')}
              rules={[
                { required: true, message: t('form.required', { field: t('field.contactPhone') }) },
                { pattern: /^[0-9+\-() ]{3,30}$/, message: t('form.phoneInvalid') },
              ]}
            >
              <Input maxLength={30} data-testid="contact-phone" />
            </Form.Item>
          </Col>
          {staff && !editing && (
            <Col span={8}>
              <Form.Item name="channel" label={t('field.channel')}>
                <Select options={BOOKING_CHANNELS.filter((c) => c !== 'online').map((c) => ({ value: c, label: L.channel(c) }))} />
              </Form.Item>
            </Col>
          )}
        </Row>

        <Divider orientation="left" plain className="bk-divider">
          {t('form.section.meeting')}
        </Divider>
        <Form.Item
          name="topic"
          label={t('field.topic')}
          rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.topic') }) }]}
        >
          <Input maxLength={200} data-testid="topic" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="attendeeCount"
              label={t('field.attendeeCount')}
              rules={[{ required: true, message: t('form.required', { field: t('field.attendeeCount') }) }]}
            >
              <InputNumber min={1} max={100000} style={{ width: '100%' }} addonAfter={t('facts.people')} data-testid="attendees" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="layout" label={t('field.layout')}>
              <Select
                allowClear
                disabled={!venue}
                placeholder={venue ? undefined : t('form.pickVenueFirst')}
                options={(venue?.layouts ?? []).map((l) => ({
                  value: l.layout,
                  label: `${P.layout(l.layout)}${L.paren(`${l.capacity}${t('facts.people')}`)}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="confidentiality" label={t('field.confidentiality')}>
              <Select options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: L.confidentiality(c) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="importance" label={t('field.importance')} extra={t('form.importanceHint')}>
          <Radio.Group optionType="button" options={IMPORTANCE_LEVELS.map((c) => ({ value: c, label: L.importance(c) }))} />
        </Form.Item>

        <Divider orientation="left" plain className="bk-divider">
          {t('form.section.services')}
        </Divider>
        <Form.Item name="services" noStyle={false} style={{ marginBottom: 8 }}>
          <ServicesInput attendees={attendees ?? undefined} />
        </Form.Item>
        <Row gutter={12} align="middle">
          <Col span={8}>
            <Form.Item name="specialSetup" label={t('field.specialSetup')} valuePropName="checked" extra={t('form.specialHint')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col span={16}>
            {specialSetup && (
              <Form.Item
                name="setupPlan"
                label={t('field.setupPlan')}
                rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('field.setupPlan') }) }]}
              >
                <Input.TextArea rows={3} maxLength={4000} placeholder={t('form.setupPlanPlaceholder')} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="notes" label={t('field.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>

        {venue?.venueClass === 'C' && (
          <Card
            size="small"
            className="bk-application"
            title={t('application.title')}
            data-testid="application-form"
            style={{ marginBottom: 12 }}
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('application.hint')}
            </Typography.Paragraph>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name={['application', 'applicantUnit']}
                  label={t('application.applicantUnit')}
                  rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('application.applicantUnit') }) }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={['application', 'handlerName']} label={t('application.handlerName')}>
                  <Input maxLength={64} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item
                  name={['application', 'handlerPhone']}
                  label={t('application.handlerPhone')}
                  rules={[{ pattern: /^[0-9+\-() ]{3,30}$/, message: t('form.phoneInvalid') }]}
                >
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['application', 'purpose']}
              label={t('application.purpose')}
              rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('application.purpose') }) }]}
            >
              <Input.TextArea rows={2} maxLength={1000} data-testid="application-purpose" />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item name={['application', 'leadersAttending']} label={t('application.leadersAttending')}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={['application', 'attendeeScope']} label={t('application.attendeeScope')}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={['application', 'remarks']} label={t('application.remarks')} style={{ marginBottom: 0 }}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Card>
        )}
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
