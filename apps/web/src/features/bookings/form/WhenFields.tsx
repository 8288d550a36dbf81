/** Where and when: the venue (with what it offers), the start and end in the property's wall clock, the duration. */
import { Col, DatePicker, Divider, Form, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Venue } from '../../places/api';
import { useBookingLabels } from '../labels';
import { VenueFacts } from './VenueFacts';
import { useVenueOptions } from './useVenueOptions';

export function WhenFields({
  venues,
  venuesLoading,
  venue,
  locked,
  duration,
}: {
  venues: Venue[] | undefined;
  venuesLoading: boolean;
  venue: Venue | null;
  /** The venue may not be changed (a booking the user may not update). */
  locked: boolean;
  duration: number | null;
}) {
  const { t } = useBookingLabels();
  const form = Form.useFormInstance();
  const layout = Form.useWatch('layout', form) as string | null | undefined;
  const attendees = Form.useWatch('attendeeCount', form) as number | null | undefined;
  const venueOptions = useVenueOptions(venues);
  return (
    <>
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
          loading={venuesLoading}
          options={venueOptions}
          placeholder={t('form.venuePlaceholder')}
          data-testid="venue-select"
          filterOption={(input, opt) =>
            String((opt as { search?: string })?.search ?? '')
              .toLowerCase()
              .includes(input.toLowerCase())
          }
          disabled={locked}
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
      </Row>{' '}
    </>
  );
}
