import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { VENUE_CLASSES, VENUE_TYPES, type VenueClass } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useBuildings } from '../api';
import { usePlaceLabels } from '../labels';
import { FloorSelect } from '../buildings/FloorSelect';

/** The venue form's first section: code, name, where it is, its type and class, seats. */
export function VenueBasicFields() {
  const L = usePlaceLabels();
  const { t, venueField: F, required: req } = L;
  const { propertyId } = useSession();
  const form = Form.useFormInstance();
  const buildingId = Form.useWatch('buildingId', form) as string | undefined;
  const venueClass = Form.useWatch('venueClass', form) as VenueClass | undefined;
  const buildings = useBuildings(propertyId);
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('venues.section.basic')}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="code" label={F('code')} rules={req(F('code'))}>
            <Input maxLength={32} data-testid="venue-code" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={F('name')} rules={req(F('name'))}>
            <Input maxLength={100} data-testid="venue-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="buildingId" label={F('buildingId')} rules={req(F('buildingId'))}>
            <Select
              data-testid="venue-building"
              options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              loading={buildings.isLoading}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="floorId" label={F('floorId')}>
            <FloorSelect buildingId={buildingId} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="venueType" label={F('venueType')} rules={req(F('venueType'))}>
            <Select showSearch optionFilterProp="label" options={VENUE_TYPES.map((v) => ({ value: v, label: L.venueType(v) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="venueClass"
            label={F('venueClass')}
            rules={req(F('venueClass'))}
            extra={venueClass ? L.classDesc(venueClass) : undefined}
          >
            <Radio.Group optionType="button" options={VENUE_CLASSES.map((c) => ({ value: c, label: L.venueClass(c) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="seats" label={F('seats')} rules={req(F('seats'))}>
            <InputNumber min={1} max={100000} style={{ width: '100%' }} data-testid="venue-seats" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="minAttendees" label={F('minAttendees')}>
            <InputNumber min={1} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
