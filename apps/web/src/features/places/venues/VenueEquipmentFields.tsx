import { Button, Col, Divider, Form, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT } from '@hy/contracts';
import { usePlaceLabels } from '../labels';

/** The venue form's equipment: one line an item and its quantity, two lines a row. */
export function VenueEquipmentFields() {
  const L = usePlaceLabels();
  const { t, venueField: F, required: req } = L;
  const { t: tc } = useTranslation();
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('venues.section.equipment')}
      </Divider>
      <Form.List name="equipment">
        {(fields, { add, remove }) => (
          <Row gutter={[16, 0]}>
            {fields.map(({ key, name }) => (
              <Col span={12} key={key}>
                <Row gutter={8} data-testid="venue-equipment-row">
                  <Col span={14}>
                    <Form.Item name={[name, 'code']} rules={req(F('equipmentCode'))} style={{ marginBottom: 8 }}>
                      <Select options={EQUIPMENT.map((e) => ({ value: e, label: L.equipment(e) }))} placeholder={F('equipmentCode')} />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[name, 'qty']} style={{ marginBottom: 8 }}>
                      <InputNumber min={1} max={10000} style={{ width: '100%' }} placeholder={F('qty')} />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={tc('action.remove')} />
                  </Col>
                </Row>
              </Col>
            ))}
            <Col span={12}>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ qty: 1 })}
                block
                style={{ marginBottom: 16 }}
                disabled={fields.length >= EQUIPMENT.length}
              >
                {t('venues.addEquipment')}
              </Button>
            </Col>
          </Row>
        )}
      </Form.List>
    </>
  );
}
