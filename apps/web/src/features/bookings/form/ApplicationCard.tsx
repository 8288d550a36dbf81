/**
 * 《租用会议室申请表》: what a C-class booking asks of the bureau. The applicant and handler are the
 * organizing unit and contact above unless someone says otherwise: no field is asked twice.
 */
import { PHONE_PATTERN } from '@hy/contracts';
import { useState } from 'react';
import { Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useBookingLabels } from '../labels';

export function ApplicationCard() {
  const { t } = useBookingLabels();
  const form = Form.useFormInstance();
  const [other, setOther] = useState(() => !!form.getFieldValue(['application', 'handlerName']));
  return (
    <Card
      size="small"
      className="bk-application"
      title={t('application.title')}
      data-testid="application-form"
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('application.hint')}
      </Typography.Paragraph>
      <Checkbox checked={other} onChange={(e) => setOther(e.target.checked)} style={{ marginBottom: 8 }} data-testid="other-applicant">
        {t('application.otherApplicant')}
      </Checkbox>
      <Row gutter={12} hidden={!other}>
        <Col xs={24} sm={12}>
          <Form.Item name={['application', 'applicantUnit']} label={t('application.applicantUnit')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name={['application', 'handlerName']} label={t('application.handlerName')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item
            name={['application', 'handlerPhone']}
            label={t('application.handlerPhone')}
            rules={[{ pattern: PHONE_PATTERN, message: t('form.phoneInvalid') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={['application', 'purpose']}
        label={t('application.purpose')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('application.purpose') }) }]}
      >
        <Input.TextArea rows={2} maxLength={1000} data-testid="application-purpose" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={['application', 'leadersAttending']} label={t('application.leadersAttending')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['application', 'attendeeScope']} label={t('application.attendeeScope')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['application', 'remarks']} label={t('application.remarks')} style={{ marginBottom: 0 }}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </Card>
  );
}
