/** A booking that has ended is history: staff may only record a correction, with the reason why. */
import { Alert, Form, Input } from 'antd';
import { useBookingLabels } from '../labels';

export function CorrectionFields() {
  const { t } = useBookingLabels();
  return (
    <>
      <Alert
        type="warning"
        showIcon
        message={t('form.correction.title')}
        description={t('form.correction.hint')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="correctionReason"
        label={t('form.correction.reason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('form.correction.reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount data-testid="correction-reason" />
      </Form.Item>
    </>
  );
}
