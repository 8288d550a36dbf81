/** 延期: the new deadline and why; a complaint needs its apology recorded first. */
import { Alert, DatePicker, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { CaseDetail } from '@hy/contracts';
import { useRequired } from './useRequired';

export function ExtendFields({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  const req = useRequired();
  const needsApology = c.kind === 'complaint' && !c.apologyRecordedAt;
  return (
    <>
      {needsApology && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('action.apologyFirst')} />}
      <Typography.Paragraph type="secondary">
        {t('action.extendHint', { due: dayjs(c.resolveDueAt).format('YYYY-MM-DD HH:mm') })}
      </Typography.Paragraph>
      <Form.Item
        name="resolveDueAt"
        label={t('field.newDue')}
        rules={[{ required: true, message: t('required', { field: t('field.newDue') }) }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="reason" label={t('field.reason')} rules={req(t('field.reason'))}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </>
  );
}
