/** When a template's task falls due: minutes before or after the start (and repeating), or at a time the day before. */
import { Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';

export function TimingFields() {
  const { t } = useTranslation('meetings');
  const timing = Form.useWatch('timing', Form.useFormInstance());
  return (
    <>
      <Form.Item name="timing" label={t('tpl.timing')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'offset', label: t('tpl.offset') },
            { value: 'day_before', label: t('tpl.dayBefore') },
          ]}
        />
      </Form.Item>
      {timing === 'day_before' ? (
        <Form.Item
          name="dayBeforeAt"
          label={t('tpl.dayBefore')}
          extra={t('tpl.dayBeforeHint')}
          rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
      ) : (
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="offsetMinutes" label={t('tpl.offset')} extra={t('tpl.offsetHint')} rules={[{ required: true }]}>
              <InputNumber min={-14 * 1440} max={1440} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="repeatMinutes" label={t('tpl.repeat')}>
              <InputNumber min={10} max={240} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
