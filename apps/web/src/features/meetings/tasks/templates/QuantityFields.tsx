/** A template's quantity rule: none, per attendee (factor, minimum), fixed, by the booked service's quantity, by importance. */
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTemplateOptions } from './useTemplateOptions';

const RULES = ['none', 'per_attendee', 'fixed', 'by_importance', 'service_qty'] as const;
const IMPORTANCE_FACTORS = [
  ['qfOrdinary', 'tpl.factorOrdinary'],
  ['qfInternal', 'tpl.factorInternal'],
  ['qfImportant', 'tpl.factorImportant'],
] as const;

export function QuantityFields() {
  const { t } = useTranslation('meetings');
  const O = useTemplateOptions();
  const rule = Form.useWatch('qRule', Form.useFormInstance());
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="qRule" label={t('tpl.quantity')}>
            <Select options={RULES.map((r) => ({ value: r, label: t(`tpl.rules.${r}`) }))} />
          </Form.Item>
        </Col>
        {rule && rule !== 'none' && (
          <Col span={12}>
            <Form.Item name="qUnit" label={t('tpl.unit')} rules={[{ required: true, whitespace: true, max: 16 }]}>
              <Input style={{ width: 100 }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      {rule === 'per_attendee' && (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="qFactor" label={t('tpl.factor')} rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100} step={0.05} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="qMin" label={t('tpl.min')}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {rule === 'fixed' && (
        <Form.Item name="qQty" label={t('tpl.qty')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
      )}
      {rule === 'service_qty' && (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="qService" label={t('tpl.service')} rules={[{ required: true }]}>
              <Select options={O.services} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="qFallback" label={t('tpl.fallback')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {rule === 'by_importance' && (
        <Row gutter={12}>
          {IMPORTANCE_FACTORS.map(([name, label]) => (
            <Col key={name} span={8}>
              <Form.Item name={name} label={t(label)} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
