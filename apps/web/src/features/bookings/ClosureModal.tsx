/** Close a venue for a period (repairs, events): preview the bookings it hits, close it, then keep or cancel each. */
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../lib/api';
import { useSession } from '../../lib/session';
import { bookingKeys, createClosure, instant, span, useAllVenues, useCreateClosure, useResolveClosure, type ClosureAnswer } from './api';
import { useBookingLabels } from './labels';

interface Values {
  venueId: string;
  range: [Dayjs, Dayjs];
  reason: string;
}
type Result = ClosureAnswer;

export function ClosureButton({ onOpenBooking }: { onOpenBooking(id: string): void }) {
  const { t } = useBookingLabels();
  const { message } = App.useApp();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [resolved, setResolved] = useState<Record<string, string>>({});
  const [form] = Form.useForm<Values>();
  const venues = useAllVenues(session.propertyId);
  const send = useCreateClosure<boolean>({
    form,
    invalidate: (_, preview) => (preview ? [] : [bookingKeys.all]),
    success: (_, preview) => (preview ? undefined : t('closure.done')),
    mutationFn: async (preview: boolean) => {
      const v = await form.validateFields();
      return createClosure({
        propertyId: session.propertyId,
        venueId: v.venueId,
        startAt: instant(v.range[0], tz),
        endAt: instant(v.range[1], tz),
        reason: v.reason,
        preview,
      });
    },
    onSuccess: setResult,
    // A form that does not validate shows its own errors; only the server's problems are told.
    onError: (text, e) => {
      if (e instanceof ApiError) message.error(text);
    },
  });
  const resolve = useResolveClosure({ onSuccess: (_, { bookingId, action }) => setResolved((r) => ({ ...r, [bookingId]: action })) });
  const created = !!result && !('preview' in result) && !!result.id;
  const hits = result?.collisions ?? [];
  return (
    <>
      <Button
        icon={<StopOutlined />}
        onClick={() => {
          form.resetFields();
          setResult(null);
          setResolved({});
          setOpen(true);
        }}
      >
        {t('closure.button')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        title={t('closure.title')}
        width={620}
        destroyOnHidden
        footer={
          created ? (
            <Button onClick={() => setOpen(false)}>{t('closure.close')}</Button>
          ) : (
            <Space>
              <Button onClick={() => send.mutate(true)} loading={send.isPending && send.variables}>
                {t('closure.check')}
              </Button>
              <Button type="primary" danger onClick={() => send.mutate(false)} loading={send.isPending && !send.variables}>
                {t('closure.submit')}
              </Button>
            </Space>
          )
        }
      >
        <Form form={form} layout="vertical" disabled={created}>
          <Form.Item
            name="venueId"
            label={t('field.venue')}
            rules={[{ required: true, message: t('form.required', { field: t('field.venue') }) }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={(venues.data ?? []).map((v) => ({ value: v.id, label: `${v.code} ${v.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="range"
            label={t('closure.period')}
            rules={[{ required: true, message: t('form.required', { field: t('closure.period') }) }]}
          >
            <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('closure.reason')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('closure.reason') }) }]}
          >
            <Input maxLength={500} placeholder={t('closure.reasonPlaceholder')} />
          </Form.Item>
        </Form>
        {result &&
          (hits.length === 0 ? (
            <Alert type="success" showIcon message={t('closure.noHits')} />
          ) : (
            <>
              <Alert
                type="warning"
                showIcon
                message={t('closure.hits', { n: hits.length })}
                description={created ? t('closure.resolveHint') : undefined}
                style={{ marginBottom: 8 }}
              />
              <List
                size="small"
                bordered
                dataSource={hits}
                renderItem={(c) => (
                  <List.Item
                    actions={
                      created
                        ? resolved[c.id]
                          ? [
                              <Typography.Text key="d" type="secondary">
                                {t(`closure.resolved.${resolved[c.id]}`)}
                              </Typography.Text>,
                            ]
                          : [
                              <Button
                                key="k"
                                size="small"
                                onClick={() => resolve.mutate({ closureId: result.id, bookingId: c.id, action: 'keep' })}
                              >
                                {t('closure.keep')}
                              </Button>,
                              <Button
                                key="c"
                                size="small"
                                danger
                                onClick={() =>
                                  resolve.mutate({
                                    closureId: result.id,
                                    bookingId: c.id,
                                    action: 'cancel',
                                    reason: form.getFieldValue('reason'),
                                  })
                                }
                              >
                                {t('closure.cancelBooking')}
                              </Button>,
                            ]
                        : []
                    }
                  >
                    <a onClick={() => onOpenBooking(c.id)}>{c.number}</a>&nbsp;{span(c.start, c.end, tz)} {c.topic ?? ''}
                  </List.Item>
                )}
              />
            </>
          ))}
      </Modal>
    </>
  );
}
