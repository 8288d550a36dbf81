/** The front desk's intake form: the caller, what is wrong, its classification, photos, and the buttons. */
import { Button, Card, Checkbox, Col, Form, Input, Row, type FormInstance } from 'antd';
import { SaveOutlined, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { CallerFields } from './CallerFields';
import { ClassificationRows } from './ClassificationRows';
import { ReceivedAtField } from './ReceivedAtField';
import { OccupantOutField } from './OccupantOutField';
import { DEFAULT_TZ } from '../../../lib/format';

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
  const session = useSession();
  const timeZone = session.property?.timeZone ?? DEFAULT_TZ;
  const { propertyId } = session;
  const phone = useIsPhone();
  return (
    <Card styles={{ body: { paddingBottom: 4 } }}>
      <Form
        form={form}
        layout="vertical"
        requiredMark
        size="middle"
        data-testid="intake-form"
        className="hy-dense-form"
        initialValues={{ channel: 'phone', kind: 'repair', severity: 'general', urgency: 'normal', emergency: false, photoIds: [] }}
      >
        <CallerFields lookupNote={lookupNote} onLookup={onLookup} />
        <ReceivedAtField timeZone={timeZone} />
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
        {kind === 'repair' && <OccupantOutField timeZone={timeZone} />}
        <Row gutter={12}>
          <Col span={kind === 'complaint' && !phone ? 16 : 24}>
            <Form.Item name="photoIds" label={t('field.photos')} extra={t('intake.photosHint')}>
              <PhotoPicker propertyId={propertyId ?? ''} testId="intake-photos" />
            </Form.Item>
          </Col>
          {kind === 'complaint' && (
            <Col span={phone ? 24 : 8}>
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
