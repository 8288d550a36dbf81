import { useMemo } from 'react';
import { Button, Col, Divider, Form, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type VenueLayoutLine as VenueLayout } from '@hy/contracts';
import { usePlaceLabels } from '../labels';

/** The venue form's layouts: one row a layout (capacity, setup and cleanup minutes), and the default one. */
export function VenueLayoutsFields() {
  const L = usePlaceLabels();
  const { t, venueField: F, required: req } = L;
  const { t: tc } = useTranslation();
  const form = Form.useFormInstance();
  const layouts = Form.useWatch('layouts', form) as Partial<VenueLayout>[] | undefined;
  const usedLayouts = useMemo(() => new Set((layouts ?? []).map((l) => l?.layout).filter(Boolean)), [layouts]);
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {t('venues.section.layouts')}
      </Divider>
      <Form.List name="layouts">
        {(fields, { add, remove }) => (
          <>
            {fields.length > 0 && (
              <Row gutter={8} style={{ marginBottom: 4 }}>
                <Col span={7}>
                  <Typography.Text type="secondary">{F('layout')}</Typography.Text>
                </Col>
                <Col span={5}>
                  <Typography.Text type="secondary">{F('capacity')}</Typography.Text>
                </Col>
                <Col span={5}>
                  <Typography.Text type="secondary">{F('setupMinutes')}</Typography.Text>
                </Col>
                <Col span={5}>
                  <Typography.Text type="secondary">{F('cleanupMinutes')}</Typography.Text>
                </Col>
              </Row>
            )}
            {fields.map(({ key, name }) => (
              <Row gutter={8} key={key} data-testid="venue-layout-row">
                <Col span={7}>
                  <Form.Item name={[name, 'layout']} rules={req(F('layout'))} style={{ marginBottom: 8 }}>
                    <Select
                      options={LAYOUTS.map((l) => ({
                        value: l,
                        label: L.layout(l),
                        disabled: usedLayouts.has(l) && layouts?.[name]?.layout !== l,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[name, 'capacity']} rules={req(F('capacity'))} style={{ marginBottom: 8 }}>
                    <InputNumber min={1} max={100000} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[name, 'setupMinutes']} style={{ marginBottom: 8 }}>
                    <InputNumber min={0} max={1440} step={15} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[name, 'cleanupMinutes']} style={{ marginBottom: 8 }}>
                    <InputNumber min={0} max={1440} step={15} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={tc('action.remove')} />
                </Col>
              </Row>
            ))}
            <Row gutter={16}>
              <Col span={12}>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ layout: LAYOUTS.find((l) => !usedLayouts.has(l)), setupMinutes: 30, cleanupMinutes: 30 })}
                  disabled={fields.length >= LAYOUTS.length}
                  block
                  style={{ marginBottom: 16 }}
                  data-testid="venue-add-layout"
                >
                  {t('venues.addLayout')}
                </Button>
              </Col>
            </Row>
          </>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="defaultLayout" label={F('defaultLayout')}>
            <Select
              allowClear
              options={[...usedLayouts].map((l) => ({ value: l, label: L.layout(l!) }))}
              data-testid="venue-default-layout"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
