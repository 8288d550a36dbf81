/**
 * Quick booking from the board (SPEC M2): after a drag, the dispatcher confirms in one more tap. The
 * unit is the one they booked for last (their recent units are one tap away) or the caller found by
 * phone number; the topic follows the unit, the attendance the room's usual. Anything else: the full
 * form, one click away, carries what was typed.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Space, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { PHONE_PATTERN, type QuickBookUnit } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { ApiError } from '../../../lib/api';
import type { Venue } from '../../places/api';
import { instant, saveBooking, useQuickBookDefaults, useSaveBooking, type Booking } from '../api';
import { useBookingLabels } from '../labels';
import type { BookingDraft, BookingFormValues } from '../form/values';

type QuickValues = Pick<BookingFormValues, 'organizerUnit' | 'contactName' | 'contactPhone' | 'topic' | 'attendeeCount'> & {
  organizationId?: string | null;
};

/** The unit's topic: the one it last booked under, else "<unit>会议". */
const topicOf = (u: QuickBookUnit, fallback: (unit: string) => string) => u.topic || fallback(u.organizerUnit);

export function QuickBook({
  draft,
  venue,
  tz,
  onClose,
  onFullForm,
  onSaved,
}: {
  draft: BookingDraft | null;
  venue: Venue | null;
  tz: string;
  onClose(): void;
  onFullForm(d: BookingDraft): void;
  onSaved(b: Booking): void;
}) {
  const { t } = useBookingLabels();
  const session = useSession();
  const [form] = Form.useForm<QuickValues>();
  const [phone, setPhone] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  /** The dispatcher tapped a unit themselves. */
  const chosen = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = !!draft && !!venue;
  const defaults = useQuickBookDefaults(session.propertyId, draft?.venueId, phone);
  const d = defaults.data;
  const usual = d?.usualAttendees ?? Math.min(venue?.seats ?? 10, 10);

  const take = (u: QuickBookUnit, key: string) => {
    setPicked(key);
    form.setFieldsValue({
      organizationId: u.organizationId,
      organizerUnit: u.organizerUnit,
      contactName: u.contactName,
      contactPhone: u.contactPhone,
      topic: topicOf(u, (unit) => t('quick.topicOf', { unit })),
      attendeeCount: d?.usualAttendees ?? u.attendeeCount ?? usual,
    });
  };

  // A new slot starts from the unit booked for last; a caller found by phone takes over.
  useEffect(() => {
    if (!open) {
      setPhone('');
      setPicked(null);
      chosen.current = false;
      setProblem(null);
      form.resetFields();
    }
  }, [open, form]);
  useEffect(() => {
    if (!open || !d) return;
    // Fresh defaults (the cache's may be older than the last booking) replace the automatic choice,
    // never the dispatcher's own: a unit they tapped or a field they typed in.
    if (d.caller) take(d.caller, 'caller');
    else if (!chosen.current && !form.isFieldsTouched()) {
      if (d.recent[0]) take(d.recent[0], 'recent:0');
      else form.setFieldsValue({ attendeeCount: usual });
    }
    // take/picked are read at the moment the defaults arrive
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, d]);

  const values = (): BookingDraft => ({
    ...draft,
    prefill: { ...form.getFieldsValue(), layout: d?.usualLayout ?? venue?.defaultLayout ?? null },
  });
  const save = useSaveBooking<QuickValues, Booking>({
    mutationFn: (v) =>
      saveBooking({
        body: {
          propertyId: session.propertyId,
          channel: 'phone',
          venueId: draft!.venueId!,
          startAt: instant(draft!.start!, tz),
          endAt: instant(draft!.end!, tz),
          organizationId: v.organizationId ?? null,
          organizerUnit: v.organizerUnit || null,
          contactName: v.contactName,
          contactPhone: v.contactPhone,
          topic: v.topic,
          attendeeCount: v.attendeeCount,
          layout: d?.usualLayout ?? venue?.defaultLayout ?? null,
          services: [],
          confidentiality: 'public',
          importance: 'ordinary',
          specialSetup: false,
        },
      }),
    success: (b) => (b.status === 'requested' ? t('form.requested', { number: b.number }) : t('form.created', { number: b.number })),
    onSuccess: (b) => {
      onSaved(b);
      onClose();
    },
    onError: (text, err) => setProblem(err instanceof ApiError ? [err.problem.title, err.problem.detail].filter(Boolean).join('：') : text),
    form,
  });
  const submit = () =>
    form
      .validateFields()
      .then((v) => {
        setProblem(null);
        save.mutate({ ...v, organizationId: form.getFieldValue('organizationId') as string | null });
      })
      .catch(() => undefined);

  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  const when = draft?.start && draft.end ? `${draft.start.format('YYYY-MM-DD HH:mm')}–${draft.end.format('HH:mm')}` : '';
  const units: [string, QuickBookUnit][] = [
    ...(d?.caller ? [['caller', d.caller] as [string, QuickBookUnit]] : []),
    ...(d?.recent ?? []).map((u, i) => [`recent:${i}`, u] as [string, QuickBookUnit]),
  ];

  return (
    <Modal
      open={open}
      onCancel={onClose}
      destroyOnHidden
      width={520}
      title={
        <span data-testid="quick-book">
          {t('quick.title')} · {venue?.name} <Typography.Text type="secondary">{when}</Typography.Text>
        </span>
      }
      footer={
        <Space>
          <Button onClick={() => onFullForm(values())} data-testid="quick-full-form">
            {t('quick.fullForm')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={submit} data-testid="quick-submit">
            {t('quick.confirm')}
          </Button>
        </Space>
      }
    >
      <Input.Search
        prefix={<PhoneOutlined />}
        placeholder={t('quick.callerPhone')}
        allowClear
        enterButton={t('quick.lookup')}
        loading={defaults.isFetching && !!phone}
        onSearch={(p) => setPhone(p.trim())}
        data-testid="quick-phone"
        style={{ marginBottom: 8 }}
      />
      {phone && d && !d.caller && !defaults.isFetching && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t('quick.callerUnknown')}
        </Typography.Text>
      )}
      {units.length > 0 && (
        <div className="bk-quick-units" data-testid="quick-units">
          {units.map(([key, u]) => (
            <Tag.CheckableTag
              key={key}
              checked={picked === key}
              onChange={() => {
                chosen.current = true;
                take(u, key);
              }}
            >
              {key === 'caller' ? `${t('quick.caller')}：` : ''}
              {u.organizerUnit}
            </Tag.CheckableTag>
          ))}
        </div>
      )}
      <Form form={form} layout="vertical" requiredMark={false} className="bk-quick-form">
        <Form.Item name="organizationId" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="organizerUnit" label={t('field.organizerUnit')} rules={required(t('field.organizerUnit'))}>
          <Input maxLength={200} data-testid="quick-unit" onChange={() => form.setFieldValue('organizationId', null)} />
        </Form.Item>
        <Form.Item name="topic" label={t('field.topic')} rules={required(t('field.topic'))}>
          <Input maxLength={200} data-testid="quick-topic" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="attendeeCount"
              label={t('field.attendeeCount')}
              rules={[{ required: true, message: t('form.required', { field: t('field.attendeeCount') }) }]}
            >
              <InputNumber min={1} max={venue?.seats ?? 10000} style={{ width: '100%' }} data-testid="quick-attendees" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="contactName" label={t('field.contactName')} rules={required(t('field.contactName'))}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="contactPhone"
              label={t('field.contactPhone')}
              rules={[...required(t('field.contactPhone')), { pattern: PHONE_PATTERN, message: t('form.phoneInvalid') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {problem && <Alert type="error" showIcon message={problem} data-testid="quick-problem" />}
    </Modal>
  );
}
