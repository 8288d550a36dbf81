import { Col, Divider, Form, InputNumber, Radio, Row, Select, Space, Switch, TimePicker } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { LEAD_TIME_UNITS, settingsOf, type VenueClass } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { propertyQuery } from '../api';
import { usePlaceLabels } from '../labels';

/** The venue form's booking rules: lead time (its class's, or its own), opening hours, bookable. */
export function VenueBookingFields() {
  const L = usePlaceLabels();
  const { t, venueField: F, required: req } = L;
  const { propertyId } = useSession();
  const form = Form.useFormInstance();
  const venueClass = Form.useWatch('venueClass', form) as VenueClass | undefined;
  const leadMode = Form.useWatch('leadMode', form);
  const property = useQuery({ ...propertyQuery(propertyId), retry: false });
  const classDefault = venueClass ? settingsOf(property.data?.settings)[`leadTimes.${venueClass}`] : null;
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('venues.section.booking')}
      </Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item label={F('leadTime')} style={{ marginBottom: 8 }} required>
            <Space wrap align="start">
              <Form.Item name="leadMode" noStyle>
                <Radio.Group>
                  <Radio value="class">
                    {F('leadClass')}
                    {classDefault ? `（${L.leadRule(classDefault)}）` : ''}
                  </Radio>
                  <Radio value="custom">{F('leadCustom')}</Radio>
                </Radio.Group>
              </Form.Item>
              {leadMode === 'custom' && (
                <>
                  <Form.Item name={['leadTime', 'value']} rules={req(F('leadValue'))} style={{ marginBottom: 0 }}>
                    <InputNumber min={0} max={10000} style={{ width: 100 }} placeholder={F('leadValue')} data-testid="venue-lead-value" />
                  </Form.Item>
                  <Form.Item name={['leadTime', 'unit']} rules={req(F('leadUnit'))} style={{ marginBottom: 0 }}>
                    <Select style={{ width: 140 }} options={LEAD_TIME_UNITS.map((u) => ({ value: u, label: L.leadUnit(u) }))} />
                  </Form.Item>
                </>
              )}
            </Space>
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="openFrom" label={`${F('openHours')} · ${F('openFrom')}`} rules={req(F('openFrom'))}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="openTo" label={`${F('openHours')} · ${F('openTo')}`} rules={req(F('openTo'))}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="bookable" label={F('bookable')} valuePropName="checked">
            <Switch data-testid="venue-bookable" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
