/** 《租用会议室申请表》: what a C-class booking asks of the bureau. */
import { Card, Col, Form, Input, Row, Typography } from 'antd';
import { useBookingLabels } from '../labels';

export function ApplicationCard() {
  const { t } = useBookingLabels();
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
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name={['application', 'applicantUnit']}
            label={t('application.applicantUnit')}
            rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('application.applicantUnit') }) }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['application', 'handlerName']} label={t('application.handlerName')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name={['application', 'handlerPhone']}
            label={t('application.handlerPhone')}
            rules={[{ pattern: /^[0-9+\-() ]{3,30}$/, message: t('form.phoneInvalid') }]}
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
        <Col span={12}>
          <Form.Item name={['application', 'leadersAttending']} label={t('application.leadersAttending')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={12}>
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
