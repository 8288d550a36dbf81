/** The front desk's intake form: the caller, what is wrong, its classification, photos, and the buttons. */
import { Button, Card, Checkbox, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { SaveOutlined, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CallerFields } from './CallerFields';
import { ClassificationRows } from './ClassificationRows';

export function IntakeForm({
  form,
  lookupNote,
  onLookup,
  onReset,
  onConsult,
  onSubmit,
  submitting,
}: {
  form: FormInstance;
  lookupNote: string | null;
  onLookup(): void;
  onReset(): void;
  onConsult(): void;
  onSubmit(): void;
  submitting: boolean;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const kind = Form.useWatch('kind', form);
  return (
    <Card styles={{ body: { paddingBottom: 4 } }}>
      <Form
        form={form}
        layout="vertical"
        requiredMark
        size="middle"
        data-testid="intake-form"
        className="hy-dense-form"
        initialValues={{ channel: 'phone', kind: 'repair', severity: 'general', urgency: 'normal', emergency: false, photos: [] }}
      >
        <CallerFields lookupNote={lookupNote} onLookup={onLookup} />
        <Form.Item
          name="content"
          label={t('field.content')}
          rules={[{ required: true, whitespace: true, message: t('intake.contentRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            showCount
            placeholder={t('intake.contentPlaceholder')}
            data-testid="intake-content"
          />
        </Form.Item>
        <ClassificationRows />
        <Row gutter={12}>
          <Col span={kind === 'complaint' ? 16 : 24}>
            <Form.Item name="photos" label={t('field.photos')} extra={t('intake.photosHint')}>
              <Select mode="tags" open={false} tokenSeparators={[' ', ',', '\n']} maxCount={10} placeholder="https://…" />
            </Form.Item>
          </Col>
          {kind === 'complaint' && (
            <Col span={8}>
              <Form.Item name="apologized" label={t('field.apology')} valuePropName="checked">
                <Checkbox>{t('intake.apologized')}</Checkbox>
              </Form.Item>
            </Col>
          )}
        </Row>
        <div className="hy-sticky-actions">
          <Button onClick={onReset}>{t('common:action.reset')}</Button>
          <Button icon={<MessageOutlined />} onClick={onConsult} data-testid="intake-consultation">
            {t('intake.logConsultation')}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={submitting} onClick={onSubmit} data-testid="intake-submit">
            {t('intake.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
