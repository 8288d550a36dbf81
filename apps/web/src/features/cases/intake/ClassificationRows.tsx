/** The intake form's classification rows: complaint nature and type, category and subcategory; severity, urgency, emergency. */
import { Alert, Col, Form, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCaseOptions } from '../labels';

export function ClassificationRows() {
  const O = useCaseOptions();
  const { t } = useTranslation('cases');
  const form = Form.useFormInstance();
  const kind = Form.useWatch('kind', form);
  const nature = Form.useWatch('nature', form);
  const category = Form.useWatch('category', form);
  const emergency = Form.useWatch('emergency', form);
  return (
    <>
      <Row gutter={12}>
        {kind === 'complaint' && (
          <Col xs={24} md={6}>
            <Form.Item name="nature" label={t('field.nature')}>
              <Select allowClear options={O.nature} />
            </Form.Item>
          </Col>
        )}
        {kind === 'complaint' && nature === 'communicative' && (
          <Col xs={24} md={6}>
            <Form.Item name="natureType" label={t('field.natureType')}>
              <Select allowClear options={O.natureType} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={6}>
          <Form.Item name="category" label={t('field.category')}>
            <Select allowClear options={O.category} data-testid="intake-category" />
          </Form.Item>
        </Col>
        {category === 'equipment' && (
          <Col xs={24} md={6}>
            <Form.Item name="subcategory" label={t('field.subcategory')}>
              <Select allowClear options={O.subcategory} data-testid="intake-subcategory" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={12} align="bottom">
        <Col xs={24} md={9}>
          <Form.Item name="severity" label={t('field.severity')}>
            <Radio.Group optionType="button" options={O.severity} data-testid="intake-severity" />
          </Form.Item>
        </Col>
        {kind === 'repair' && (
          <Col xs={24} md={8}>
            <Form.Item name="urgency" label={t('field.urgency')}>
              <Radio.Group optionType="button" options={O.urgency} />
            </Form.Item>
          </Col>
        )}
        <Col span={kind === 'repair' ? 7 : 15}>
          <Form.Item name="emergency" label={t('field.emergency')} valuePropName="checked" tooltip={t('intake.emergencyHint')}>
            <Switch checkedChildren={t('emergency')} data-testid="intake-emergency" />
          </Form.Item>
        </Col>
      </Row>
      {emergency && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('intake.emergencyAlert')} />}
    </>
  );
}
